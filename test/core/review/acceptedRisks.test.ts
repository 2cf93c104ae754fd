import assert from 'node:assert/strict';
import { acceptedKey, addAcceptedRisk, emptyAcceptedRisks, isAccepted, parseAcceptedRisks, removeAcceptedRisk, serializeAcceptedRisks } from '../../../src/core/review/acceptedRisks';

describe('accepted risks file', () => {
  it('parses an empty or missing file as no entries', () => {
    assert.deepEqual(parseAcceptedRisks(''), { file: emptyAcceptedRisks(), problems: [] });
  });

  it('reports broken JSON instead of throwing', () => {
    const { file, problems } = parseAcceptedRisks('{ not json');
    assert.deepEqual(file.accepted, []);
    assert.equal(problems.length, 1);
    assert.match(problems[0]!, /not valid JSON/);
  });

  it('skips entries without rule id or fingerprint and reports them', () => {
    const { file, problems } = parseAcceptedRisks(JSON.stringify({ version: 1, accepted: [{ ruleId: 'cl-a' }, { ruleId: 'cl-b', fingerprint: 'ff', reason: 'ok' }, 7] }));
    assert.deepEqual(file.accepted, [{ ruleId: 'cl-b', fingerprint: 'ff', reason: 'ok' }]);
    assert.equal(problems.length, 2);
  });

  it('round-trips through serialize, sorted and with a final newline', () => {
    let file = emptyAcceptedRisks();
    file = addAcceptedRisk(file, { ruleId: 'cl-z', fingerprint: '2', reason: 'r2', file: 'b.md' });
    file = addAcceptedRisk(file, { ruleId: 'cl-a', fingerprint: '1', reason: 'r1', file: 'a.md', excerpt: 'We may…', acceptedAt: '2026-11-27T00:00:00.000Z' });
    const text = serializeAcceptedRisks(file);
    assert.ok(text.endsWith('}\n'));
    const back = parseAcceptedRisks(text).file;
    assert.deepEqual(back.accepted.map((e) => e.ruleId), ['cl-a', 'cl-z']);
    assert.equal(serializeAcceptedRisks(back), text);
  });

  it('replaces an entry with the same rule and fingerprint, and removes it', () => {
    let file = addAcceptedRisk(emptyAcceptedRisks(), { ruleId: 'cl-a', fingerprint: '1', reason: 'old' });
    file = addAcceptedRisk(file, { ruleId: 'cl-a', fingerprint: '1', reason: 'new' });
    assert.deepEqual(file.accepted.map((e) => e.reason), ['new']);
    assert.deepEqual(removeAcceptedRisk(file, { ruleId: 'cl-a', fingerprint: '1' }).accepted, []);
  });

  it('matches findings by rule id and fingerprint only', () => {
    const keys = new Set([acceptedKey({ ruleId: 'cl-a', fingerprint: 'abc' })]);
    assert.equal(isAccepted(keys, { ruleId: 'cl-a', fingerprint: 'abc' }), true);
    assert.equal(isAccepted(keys, { ruleId: 'cl-b', fingerprint: 'abc' }), false);
    assert.equal(isAccepted(keys, { ruleId: 'cl-a', fingerprint: 'abd' }), false);
  });
});
