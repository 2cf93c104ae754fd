import assert from 'node:assert/strict';
import { analyze, getRule, type Finding } from '../../src/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hoverBudget, hoverCommandIds, hoverMarkdown, visibleText } from '../../src/present/hoverMarkdown';
import { commandUri, escapeInline, escapeMarkdown } from '../../src/present/markdown';

const commands = { openPanel: 'warrantLens.openPanel', applyFix: '_warrantLens.applyFix', showRule: 'warrantLens.showRule' };
const text = 'We may disclose Customer Data to law enforcement without notice to you.\n\nYour data may be stored and processed in any country where we operate.\n';

function findingOf(ruleId: string, source = text): Finding {
  const f = analyze(source).findings.find((x) => x.ruleId === ruleId);
  assert.ok(f, `the engine flags ${ruleId} in the fixture`);
  return f;
}

/** Every link target in the Markdown. */
function linkTargets(md: string): string[] {
  return [...md.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
}

describe('hover Markdown', () => {
  it('states the risk, the rule title and what to ask for', () => {
    const f = findingOf('cl-no-notice');
    const md = hoverMarkdown(f, { jurisdiction: 'eu-eea', commands, documentUri: 'file:///c.md' });
    assert.match(md, /High risk/);
    assert.ok(md.includes(escapeMarkdown(getRule('cl-no-notice')!.title)));
    assert.match(md, /\*\*Ask for:\*\*/);
    assert.match(md, /EU\/EEA/);
  });

  it('is short: risk, why for this jurisdiction, what to ask for, and links; the case detail is in the panel', () => {
    for (const source of [text, readFileSync(join(__dirname, '..', '..', 'samples', 'cloud-services-agreement.md'), 'utf8')]) {
      const findings = analyze(source).findings;
      // Every clause's hover, with all the findings on it, stays within the budget.
      const byClause = new Map<number, Finding[]>();
      for (const f of findings) byClause.set(f.start, [...(byClause.get(f.start) ?? []), f]);
      for (const group of byClause.values()) {
        const md = hoverMarkdown(group, { jurisdiction: 'eu-eea', commands, documentUri: 'file:///c.md' });
        assert.ok(visibleText(md).length <= hoverBudget, `${group.map((f) => f.ruleId).join('+')}: ${visibleText(md).length} characters`);
      }
    }
    const f = findingOf('cl-no-notice');
    const md = hoverMarkdown(f, { jurisdiction: 'us', commands, documentUri: 'file:///c.md' });
    assert.ok(md.includes(commandUri(commands.openPanel, [f.arguments[0]!])), 'links the first argument to the panel');
    assert.doesNotMatch(md, /Microsoft argued|government argued/, 'no case detail in the hover');
  });

  it('makes one block of several findings on one clause, highest risk first', () => {
    const findings = analyze(text).findings.filter((f) => f.start === findingOf('cl-location-unrestricted').start);
    const md = hoverMarkdown(findings, { jurisdiction: 'eu-eea', commands, documentUri: 'u' });
    for (const f of findings) assert.ok(md.includes(escapeMarkdown(f.ruleId)), f.ruleId);
    assert.equal((md.match(/\*\*Ask for:\*\*/g) ?? []).length, 1, 'one "Ask for"');
  });

  it('links only to the allow-listed commands, with JSON arguments', () => {
    const f = findingOf('cl-location-unrestricted');
    const md = hoverMarkdown(f, { jurisdiction: 'eu-eea', commands, documentUri: 'file:///c.md' });
    const allowed = hoverCommandIds(commands);
    const targets = linkTargets(md);
    assert.ok(targets.length > 0);
    for (const t of targets) {
      const m = /^command:([^?]+)(?:\?(.*))?$/.exec(t);
      assert.ok(m, `${t} is a command link`);
      assert.ok(allowed.includes(m[1]!), `${m[1]} is allow-listed`);
      if (m[2]) assert.ok(Array.isArray(JSON.parse(decodeURIComponent(m[2]))));
    }
    const fix = targets.find((t) => t.startsWith(`command:${commands.applyFix}`));
    assert.ok(fix, 'offers the fix');
    assert.deepEqual(JSON.parse(decodeURIComponent(fix.split('?')[1]!))[0], { uri: 'file:///c.md', ruleId: f.ruleId, fingerprint: f.fingerprint, fixIndex: 0 });
  });

  it('escapes document text so it cannot inject links, HTML or emphasis', () => {
    const hostile = 'We may disclose data to law enforcement without notice [click](command:workbench.action.reloadWindow) <img src=x onerror=alert(1)> **bold** `code`.';
    // The hover quotes no document text; a playbook break's message is the one built from it.
    const f = { ...findingOf('cl-no-notice'), ruleId: 'playbook-location', message: hostile, excerpt: hostile };
    const md = hoverMarkdown(f, { jurisdiction: 'eu-eea', commands, documentUri: 'file:///c.md' });
    assert.ok(!md.includes('](command:workbench'), 'no live link from the document');
    assert.ok(!/(^|[^\\])<img/.test(md), 'no raw HTML');
    assert.ok(!md.includes('**bold**'), 'no emphasis from the document');
    assert.ok(md.includes('\\[click\\]'));
  });

  it('has no command links without commands', () => {
    const md = hoverMarkdown(findingOf('cl-no-notice'), { jurisdiction: 'eu-eea' });
    assert.deepEqual(linkTargets(md), []);
  });
});

describe('Markdown escaping', () => {
  it('escapes every Markdown control character and folds line breaks', () => {
    assert.equal(escapeMarkdown('a*b_[c](d)\n# e <f>'), 'a\\*b\\_\\[c\\]\\(d\\) \\# e \\<f\\>');
  });

  it('escapes inline syntax and leading block markers for reports', () => {
    assert.equal(escapeInline('# [x](y) <b> | `c`'), '\\# \\[x\\](y) \\<b\\> \\| \\`c\\`');
    assert.equal(escapeInline('1. item'), '1\\. item');
  });

  it('percent-encodes command arguments', () => {
    assert.equal(decodeURIComponent(commandUri('x.y', ['a) b']).split('?')[1]!), '["a) b"]');
    assert.ok(!commandUri('x.y', ['a) b']).includes(')'));
  });
});
