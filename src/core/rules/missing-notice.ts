/** missing-notice: the document lets the provider disclose to authorities but never promises to tell the customer. */
import type { DocumentRule } from './rule';

export const rule: DocumentRule = {
  kind: 'document',
  id: 'missing-notice',
  category: 'missing.gov.notice',
  risk: 'high',
  arguments: ['arg-secrecy', 'arg-business-records', 'arg-trust'],
  trigger: ['gov.disclosure'],
  satisfiedBy: ['gov.notice'],
  fixtures: 'test/fixtures/rules/missing-notice.md',
};
