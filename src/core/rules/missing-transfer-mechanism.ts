/** missing-transfer-mechanism: the document lets data go abroad but names no legal basis for the transfer. */
import type { DocumentRule } from './rule';

export const rule: DocumentRule = {
  kind: 'document',
  id: 'missing-transfer-mechanism',
  category: 'missing.location.transfer-mechanism',
  risk: 'medium',
  arguments: ['arg-comity-conflict', 'arg-territoriality'],
  trigger: ['location.anywhere'],
  satisfiedBy: ['location.transfer-mechanism'],
  fixtures: 'test/fixtures/rules/missing-transfer-mechanism.md',
};
