/** What an input adapter hands the engine: extracted text, how to read it, and where each part came from. */
import type { PositionMap } from './positions';

export type DocumentFormat = 'docx' | 'pdf';

export interface ExtractedDocument {
  format: DocumentFormat;
  /** The text the engine analyses (Markdown-shaped for DOCX: headings, lists and tables keep their structure). */
  text: string;
  /** How the engine should read `text`. */
  textFormat: 'markdown' | 'plaintext';
  /** Offsets of `text` back to pages/lines (PDF) or paragraphs (DOCX). */
  positions: PositionMap;
  /** Plain-words remarks about the extraction (e.g. "running header removed from 12 pages"). */
  notes: string[];
  /** Page count (PDF) or paragraph count (DOCX). */
  units: number;
}

/** A file the adapters cannot read, with a message a reviewer understands; never a stack trace. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Bounds every adapter respects, so a hostile file costs bounded time and memory. */
export interface ExtractLimits {
  /** Largest input file, in bytes. */
  maxInputBytes: number;
  /** Most characters of extracted text (the engine's own limit applies after this). */
  maxTextChars: number;
  /** DOCX: most bytes decompressed from the zip, all parts together. */
  maxUnzippedBytes: number;
  /** PDF: most pages read. */
  maxPages: number;
  /** Wall-clock budget for one file, in milliseconds. */
  timeBudgetMs: number;
}

export const defaultLimits: ExtractLimits = {
  maxInputBytes: 64 * 1024 * 1024,
  maxTextChars: 10_000_000,
  maxUnzippedBytes: 64 * 1024 * 1024,
  maxPages: 2000,
  timeBudgetMs: 60_000,
};

/** "1 page", "3 pages": a count with its noun, for notes a reader sees. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
