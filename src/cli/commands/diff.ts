/** `warrant-lens diff OLD NEW`: read and analyse both versions, compare their findings, report, and decide the exit code. */
import { Analyzer } from '../../core';
import { diffExceeds, diffRisk } from '../../present/riskDiff';
import type { CliOptions } from '../args';
import { readInput, readStdinInput } from '../files';
import { formatDiffJson, formatDiffSarif, formatDiffText } from '../formatters/diff';
import type { ScannedFile } from '../formatters/types';
import type { CliIo } from '../io';
import { terminalSafe, writeReport } from '../output';

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

  const analyzer = new Analyzer();
  for (const f of [before, after]) {
    f.result = analyzer.analyze(f.text!, { missingProtections: !opts.noMissing }, { fileName: f.path, format: f.textFormat });
    analyzer.clear();
  }
  const diff = diffRisk({ text: before.text!, findings: before.result!.findings }, { text: after.text!, findings: after.result!.findings });
  const report =
    opts.format === 'json' ? formatDiffJson(before, after, diff, version, opts.failOn) : opts.format === 'sarif' ? formatDiffSarif(before, after, diff, version) : formatDiffText(before, after, diff, { color: opts.color && !opts.output });
  if (!writeReport(report, opts.output, io)) return 2;
  return diffExceeds(diff, opts.failOn) ? 1 : 0;
}
