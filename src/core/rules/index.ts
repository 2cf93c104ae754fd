/** Rules as reviewers see them: every rule of the registry joined with its texts, in reading order. */
import { ruleTexts } from '../data/ruleTexts';
import type { RuleDoc } from '../types';
import { allRules } from './registry';
import { severityForRisk } from './rule';

/** Every rule, clause rules first, then the document-level `missing-*` rules. */
export const rules: readonly RuleDoc[] = allRules.map((r) => {
  const text = ruleTexts[r.id as keyof typeof ruleTexts];
  return { id: r.id, category: r.category, risk: r.risk, arguments: r.arguments, ...text, severity: severityForRisk(r.risk) };
});

const byId = new Map(rules.map((r) => [r.id, r]));

/** The rule with this id, if any. */
export function getRule(id: string): RuleDoc | undefined {
  return byId.get(id);
}
