/** Output of `warrant-lens diff`: what got worse first, then what got better, in text, JSON or SARIF. */
import { LineIndex, type Finding } from '../../core';
import { describePosition } from '../../input';
import { diffExceeds, type FindingChange, type RiskDiff } from '../../present/riskDiff';
import type { FailOn } from '../args';
import { terminalSafe } from '../output';
import { findingJson } from './json';
import { sourceFields } from './position';
import { formatSarif } from './sarif';
import type { ScannedFile } from './types';

const colors = { red: '\x1b[31m', green: '\x1b[32m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

/** Counts for the summary line and the JSON `summary`. */
function summaryOf(diff: RiskDiff) {
  const count = (d: FindingChange['direction']) => diff.changed.filter((c) => c.direction === d).length;
  return { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length, worse: count('worse'), better: count('better'), reworded: count('same'), unchanged: diff.unchanged };
}

export function formatDiffText(before: ScannedFile, after: ScannedFile, diff: RiskDiff, options: { color: boolean }): string {
  const c = (code: keyof typeof colors, s: string): string => (options.color ? colors[code] + s + colors.reset : s);
  const where = (file: ScannedFile, f: Finding): string => {
    if (file.positions) return describePosition(file.positions.at(f.start));
    const p = new LineIndex(file.text ?? '').positionAt(f.start);
    return `line ${p.line + 1}`;
  };
  const risk = (f: Finding) => (f.risk === 'mitigating' ? 'protection' : `${f.risk} risk, ${f.severity}`);
  const lines = [c('bold', `Comparing ${terminalSafe(before.path)} (old) with ${terminalSafe(after.path)} (new)`)];
  for (const note of before.notes) lines.push(`${terminalSafe(before.path)}: note: ${terminalSafe(note)}`);
  for (const note of after.notes) lines.push(`${terminalSafe(after.path)}: note: ${terminalSafe(note)}`);
  const excerpt = (f: Finding) => `            ${c('dim', `"${terminalSafe(f.excerpt)}"`)}`;
  const worseAdded = diff.added.filter((f) => f.risk !== 'mitigating');
  const section = (title: string, body: string[]) => {
    if (body.length > 0) lines.push('', c('bold', title), ...body);
  };
  const change = (x: FindingChange) => [
    `  ${x.direction === 'worse' ? c('red', 'worse  ') : x.direction === 'better' ? c('green', 'better ') : 'same   '} ${c('bold', x.after.ruleId)}  ${x.after.message}: ${risk(x.before)} -> ${risk(x.after)} (${where(before, x.before)} -> ${where(after, x.after)})`,
    `            before: "${terminalSafe(x.before.excerpt)}"`,
    `            after:  "${terminalSafe(x.after.excerpt)}"`,
  ];
  section('Got worse', [
    ...worseAdded.flatMap((f) => [`  ${c('red', 'added  ')} ${c('bold', f.ruleId)}  ${f.message} (${risk(f)}; ${where(after, f)})`, excerpt(f)]),
    ...diff.removed.filter((f) => f.risk === 'mitigating').flatMap((f) => [`  ${c('red', 'removed')} ${c('bold', f.ruleId)}  ${f.message} (a protection; was at ${where(before, f)})`, excerpt(f)]),
    ...diff.changed.filter((x) => x.direction === 'worse').flatMap(change),
  ]);
  section('Got better', [
    ...diff.added.filter((f) => f.risk === 'mitigating').flatMap((f) => [`  ${c('green', 'added  ')} ${c('bold', f.ruleId)}  ${f.message} (a protection; ${where(after, f)})`, excerpt(f)]),
    ...diff.removed.filter((f) => f.risk !== 'mitigating').flatMap((f) => [`  ${c('green', 'removed')} ${c('bold', f.ruleId)}  ${f.message} (${risk(f)}; was at ${where(before, f)})`, excerpt(f)]),
    ...diff.changed.filter((x) => x.direction === 'better').flatMap(change),
  ]);
  section('Reworded or moved, same risk', diff.changed.filter((x) => x.direction === 'same').flatMap(change));
  const s = summaryOf(diff);
  lines.push('', c('bold', `${s.added} added, ${s.removed} removed, ${s.changed} changed (${s.worse} worse, ${s.better} better), ${s.unchanged} unchanged`));
  return `${lines.join('\n')}\n`;
}

/** `{ schemaVersion, tool, old, new, added, removed, changed: [{ before, after, direction, similarity }], summary }`. */
export function formatDiffJson(before: ScannedFile, after: ScannedFile, diff: RiskDiff, version: string, failOn: FailOn): string {
  const oldIndex = new LineIndex(before.text ?? '');
  const newIndex = new LineIndex(after.text ?? '');
  const side = (f: ScannedFile) => ({ path: f.path, notes: f.notes, problems: f.result?.problems ?? [], findings: f.result?.findings.length ?? 0 });
  return JSON.stringify(
    {
      schemaVersion: 1,
      tool: { name: 'warrant-lens', version },
      old: side(before),
      new: side(after),
      added: diff.added.map((f) => findingJson(f, newIndex, after.positions)),
      removed: diff.removed.map((f) => findingJson(f, oldIndex, before.positions)),
      changed: diff.changed.map((x) => ({ before: findingJson(x.before, oldIndex, before.positions), after: findingJson(x.after, newIndex, after.positions), direction: x.direction, similarity: x.similarity })),
      summary: { ...summaryOf(diff), failOn, exceeds: diffExceeds(diff, failOn) },
    },
    null,
    2,
  );
}

/**
 * SARIF with `baselineState`: added findings are "new" and changed ones "updated" (located in the new
 * version), removed ones "absent" (located in the old version, where they still are).
 */
export function formatDiffSarif(before: ScannedFile, after: ScannedFile, diff: RiskDiff, version: string): string {
  const log = JSON.parse(formatSarif([], version)) as { runs: { results: unknown[] }[] };
  const oldLog = sarifResults(before, diff.removed, version);
  const added = sarifResults(after, diff.added, version);
  const changed = sarifResults(after, diff.changed.map((x) => x.after), version);
  log.runs[0]!.results = [
    ...added.map((r) => ({ ...r, baselineState: 'new' })),
    ...changed.map((r, i) => {
      const x = diff.changed[i]!;
      return { ...r, baselineState: 'updated', properties: { ...(r.properties as object), direction: x.direction, before: { ruleId: x.before.ruleId, severity: x.before.severity, risk: x.before.risk, excerpt: x.before.excerpt, ...sourceFields(before.positions, x.before.start) } } };
    }),
    ...oldLog.map((r) => ({ ...r, baselineState: 'absent' })),
  ];
  return JSON.stringify(log, null, 2);
}

/** The SARIF results `scan` would give for these findings of one file. */
function sarifResults(file: ScannedFile, findings: readonly Finding[], version: string): { properties?: unknown }[] {
  if (!file.result) return [];
  const only: ScannedFile = { ...file, result: { ...file.result, findings: [...findings] }, ...(file.review ? { review: { ...file.review, all: findings.map((f) => ({ finding: f, severity: f.severity, status: 'active' as const })) } } : {}) };
  return (JSON.parse(formatSarif([only], version)) as { runs: { results: { properties?: unknown }[] }[] }).runs[0]!.results;
}
