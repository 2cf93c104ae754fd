/** Decides which findings a surface shows, and at which severity. */
import type { Finding, Settings, Severity } from '../core';
import { isAccepted } from './acceptedRisks';
import { effectiveSeverity, severityRank } from './severity';
import type { Suppressions } from './suppressions';

/** A finding a surface shows, with its effective severity. */
export interface VisibleFinding {
  finding: Finding;
  severity: Exclude<Severity, 'off'>;
}

/** Why a finding is hidden, for logs and reports. */
export interface HiddenCounts {
  off: number;
  suppressed: number;
  accepted: number;
}

/**
 * Filters findings by effective severity (`off` hides), inline suppression comments and accepted
 * risks; sorted by position, then severity.
 */
export function visibleFindings(
  findings: readonly Finding[],
  settings: Pick<Settings, 'rules' | 'categories'>,
  suppressions?: Pick<Suppressions, 'isSuppressed'>,
  accepted: ReadonlySet<string> = new Set(),
): { visible: VisibleFinding[]; hidden: HiddenCounts } {
  const hidden: HiddenCounts = { off: 0, suppressed: 0, accepted: 0 };
  const visible: VisibleFinding[] = [];
  for (const finding of findings) {
    const severity = effectiveSeverity(finding, settings);
    if (severity === 'off') hidden.off++;
    else if (suppressions?.isSuppressed(finding)) hidden.suppressed++;
    else if (isAccepted(accepted, finding)) hidden.accepted++;
    else visible.push({ finding, severity });
  }
  visible.sort((a, b) => a.finding.start - b.finding.start || severityRank(a.severity) - severityRank(b.severity) || a.finding.ruleId.localeCompare(b.finding.ruleId));
  return { visible, hidden };
}
