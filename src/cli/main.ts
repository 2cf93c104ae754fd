/** The `warrant-lens` command: parse arguments, read inputs, analyse, format, print, set the exit code. */
import { writeFileSync } from 'node:fs';
import { Analyzer, rules } from '../core';
import { parseArgs, usage, UsageError, type CliOptions, type FailOn } from './args';
import { decode, expandInputs, readInput } from './files';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { formatText } from './formatters/text';
import type { ScannedFile } from './formatters/types';

declare const WARRANT_LENS_VERSION: string | undefined;
const version = typeof WARRANT_LENS_VERSION === 'string' ? WARRANT_LENS_VERSION : '0.0.0-dev';

const rank: Record<string, number> = { hint: 1, info: 2, warning: 3, error: 4 };

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it in-process. */
export async function run(argv: readonly string[], io: { stdout: (s: string) => void; stderr: (s: string) => void; readStdin: () => Promise<Buffer>; cwd: string; isTty: boolean }): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv, io.isTty);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`warrant-lens: ${err.message}\n\n${usage}\n`);
      return 2;
    }
    throw err;
  }
  if (opts.command === 'help') {
    io.stdout(`${usage}\n`);
    return 0;
  }
  if (opts.command === 'version') {
    io.stdout(`${version}\n`);
    return 0;
  }
  if (opts.command === 'rules') {
    for (const r of rules) io.stdout(`${r.id.padEnd(30)} ${r.category.padEnd(36)} ${r.risk.padEnd(10)} ${r.title}\n`);
    return 0;
  }

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
    // Fail closed: text that was not analysed may hold the clause that matters.
    const unread = f.result?.skipped.filter((s) => !s.read) ?? [];
    if (unread.length > 0 && !opts.allowSkipped) {
      for (const reason of new Set(unread.map((s) => s.reason))) io.stderr(`warrant-lens: ${f.path}: not analysed: ${reason}\n`);
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

function readStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

if (require.main === module) {
  run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin,
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`warrant-lens: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
