/** `warrant-lens scan`: read the inputs, analyse each, format the report, and decide the exit code. */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { Analyzer } from '../../core';
import type { CliOptions, FailOn } from '../args';
import { decode, expandInputs } from '../files';
import { fileToJson, formatJson } from '../formatters/json';
import { formatMatrix } from '../formatters/matrix';
import { mapFiles, shardPaths } from '../pool';
import { analyzeFile } from '../tasks';
import { formatSarif } from '../formatters/sarif';
import { formatText } from '../formatters/text';
import type { ScannedFile } from '../formatters/types';
import type { CliIo } from '../io';

const rank: Record<string, number> = { hint: 1, info: 2, warning: 3, error: 4 };

export async function runScan(opts: CliOptions, io: CliIo, version: string): Promise<number> {
  const expanded = expandInputs(opts.inputs, io.cwd);
  const { errors, stdin } = expanded;
  const paths = shardPaths(expanded.paths, opts.shard);
  if (errors.length + paths.length === 0 && !stdin && !(opts.shard && expanded.paths.length > 0)) {
    io.stderr('warrant-lens: no contract files found (looked for .md, .markdown, .txt, .html, .htm, .contract).\n');
    return 2;
  }
  const taskOpts = { cwd: io.cwd, noMissing: opts.noMissing };
  const stdinFile = async (): Promise<ScannedFile[]> => (stdin ? [analyzeFile(decode('<stdin>', await io.readStdin()), taskOpts, new Analyzer())] : []);

  if (opts.format === 'jsonl') return streamJsonl([...errors, ...(await stdinFile())], paths, opts, io, taskOpts);

  const files: ScannedFile[] = [...errors, ...(await stdinFile())];
  await mapFiles(paths, 'scan', taskOpts, opts.jobs ?? 0, (f) => files.push(f));

  const report = opts.format === 'sarif' ? formatSarif(files, version) : opts.format === 'json' ? formatJson(files, version) : opts.format === 'matrix' ? formatMatrix(files) : formatText(files, { color: opts.color && !opts.output, quiet: opts.quiet });
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

/** `--format jsonl`: one line per file, written as each file is done, so memory stays flat on any register. */
async function streamJsonl(first: ScannedFile[], paths: string[], opts: CliOptions, io: CliIo, taskOpts: { cwd: string; noMissing: boolean }): Promise<number> {
  const fd = opts.output ? openSync(opts.output, 'w') : undefined;
  let code = 0;
  const emit = (f: ScannedFile) => {
    const line = `${JSON.stringify(fileToJson(f))}\n`;
    if (fd !== undefined) writeSync(fd, line);
    else io.stdout(line);
    if (f.error) {
      io.stderr(`warrant-lens: ${f.path}: ${f.error}\n`);
      code = 2;
    } else if (code === 0 && exceeds([f], opts.failOn)) code = 1;
  };
  try {
    first.forEach(emit);
    await mapFiles(paths, 'scan', taskOpts, opts.jobs ?? 0, emit);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return code;
}

function exceeds(files: readonly ScannedFile[], failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  const threshold = rank[failOn]!;
  return files.some((f) => f.result?.findings.some((x) => (rank[x.severity] ?? 0) >= threshold));
}
