/**
 * PDF to text through pdf.js's text layer. The library is handed in by the caller (loaded lazily,
 * from a file next to the bundle), so this module stays free of I/O and of how pdf.js is found.
 */
import { layoutPdf, type PdfPageText } from './pdfLayout';
import { defaultLimits, InputError, type ExtractedDocument, type ExtractLimits } from './types';

/** The part of pdf.js's API we use (pdfjs-dist's legacy build). */
export interface PdfJs {
  getDocument(params: Record<string, unknown>): { promise: Promise<PdfJsDocument>; destroy(): Promise<void> };
}
interface PdfJsDocument {
  numPages: number;
  getPage(n: number): Promise<{ view: number[]; getTextContent(): Promise<{ items: unknown[] }>; cleanup(): void }>;
  destroy(): Promise<void>;
}
interface PdfJsTextItem {
  str?: string;
  transform?: number[];
  width?: number;
}

export function isPdf(bytes: Uint8Array): boolean {
  // "%PDF-" within the first KiB (some writers put junk before it).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** Extracts a PDF's text with pages and lines. Throws InputError with plain words for what it cannot read. */
export async function extractPdf(bytes: Uint8Array, pdfjs: PdfJs, limits: ExtractLimits = defaultLimits): Promise<ExtractedDocument> {
  if (bytes.length > limits.maxInputBytes) throw new InputError(`file is too large (${Math.round(bytes.length / 1048576)} MB; the limit is ${Math.round(limits.maxInputBytes / 1048576)} MB)`);
  if (!isPdf(bytes)) throw new InputError('not a PDF file (no %PDF header)');
  const started = Date.now();
  // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, useWorkerFetch: false, stopAtErrors: false, verbosity: 0 });
  let doc: PdfJsDocument;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    const name = (err as { name?: string }).name;
    if (name === 'PasswordException') throw new InputError('the PDF is password-protected; save an unprotected copy to scan it');
    throw new InputError(`damaged or unreadable PDF (${(err as Error).message ?? String(err)})`);
  }
  try {
    if (doc.numPages > limits.maxPages) throw new InputError(`the PDF has ${doc.numPages} pages; the limit is ${limits.maxPages} pages (split the file to scan it)`);
    const pages: PdfPageText[] = [];
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() - started > limits.timeBudgetMs) throw new InputError(`reading the PDF took longer than ${Math.round(limits.timeBudgetMs / 1000)} s (stopped at page ${n} of ${doc.numPages})`);
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = page.view;
      const items = [];
      for (const raw of content.items as PdfJsTextItem[]) {
        const t = raw.transform;
        if (typeof raw.str !== 'string' || !t || raw.str.length === 0) continue;
        chars += raw.str.length;
        // Font size from the text matrix (also right for rotated or scaled text).
        items.push({ str: raw.str, x: t[4]! - x0, y: t[5]! - y0, width: raw.width ?? 0, size: Math.hypot(t[2]!, t[3]!) || Math.hypot(t[0]!, t[1]!) });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
      if (chars > limits.maxTextChars) throw new InputError(`the PDF holds more than ${limits.maxTextChars.toLocaleString('en-US')} characters of text; it is not a contract`);
    }
    if (chars === 0 || pages.every((p) => p.items.every((i) => i.str.trim() === ''))) {
      throw new InputError(`the PDF has no text layer (${doc.numPages} page${doc.numPages === 1 ? '' : 's'} of images, probably scanned); run OCR on it first`);
    }
    return layoutPdf(pages);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/**
 * Loads pdf.js (pdfjs-dist's legacy build, ES modules) from a folder URL holding `pdf.min.mjs` and
 * `pdf.worker.min.mjs`. The worker module runs in this thread ("fake worker"): text extraction
 * needs no Worker, no canvas and no network.
 */
export async function loadPdfJs(folderUrl: string): Promise<PdfJs> {
  const base = folderUrl.endsWith('/') ? folderUrl : `${folderUrl}/`;
  const g = globalThis as { pdfjsWorker?: unknown };
  g.pdfjsWorker ??= await import(/* webpackIgnore: true */ `${base}pdf.worker.min.mjs`);
  const lib = (await import(/* webpackIgnore: true */ `${base}pdf.min.mjs`)) as PdfJs & { GlobalWorkerOptions?: { workerSrc: string } };
  if (lib.GlobalWorkerOptions) lib.GlobalWorkerOptions.workerSrc = `${base}pdf.worker.min.mjs`;
  return lib;
}
