/** cl-sovereign-operations: sovereign operations: local entity, local staff, no technical means of access from abroad. */
import { type ClauseRule, words } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';

const decisionDutyRe = any('responsible for (?:deciding|determining|assessing)');
const sovereignRe = any('sovereign cloud', 'sovereign', 'operated by (?:eu|european) ', '(?:eu|european)[- ]resident (?:personnel|staff|employees)', 'personnel (?:located |based )?outside (?:of )?the (?:eu|european union|eea) (?:do not|will not|have no|cannot)', 'no technical means', 'secnumcloud', 'operational autonomy', 'board of european');
const sovereignImmunityRe = any('sovereign immunity', 'sovereign entity');

/** Sovereign operations: local entity, local staff, no technical means of access from abroad. */
const sovereignOperations = (s: SentenceContext): boolean =>
  !has(s.text, decisionDutyRe) &&
  has(s.text, sovereignRe) &&
  !has(s.text, sovereignImmunityRe);

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-sovereign-operations',
  category: 'location.commitment',
  risk: 'mitigating',
  arguments: ['arg-trust', 'arg-control-not-location', 'arg-comity-conflict'],
  gate: words('sovereign', 'operated by', 'resident', 'outside', 'technical means', 'secnumcloud', 'autonomy', 'board of'),
  match: sovereignOperations,
  fixtures: 'test/fixtures/rules/cl-sovereign-operations.md',
};
