/** The one place a finding's reported severity is decided (the engine, the editor and the CLI all call it). */
import type { Finding, Settings, Severity } from '../types';

const order: Record<Exclude<Severity, 'off'>, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/**
 * The severity a surface shows: a per-rule override wins over a per-category one (the first category
 * of the finding that has one), which wins over the finding's own. `off` hides the finding.
 * Findings of mitigating clauses are protections, so a category override never lifts them above
 * `hint`; only a per-rule override can.
 */
export function resolveSeverity(finding: Pick<Finding, 'ruleId' | 'categories' | 'severity' | 'risk'>, settings: Pick<Settings, 'rules' | 'categories'>): Severity {
  const byRule = settings.rules[finding.ruleId];
  let severity: Severity | undefined = byRule;
  if (severity === undefined) {
    for (const category of finding.categories) {
      const byCategory = settings.categories[category];
      if (byCategory !== undefined) {
        severity = byCategory;
        break;
      }
    }
  }
  severity ??= finding.severity;
  if (severity === 'off') return 'off';
  if (finding.risk === 'mitigating' && byRule === undefined) return 'hint';
  return severity;
}

/** Sort key: lower is more severe. */
export function severityRank(severity: Exclude<Severity, 'off'>): number {
  return order[severity];
}
