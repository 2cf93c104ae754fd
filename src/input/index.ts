/** Input adapters: a Word or PDF file to text plus a position map. The engine itself only ever sees text. */
import { extractDocx, isDocx } from './docx';
import { extractPdf, isPdf, type PdfJs } from './pdf';
import { defaultLimits, type DocumentFormat, type ExtractedDocument, type ExtractLimits } from './types';

export { describePosition, PositionMap, shortPosition, type SourcePosition } from './positions';
export { defaultLimits, InputError, type DocumentFormat, type ExtractedDocument, type ExtractLimits } from './types';
export { loadPdfJs, type PdfJs } from './pdf';

/** File endings the adapters read. */
export const documentExtensions = ['.docx', '.pdf'];

/** Word's lock files ("~$contract.docx", a few bytes) sit beside every open document: never contracts. */
export function isLockFile(path: string): boolean {
  return /(^|[\\/])~\$[^\\/]*$/.test(path);
}

/** Which adapter a file needs, from its name or, failing that, its first bytes; undefined for text files. */
export function documentFormat(name: string, bytes?: Uint8Array): DocumentFormat | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.docx')) return 'docx';
  if (lower.endsWith('.pdf')) return 'pdf';
  if (bytes && isPdf(bytes.subarray(0, 8))) return 'pdf';
  if (bytes && isDocx(bytes)) return 'docx';
  return undefined;
}

/** Extracts a document; `loadPdfJs` is only called for a PDF. Throws InputError for unreadable files. */
export async function extractDocument(format: DocumentFormat, bytes: Uint8Array, loadPdfJs: () => Promise<PdfJs>, limits: ExtractLimits = defaultLimits): Promise<ExtractedDocument> {
  return format === 'docx' ? extractDocx(bytes, limits) : extractPdf(bytes, await loadPdfJs(), limits);
}
