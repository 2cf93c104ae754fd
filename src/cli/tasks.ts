/** The per-file work of folder commands, the same on the main thread and in a worker: read, analyse, review, summarise. */
import { dirname, relative, resolve } from 'node:path';
import { Analyzer, draftTia, isIgnored, isReviewReport, LineIndex, portfolioRow, resolveConfig, review, type SourceRef, type PortfolioRow, type ProjectConfig, type ResolvedConfig, type TiaOptions } from '../core';
import { readInput } from './files';
import { fileToJson } from './formatters/json';
import { listAll, listed, type ListOptions, type ScannedFile } from './formatters/types';
import { ProjectLookup, type FoundConfig } from './projectConfig';

/** Plain data (it is sent to worker threads): where to look for configuration and what the flags say. */
export interface TaskOptions {
  cwd: string;
  /** Settings from the command line (they win over the config file). */
  flags?: ProjectConfig;
  /** `--config <file>` */
  config?: string;
  noConfig?: boolean;
  exporter?: string;
  /** What `--format jsonl` lists (`--min-risk`, `--include-suppressed`). */
  list?: ListOptions;
}

/** What a thread keeps between files: its analyzer and its cache of config files. */
export class TaskContext {
  readonly analyzer = new Analyzer();
  private lookup: ProjectLookup;
  private explicitConfig: FoundConfig | undefined;

  constructor(readonly opts: TaskOptions) {
    this.lookup = new ProjectLookup(opts.cwd);
    this.explicitConfig = opts.config !== undefined ? this.lookup.explicit(opts.config) : undefined;
  }

  /** The config and accepted risks for a file, and the problems found reading them. */
  configFor(path: string): { found: FoundConfig; accepted: ReturnType<ProjectLookup['acceptedFor']> } {
    // Standard input is reviewed with the config of the working folder.
    const at = path === '<stdin>' ? resolve(this.opts.cwd, 'stdin') : path;
    const found: FoundConfig = this.opts.noConfig ? { config: {}, problems: [] } : (this.explicitConfig ?? this.lookup.configFor(at));
    return { found, accepted: this.lookup.acceptedFor(at) };
  }

  /** The configuration that applies to a file (its nearest `.warrant-lens.json` under the flags), with its problems. */
  resolved(path: string): { config: ResolvedConfig; problems: string[] } {
    const { found } = this.configFor(path);
    return { config: resolveConfig(found.config, this.opts.flags ?? {}), problems: found.problems };
  }

  /** TIA options for a file: the exporter is `--exporter`, else the config's jurisdiction; the playbook is the config's. */
  tiaOptions(path: string): { options: TiaOptions; problems: string[] } {
    const { config, problems } = this.resolved(path);
    return { options: { exporter: this.opts.exporter ?? config.jurisdiction, ...(config.playbook ? { playbook: config.playbook } : {}) }, problems };
  }
}

/** One file of `scan`, with the config problems met on the way (the caller reports each once). */
export interface ScanResult {
  file: ScannedFile;
  problems: string[];
}

export async function scanFile(path: string, ctx: TaskContext): Promise<ScanResult> {
  return analyzeFile(await readInput(path, ctx.opts.cwd), ctx);
}

/** Analyses and reviews a file already read (standard input, or a file from `readInput`). */
export function analyzeFile(file: ScannedFile, ctx: TaskContext): ScanResult {
  if (file.text === undefined) return { file, problems: [] };
  const { found, accepted } = ctx.configFor(file.path);
  const problems = [...found.problems, ...accepted.problems];
  const config = resolveConfig(found.config, ctx.opts.flags ?? {});
  if (found.file && file.path !== '<stdin>' && isIgnored(relative(dirname(found.file), resolve(ctx.opts.cwd, file.path)).split('\\').join('/'), config.ignore)) {
    file.notes.push(`not analysed: on the ignore list of ${relative(ctx.opts.cwd, found.file) || found.file}`);
    return { file, problems };
  }
  if (isReviewReport(file.text)) {
    file.notes.push('not analysed: a Warrant Lens review report (it starts with the report marker)');
    return { file, problems };
  }
  if (file.text.trim().length === 0) file.notes.push('empty file: nothing to analyse');
  file.result = ctx.analyzer.analyze(file.text, { missingProtections: config.settings.missingProtections }, { fileName: file.path, ...(file.textFormat ? { format: file.textFormat } : {}) });
  file.review = review({ text: file.text, findings: file.result.findings, config, accepted: accepted.entries });
  // Each file is its own document: do not let one contract's cache grow with the next.
  ctx.analyzer.clear();
  return { file, problems };
}

export interface PortfolioEntry {
  path: string;
  row?: PortfolioRow;
  error?: string;
  problems: string[];
}

/** One file of `matrix`: its register row. The text stays in the worker; only the row travels. */
export async function portfolioFile(path: string, ctx: TaskContext): Promise<PortfolioEntry> {
  const file: ScannedFile = await readInput(path, ctx.opts.cwd);
  if (file.text === undefined) return { path, error: file.error ?? 'not analysed', problems: [] };
  const { options, problems } = ctx.tiaOptions(path);
  const result = ctx.analyzer.analyze(file.text, {}, { fileName: file.path, ...(file.textFormat ? { format: file.textFormat } : {}) });
  ctx.analyzer.clear();
  const tia = draftTia({ document: file.path, text: file.text, findings: result.findings, ...(file.textFormat ? { format: file.textFormat } : {}), locate: locatorFor(file) }, options);
  return { path, row: portfolioRow(tia, file.text), problems };
}

/** One file of `scan --format jsonl`, already serialised in the worker: only the line and what the exit code needs travel. */
export interface LineResult {
  path: string;
  line: string;
  error?: string;
  /** Severities of the findings shown (not suppressed), for `--fail-on`. */
  severities: string[];
  problems: string[];
  /** Why parts of the file were not analysed (the CLI exits 2 for them unless --allow-skipped). */
  unread?: string[];
}

export async function jsonLine(path: string, ctx: TaskContext): Promise<LineResult> {
  const { file, problems } = await scanFile(path, ctx);
  const list = ctx.opts.list ?? listAll;
  const severities = [...new Set(listed(file, { ...list, includeSuppressed: false }).map((x) => x.severity))];
  const unread = unreadReasons(file);
  return { path, line: JSON.stringify(fileToJson(file, list)), ...(file.error ? { error: file.error } : {}), severities, problems, ...(unread.length > 0 ? { unread } : {}) };
}

/** The distinct reasons why text of a file went unread (binary, over the size limit, hidden in a comment). */
export function unreadReasons(file: Pick<ScannedFile, 'result'>): string[] {
  return [...new Set((file.result?.skipped ?? []).filter((s) => !s.read).map((s) => s.reason))];
}

/**
 * Where a TIA citation points: the 1-based line of the analysed text, plus the page (PDF) or the
 * paragraph (Word) of the original file when the input layer mapped it.
 */
export function locatorFor(file: Pick<ScannedFile, 'text' | 'positions'>): (offset: number) => SourceRef {
  const index = new LineIndex(file.text ?? '');
  return (offset) => {
    const p = file.positions?.at(offset);
    const line = index.positionAt(offset).line + 1;
    if (p && 'page' in p) return { line, page: p.page };
    if (p && 'paragraph' in p) return { line, paragraph: p.paragraph };
    return { line };
  };
}
