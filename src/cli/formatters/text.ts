/** Human output: location, severity, rule, the clause excerpt and the argument it bears on, then a summary. */
import { categories, getArgument, LineIndex, type AnyCategoryId } from '../../core';
import { describePosition } from '../../input';
import { terminalSafe } from '../output';
import { listed, type ListOptions, type ScannedFile } from './types';

const colors = { red: '\x1b[31m', yellow: '\x1b[33m', cyan: '\x1b[36m', green: '\x1b[32m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

export function formatText(files: readonly ScannedFile[], options: { color: boolean; quiet: boolean } & Partial<ListOptions>): string {
  const list: ListOptions = { minRisk: options.minRisk ?? 'mitigating', includeSuppressed: options.includeSuppressed ?? false };
  const c = (code: keyof typeof colors, s: string): string => (options.color ? colors[code] + s + colors.reset : s);
  const lines: string[] = [];
  const byCategory = new Map<AnyCategoryId, number>();
  const bySeverity = new Map<string, number>();
  const byRisk = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    // Paths, notes and clause text come from outside: no escape sequence or bidi mark reaches the terminal.
    const path = terminalSafe(file.path);
    if (file.error) {
      lines.push(`${c('bold', path)}: ${c('red', 'cannot scan')}: ${terminalSafe(file.error)}`);
      continue;
    }
    for (const note of file.notes) lines.push(`${path}: note: ${terminalSafe(note)}`);
    const result = file.result;
    if (!result) continue;
    for (const p of result.problems) lines.push(`${path}: note: ${terminalSafe(p)}`);
    const h = file.review?.hidden;
    if (h && h.suppressed + h.accepted > 0 && !list.includeSuppressed) lines.push(`${path}: note: ${h.suppressed} suppressed by comments and ${h.accepted} accepted as risks (--include-suppressed lists them)`);
    const shown = listed(file, list);
    if (shown.length === 0) continue;
    const index = new LineIndex(file.text ?? '');
    if (!options.quiet) lines.push('', c('bold', path));
    for (const r of shown) {
      const f = r.finding;
      if (r.status === 'active') {
        total++;
        for (const cat of f.categories.slice(0, 1)) byCategory.set(cat, (byCategory.get(cat) ?? 0) + 1);
        bySeverity.set(r.severity, (bySeverity.get(r.severity) ?? 0) + 1);
        byRisk.set(f.risk, (byRisk.get(f.risk) ?? 0) + 1);
      }
      if (options.quiet) continue;
      const pos = index.positionAt(f.start);
      // Word and PDF: where to look in the original ("page 2, line 14", "¶ 14") instead of the extracted text's line.
      const where = file.positions ? describePosition(file.positions.at(f.start)).padEnd(15) : `${String(pos.line + 1).padStart(4)}:${String(pos.character + 1).padEnd(4)}`;
      const sev = r.severity === 'error' ? c('red', 'error  ') : r.severity === 'warning' ? c('yellow', 'warning') : r.severity === 'info' ? c('cyan', 'info   ') : c('green', 'hint   ');
      // The finding's own risk: the label the editor, the panel and the report print too.
      const risk = f.risk === 'mitigating' ? 'protects' : `${f.risk} risk`;
      const status = r.status === 'suppressed' ? ' [suppressed by a comment]' : r.status === 'accepted' ? ` [accepted: ${terminalSafe(r.suppression?.kind === 'external' ? r.suppression.justification : '')}]` : '';
      lines.push(`  ${where} ${sev} ${c('bold', f.ruleId)}  ${f.message} (${risk}; ${f.categories.join(', ')})${status}`);
      lines.push(`            ${c('dim', `"${terminalSafe(f.excerpt)}"`)}`);
      const arg = getArgument(f.arguments[0] ?? '');
      if (arg) lines.push(`            ${c('dim', `Case argument: ${/[.?!]$/.test(arg.title) ? arg.title : `${arg.title}.`} ${arg.summary}`)}`);
      if (f.related) {
        const rp = index.positionAt(f.related.start);
        const at = file.positions ? describePosition(file.positions.at(f.related.start)) : `line ${rp.line + 1}`;
        lines.push(`            ${c('dim', `Qualifies the ${f.related.ruleId} clause at ${at}.`)}`);
      }
    }
  }
  lines.push('');
  const scanned = files.filter((f) => f.result).length;
  const failed = files.filter((f) => f.error).length;
  lines.push(c('bold', `${total} finding${total === 1 ? '' : 's'} in ${scanned} file${scanned === 1 ? '' : 's'}${failed ? `, ${failed} unreadable` : ''}`));
  if (total > 0) {
    const sev = ['error', 'warning', 'info', 'hint'].filter((s) => bySeverity.has(s)).map((s) => `${bySeverity.get(s)} ${s}`);
    lines.push(`  by severity: ${sev.join(', ')}`);
    const risks = ['high', 'medium', 'low', 'mitigating'].filter((r) => byRisk.has(r)).map((r) => `${byRisk.get(r)} ${r === 'mitigating' ? 'protecting' : r}`);
    lines.push(`  by risk: ${risks.join(', ')}`);
    lines.push('  by category:');
    const sorted = [...byCategory.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    // A category is no risk level of its own: each finding carries the risk of the wording that matched.
    for (const [cat, n] of sorted) lines.push(`    ${String(n).padStart(4)}  ${cat.padEnd(36)} ${categories[cat]?.title ?? ''}`);
  }
  return lines.join('\n').replace(/^\n/, '') + '\n';
}
