/** Runs the document-level rules (`missing-*`): a protection the document never gives, anchored on the clause it qualifies. */
import { getRule } from './index';
import type { AnyCategoryId, Finding } from '../types';
import { documentRules } from './registry';

/** The `missing-*` findings for a document's clause findings. */
export function missingFindings(findings: readonly Finding[]): Finding[] {
  const present = new Set<AnyCategoryId>();
  for (const f of findings) for (const c of f.categories) present.add(c);
  const out: Finding[] = [];
  for (const m of documentRules) {
    if (m.satisfiedBy.some((c) => present.has(c))) continue;
    const anchor = findings.find((f) => f.categories.some((c) => m.trigger.includes(c)) && f.risk !== 'mitigating');
    if (!anchor) continue;
    const rule = getRule(m.id)!;
    out.push({
      ruleId: m.id,
      start: anchor.start,
      end: anchor.end,
      categories: [rule.category],
      risk: rule.risk,
      severity: rule.severity,
      arguments: rule.arguments,
      message: rule.title,
      excerpt: anchor.excerpt,
      clause: anchor.clause,
      fingerprint: anchor.fingerprint,
      related: { start: anchor.start, end: anchor.end, ruleId: anchor.ruleId },
    });
  }
  return out;
}
