import assert from 'node:assert/strict';
import { analyze, getRule, isReviewReport, LineIndex, review } from '../../src/core';
import { reportFileName, reviewReport } from '../../src/present/report';
import { ruleDocFileName, ruleDocMarkdown, ruleIndexMarkdown, ruleSchemaProperties } from '../../src/present/ruleDoc';
import { rules } from '../../src/core';

const text = 'We may disclose Customer Data to law enforcement without notice to you.\n\nYour data may be stored and processed in any country where we operate.\n';

function report(source = text, name = 'contracts/dpa.md') {
  const { visible, hidden } = review({ text: source, findings: analyze(source).findings, config: { settings: { rules: {}, categories: {}, maxChars: 1e7, missingProtections: true } } });
  const index = new LineIndex(source);
  return reviewReport({ documentName: name, visible, hidden, lineOf: (o) => index.positionAt(o).line, jurisdiction: 'eu-eea', date: '2026-11-27' });
}

describe('review report', () => {
  it('has the summary, exposure, findings table, details and arguments', () => {
    const md = report();
    for (const heading of ['# Warrant Lens review: contracts/dpa.md', '## Summary', '### High-risk clauses', '### Protections', '## All findings', '## What to ask for, rule by rule']) assert.ok(md.includes(heading), heading);
    assert.ok(md.indexOf('### High-risk clauses') < md.indexOf('## All findings'), 'the summary comes first');
    assert.match(md, /arguments these clauses bear on/);
    assert.match(md, /2026-11-27/);
    assert.match(md, /\| 1 \| High risk \| `cl-no-notice` \|/);
  });

  it('cites pages or paragraphs instead of lines for a Word or PDF file', () => {
    const { visible, hidden } = review({ text, findings: analyze(text).findings, config: { settings: { rules: {}, categories: {}, maxChars: 1e7, missingProtections: true } } });
    const md = reviewReport({ documentName: 'dpa.pdf', visible, hidden, lineOf: () => 0, whereOf: (o) => (o < 40 ? 'page 1, line 3' : 'page 2, line 7'), jurisdiction: 'eu-eea', date: '2026-11-27' });
    assert.match(md, /\| Where \| Risk \| Rule \| Clause \|/);
    assert.match(md, /\| page 1, line 3 \| High risk \| `cl-no-notice` \|/);
    assert.match(md, /- page 1, line 3: \*\*/);
    assert.match(md, /High risk · page 2, line 7/);
    assert.doesNotMatch(md, /(?<!, )\b[Ll]ines? \d/);
  });

  it('includes the suggested language of each rule', () => {
    const md = report();
    const fix = getRule('cl-no-notice')!.fixes[0];
    if (fix) assert.ok(md.includes(fix.text.split('\n')[0]!));
  });

  it('escapes document text', () => {
    const md = report('We may disclose data to law enforcement without notice | [x](command:evil) <script>.\n', '<b>name</b>');
    assert.ok(!md.includes('<script>'));
    assert.ok(!md.includes('<b>'));
    assert.ok(!md.includes('[x](command:evil)'));
  });

  it('reports a document without findings', () => {
    assert.match(report('Nothing here.\n'), /0 findings/);
  });

  it('is marked so that Warrant Lens never analyses it, and never flags its own quotations', () => {
    const md = report();
    assert.ok(isReviewReport(md));
    assert.ok(!isReviewReport(text));
    assert.equal(reportFileName('contracts/# Nimbus DPA v2.md', '2026-11-27'), 'Nimbus-DPA-v2.warrant-lens-review-2026-11-27.md');
  });

  it('lists playbook breaks before the high-risk clauses', () => {
    const source = 'Your data may be stored and processed in the United States and any country where we operate.\n\nWe may disclose Customer Data to law enforcement.\n';
    const { visible, hidden } = review({ text: source, findings: analyze(source).findings, config: { settings: { rules: {}, categories: {}, maxChars: 1e7, missingProtections: true }, playbook: { id: 'eu', name: 'EU', locations: { allowed: ['eu-eea'] } } } });
    const index = new LineIndex(source);
    const md = reviewReport({ documentName: 'dpa.md', visible, hidden, lineOf: (o) => index.positionAt(o).line, jurisdiction: 'eu-eea', date: '2026-11-27', playbook: 'EU' });
    assert.match(md, /### Playbook breaks \(1\)\n\n- Line 1: Playbook requires storage in the EU\/EEA; this clause allows the United States\./);
    assert.ok(md.indexOf('### Playbook breaks') < md.indexOf('### High-risk clauses'));
  });
});

describe('rule pages', () => {
  it('has one page per rule with title, risk, what to ask for and configuration', () => {
    for (const rule of rules) {
      const md = ruleDocMarkdown(rule);
      assert.ok(md.startsWith(`# ${rule.id}:`));
      assert.match(md, /## What to ask for/);
      assert.ok(md.includes(`"warrantLens.rules": { "${rule.id}": "off" }`));
      assert.equal(ruleDocFileName(rule.id), `${rule.id}.md`);
    }
  });

  it('indexes every rule and gives each a severity schema', () => {
    const index = ruleIndexMarkdown(rules);
    const schema = ruleSchemaProperties(rules);
    for (const rule of rules) {
      assert.ok(index.includes(`[${rule.id}](${rule.id}.md)`));
      assert.deepEqual(schema[rule.id]?.enum, ['error', 'warning', 'info', 'hint', 'off']);
    }
  });
});
