/** `warrant-lens scan`: read the inputs, analyse and review each (on every core), format the report, and decide the exit code. */
import { closeSync, openSync, writeSync } from 'node:fs';
import { PositionMap } from '../../input';
import type { CliOptions, FailOn } from '../args';
import { expandInputs, readStdinInput } from '../files';
import { fileToJson, formatJson } from '../formatters/json';
import { formatMatrix } from '../formatters/matrix';
import { formatSarif } from '../formatters/sarif';
import { formatText } from '../formatters/text';
import { listed, type ListOptions, type ScannedFile } from '../formatters/types';
import type { CliIo } from '../io';
import { terminalSafe, writeReport } from '../output';
import { configFlags } from '../playbook';
import { mapFiles, shardPaths } from '../pool';
import { analyzeFile, TaskContext, unreadReasons, type LineResult, type ScanResult, type TaskOptions } from '../tasks';

const rank: Record<string, number> = { hint: 1, info: 2, warning: 3, error: 4 };

export async function runScan(opts: CliOptions, io: CliIo, version: string): Promise<number> {
  const flags = configFlags(opts, io, '');
  if (!flags) return 2;

  const expanded = expandInputs(opts.inputs, io.cwd);
  const { errors, stdin } = expanded;
  const paths = shardPaths(expanded.paths, opts.shard);
  if (errors.length + expanded.paths.length === 0 && !stdin) {
    io.stderr('warrant-lens: no contract files found (looked for .md, .markdown, .txt, .html, .htm, .contract, .docx, .pdf).\n');
    // Scripts parse JSON and SARIF: they still get a (empty) report.
    if (opts.format === 'json' || opts.format === 'sarif') writeReport(opts.format === 'sarif' ? formatSarif([], version) : formatJson([], version), opts.output, io);
    return 2;
  }
  const taskOpts: TaskOptions = { cwd: io.cwd, flags, ...(opts.config !== undefined ? { config: opts.config } : {}), noConfig: opts.noConfig };
  const list: ListOptions = { minRisk: opts.minRisk, includeSuppressed: opts.includeSuppressed };

  // Config problems are the same for every file under one config: say each once.
  const reported = new Set<string>();
  const collect = (r: ScanResult): ScannedFile => {
    for (const p of r.problems) {
      if (reported.has(p)) continue;
      reported.add(p);
      io.stderr(`warrant-lens: ${p}\n`);
    }
    // A Word or PDF position map crossed a thread as plain data: give it its methods back.
    if (r.file.positions && !(r.file.positions instanceof PositionMap)) Object.setPrototypeOf(r.file.positions, PositionMap.prototype);
    return r.file;
  };
  const first: ScannedFile[] = [...errors];
  if (stdin) first.push(collect(analyzeFile(await readStdinInput(await io.readStdin()), new TaskContext(taskOpts))));

  if (opts.format === 'jsonl') return streamJsonl(first, paths, opts, io, taskOpts, list, collect);

  const files: ScannedFile[] = [...first];
  await mapFiles(paths, 'scan', taskOpts, opts.jobs ?? 0, (r) => files.push(collect(r)));

  const report = opts.format === 'sarif' ? formatSarif(files, version) : opts.format === 'json' ? formatJson(files, version, list) : opts.format === 'matrix' ? formatMatrix(files) : formatText(files, { color: opts.color && !opts.output, quiet: opts.quiet, ...list });
  if (!writeReport(report, opts.output, io)) return 2;

  let code = 0;
  for (const f of files) {
    if (f.error) {
      io.stderr(`warrant-lens: ${terminalSafe(f.path)}: ${f.error}\n`);
      code = 2;
    }
    // Fail closed: text that was not analysed may hold the clause that matters.
    if (reportUnread(f.path, unreadReasons(f), opts, io)) code = 2;
  }
  if (code === 0 && exceeds(files, opts.failOn, list)) code = 1;
  return code;
}

/**
 * `--format jsonl`: one line per file, serialised in the worker and written as soon as the files
 * before it are, so memory stays flat and the main thread only writes.
 */
async function streamJsonl(first: ScannedFile[], paths: string[], opts: CliOptions, io: CliIo, taskOpts: TaskOptions, list: ListOptions, collect: (r: ScanResult) => ScannedFile): Promise<number> {
  let fd: number | undefined;
  if (opts.output) {
    try {
      fd = openSync(opts.output, 'w');
    } catch (err) {
      io.stderr(`warrant-lens: cannot write ${terminalSafe(opts.output)}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      return 2;
    }
  }
  let code = 0;
  const emit = (r: Pick<LineResult, 'path' | 'line' | 'error' | 'severities' | 'unread'>) => {
    if (fd !== undefined) writeSync(fd, `${r.line}\n`);
    else io.stdout(`${r.line}\n`);
    if (r.error) {
      io.stderr(`warrant-lens: ${terminalSafe(r.path)}: ${r.error}\n`);
      code = 2;
    } else if (reportUnread(r.path, r.unread ?? [], opts, io)) code = 2;
    else if (code === 0 && opts.failOn !== 'none' && r.severities.some((s) => (rank[s] ?? 0) >= rank[opts.failOn]!)) code = 1;
  };
  try {
    for (const f of first) emit({ path: f.path, line: JSON.stringify(fileToJson(f, list)), ...(f.error ? { error: f.error } : {}), unread: unreadReasons(f), severities: listed(f, { ...list, includeSuppressed: false }).map((x) => x.severity) });
    await mapFiles(paths, 'line', { ...taskOpts, list }, opts.jobs ?? 0, (r) => {
      collect({ file: { path: r.path, notes: [] }, problems: r.problems });
      emit(r);
    });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return code;
}

/** Says on stderr why parts of a file were not analysed; true when that makes the exit code 2 (no --allow-skipped). */
function reportUnread(path: string, reasons: readonly string[], opts: CliOptions, io: CliIo): boolean {
  if (reasons.length === 0 || opts.allowSkipped) return false;
  for (const reason of reasons) io.stderr(`warrant-lens: ${terminalSafe(path)}: not analysed: ${reason}\n`);
  return true;
}

/** True when a shown finding (not suppressed or accepted, at or above --min-risk) reaches --fail-on. */
function exceeds(files: readonly ScannedFile[], failOn: FailOn, list: ListOptions): boolean {
  if (failOn === 'none') return false;
  const threshold = rank[failOn]!;
  return files.some((f) => listed(f, { ...list, includeSuppressed: false }).some((x) => (rank[x.severity] ?? 0) >= threshold));
}
