/** Incremental analysis must give exactly what a fresh analysis of the same text gives. */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer, analyze, type AnalysisResult } from '../../src/core';
import { pick, randomInt, seededRandom } from '../helpers/random';

const root = join(__dirname, '..', '..');
const documents = [
  readFileSync(join(root, 'samples', 'cloud-services-agreement.md'), 'utf8'),
  readFileSync(join(root, 'samples', 'privacy-policy-risky.md'), 'utf8'),
  readdirSync(join(root, 'test', 'fixtures', 'rules'))
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => readFileSync(join(root, 'test', 'fixtures', 'rules', f), 'utf8').replace(/ \{[+-]\}/g, ''))
    .join('\n\n'),
];

// Insertions chosen to change structure as well as words: list markers, table rows, headings, rules.
const insertions = ['x', ' ', '.', '\n', '\n\n', '\n- item ', '\n1. ', '\n| a | b |\n', '\n---\n', '# Heading\n', '**', '[link](x) ', 'required by law', 'The provider may disclose data to law enforcement. ', 'Data may be stored in any country. ', ''];

const comparable = (r: AnalysisResult): string =>
  JSON.stringify(r.findings.map((f) => [f.ruleId, f.start, f.end, f.clause.start, f.clause.end, f.fingerprint, f.categories, f.related?.start]));

describe('Analyzer (incremental)', () => {
  it('gives the same findings as a fresh analysis after each of many random edits', function () {
    // Hundreds of full analyses to compare against: slow on a busy two-core machine.
    this.timeout(300_000);
    // Seeded, so a failure can be replayed.
    const next = seededRandom(7);
    for (const doc of documents) {
      const analyzer = new Analyzer();
      let text = doc;
      analyzer.analyze(text);
      for (let k = 0; k < 100; k++) {
        const pos = randomInt(next, text.length);
        const deleted = next() < 0.3 ? randomInt(next, 30) : 0;
        const inserted = pick(next, insertions);
        text = text.slice(0, pos) + inserted + text.slice(pos + deleted);
        const hint = next() < 0.5 ? { change: { start: pos, deletedLength: Math.min(deleted, text.length), insertedLength: inserted.length } } : {};
        // A hint that does not fit the texts (a deletion past the end) must be ignored, not trusted.
        const incremental = analyzer.analyze(text, {}, hint);
        assert.equal(comparable(incremental), comparable(analyze(text)), `edit ${k} at ${pos}: "${inserted}" (deleted ${deleted})`);
      }
    }
  });

  it('answers most sentences from what it already knows after a one-character edit', () => {
    const analyzer = new Analyzer();
    const doc = documents[0]!;
    const first = analyzer.analyze(doc);
    const pos = doc.indexOf('Nimbus', doc.length / 2);
    const second = analyzer.analyze(`${doc.slice(0, pos)}X${doc.slice(pos)}`, {}, { change: { start: pos, deletedLength: 0, insertedLength: 1 } });
    assert.ok(second.stats.cachedSentences > first.stats.sentences * 0.8, `${second.stats.cachedSentences} of ${second.stats.sentences} reused`);
  });

  it('moves findings after the edit by the length of the insertion', () => {
    const analyzer = new Analyzer();
    const doc = 'Intro paragraph.\n\nWe may disclose your data to law enforcement without notice to you.\n';
    const before = analyzer.analyze(doc).findings.filter((f) => f.ruleId !== 'missing-notice' && f.ruleId !== 'missing-challenge');
    const after = analyzer.analyze(`Longer intro${doc}`).findings.filter((f) => f.ruleId !== 'missing-notice' && f.ruleId !== 'missing-challenge');
    assert.ok(before.length > 0);
    assert.deepEqual(after.map((f) => [f.ruleId, f.start - 12, f.fingerprint]), before.map((f) => [f.ruleId, f.start, f.fingerprint]));
  });
});
