/** cl-unilateral-update: the provider can change the terms, a policy, or a location or sub-processor list on its own. */
import { type ClauseRule, words } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';

const governingDocumentRe = any('terms', 'agreement', 'policy', 'policies', 'notice', 'documentation', 'addendum', '\\bdpa\\b', 'sub-?processor list', 'list of (?:sub-?processors|locations|data ?cent)', 'location terms', 'locations? (?:listed|published)');
const notTermsChangeRe = any('price', 'fees?\\b', 'billing', 'settings', 'contact information', 'signed by', 'in writing');
const customerChangesRe = any('(?:customer|you) may (?:update|change|modify)');
const unilateralChangeRe = any('(?:may|can|reserves? the right to|will) (?:update|change|modify|amend|revise)', 'from time to time', 'at any time', 'by posting', 'then[- ]current', 'as updated', 'effective upon posting', 'continued use (?:[a-z]{1,30} ){0,6}(?:constitutes|means) (?:your )?acceptance', 'at (?:our|its) (?:sole )?discretion');

/** The provider can change the terms, a policy, or a location or sub-processor list on its own. */
const unilateralUpdate = (s: SentenceContext): boolean => {
  const t = s.text;
  // What changes must be the provider's paper, not the customer's settings or a price list.
  const paper = governingDocumentRe;
  if (!has(t, paper) || has(t, notTermsChangeRe)) return false;
  if (has(t, customerChangesRe)) return false;
  return has(t, unilateralChangeRe);
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-unilateral-update',
  category: 'terms.unilateral-change',
  risk: 'medium',
  arguments: ['arg-data-mobility', 'arg-trust'],
  gate: words('update', 'chang', 'modif', 'amend', 'revis', 'time to time', 'any time', 'posting', 'current', 'continued use', 'discretion'),
  match: unilateralUpdate,
  fixtures: 'test/fixtures/rules/cl-unilateral-update.md',
};
