/** `warrant-lens diff OLD NEW`: read, analyse and review both versions, compare their findings, report, and decide the exit code. */
import { resolve } from 'node:path';
import { Analyzer, getStarterPlaybook, resolveConfig, review, starterPlaybooks, type Finding, type ProjectConfig } from '../../core';
import { diffExceeds, diffRisk } from '../../present/riskDiff';
import type { CliOptions } from '../args';
import { readInput, readStdinInput } from '../files';
import { formatDiffJson, formatDiffSarif, formatDiffText } from '../formatters/diff';
import type { ScannedFile } from '../formatters/types';
import type { CliIo } from '../io';
import { terminalSafe, writeReport } from '../output';
import { ProjectLookup } from '../projectConfig';

export async function runDiff(opts: CliOptions, io: CliIo, version: string): Promise<number> {
  const [oldPath, newPath] = opts.inputs as [string, string];
  if (oldPath === '-' && newPath === '-') {
    io.stderr('warrant-lens: only one of the two versions can come from standard input.\n');
    return 2;
  }
  const read = async (p: string): Promise<ScannedFile> => (p === '-' ? readStdinInput(await io.readStdin()) : readInput(p, io.cwd));
  const before = await read(oldPath);
  const after = await read(newPath);
  let failed = false;
  for (const f of [before, after]) {
    if (f.text !== undefined) continue;
    io.stderr(`warrant-lens: ${terminalSafe(f.path)}: ${f.error ?? 'cannot read'}\n`);
    failed = true;
  }
  if (failed) return 2;

  // The same review as `scan`: each version's .warrant-lens.json (or --config), suppressions and accepted risks.
  const flags: ProjectConfig = {};
  if (opts.playbook !== undefined) {
    const playbook = getStarterPlaybook(opts.playbook);
    if (!playbook) {
      io.stderr(`warrant-lens: --playbook must be one of ${starterPlaybooks.map((p) => p.id).join(', ')} (got "${opts.playbook}").\n`);
      return 2;
    }
    flags.playbook = playbook;
  }
  if (opts.noMissing) flags.missingProtections = false;
  const lookup = new ProjectLookup(io.cwd);
  const explicit = opts.config !== undefined ? lookup.explicit(opts.config) : undefined;
  const analyzer = new Analyzer();
  const shown = (f: ScannedFile): Finding[] => {
    const at = f.path === '<stdin>' ? resolve(io.cwd, 'stdin') : f.path;
    const config = resolveConfig(opts.noConfig ? {} : (explicit ?? lookup.configFor(at)).config, flags);
    f.result = analyzer.analyze(f.text!, { missingProtections: config.settings.missingProtections }, { fileName: f.path, format: f.textFormat });
    analyzer.clear();
    f.review = review({ text: f.text!, findings: f.result.findings, config, accepted: lookup.acceptedFor(at).entries });
    return f.review.visible.map((r) => ({ ...r.finding, severity: r.severity }));
  };
  const diff = diffRisk({ text: before.text!, findings: shown(before) }, { text: after.text!, findings: shown(after) });
  const report =
    opts.format === 'json' ? formatDiffJson(before, after, diff, version, opts.failOn) : opts.format === 'sarif' ? formatDiffSarif(before, after, diff, version) : formatDiffText(before, after, diff, { color: opts.color && !opts.output });
  if (!writeReport(report, opts.output, io)) return 2;
  return diffExceeds(diff, opts.failOn) ? 1 : 0;
}
