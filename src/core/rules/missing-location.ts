/** missing-location: the document lets data leave the region but commits to no location. */
import type { DocumentRule } from './rule';

export const rule: DocumentRule = {
  kind: 'document',
  id: 'missing-location',
  category: 'missing.location.commitment',
  risk: 'high',
  arguments: ['arg-territoriality', 'arg-control-not-location', 'arg-data-mobility'],
  trigger: ['location.anywhere'],
  satisfiedBy: ['location.commitment'],
  fixtures: 'test/fixtures/rules/missing-location.md',
};
