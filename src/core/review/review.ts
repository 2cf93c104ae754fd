/**
 * The review step: what a reviewer sees of the engine's findings. One function, called by the editor,
 * the CLI, the panel and the report, so that all of them agree: severity from the config, inline
 * suppression comments, accepted risks, and the playbook's breaks. Pure: text and findings in.
 */
import type { AnalysisResult, Finding, Risk, Severity } from '../types';
import { acceptedKey, type AcceptedRisk } from './acceptedRisks';
import type { ProjectConfig, ResolvedConfig } from './config';
import { breakFindings, evaluatePlaybook, protections, type PlaybookBreak } from './playbook';
import { resolveSeverity, severityRank } from './severity';
import { parseSuppressions, type SuppressionComment } from './suppressions';

/** Why a finding is not shown (or `active` when it is). */
export type FindingStatus = 'active' | 'off' | 'suppressed' | 'accepted';

/** SARIF's vocabulary: a comment in the document, or a record kept outside it. */
export type Suppression = { kind: 'inSource'; ruleIds: string[] } | { kind: 'external'; justification: string };

/** One finding as reviewed: its effective severity and whether (and why) it is hidden. */
export interface ReviewedFinding {
  finding: Finding;
  /** Effective severity; for `off` findings, the severity they would have had. */
  severity: Exclude<Severity, 'off'>;
  status: FindingStatus;
  suppression?: Suppression;
  /** Set on a playbook break's finding. */
  playbookBreak?: PlaybookBreak;
}

/** A shown finding (status `active`). */
export type VisibleFinding = ReviewedFinding;

/** How many findings each mechanism hid. */
export interface HiddenCounts {
  off: number;
  suppressed: number;
  accepted: number;
}

/** What narrowed the review of this document, in words a status bar and a panel can show. */
export interface Narrowing {
  /** `disable-file` comments in the document (they hide findings of the whole file). */
  fileComments: SuppressionComment[];
  /** Accepted risks that matched a finding of this document. */
  acceptedMatched: number;
  /** Rules and categories the configuration turns off. */
  turnedOff: string[];
}

export interface Review {
  /** Every finding, shown or not, in document order (then severity). */
  all: ReviewedFinding[];
  /** The shown findings. */
  visible: ReviewedFinding[];
  hidden: HiddenCounts;
  breaks: PlaybookBreak[];
  narrowing: Narrowing;
}

export interface ReviewInput {
  /** The analysed text (offsets of the findings point into it). */
  text: string;
  /** The engine's findings, analysed without severity overrides (so `off` can be counted). */
  findings: readonly Finding[];
  config: Pick<ResolvedConfig, 'settings' | 'playbook'>;
  /** Accepted risks that apply to the document. */
  accepted?: readonly AcceptedRisk[];
}

const fallbackSeverity = (f: Finding): Exclude<Severity, 'off'> => f.severity;

/** Reviews a document's findings. Linear in findings and comments. */
export function review(input: ReviewInput): Review {
  const { text, config } = input;
  const suppressions = parseSuppressions(text);
  const acceptedBy = new Map<string, AcceptedRisk>();
  for (const a of input.accepted ?? []) acceptedBy.set(acceptedKey(a), a);
  const hidden: HiddenCounts = { off: 0, suppressed: 0, accepted: 0 };
  const commentIdsByRule = new Map<string, string[]>();

  const judge = (finding: Finding): ReviewedFinding => {
    const severity = resolveSeverity(finding, config.settings);
    if (severity === 'off') return { finding, severity: fallbackSeverity(finding), status: 'off' };
    if (suppressions.isSuppressed(finding)) {
      // Once per rule id, not once per finding: many comments and many findings would multiply.
      let ruleIds = commentIdsByRule.get(finding.ruleId);
      if (!ruleIds) {
        ruleIds = [...new Set(suppressions.comments.filter((c) => c.ruleIds.length === 0 || c.ruleIds.includes(finding.ruleId)).flatMap((c) => c.ruleIds))];
        commentIdsByRule.set(finding.ruleId, ruleIds);
      }
      return { finding, severity, status: 'suppressed', suppression: { kind: 'inSource', ruleIds } };
    }
    const a = acceptedBy.get(acceptedKey(finding));
    if (a) return { finding, severity, status: 'accepted', suppression: { kind: 'external', justification: a.reason } };
    return { finding, severity, status: 'active' };
  };

  let all = input.findings.map(judge);
  let breaks: PlaybookBreak[] = [];
  if (config.playbook) {
    const shown = all.filter((r) => r.status === 'active').map((r) => r.finding);
    breaks = evaluatePlaybook(config.playbook, shown, text);
    const asFindings = breakFindings(config.playbook, breaks, text);
    asFindings.forEach((f, i) => all.push({ ...judge(f), playbookBreak: breaks[i]! }));
    // A required protection the playbook reports replaces the engine's own "missing" finding for it.
    const covered = new Set(breaks.flatMap((b) => (b.kind === 'protection' && protections[b.protection!].missingRule ? [protections[b.protection!].missingRule!] : [])));
    if (covered.size > 0) all = all.filter((r) => !covered.has(r.finding.ruleId));
  }
  for (const r of all) if (r.status !== 'active') hidden[r.status]++;
  all.sort((a, b) => a.finding.start - b.finding.start || severityRank(a.severity) - severityRank(b.severity) || a.finding.ruleId.localeCompare(b.finding.ruleId));
  const turnedOff = [...Object.entries(config.settings.rules), ...Object.entries(config.settings.categories)].filter(([, v]) => v === 'off').map(([k]) => k);
  return {
    all,
    visible: all.filter((r) => r.status === 'active'),
    hidden,
    breaks,
    narrowing: { fileComments: suppressions.comments.filter((c) => c.directive === 'disable-file'), acceptedMatched: hidden.accepted, turnedOff },
  };
}

const riskOrder: Record<Risk, number> = { high: 0, medium: 1, low: 2, mitigating: 3 };

/** True when the finding's risk is at least `min` (`mitigating` is the lowest). */
export function atLeastRisk(risk: Risk, min: Risk): boolean {
  return riskOrder[risk] <= riskOrder[min];
}

/** The analysis result's findings, reviewed; for adapters that hold an `AnalysisResult`. */
export function reviewResult(text: string, result: Pick<AnalysisResult, 'findings'>, config: ReviewInput['config'], accepted?: readonly AcceptedRisk[]): Review {
  return review({ text, findings: result.findings, config, ...(accepted ? { accepted } : {}) });
}

/**
 * The first line of every exported review report. A document that starts with it is never analysed:
 * its quotations would be flagged again. Surfaces say "not analysed" instead of staying silent, so the
 * marker cannot quietly hide a contract.
 */
export const reportMarker = '<!-- warrant-lens-report: generated by Warrant Lens; not analysed by it -->';

/** True for a document that starts with the report marker (after a byte order mark or blank lines). */
export function isReviewReport(text: string): boolean {
  return text.slice(0, 400).trimStart().replace(/^\ufeff/, '').startsWith(reportMarker);
}

/** What the repository itself narrowed in one document's review (shown in Restricted Mode). */
export interface RepositoryNarrowing {
  /** Findings hidden by the repository's accepted-risks file. */
  acceptedRisks: number;
  /** `disable-file` comments in the document. */
  fileComments: number;
  /** Rules and categories the repository's config file turns off. */
  turnedOff: string[];
  /** The config file's `ignore` list covers the document. */
  ignored: boolean;
}

/**
 * The parts of a review the repository decided rather than the reviewer: accepted risks from a file
 * that came with the repository, file-level suppression comments, rules its config turns off, and its
 * ignore list. Empty parts are zero or false; `any` says whether there is anything to show.
 */
export function repositoryNarrowing(r: Pick<Review, 'narrowing'>, fileConfig: Pick<ProjectConfig, 'rules' | 'categories'>, source: { acceptedFromRepository: boolean; ignored: boolean }): RepositoryNarrowing & { any: boolean } {
  const turnedOff = Object.entries({ ...(fileConfig.rules ?? {}), ...(fileConfig.categories ?? {}) })
    .filter(([, v]) => v === 'off')
    .map(([k]) => k);
  const out = { acceptedRisks: source.acceptedFromRepository ? r.narrowing.acceptedMatched : 0, fileComments: r.narrowing.fileComments.length, turnedOff, ignored: source.ignored };
  return { ...out, any: out.acceptedRisks > 0 || out.fileComments > 0 || turnedOff.length > 0 || out.ignored };
}
