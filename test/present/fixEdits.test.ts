import assert from 'node:assert/strict';
import { applyEdits, fixAllEdits, fixEdit } from '../../src/present/fixEdits';

const replace = { title: 'Replace', kind: 'replace' as const, text: 'Provider shall notify Customer first.' };
const insert = { title: 'Add notice', kind: 'insertAfter' as const, text: 'Provider shall notify Customer of any demand.' };

function around(text: string, sentence: string, clause = sentence) {
  const cs = text.indexOf(clause);
  const s = text.indexOf(sentence);
  return { start: s, end: s + sentence.length, clause: { start: cs, end: cs + clause.length } };
}

describe('fix edits', () => {
  const text = 'Intro.\n\nWe keep logs. We may disclose data without notice. We encrypt data.\n\nNext clause.\n';
  const clause = 'We keep logs. We may disclose data without notice. We encrypt data.';
  const f = around(text, 'We may disclose data without notice.', clause);

  it('replaces only the flagged sentence', () => {
    const e = fixEdit(text, f, replace)!;
    assert.equal(applyEdits(text, [e]), 'Intro.\n\nWe keep logs. Provider shall notify Customer first. We encrypt data.\n\nNext clause.\n');
  });

  it('inserts after the clause, before the paragraph break', () => {
    const e = fixEdit(text, f, insert)!;
    assert.ok(e.start >= f.clause.start && e.end <= f.clause.end, 'stays inside the clause');
    assert.equal(applyEdits(text, [e]), `Intro.\n\n${clause} Provider shall notify Customer of any demand.\n\nNext clause.\n`);
  });

  it('adds a full stop when the clause has none', () => {
    const t = 'We may disclose data\n';
    const e = fixEdit(t, around(t, 'We may disclose data'), insert)!;
    assert.equal(applyEdits(t, [e]), 'We may disclose data. Provider shall notify Customer of any demand.\n');
  });

  it('never edits outside the clause, even when the finding claims more', () => {
    const bad = { start: 0, end: text.length, clause: f.clause };
    const e = fixEdit(text, bad, replace)!;
    assert.ok(e.start >= f.clause.start && e.end <= f.clause.end);
  });

  it('returns undefined when the offsets no longer fit the text', () => {
    assert.equal(fixEdit('short', { start: 10, end: 40, clause: { start: 10, end: 40 } }, replace), undefined);
  });

  it('fixes every finding of a rule in one set of non-overlapping edits', () => {
    const t = 'A without notice.\n\nB.\n\nC without notice.\n';
    const findings = [
      { ruleId: 'cl-no-notice', ...around(t, 'A without notice.') },
      { ruleId: 'cl-other', ...around(t, 'B.') },
      { ruleId: 'cl-no-notice', ...around(t, 'C without notice.') },
      { ruleId: 'cl-no-notice', ...around(t, 'C without notice.') },
    ];
    const edits = fixAllEdits(t, findings, 'cl-no-notice', replace);
    assert.equal(edits.length, 2);
    assert.equal(applyEdits(t, edits), 'Provider shall notify Customer first.\n\nB.\n\nProvider shall notify Customer first.\n');
  });
});
