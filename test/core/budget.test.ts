/** A time budget per step (issue #9 item 2): an analysis stopped half-way goes on, and ends as a whole one would. */
import assert from 'node:assert/strict';
import { analyze, Analyzer } from '../../src/core';

const paragraph = (i: number): string => `${i}. Harbour may store Customer Data in any country (site ${i}). Harbour will notify Customer of any government request for its data unless the law forbids it (case ${i}).`;
const text = Array.from({ length: 400 }, (_, i) => paragraph(i)).join('\n\n');

/** Analyses in steps with a zero budget until complete; returns the result and the number of steps. */
function inSteps(a: Analyzer, t: string): { findings: ReturnType<typeof analyze>['findings']; steps: number } {
  let steps = 1;
  let r = a.analyze(t, {}, { budgetMs: 0 });
  while (r.incomplete) {
    assert.deepEqual(r.findings, [], 'an incomplete result reports no partial findings');
    r = a.analyze(t, {}, { budgetMs: 0 });
    steps++;
  }
  return { findings: r.findings, steps };
}

describe('analysis time budget', () => {
  it('stops when the budget runs out and goes on where it stopped, ending with the whole result', () => {
    const { findings, steps } = inSteps(new Analyzer(), text);
    assert.ok(steps > 5, `${steps} steps`);
    assert.deepEqual(findings, analyze(text).findings);
  });

  it('starts again when the text changes while a budgeted run is half-way', () => {
    const a = new Analyzer();
    assert.equal(a.analyze(text, {}, { budgetMs: 0 }).incomplete, true);
    const edited = text.replace('site 3)', 'site 3, or in the United States)');
    assert.deepEqual(inSteps(a, edited).findings, analyze(edited).findings);
  });

  it('budgets an incremental re-analysis too', () => {
    const a = new Analyzer();
    a.analyze(text);
    const edited = `${paragraph(9999)}\n\n${text}`;
    assert.deepEqual(inSteps(a, edited).findings, analyze(edited).findings);
  });

  it('never sets incomplete without a budget', () => {
    assert.equal(new Analyzer().analyze(text).incomplete, undefined);
  });
});
