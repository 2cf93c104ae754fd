/** Every rule a finding may carry: the engine's clause and missing-protection rules, then the playbook's break rules. */
import { getRule, rules } from '../rules';
import type { RuleDoc } from '../types';
import { playbookRules } from './playbook';

export const allRules: readonly RuleDoc[] = [...rules, ...playbookRules];

const byId = new Map(allRules.map((r) => [r.id, r]));

/** The rule page data of any rule id a finding may carry. */
export function ruleDoc(id: string): RuleDoc | undefined {
  return getRule(id) ?? byId.get(id);
}
