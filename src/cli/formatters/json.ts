/** JSON output: a documented, versioned shape (schemaVersion 1) for scripts and dashboards. */
import { LineIndex, type Finding } from '../../core';
import type { PositionMap } from '../../input';
import { sourceFields } from './position';
import { listed, listAll, type ListOptions, type ScannedFile } from './types';

/**
 * `{schemaVersion, tool, files: [{path, error?, notes, problems, skipped, findings: [...]}], summary}`.
 * Offsets and lines are those of the analysed text; for Word and PDF files `start`/`end` also carry
 * `paragraph` (or `footnote`) and `page` with `pageLine`, positions in the original file.
 */
export function formatJson(files: readonly ScannedFile[], version: string, list: ListOptions = listAll): string {
  const summary: Record<string, number> = {};
  const out = files.map((file) => {
    const entry = fileToJson(file, list);
    for (const f of entry.findings) for (const c of f.categories) summary[c] = (summary[c] ?? 0) + 1;
    return entry;
  });
  return JSON.stringify({ schemaVersion: 1, tool: { name: 'warrant-lens', version }, files: out, summary: { byCategory: summary, findings: out.reduce((n, f) => n + f.findings.length, 0) } }, null, 2);
}

/** One file's entry: the same object in `--format json` (inside `files`) and `--format jsonl` (one per line). */
export function fileToJson(file: ScannedFile, list: ListOptions = listAll) {
  const index = new LineIndex(file.text ?? '');
  const findings = listed(file, list).map((r) => ({
    ...findingJson(r.finding, index, file.positions, r.severity),
    ...(r.status !== 'active' ? { status: r.status } : {}),
    ...(r.suppression ? { suppression: r.suppression } : {}),
  }));
  return { path: file.path, ...(file.error ? { error: file.error } : {}), analysed: file.result !== undefined, ...(file.review ? { hidden: file.review.hidden } : {}), notes: file.notes, problems: file.result?.problems ?? [], skipped: file.result?.skipped ?? [], findings };
}

/** One finding as JSON: the shape `scan` and `diff` share. */
export function findingJson(f: Finding, index: LineIndex, positions: PositionMap | undefined, severity: Finding['severity'] = f.severity) {
  const s = index.positionAt(f.start);
  const e = index.positionAt(f.end);
  return {
    ruleId: f.ruleId,
    categories: f.categories,
    risk: f.risk,
    severity,
    arguments: f.arguments,
    message: f.message,
    excerpt: f.excerpt,
    start: { line: s.line + 1, column: s.character + 1, offset: f.start, ...sourceFields(positions, f.start) },
    end: { line: e.line + 1, column: e.character + 1, offset: f.end, ...sourceFields(positions, Math.max(f.start, f.end - 1)) },
    fingerprint: f.fingerprint,
    ...(f.related ? { related: f.related } : {}),
  };
}
