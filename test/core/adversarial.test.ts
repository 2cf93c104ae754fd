/** Long runs around the very words every rule looks for: each matcher must return (no runaway regex). */
import assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { clauseRules } from '../../src/core/rules/registry';
import type { SentenceContext } from '../../src/core/rules/context';

// Lower-case words and spaces only: the input on which nested repeats like (?:[a-z ]+ ){0,3} backtrack.
const filler = 'the provider and the customer may agree that such data is kept for a time '.repeat(60).slice(0, 4000);

function context(text: string): SentenceContext {
  return { text, raw: text, heading: '', previous: filler.slice(0, 600), tableHeader: '', isTableRow: false, isListItem: false, leadIn: '', parse: () => ({ subject: '' }) };
}

describe('adversarial runs', () => {
  for (const rule of clauseRules) {
    it(`${rule.id} returns on 4,000-character runs around each of its trigger words`, function () {
      const words = [...rule.gate.words, ...(rule.gate.both?.flat() ?? [])].map((w) => w.trim()).filter((w) => w.length > 1);
      for (const w of words) {
        for (const text of [`${w} ${filler}`, `${filler} ${w}`, `${w} ${filler} ${w} ${filler.slice(0, 500)}`]) {
          const hit = rule.match(context(text));
          assert.ok(hit === true || hit === false || Array.isArray(hit));
        }
      }
    });
  }

  it('analyses a megabyte of one repeated clause without stalling', function () {
    this.timeout(60_000);
    const clause = 'Harbour may store Customer Data in any country and disclose it to authorities without notice ';
    const r = analyze(clause.repeat(Math.ceil(1_000_000 / clause.length)));
    assert.ok(r.findings.length > 0);
  });
});
