/**
 * cl-governing-law-forum finds "<place> law" from the word "law" and looks back for the place: these
 * sentences pin down that look-back (multi-word places, plural and qualified laws, "law enforcement").
 */
import assert from 'node:assert/strict';
import { analyze } from '../../src/core';

const chooses = (sentence: string): boolean =>
  analyze(sentence, { missingProtections: false }, { format: 'plaintext' }).findings.some((f) => f.ruleId === 'cl-governing-law-forum');

describe('governing law named by its place', () => {
  for (const sentence of [
    'New South Wales law shall apply to these Terms.',
    'United States federal laws govern any claim about export controls under these Terms.',
    'English substantive law governs this order form.',
    'The law of Ireland governs this Agreement.',
  ]) {
    it(`chooses a law: ${sentence}`, () => assert.ok(chooses(sentence)));
  }
  for (const sentence of [
    'Irish law enforcement agencies apply their own retention rules to seized records.',
    'Irish lawsuits seldom apply to our suppliers.',
    'Our outlaw policy applies to every region.',
  ]) {
    it(`chooses no law: ${sentence}`, () => assert.ok(!chooses(sentence)));
  }
});
