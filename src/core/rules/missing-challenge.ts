/** missing-challenge: the document lets the provider disclose to authorities but never promises to redirect, narrow or contest a demand. */
import type { DocumentRule } from './rule';

export const rule: DocumentRule = {
  kind: 'document',
  id: 'missing-challenge',
  category: 'missing.gov.challenge',
  risk: 'medium',
  arguments: ['arg-mlat', 'arg-comity-conflict', 'arg-business-records'],
  trigger: ['gov.disclosure'],
  satisfiedBy: ['gov.challenge'],
  fixtures: 'test/fixtures/rules/missing-challenge.md',
};
