/** The rule registry: every rule's metadata joined with its texts, in one ordered array. */
import { ruleTexts } from '../data/ruleTexts';
import type { RuleDoc } from '../types';
import { ruleMeta, severityForRisk } from './meta';

/** Every rule, clause rules first, then the document-level `missing-*` rules. */
export const rules: readonly RuleDoc[] = ruleMeta.map((m) => {
  const text = ruleTexts[m.id] ?? { title: m.id, explanation: '', askFor: '', fixes: [] };
  return { ...m, ...text, severity: severityForRisk(m.risk) };
});

const byId = new Map(rules.map((r) => [r.id, r]));

/** The rule with this id, if any. */
export function getRule(id: string): RuleDoc | undefined {
  return byId.get(id);
}
