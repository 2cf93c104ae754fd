/** Plain data types shared by the engine, the presenters, the CLI and the extension. */
import type { VolatileFactId } from './data/volatileFacts';

export type { VolatileFactId };

/** The 14 clause categories of the corpus taxonomy (see README "Categories"). */
export const categoryIds = [
  'location.anywhere',
  'location.commitment',
  'location.transfer-mechanism',
  'location.subprocessor',
  'gov.disclosure',
  'gov.voluntary',
  'gov.foreign-law',
  'gov.no-notice',
  'gov.notice',
  'gov.challenge',
  'gov.transparency',
  'records.ownership',
  'security.customer-keys',
  'law.governing',
] as const;
export type CategoryId = (typeof categoryIds)[number];

/** Document-level categories: a protection the document never gives. */
export const missingCategoryIds = [
  'missing.gov.notice',
  'missing.gov.challenge',
  'missing.location.commitment',
  'missing.location.transfer-mechanism',
] as const;
export type MissingCategoryId = (typeof missingCategoryIds)[number];

/**
 * Categories the corpus taxonomy does not have: return and deletion at the end of a contract (how long
 * data stays reachable), and terms the provider may change alone (how long any promise holds).
 */
export const extraCategoryIds = ['records.retention', 'terms.unilateral-change'] as const;
export type ExtraCategoryId = (typeof extraCategoryIds)[number];

export type AnyCategoryId = CategoryId | MissingCategoryId | ExtraCategoryId;

/** Argument ids of the Microsoft Ireland case (domain fact sheet, section 4). */
export const argumentIds = [
  'arg-territoriality',
  'arg-presumption',
  'arg-sca-focus',
  'arg-warrant-vs-subpoena',
  'arg-control-not-location',
  'arg-business-records',
  'arg-comity-conflict',
  'arg-reciprocity',
  'arg-mlat',
  'arg-trust',
  'arg-law-enforcement-need',
  'arg-legislative-fix',
  'arg-customer-nationality',
  'arg-data-mobility',
  'arg-secrecy',
] as const;
export type ArgumentId = (typeof argumentIds)[number];

/** How much a clause exposes the customer; `mitigating` clauses protect it. */
export type Risk = 'high' | 'medium' | 'low' | 'mitigating';

/** Reporting severity, mapped by each surface (Problems, SARIF level, CLI). `off` disables. */
export type Severity = 'error' | 'warning' | 'info' | 'hint' | 'off';

/** A suggested change: replace the flagged clause, or insert new text after it. */
export interface FixSuggestion {
  /** Short imperative label, e.g. "Replace with a closed list of countries". */
  title: string;
  kind: 'replace' | 'insertAfter';
  /** Model clause text in plain prose; `[...]` marks a fill-in. */
  text: string;
}

/** The reviewer-facing description of a rule: every text a surface shows comes from here. */
export interface RuleDoc {
  /** Stable rule id: the `cl-...` clause id or a `missing-...` id. Used as diagnostic code. */
  id: string;
  title: string;
  /** The category its findings carry (first in `Finding.categories`). */
  category: AnyCategoryId;
  risk: Risk;
  /** Default severity; users may remap per rule and per category. */
  severity: Exclude<Severity, 'off'>;
  arguments: ArgumentId[];
  /** What the clause does and why it matters, 1 to 3 sentences. */
  explanation: string;
  /** What a reviewer should ask for instead. */
  askFor: string;
  fixes: FixSuggestion[];
  /** Facts of later law the explanation relies on that can change; surfaces show them with their "as of" date. */
  facts?: VolatileFactId[];
}

/** A half-open range of UTF-16 code units in the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** One finding: a rule matched a sentence (or, for `missing-*` rules, anchored on one). */
export interface Finding extends Span {
  ruleId: string;
  /** Taxonomy categories the finding carries; the rule's own category first. */
  categories: AnyCategoryId[];
  risk: Risk;
  severity: Exclude<Severity, 'off'>;
  arguments: ArgumentId[];
  /** One-line message for Problems entries and CLI output. */
  message: string;
  /** The flagged text, whitespace folded, at most ~200 characters. */
  excerpt: string;
  /** The enclosing clause (paragraph, list item or table row). Fixes never leave it. */
  clause: Span;
  /** Stable hash of the normalised sentence text: survives edits elsewhere and moves. */
  fingerprint: string;
  /** For document-level findings: the clause this one qualifies (e.g. the disclosure clause). */
  related?: Span & { ruleId: string };
}

/** A part of the input the engine did not analyse, and why. */
export interface Skipped extends Span {
  reason: string;
  /**
   * Set when the text was read after all, only not as usual (a run without sentence breaks read in
   * pieces). Text without it went unread: the CLI exits 2 for it unless `--allow-skipped` is given.
   */
  read?: boolean;
}

/** What `analyze` returns. It never throws on any input text. */
export interface AnalysisResult {
  findings: Finding[];
  /** Problems with the input or the settings, in plain words (e.g. "looks like a binary file"). */
  problems: string[];
  skipped: Skipped[];
  stats: AnalysisStats;
  /**
   * Set when a time budget (`budgetMs`) ran out before every sentence was matched: the findings are
   * partial. Calling `analyze` again with the same text goes on where it stopped.
   */
  incomplete?: boolean;
}

export interface AnalysisStats {
  chars: number;
  sentences: number;
  /** Sentences answered from the cache of an earlier analysis. */
  cachedSentences: number;
  /** Sentences that passed the cheap prefilter. */
  candidateSentences: number;
  /** Characters handed to the NLP parser. */
  nlpChars: number;
}

/** Per-rule and per-category overrides; `off` disables. Unknown keys are reported as problems. */
export interface Settings {
  rules: Record<string, Severity>;
  categories: Partial<Record<AnyCategoryId, Severity>>;
  /** Above this many characters only the first `maxChars` are analysed (the rest is reported as skipped). */
  maxChars: number;
  /** Document-level `missing-*` findings on or off. */
  missingProtections: boolean;
}

/** The prose of a rule, kept apart from its matcher so writers and engineers edit different files. */
export type RuleText = Pick<RuleDoc, 'title' | 'explanation' | 'askFor' | 'fixes' | 'facts'>;

/** One argument of the case, with both sides and what each court made of it. */
export interface ArgumentInfo {
  id: ArgumentId;
  /** Short title, e.g. "Where does the search happen?" */
  title: string;
  /** One-sentence hover line (at most ~25 words). */
  summary: string;
  /** What Microsoft itself argued, through its counsel, briefs and officers. */
  microsoft: string;
  /** The United States government's side. */
  government: string;
  /** What amici and other third parties (other providers, states, foreign governments) said or did, each named. */
  others?: string;
  /** What each court held on it, in date order. */
  holdings: { court: string; date: string; held: string }[];
  /** What the CLOUD Act and later law changed, and why it still matters for contracts. Stable facts only. */
  today: string;
  /** The facts of later law that can change which bear on it, shown with their "as of" date. */
  facts?: VolatileFactId[];
}

/** One dated event of the case or of what came after it. */
export interface TimelineEntry {
  /** ISO date (YYYY-MM-DD, or YYYY-MM where the day is uncertain). */
  date: string;
  label: string;
  detail: string;
}

/** A later legal development (CLOUD Act, Schrems II, DPF, ...). */
export interface Development {
  id: string;
  title: string;
  date: string;
  /** Stable facts only; what can change goes in `facts`. */
  summary: string;
  /** The facts that can change which bear on it, shown with their "as of" date. */
  facts?: VolatileFactId[];
}

/** The "case at a glance" facts shown in the panel and the hovers. */
export interface CaseFacts {
  name: string;
  citation: string;
  question: string;
  whatWasSought: string;
  parties: { role: string; name: string }[];
  courts: { court: string; judges: string; outcome: string; date: string }[];
  timeline: TimelineEntry[];
  developments: Development[];
  /** Short list: how the analysis changes today. */
  today: { text: string; facts?: VolatileFactId[] }[];
  /** Date the volatile facts were last checked (YYYY-MM-DD). */
  asOf: string;
  disclaimer: string;
}
