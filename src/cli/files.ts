/** Expands the CLI's inputs (files, folders, globs, `-`) and reads them: the CLI's only file-system code. */
import { readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, relative, resolve, sep } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { documentExtensions, documentFormat, extractDocument, InputError, isLockFile, type PositionMap } from '../input';
import { cliPdfJs } from './pdfjs';

/** File endings the scanner reads when given a folder or a glob. */
export const contractExtensions = ['.md', '.markdown', '.txt', '.text', '.html', '.htm', '.contract', ...documentExtensions];

export interface InputFile {
  /** Path as shown to the user (relative to the working directory), or "<stdin>". */
  path: string;
  text?: string;
  /** Why the file could not be read; set instead of `text`. */
  error?: string;
  /** Notes about decoding (e.g. "decoded as UTF-16"). */
  notes: string[];
  /** For Word and PDF files: how the extracted text is read, and where each part came from. */
  textFormat?: 'markdown' | 'plaintext';
  positions?: PositionMap;
}

/**
 * Refuse inputs larger than this outright, files and standard input alike. Far below V8's string
 * limit (about 512 MiB), and far above any contract; the engine analyses only its own maximum.
 */
export const maxInputBytes = 64 * 1024 * 1024;

const ignore = ['**/node_modules/**', '**/.git/**'];

/** Expands inputs to a sorted, de-duplicated list of paths; unknown paths come back as errors. */
export function expandInputs(inputs: readonly string[], cwd: string): { paths: string[]; errors: InputFile[]; stdin: boolean } {
  const paths = new Set<string>();
  const errors: InputFile[] = [];
  let stdin = false;
  for (const input of inputs) {
    if (input === '-') {
      stdin = true;
      continue;
    }
    let st: Stats | undefined;
    let code: string | undefined;
    try {
      st = statSync(resolve(cwd, input));
    } catch (err) {
      code = (err as NodeJS.ErrnoException).code;
    }
    if (st?.isFile()) paths.add(input);
    else if (st?.isDirectory()) for (const f of folderFiles(resolve(cwd, input))) paths.add(relative(cwd, f) || f);
    else if (st) errors.push({ path: input, error: notRegular(st), notes: [] });
    else if (code === 'ENOENT' && isDynamicPattern(input)) {
      const found = globSync(input, { cwd, ignore, followSymbolicLinks: false }).filter((f) => contractExtensions.includes(extname(f).toLowerCase()) || extname(input) !== '');
      if (found.length === 0) errors.push({ path: input, error: 'no files match this pattern', notes: [] });
      for (const f of found) paths.add(f);
    } else errors.push({ path: input, error: statError(code), notes: [] });
  }
  return { paths: [...paths].sort(), errors, stdin };
}

/** The contract files under a folder, never following a symbolic link out of it. */
function folderFiles(folder: string): string[] {
  const root = realpathSync(folder);
  const found = globSync(contractExtensions.map((e) => `**/*${e}`), { cwd: folder, ignore, absolute: true, caseSensitiveMatch: false, followSymbolicLinks: false });
  return found.filter((f) => {
    if (isLockFile(f)) return false;
    try {
      const real = realpathSync(f);
      return (real === root || real.startsWith(root + sep)) && statSync(real).isFile();
    } catch {
      return false; // a dangling link or a loop inside the folder: not a contract
    }
  });
}

/** Reads one file (a path relative to `cwd`): Word and PDF through the input adapters, other files decoded as text. */
export async function readInput(path: string, cwd: string): Promise<InputFile> {
  try {
    const full = resolve(cwd, path);
    const st = statSync(full);
    if (!st.isFile()) return { path, error: notRegular(st), notes: [] };
    if (st.size > maxInputBytes) return { path, error: tooLarge(st.size), notes: [] };
    const bytes = readFileSync(full);
    const format = documentFormat(path, bytes);
    if (format) return await readDocument(path, format, bytes);
    return decode(path, bytes);
  } catch (err) {
    return { path, error: statError((err as NodeJS.ErrnoException).code, (err as Error).message), notes: [] };
  }
}

/** Standard input, already read (at most `maxInputBytes` + 1 bytes). */
export async function readStdinInput(bytes: Uint8Array): Promise<InputFile> {
  if (bytes.length > maxInputBytes) return { path: '<stdin>', error: `standard input is larger than the limit of ${maxInputBytes / 1048576} MB`, notes: [] };
  const format = documentFormat('', bytes);
  return format ? readDocument('<stdin>', format, bytes) : decode('<stdin>', bytes);
}

async function readDocument(path: string, format: 'docx' | 'pdf', bytes: Uint8Array): Promise<InputFile> {
  try {
    const doc = await extractDocument(format, bytes, cliPdfJs, { ...defaultDocumentLimits });
    return { path, text: doc.text, notes: doc.notes, textFormat: doc.textFormat, positions: doc.positions };
  } catch (err) {
    if (err instanceof InputError) return { path, error: err.message, notes: [] };
    return { path, error: `cannot read this ${format === 'pdf' ? 'PDF' : 'Word'} file (${(err as Error).message})`, notes: [] };
  }
}

/** Limits for Word and PDF files read by the CLI; `--max-pages` changes `maxPages`. */
export const defaultDocumentLimits = { maxInputBytes, maxTextChars: 10_000_000, maxUnzippedBytes: 64 * 1024 * 1024, maxPages: 300, timeBudgetMs: 120_000 };

/** Decodes bytes to text, refusing binary content. */
export function decode(path: string, bytes: Uint8Array): InputFile {
  const notes: string[] = [];
  if (bytes.length > maxInputBytes) return { path, error: tooLarge(bytes.length), notes };
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    notes.push(`decoded as UTF-16${le ? 'LE' : 'BE'} (byte order mark)`);
    return { path, text: new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2)), notes };
  }
  const head = bytes.subarray(0, Math.min(bytes.length, 65536));
  if (head.includes(0)) return { path, error: 'binary file (contains NUL bytes); not a contract text', notes };
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return { path, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), notes };
  } catch {
    // Not UTF-8: legacy contracts are usually Windows-1252; say so rather than guess silently.
    notes.push('not valid UTF-8; decoded as Windows-1252');
    return { path, text: new TextDecoder('windows-1252').decode(bytes.subarray(start)), notes };
  }
}

function tooLarge(size: number): string {
  return `file is too large to scan (${Math.round(size / 1048576)} MB; the limit is ${maxInputBytes / 1048576} MB)`;
}

/** Plain words for what is at a path that is neither a file nor a folder. */
function notRegular(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe (FIFO), not a file; not read';
  if (st.isSocket()) return 'a socket, not a file; not read';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device, not a file; not read';
  return 'not a regular file; not read';
}

/** Plain words for a file-system error code. */
function statError(code: string | undefined, fallback?: string): string {
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'ELOOP':
      return 'a loop of symbolic links; not read';
    case 'ENAMETOOLONG':
      return 'the name is too long for this file system';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EISDIR':
      return 'a folder, not a file';
    default:
      return `cannot read: ${code ?? fallback ?? 'unknown error'}`;
  }
}
