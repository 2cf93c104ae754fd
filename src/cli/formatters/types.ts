/** What the CLI hands its formatters: one entry per input with its text, analysis and review. */
import { atLeastRisk, type AnalysisResult, type Review, type ReviewedFinding, type Risk } from '../../core';
import type { PositionMap } from '../../input';

export interface ScannedFile {
  path: string;
  text?: string;
  result?: AnalysisResult;
  /** The review step's verdict on `result` (severity, suppressions, accepted risks, playbook). */
  review?: Review;
  error?: string;
  notes: string[];
  /** Word and PDF files: maps offsets of `text` to pages and lines or paragraphs. */
  positions?: PositionMap;
  /** How the engine reads `text` when the file name does not say (extracted Word and PDF text). */
  textFormat?: 'markdown' | 'plaintext';
}

/** What the formatters list: shown findings at or above `minRisk`, plus hidden ones when asked. */
export interface ListOptions {
  minRisk: Risk;
  includeSuppressed: boolean;
}

export const listAll: ListOptions = { minRisk: 'mitigating', includeSuppressed: false };

/** The findings of a file a formatter lists (never those turned off in the configuration). */
export function listed(file: ScannedFile, options: ListOptions): ReviewedFinding[] {
  return (file.review?.all ?? []).filter((r) => r.status !== 'off' && (r.status === 'active' || options.includeSuppressed) && atLeastRisk(r.finding.risk, options.minRisk));
}
