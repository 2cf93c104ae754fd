import assert from 'node:assert/strict';
import { partyNames, withPartyNames } from '../../src/core';
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
    assert.equal(applyEdits(text, [e]), 'Intro.\n\nWe keep logs. [Provider] shall notify [Customer] first. We encrypt data.\n\nNext clause.\n');
  });

  it('inserts after the clause, before the paragraph break', () => {
    const e = fixEdit(text, f, insert)!;
    assert.ok(e.start >= f.clause.start && e.end <= f.clause.end, 'stays inside the clause');
    assert.equal(applyEdits(text, [e]), `Intro.\n\n${clause} [Provider] shall notify [Customer] of any demand.\n\nNext clause.\n`);
  });

  it('adds a full stop when the clause has none', () => {
    const t = 'We may disclose data\n';
    const e = fixEdit(t, around(t, 'We may disclose data'), insert)!;
    assert.equal(applyEdits(t, [e]), 'We may disclose data. [Provider] shall notify [Customer] of any demand.\n');
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
    assert.equal(applyEdits(t, edits), '[Provider] shall notify [Customer] first.\n\nB.\n\n[Provider] shall notify [Customer] first.\n');
  });

  describe('document structure and party names', () => {
    const model = { title: 'Replace', kind: 'replace' as const, text: 'Provider shall use Service Data only to run the Services for Customer.' };

    it('starts a replacement after the clause number and a bold run-in title, even when the finding starts inside the title', () => {
      const t = 'Intro ("Customer").\n\n3.3 **Service Data.** Nimbus owns all Service Data.\n';
      const s = t.indexOf('Service Data.**');
      const e = fixEdit(t, { start: s, end: t.indexOf('\n', s), clause: { start: s, end: t.indexOf('\n', s) } }, model)!;
      assert.equal(applyEdits(t, [e]), 'Intro ("Customer").\n\n3.3 **Service Data.** [Provider] shall use Service Data only to run the Services for Customer.\n');
    });

    it('keeps list markers, plain run-in titles and headings', () => {
      for (const [prefix, line] of [['- **Location.** ', 'We may store data anywhere.'], ['1. Hosting: ', 'We may store data anywhere.'], ['4.1 Data Location. ', 'We may store data anywhere.']] as const) {
        const t = `${prefix}${line}\n`;
        const e = fixEdit(t, { start: 0, end: t.length - 1, clause: { start: 0, end: t.length - 1 } }, model)!;
        assert.ok(applyEdits(t, [e]).startsWith(prefix), `${prefix} kept`);
      }
    });

    it('never cuts through bold markers: adds after the clause instead', () => {
      const t = 'We may **disclose data** without notice.\n';
      const s = t.indexOf('disclose');
      const e = fixEdit(t, { start: s, end: t.length - 1, clause: { start: 0, end: t.length - 1 } }, model)!;
      assert.equal(e.start, e.end, 'an insertion');
      assert.ok(applyEdits(t, [e]).startsWith('We may **disclose data** without notice.'));
    });

    it('uses the contract\'s defined names: "Nimbus" ("Provider") and the customer\'s', () => {
      assert.deepEqual(partyNames('Made between Nimbus Cloud Ltd ("**Nimbus**") and Halvorsen A/S ("**Customer**").'), { provider: 'Nimbus', customer: 'Customer' });
      assert.deepEqual(partyNames('Acme Inc. ("Acme" or the "Provider") and you (the "Client").'), { provider: 'Acme', customer: 'Client' });
      assert.equal(withPartyNames('Provider shall notify Customer before disclosing Customer Data.', { provider: 'Nimbus', customer: 'Client' }), 'Nimbus shall notify Client before disclosing Customer Data.');
      assert.equal(withPartyNames('Provider shall notify Customer.', {}), '[Provider] shall notify [Customer].');
    });
  });
});
