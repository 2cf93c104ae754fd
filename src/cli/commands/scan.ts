/** `warrant-lens scan`: read the inputs, analyse each, format the report, and decide the exit code. */
import { writeFileSync } from 'node:fs';
import { Analyzer } from '../../core';
import type { CliOptions, FailOn } from '../args';
import { decode, expandInputs, readInput } from '../files';
import { formatJson } from '../formatters/json';
import { formatSarif } from '../formatters/sarif';
import { formatText } from '../formatters/text';
import type { ScannedFile } from '../formatters/types';
import type { CliIo } from '../io';

const rank: Record<string, number> = { hint: 1, info: 2, warning: 3, error: 4 };

export async function runScan(opts: CliOptions, io: CliIo, version: string): Promise<number> {
  const { paths, errors, stdin } = expandInputs(opts.inputs, io.cwd);
  const files: ScannedFile[] = [...errors];
  if (stdin) files.push(decode('<stdin>', await io.readStdin()));
  for (const p of paths) files.push(readInput(p, io.cwd));
  if (files.length === 0) {
    io.stderr('warrant-lens: no contract files found (looked for .md, .markdown, .txt, .html, .htm, .contract).\n');
    return 2;
  }

  const analyzer = new Analyzer();
  for (const file of files) {
    if (file.text === undefined) continue;
    if (file.text.trim().length === 0) file.notes.push('empty file: nothing to analyse');
    file.result = analyzer.analyze(file.text, { missingProtections: !opts.noMissing }, { fileName: file.path });
    // Each file is its own document: do not let one contract's cache grow with the next.
    analyzer.clear();
  }

  const report = opts.format === 'sarif' ? formatSarif(files, version) : opts.format === 'json' ? formatJson(files, version) : formatText(files, { color: opts.color && !opts.output, quiet: opts.quiet });
  if (opts.output) writeFileSync(opts.output, report);
  else io.stdout(report);

  let code = 0;
  for (const f of files) {
    if (f.error) {
      io.stderr(`warrant-lens: ${f.path}: ${f.error}\n`);
      code = 2;
    }
  }
  if (code === 0 && exceeds(files, opts.failOn)) code = 1;
  return code;
}

function exceeds(files: readonly ScannedFile[], failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  const threshold = rank[failOn]!;
  return files.some((f) => f.result?.findings.some((x) => (rank[x.severity] ?? 0) >= threshold));
}
