/** The government-access rules read a clause's meaning: the cases reviewers named on unseen documents, in new wording. */
import assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import type { Finding } from '../../src/core/types';
import { noticeReadings } from '../../src/core/rules/shared/government';

const findings = (text: string): Finding[] => analyze(text).findings.filter((f) => !f.ruleId.startsWith('missing-'));
const categories = (text: string): string[] => [...new Set(findings(text).flatMap((f) => f.categories))].sort();
const ofCategory = (text: string, c: string): Finding | undefined => findings(text).find((f) => f.categories.includes(c as never));

describe('government access read through the clause frame', () => {
  it('reads a bare permission to hand data to any authority, without notice, as voluntary and no-notice at high risk', () => {
    const text = 'The Vendor may release Client Data to any government agency without notice to the Client.';
    const f = ofCategory(text, 'gov.voluntary');
    assert.ok(f, categories(text).join(', '));
    assert.equal(f.risk, 'high');
    assert.ok(f.categories.includes('gov.no-notice'));
    assert.ok(!categories(text).includes('gov.disclosure'), 'no compulsion is named, so this is not "required by law"');
  });

  it('keeps a notice promise with a legal-bar exception as notice, never as disclosure without telling', () => {
    const text = 'The importer will promptly inform the exporter of any legally binding request for disclosure of the data by a police authority, unless otherwise prohibited.';
    assert.ok(categories(text).includes('gov.notice'));
    assert.ok(!categories(text).includes('gov.no-notice'));
  });

  it('lowers the risk when the only case of silence named is the legal bar of a notice promise', () => {
    const text = 'The importer will promptly inform the exporter of any legally binding request for disclosure by a police authority unless otherwise prohibited, such as a prohibition under criminal law to preserve the confidentiality of a criminal investigation.';
    const f = ofCategory(text, 'gov.no-notice');
    assert.ok(f && ofCategory(text, 'gov.notice'));
    assert.equal(f.risk, 'medium');
  });

  it('tells notice promises from notices about prices, renewals, audits and changes', () => {
    for (const text of [
      'We will give you 45 days notice of any change to our prices.',
      'The supplier shall notify the customer before each renewal of the subscription.',
      'The customer may audit the supplier once a year on 20 days notice.',
      'We will inform you of changes to these terms by email.',
    ]) assert.ok(!categories(text).includes('gov.notice'), text);
  });

  it('reads each notice word with its stance', () => {
    const stances = (t: string) => noticeReadings(t).map((r) => r.stance);
    assert.deepEqual(stances('we will notify you unless we are prohibited from notifying you'), ['promised']);
    assert.deepEqual(stances('we may respond without notifying you'), ['denied']);
    assert.deepEqual(stances('we will try to notify you'), ['soft']);
    assert.deepEqual(stances('a court may bar us from notifying you'), ['barred']);
    assert.deepEqual(stances('we may delay notifying you'), ['deferred']);
  });

  it('does not take a foreign police force sent the treaty route for an admission about where data is kept', () => {
    const text = 'Police forces outside the European Union must use the mutual legal assistance procedure to request data from us.';
    assert.ok(!categories(text).includes('gov.foreign-law'));
    assert.ok(categories(text).includes('gov.disclosure'));
  });
});
