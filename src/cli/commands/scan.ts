/** `warrant-lens scan`: read the inputs, analyse and review each, format the report, and decide the exit code. */
import { dirname, relative, resolve } from 'node:path';
import { Analyzer, getStarterPlaybook, isIgnored, isReviewReport, resolveConfig, review, starterPlaybooks, type ProjectConfig } from '../../core';
import type { CliOptions, FailOn } from '../args';
import { expandInputs, readInput, readStdinInput } from '../files';
import { formatJson } from '../formatters/json';
import { formatSarif } from '../formatters/sarif';
import { formatText } from '../formatters/text';
import { listed, type ListOptions, type ScannedFile } from '../formatters/types';
import type { CliIo } from '../io';
import { terminalSafe, writeReport } from '../output';
import { ProjectLookup, type FoundConfig } from '../projectConfig';

const rank: Record<string, number> = { hint: 1, info: 2, warning: 3, error: 4 };

export async function runScan(opts: CliOptions, io: CliIo, version: string): Promise<number> {
  let flags: ProjectConfig = {};
  if (opts.playbook !== undefined) {
    const playbook = getStarterPlaybook(opts.playbook);
    if (!playbook) {
      io.stderr(`warrant-lens: --playbook must be one of ${starterPlaybooks.map((p) => p.id).join(', ')} (got "${opts.playbook}").\n`);
      return 2;
    }
    flags = { playbook };
  }
  if (opts.noMissing) flags.missingProtections = false;

  const lookup = new ProjectLookup(io.cwd);
  const explicit = opts.config !== undefined ? lookup.explicit(opts.config) : undefined;
  if (explicit && explicit.problems.some((p) => /no such file|symbolic link|cannot read/.test(p))) {
    io.stderr(`warrant-lens: ${explicit.problems.join(' ')}\n`);
    return 2;
  }

  const { paths, errors, stdin } = expandInputs(opts.inputs, io.cwd);
  const files: ScannedFile[] = [...errors];
  if (stdin) files.push(await readStdinInput(await io.readStdin()));
  for (const p of paths) files.push(await readInput(p, io.cwd));
  if (files.length === 0) {
    io.stderr('warrant-lens: no contract files found (looked for .md, .markdown, .txt, .html, .htm, .contract, .docx, .pdf).\n');
    // Scripts parse JSON and SARIF: they still get a (empty) report.
    if (opts.format !== 'text') writeReport(opts.format === 'sarif' ? formatSarif(files, version) : formatJson(files, version), opts.output, io);
    return 2;
  }

  const reported = new Set<string>();
  const analyzer = new Analyzer();
  for (const file of files) {
    if (file.text === undefined) continue;
    // Standard input is reviewed with the config of the working folder.
    const at = file.path === '<stdin>' ? resolve(io.cwd, 'stdin') : file.path;
    const found: FoundConfig = opts.noConfig ? { config: {}, problems: [] } : (explicit ?? lookup.configFor(at));
    const accepted = lookup.acceptedFor(at);
    for (const p of [...found.problems, ...accepted.problems]) {
      if (reported.has(p)) continue;
      reported.add(p);
      io.stderr(`warrant-lens: ${p}\n`);
    }
    const config = resolveConfig(found.config, flags);
    if (found.file && file.path !== '<stdin>' && isIgnored(relative(dirname(found.file), resolve(io.cwd, file.path)).split('\\').join('/'), config.ignore)) {
      file.notes.push(`not analysed: on the ignore list of ${relative(io.cwd, found.file) || found.file}`);
      continue;
    }
    if (isReviewReport(file.text)) {
      file.notes.push('not analysed: a Warrant Lens review report (it starts with the report marker)');
      continue;
    }
    if (file.text.trim().length === 0) file.notes.push('empty file: nothing to analyse');
    file.result = analyzer.analyze(file.text, { missingProtections: config.settings.missingProtections }, { fileName: file.path, format: file.textFormat });
    file.review = review({ text: file.text, findings: file.result.findings, config, accepted: accepted.entries });
    // Each file is its own document: do not let one contract's cache grow with the next.
    analyzer.clear();
  }

  const list: ListOptions = { minRisk: opts.minRisk, includeSuppressed: opts.includeSuppressed };
  const report = opts.format === 'sarif' ? formatSarif(files, version) : opts.format === 'json' ? formatJson(files, version, list) : formatText(files, { color: opts.color && !opts.output, quiet: opts.quiet, ...list });
  if (!writeReport(report, opts.output, io)) return 2;

  let code = 0;
  for (const f of files) {
    if (f.error) {
      io.stderr(`warrant-lens: ${terminalSafe(f.path)}: ${f.error}\n`);
      code = 2;
    }
  }
  if (code === 0 && exceeds(files, opts.failOn, list)) code = 1;
  return code;
}

/** True when a shown finding (not suppressed or accepted, at or above --min-risk) reaches --fail-on. */
function exceeds(files: readonly ScannedFile[], failOn: FailOn, list: ListOptions): boolean {
  if (failOn === 'none') return false;
  const threshold = rank[failOn]!;
  return files.some((f) => listed(f, { ...list, includeSuppressed: false }).some((x) => (rank[x.severity] ?? 0) >= threshold));
}
