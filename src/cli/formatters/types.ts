/** What the CLI hands its formatters: one entry per input with its text and analysis. */
import type { AnalysisResult } from '../../core';
import type { PositionMap } from '../../input';

export interface ScannedFile {
  path: string;
  text?: string;
  result?: AnalysisResult;
  error?: string;
  notes: string[];
  /** Word and PDF files: maps offsets of `text` to pages and lines or paragraphs. */
  positions?: PositionMap;
  /** How the engine reads `text` when the file name does not say (extracted Word and PDF text). */
  textFormat?: 'markdown' | 'plaintext';
}
