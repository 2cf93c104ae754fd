/** The per-file work of folder commands, the same on the main thread and in a worker: read, analyse, summarise. */
import { Analyzer, draftTia, portfolioRow, type PortfolioRow, type TiaPolicy } from '../core';
import { readInput } from './files';
import type { ScannedFile } from './formatters/types';

export interface TaskOptions {
  cwd: string;
  noMissing: boolean;
  exporter?: string;
  policy?: TiaPolicy;
}

/** One file of `scan`: its text and findings (or why it could not be read). */
export function scanFile(path: string, opts: TaskOptions, analyzer: Analyzer): ScannedFile {
  return analyzeFile(readInput(path, opts.cwd), opts, analyzer);
}

/** Analyses a file already read (standard input, or a file from `readInput`). */
export function analyzeFile(file: ScannedFile, opts: Pick<TaskOptions, 'noMissing'>, analyzer: Analyzer): ScannedFile {
  if (file.text === undefined) return file;
  if (file.text.trim().length === 0) file.notes.push('empty file: nothing to analyse');
  file.result = analyzer.analyze(file.text, { missingProtections: !opts.noMissing }, { fileName: file.path });
  // Each file is its own document: do not let one contract's cache grow with the next.
  analyzer.clear();
  return file;
}

export interface PortfolioEntry {
  path: string;
  row?: PortfolioRow;
  error?: string;
}

/** One file of `matrix`: its register row. The text stays in the worker; only the row travels. */
export function portfolioFile(path: string, opts: TaskOptions, analyzer: Analyzer): PortfolioEntry {
  const file = scanFile(path, { ...opts, noMissing: false }, analyzer);
  if (file.text === undefined || !file.result) return { path, error: file.error ?? 'not analysed' };
  const tia = draftTia({ document: file.path, text: file.text, findings: file.result.findings }, { ...(opts.exporter ? { exporter: opts.exporter } : {}), ...(opts.policy ? { policy: opts.policy } : {}) });
  return { path, row: portfolioRow(tia, file.text) };
}
