/** The sub-processor list check as Markdown, HTML or JSON: the entries that break the commitment or the playbook first. */
import type { SubprocessorCheck } from '../../core';
import { escapeCell, escapeHtml, where } from './shared';

const order = { breaks: 0, unknown: 1, ok: 2 } as const;
const sorted = (checks: readonly SubprocessorCheck[]) => [...checks].sort((a, b) => order[a.status] - order[b.status] || a.entry.line - b.entry.line);

export function subprocessorSummary(checks: readonly SubprocessorCheck[]): string {
  const n = (s: SubprocessorCheck['status']) => checks.filter((c) => c.status === s).length;
  return `${checks.length} entries: ${n('breaks')} break the location commitment or the playbook, ${n('unknown')} without a readable country, ${n('ok')} fine.`;
}

export function renderSubprocessorMarkdown(checks: readonly SubprocessorCheck[], listName: string): string {
  const out = [`## Sub-processor list check: ${listName}`, '', subprocessorSummary(checks), '', '| Line | Sub-processor | Location | Result | Why |', '|---|---|---|---|---|'];
  for (const c of sorted(checks)) out.push(`| ${c.entry.line} | ${escapeCell(c.entry.name)} | ${escapeCell(c.entry.location)} | ${c.status === 'breaks' ? 'Breaks' : c.status === 'unknown' ? 'Check' : 'OK'} | ${escapeCell(c.reasons.join('; '))} |`);
  const clauses = checks[0]?.sources ?? [];
  if (clauses.length) out.push('', `Checked against the location commitment at ${clauses.map(where).join(', ')}.`);
  return `${out.join('\n')}\n`;
}

export function renderSubprocessorHtml(checks: readonly SubprocessorCheck[], listName: string): string {
  const e = escapeHtml;
  const rows = sorted(checks)
    .map((c) => `<tr data-status="${c.status}"><td>${c.entry.line}</td><td>${e(c.entry.name)}</td><td>${e(c.entry.location)}</td><td class="${c.status === 'breaks' ? 'missing' : c.status === 'unknown' ? 'weak' : 'present'}">${c.status === 'breaks' ? 'Breaks' : c.status === 'unknown' ? 'Check' : 'OK'}</td><td>${e(c.reasons.join('; '))}</td></tr>`)
    .join('');
  return `<h2>Sub-processor list check: ${e(listName)}</h2><p>${e(subprocessorSummary(checks))}</p><table><thead><tr><th>Line</th><th>Sub-processor</th><th>Location</th><th>Result</th><th>Why</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function subprocessorJson(checks: readonly SubprocessorCheck[], listName: string): object {
  return { list: listName, entries: checks.map((c) => ({ line: c.entry.line, name: c.entry.name, location: c.entry.location, countries: c.entry.places.map((p) => p.name), status: c.status, reasons: c.reasons })) };
}
