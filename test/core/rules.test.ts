/**
 * The rule fixture harness: every rule has test/fixtures/rules/<rule-id>.md, whose ` {+}` paragraphs
 * the rule must flag and whose ` {-}` and unmarked paragraphs it must not; `<rule-id>.absent.md` files
 * carry no markers and the rule must not fire on them at all. One test per fixture file, listing
 * every mismatch in both directions.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, rules } from '../../src/core';
import { fixtureMismatches, parseFixture, quote } from '../helpers/fixtures';

const dir = join(__dirname, '..', 'fixtures', 'rules');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort();
const ruleOf = (file: string): string => file.replace(/(\.absent)?\.md$/, '');
const ruleIds = rules.map((r) => r.id);

describe('rule fixtures', () => {
  describe('parseFixture', () => {
    it('strips markers with their leading space and keeps paragraph offsets in the clean text', () => {
      const f = parseFixture('# Title\n\nFirst clause here. {+}\n\nSecond\nclause. {-}\n\nPlain filler.\n');
      assert.equal(f.text, '# Title\n\nFirst clause here.\n\nSecond\nclause.\n\nPlain filler.\n');
      assert.deepEqual(
        f.paragraphs.map((p) => [f.text.slice(p.start, p.end), p.expect, p.line]),
        [
          ['# Title', 'none', 1],
          ['First clause here.', '+', 3],
          ['Second\nclause.', '-', 5],
          ['Plain filler.', 'none', 8],
        ],
      );
    });

    it('keeps CRLF line breaks and strips markers before them', () => {
      const f = parseFixture('Clause one. {+}\r\n\r\nClause two. {-}\r\n');
      assert.equal(f.text, 'Clause one.\r\n\r\nClause two.\r\n');
      assert.deepEqual(
        f.paragraphs.map((p) => f.text.slice(p.start, p.end)),
        ['Clause one.', 'Clause two.'],
      );
    });

    it('reports a marker in the middle of a paragraph as stray', () => {
      assert.deepEqual(parseFixture('One {+} two.\n').strayMarkers, ['line 1']);
    });

    it('reports both directions of mismatch', () => {
      const f = parseFixture('Should be flagged. {+}\n\nShould not be flagged. {-}\n');
      const neg = f.paragraphs[1]!;
      const finding = { ruleId: 'r', start: neg.start, end: neg.end } as never;
      const out = fixtureMismatches('r', f, [finding]);
      assert.equal(out.length, 2);
      assert.match(out[0]!, /^missing +line 1/);
      assert.match(out[1]!, /^unexpected line 3 \{-\}/);
    });
  });

  describe('consistency', () => {
    it('has a fixture file for every rule', () => {
      const missing = ruleIds.filter((id) => !files.includes(`${id}.md`));
      assert.deepEqual(missing, [], `rules without a fixture: ${missing.join(', ')}`);
    });

    it('names a real rule in every fixture file', () => {
      const unknown = files.filter((f) => !ruleIds.includes(ruleOf(f)));
      assert.deepEqual(unknown, [], `fixtures for unknown rules: ${unknown.join(', ')}`);
    });

    it('has an .absent.md fixture for every missing-* rule', () => {
      const missing = ruleIds.filter((id) => id.startsWith('missing-') && !files.includes(`${id}.absent.md`));
      assert.deepEqual(missing, []);
    });

    it('has at least one {+} and one {-} paragraph in every clause-rule fixture', () => {
      const bad = files
        .filter((f) => !f.endsWith('.absent.md') && !f.startsWith('missing-'))
        .filter((f) => {
          const ps = parseFixture(readFileSync(join(dir, f), 'utf8')).paragraphs;
          return !ps.some((p) => p.expect === '+') || !ps.some((p) => p.expect === '-');
        });
      assert.deepEqual(bad, [], `fixtures without both positives and negatives: ${bad.join(', ')}`);
    });

    it('has exactly one {+} anchor paragraph in every missing-* fixture', () => {
      const bad = files
        .filter((f) => f.startsWith('missing-') && !f.endsWith('.absent.md'))
        .filter((f) => parseFixture(readFileSync(join(dir, f), 'utf8')).paragraphs.filter((p) => p.expect === '+').length !== 1);
      assert.deepEqual(bad, []);
    });

    it('has no markers in any .absent.md fixture and no stray markers anywhere', () => {
      const bad: string[] = [];
      for (const f of files) {
        const parsed = parseFixture(readFileSync(join(dir, f), 'utf8'));
        for (const s of parsed.strayMarkers) bad.push(`${f} ${s}`);
        if (f.endsWith('.absent.md') && parsed.paragraphs.some((p) => p.expect !== 'none')) bad.push(`${f} has markers`);
      }
      assert.deepEqual(bad, []);
    });
  });

  describe('per rule', () => {
    for (const file of files) {
      const ruleId = ruleOf(file);
      if (!ruleIds.includes(ruleId)) continue;
      const absent = file.endsWith('.absent.md');
      const title = absent ? `${ruleId} does not fire on ${file}` : `${ruleId} flags exactly the {+} paragraphs of ${file}`;
      it(title, () => {
        const fixture = parseFixture(readFileSync(join(dir, file), 'utf8'));
        const { findings } = analyze(fixture.text, {}, { fileName: file });
        const mismatches = absent
          ? findings.filter((f) => f.ruleId === ruleId).map((f) => `unexpected finding: ${quote(fixture.text, f.start, f.end)}`)
          : fixtureMismatches(ruleId, fixture, findings);
        if (mismatches.length > 0) {
          const positives = fixture.paragraphs.filter((p) => p.expect === '+').length;
          assert.fail(`${file}: ${mismatches.length} mismatch${mismatches.length === 1 ? '' : 'es'} (${positives} {+} paragraphs)\n  ${mismatches.join('\n  ')}`);
        }
      });
    }
  });
});

describe('sub-processor table rows and data location', () => {
  const table = (rows: string[]) => ['## Sub-processors', '', '| Sub-processor | Purpose | Country |', '|---|---|---|', ...rows, ''].join('\n');
  const placed = (row: string) => analyze(table([row])).findings.filter((f) => f.ruleId === 'cl-location-unrestricted').length;

  it('reads any country outside the EU/EEA from the place lexicon, not a fixed list', () => {
    assert.equal(placed('| Quillon Ltd | Ticket triage | Mexico |'), 1);
    assert.equal(placed('| Ardent Mail | Email delivery | South Africa |'), 1);
  });

  it('leaves rows in the EU/EEA, and rows confined to European customers, alone', () => {
    assert.equal(placed('| Quillon GmbH | Hosting | Germany |'), 0);
    assert.equal(placed('| Quillon Inc. | Hosting (EEA customers) | Canada |'), 0);
  });
});
