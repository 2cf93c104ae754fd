/** Expands the CLI's inputs (files, folders, globs, `-`) and reads them: the CLI's only file-system code. */
import { readFileSync, statSync } from 'node:fs';
import { extname, relative, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

/** File endings the scanner reads when given a folder or a glob. */
export const contractExtensions = ['.md', '.markdown', '.txt', '.text', '.html', '.htm', '.contract'];

export interface InputFile {
  /** Path as shown to the user (relative to the working directory), or "<stdin>". */
  path: string;
  text?: string;
  /** Why the file could not be read; set instead of `text`. */
  error?: string;
  /** Notes about decoding (e.g. "decoded as UTF-16"). */
  notes: string[];
}

/** Refuse files larger than this outright; the engine itself analyses only its size limit. */
const maxBytes = 512 * 1024 * 1024;

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
    let st;
    try {
      st = statSync(resolve(cwd, input));
    } catch {
      st = undefined;
    }
    if (st?.isFile()) paths.add(input);
    else if (st?.isDirectory()) {
      const found = globSync(contractExtensions.map((e) => `**/*${e}`), { cwd: resolve(cwd, input), ignore: ['**/node_modules/**', '**/.git/**'], absolute: true, caseSensitiveMatch: false });
      for (const f of found) paths.add(relative(cwd, f) || f);
    } else if (isDynamicPattern(input)) {
      const found = globSync(input, { cwd, ignore: ['**/node_modules/**', '**/.git/**'] }).filter((f) => contractExtensions.includes(extname(f).toLowerCase()) || extname(input) !== '');
      if (found.length === 0) errors.push({ path: input, error: 'no files match this pattern', notes: [] });
      for (const f of found) paths.add(f);
    } else errors.push({ path: input, error: 'no such file or folder', notes: [] });
  }
  return { paths: [...paths].sort(), errors, stdin };
}

/** Reads one file (a path relative to `cwd`) and decodes it (UTF-8, UTF-16 with a BOM, or Windows-1252 when not valid UTF-8). */
export function readInput(path: string, cwd: string): InputFile {
  try {
    const full = resolve(cwd, path);
    const size = statSync(full).size;
    if (size > maxBytes) return { path, error: `file is too large to scan (${Math.round(size / 1048576)} MB; the limit is ${maxBytes / 1048576} MB)`, notes: [] };
    return decode(path, readFileSync(full));
  } catch (err) {
    return { path, error: `cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, notes: [] };
  }
}

/** Decodes bytes to text, refusing binary content. */
export function decode(path: string, bytes: Uint8Array): InputFile {
  const notes: string[] = [];
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
