import assert from 'node:assert/strict';
import { jurisdictionIds, jurisdictionLabel, jurisdictionNote, riskLabel, toJurisdiction } from '../../src/present/jurisdiction';

describe('jurisdiction wording', () => {
  it('falls back to EU/EEA for unknown setting values', () => {
    assert.equal(toJurisdiction('mars'), 'eu-eea');
    assert.equal(toJurisdiction(undefined), 'eu-eea');
    assert.equal(toJurisdiction('uk'), 'uk');
  });

  it('has a label and a note for every question in every jurisdiction', () => {
    for (const id of jurisdictionIds) {
      assert.ok(jurisdictionLabel(id));
      for (const q of ['location', 'access', 'records', 'law'] as const) assert.ok(jurisdictionNote(id, q, 'high').length > 20, `${id}/${q}`);
    }
  });

  it('words the access risk differently by jurisdiction', () => {
    assert.notEqual(jurisdictionNote('eu-eea', 'access', 'high'), jurisdictionNote('us', 'access', 'high'));
    assert.match(jurisdictionNote('eu-eea', 'access', 'high'), /Article 48/);
    assert.match(jurisdictionNote('uk', 'access', 'high'), /Data Access Agreement/);
  });

  it('adds no risk note to protections', () => {
    assert.equal(jurisdictionNote('eu-eea', 'access', 'mitigating'), '');
    assert.equal(riskLabel('mitigating'), 'Protection');
  });
});
