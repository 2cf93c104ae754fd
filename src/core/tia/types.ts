/** Plain data of a transfer impact assessment, its gap matrix and a portfolio row: what every surface renders. */
import type { Risk } from '../types';

/** Where a cited clause is: a 1-based line, and for Word and PDF input its page and paragraph. */
export interface SourceRef {
  line: number;
  page?: number;
  paragraph?: number;
}

/** A clause the assessment relies on: its position, its offsets in the text and its words. */
export interface Citation extends SourceRef {
  start: number;
  end: number;
  excerpt: string;
  /** The rule whose finding this is, when it came from a finding. */
  ruleId?: string;
}

/** The EDPB Recommendations 01/2020 steps (1-6); 0 holds the overall conclusion. */
export type TiaStep = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * How a field was filled: from the contract (`contract`, with citations), from the dated facts table
 * (`facts`), or not at all (`reviewer`: the contract does not answer it, or only a person can).
 */
export type FieldSource = 'contract' | 'facts' | 'reviewer';

export interface TiaField {
  step: TiaStep;
  id: string;
  label: string;
  /** The SCC Clause 14(b) or Clause 15 point the field answers, when there is one. */
  sccRef?: string;
  filledFrom: FieldSource;
  /** What the contract says (or the facts say); for reviewer fields, what the reviewer must decide. */
  value: string;
  /** Set when the clause is there but does less than a reviewer would want, and why. */
  weak?: string;
  sources: Citation[];
  /** For `facts` fields: the dated statements used. */
  facts?: DatedFact[];
}

/** Why a field is left to the reviewer. */
export interface TiaGap {
  step: TiaStep;
  id: string;
  label: string;
  /** `not-in-contract`: the contract says nothing on it; `judgement`: only a person can answer it. */
  reason: 'not-in-contract' | 'judgement';
  note: string;
}

/** A legal fact that can change, with the date it was last checked. */
export interface DatedFact {
  id: string;
  /** ISO 3166 alpha-2 code of the country whose law it describes (e.g. "US"). */
  country: string;
  title: string;
  statement: string;
  /** YYYY-MM-DD or YYYY-MM. */
  asOf: string;
}

/** The safeguards a reviewer checks against government access (the rows of the gap matrix). */
export const safeguardIds = [
  'notice',
  'challenge',
  'transparency',
  'no-backdoor',
  'customer-keys',
  'location',
  'onward-transfer',
  'conflict-duty',
  'suspension',
] as const;
export type SafeguardId = (typeof safeguardIds)[number];

export type SafeguardStatus = 'present' | 'weak' | 'missing';

export interface GapRow {
  id: SafeguardId;
  label: string;
  status: SafeguardStatus;
  /** For `weak`: what is lacking. For `missing`: what a reviewer should ask for. */
  why?: string;
  /** How a present safeguard is given when not in the contract's own words (e.g. "through the incorporated 2021 SCCs"). */
  note?: string;
  /** The playbook requires it (by default every row is required). */
  required: boolean;
  sources: Citation[];
}

/** What an organisation's playbook says that the TIA and the portfolio apply. All optional. */
export interface TiaPolicy {
  /** Safeguards the organisation requires; default: all. */
  requiredSafeguards?: readonly SafeguardId[];
  /** Countries or groups ("EEA", "EU", "Germany") where data may be. Empty or unset: no limit. */
  allowedLocations?: readonly string[];
  /** Countries data may never go to. */
  forbiddenLocations?: readonly string[];
  /** Transfer tools the organisation accepts, as tool ids (see `transferToolIds`). Unset: any. */
  acceptableTransferTools?: readonly string[];
}

/** A playbook rule the document breaks, with the clause that breaks it (none for an absence). */
export interface PolicyBreak {
  rule: string;
  message: string;
  sources: Citation[];
}

export interface Tia {
  schemaVersion: 1;
  document: string;
  /** The exporter's side, as the settings give it (e.g. "eu-eea"). */
  exporter: string;
  fields: TiaField[];
  gaps: TiaGap[];
  matrix: GapRow[];
  breaks: PolicyBreak[];
  /** The riskiest finding in the document, for the portfolio. */
  highestRisk?: Risk;
  /** Share of fields filled with a cited clause, 0..1. */
  filledShare: number;
}
