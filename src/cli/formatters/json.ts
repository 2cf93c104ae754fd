/** JSON output: a documented, versioned shape (schemaVersion 1) for scripts and dashboards. */
import { LineIndex } from '../../core';
import { listed, listAll, type ListOptions, type ScannedFile } from './types';

/** `{schemaVersion, tool, files: [{path, error?, notes, problems, skipped, findings: [...]}], summary}`. */
export function formatJson(files: readonly ScannedFile[], version: string, list: ListOptions = listAll): string {
  const summary: Record<string, number> = {};
  const out = files.map((file) => {
    const index = new LineIndex(file.text ?? '');
    const findings = listed(file, list).map((r) => {
      const f = r.finding;
      const s = index.positionAt(f.start);
      const e = index.positionAt(f.end);
      for (const c of f.categories) summary[c] = (summary[c] ?? 0) + 1;
      return {
        ruleId: f.ruleId,
        categories: f.categories,
        risk: f.risk,
        severity: r.severity,
        arguments: f.arguments,
        message: f.message,
        excerpt: f.excerpt,
        start: { line: s.line + 1, column: s.character + 1, offset: f.start },
        end: { line: e.line + 1, column: e.character + 1, offset: f.end },
        fingerprint: f.fingerprint,
        ...(f.related ? { related: f.related } : {}),
        ...(r.status !== 'active' ? { status: r.status } : {}),
        ...(r.suppression ? { suppression: r.suppression } : {}),
      };
    });
    return { path: file.path, ...(file.error ? { error: file.error } : {}), analysed: file.result !== undefined, ...(file.review ? { hidden: file.review.hidden } : {}), notes: file.notes, problems: file.result?.problems ?? [], skipped: file.result?.skipped ?? [], findings };
  });
  return JSON.stringify({ schemaVersion: 1, tool: { name: 'warrant-lens', version }, files: out, summary: { byCategory: summary, findings: out.reduce((n, f) => n + f.findings.length, 0) } }, null, 2);
}
