/** What the CLI hands its formatters: one entry per input with its text and analysis. */
import type { AnalysisResult } from '../../core';

export interface ScannedFile {
  path: string;
  text?: string;
  result?: AnalysisResult;
  error?: string;
  notes: string[];
}
