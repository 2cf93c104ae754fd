import assert from 'node:assert/strict';
import { jurisdictionIds as coreJurisdictionIds, motionArguments } from '../../src/core';
import { jurisdictionIds, riskLabel, toJurisdiction } from '../../src/present/jurisdiction';
import { jurisdictionLabel, jurisdictionNote, motionNote } from '../../src/present/jurisdictionNotes';

describe('jurisdiction wording', () => {
  it('falls back to EU/EEA for unknown setting values', () => {
    assert.equal(toJurisdiction('mars'), 'eu-eea');
    assert.equal(toJurisdiction(undefined), 'eu-eea');
    assert.equal(toJurisdiction('uk'), 'uk');
  });

  it('parses the same ids as the core table holds', () => {
    assert.deepEqual([...jurisdictionIds], [...coreJurisdictionIds]);
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
    assert.match(jurisdictionNote('australia', 'access', 'high'), /U\.S\.-Australia/);
  });

  it('does not claim a location clause keeps data within EU law', () => {
    const note = jurisdictionNote('eu-eea', 'location', 'high');
    assert.doesNotMatch(note, /keeps data within EU law/);
    assert.match(note, /Article 3/);
    assert.match(note, /Article 46/);
    assert.match(note, /Article 49/);
  });

  it('says per jurisdiction whether the § 2703(h) motion is available', () => {
    const args = [motionArguments[0]!];
    for (const id of ['eu-eea', 'switzerland', 'canada'] as const) {
      assert.match(motionNote(id, args), /not available/, id);
      assert.match(motionNote(id, args), /comity/, id);
    }
    for (const id of ['uk', 'australia'] as const) {
      assert.doesNotMatch(motionNote(id, args).split('As of')[0]!, /not available/, id);
      assert.match(motionNote(id, args), /Only the provider/, id);
    }
    assert.match(motionNote('us', args), /does not help a U\.S\. customer/);
    assert.equal(motionNote('eu-eea', ['arg-trust']), '', 'only beside the nationality and comity arguments');
  });

  it('adds no risk note to protections', () => {
    assert.equal(jurisdictionNote('eu-eea', 'access', 'mitigating'), '');
    assert.equal(riskLabel('mitigating'), 'Protection');
  });
});
