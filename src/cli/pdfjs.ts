/** Finds pdf.js for the CLI: `dist/pdfjs/` beside the bundle, or the package in node_modules when run from source. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadPdfJs, type PdfJs } from '../input';

let loading: Promise<PdfJs> | undefined;

export function cliPdfJs(): Promise<PdfJs> {
  loading ??= loadPdfJs(pathToFileURL(pdfJsFolder()).href);
  return loading;
}

function pdfJsFolder(): string {
  const bundled = join(__dirname, 'pdfjs');
  if (existsSync(join(bundled, 'pdf.min.mjs'))) return bundled;
  return dirname(require.resolve('pdfjs-dist/legacy/build/pdf.min.mjs'));
}
