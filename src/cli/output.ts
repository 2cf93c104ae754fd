/** Where the CLI's report goes (a file with `-o`, or stdout) and how paths and clause text are made safe for a terminal. */
import { writeFileSync } from 'node:fs';
import type { CliIo } from './io';

/**
 * C0/C1 control characters (escape sequences, carriage returns, newlines in names) and the Unicode
 * bidirectional overrides that can make a terminal show text in another order than it is.
 */
const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text fit for one terminal line: controls and bidi marks become "?", tabs and newlines a space. */
export function terminalSafe(s: string): string {
  return s.replace(/[\t\n]/g, ' ').replace(unsafe, '?');
}

/** Writes the report to `-o`'s file or stdout; a bad output path is one clean line and false (exit 2). */
export function writeReport(report: string, output: string | undefined, io: CliIo): boolean {
  if (!output) {
    io.stdout(report);
    return true;
  }
  try {
    writeFileSync(output, report);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOTDIR' ? 'a part of the path is not a folder' : (code ?? (err as Error).message);
    io.stderr(`warrant-lens: cannot write the report to ${terminalSafe(output)}: ${why}\n`);
    return false;
  }
}
