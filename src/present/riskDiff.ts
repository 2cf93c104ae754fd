/**
 * What changed between two versions of a contract, finding by finding: clauses are matched by
 * fingerprint, then by wording (numbers ignored), then by similarity, so a renumbered or lightly
 * edited clause is "changed" rather than removed and added. Pure: the CLI's `diff` and the
 * extension's "Compare Risk with..." share it.
 */
import type { Finding, Severity } from '../core';

export interface RiskDiffSide {
  /** The analysed text (the flagged sentences are read from it). */
  text: string;
  findings: readonly Finding[];
}

/** Whether a change exposes the customer more, less, or the same. */
export type Direction = 'worse' | 'better' | 'same';

export interface FindingChange {
  before: Finding;
  after: Finding;
  direction: Direction;
  /** How alike the two clauses read, 0..1 (1 when only the numbering or spacing changed). */
  similarity: number;
}

export interface RiskDiff {
  added: Finding[];
  removed: Finding[];
  /** Worse first, then better, then reworded with the same risk. */
  changed: FindingChange[];
  /** Findings present, word for word, in both versions. */
  unchanged: number;
}

/** Two clauses at least this alike (Dice coefficient on their words) are one clause, edited. */
export const similarityThreshold = 0.6;

const riskOrder: Record<Finding['risk'], number> = { mitigating: 0, low: 1, medium: 2, high: 3 };
const severityOrder: Record<Exclude<Severity, 'off'>, number> = { hint: 1, info: 2, warning: 3, error: 4 };

/** Exposure of a finding for comparison: a protection counts as the lowest. */
export function exposure(f: Finding): number {
  return f.risk === 'mitigating' ? 0 : riskOrder[f.risk] * 10 + severityOrder[f.severity];
}

/** Compares the findings of two versions. */
export function diffRisk(before: RiskDiffSide, after: RiskDiffSide): RiskDiff {
  const oldLeft = [...before.findings];
  const newLeft = [...after.findings];
  let unchanged = 0;
  const changed: FindingChange[] = [];
  const take = (list: Finding[], f: Finding) => list.splice(list.indexOf(f), 1);

  // 1. The same rule on the same sentence (fingerprint), or on the same words once numbers and spacing are set aside.
  const words = new Map<Finding, string[]>();
  const wordsOf = (f: Finding, side: RiskDiffSide) => {
    let w = words.get(f);
    if (!w) words.set(f, (w = tokens(side.text.slice(f.start, f.end) || f.excerpt)));
    return w;
  };
  for (const exactKey of [(f: Finding) => `${f.ruleId}\u0000${f.fingerprint}`, (f: Finding, side: RiskDiffSide) => `${f.ruleId}\u0000${wordsOf(f, side).join(' ')}`]) {
    const pool = new Map<string, Finding[]>();
    for (const f of newLeft) if (!isDocumentLevel(f)) push(pool, exactKey(f, after), f);
    for (const f of [...oldLeft]) {
      if (isDocumentLevel(f)) continue;
      const match = pool.get(exactKey(f, before))?.shift();
      if (!match) continue;
      take(oldLeft, f);
      take(newLeft, match);
      // Same words; moved or renumbered only when the sentence's own text differs.
      if (before.text.slice(f.start, f.end) === after.text.slice(match.start, match.end) && f.severity === match.severity) unchanged++;
      else changed.push(change(f, match, 1));
    }
  }

  // 2. Document-level findings ("no notice promise anywhere") are matched by rule alone.
  for (const f of oldLeft.filter(isDocumentLevel)) {
    const match = newLeft.find((n) => n.ruleId === f.ruleId);
    if (!match) continue;
    take(oldLeft, f);
    take(newLeft, match);
    if (f.severity === match.severity) unchanged++;
    else changed.push(change(f, match, 1));
  }

  // 3. Edited clauses: pair sentences by similarity, best pairs first, then their findings by rule, then by category.
  const sentences = (side: RiskDiffSide, list: Finding[]) => {
    const bySpan = new Map<string, Finding[]>();
    for (const f of list) if (!isDocumentLevel(f)) push(bySpan, `${f.start}:${f.end}`, f);
    return [...bySpan.values()].map((fs) => ({ findings: fs, words: new Set(wordsOf(fs[0]!, side)) }));
  };
  const olds = sentences(before, oldLeft);
  const news = sentences(after, newLeft);
  const pairs: { o: number; n: number; sim: number }[] = [];
  olds.forEach((o, oi) =>
    news.forEach((n, ni) => {
      const sim = dice(o.words, n.words);
      if (sim >= similarityThreshold) pairs.push({ o: oi, n: ni, sim });
    }),
  );
  pairs.sort((a, b) => b.sim - a.sim);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  for (const p of pairs) {
    if (usedOld.has(p.o) || usedNew.has(p.n)) continue;
    usedOld.add(p.o);
    usedNew.add(p.n);
    const o = [...olds[p.o]!.findings];
    const n = [...news[p.n]!.findings];
    for (const same of [(a: Finding, b: Finding) => a.ruleId === b.ruleId, (a: Finding, b: Finding) => a.categories[0] === b.categories[0]]) {
      for (const f of [...o]) {
        const m = n.find((x) => same(f, x));
        if (!m) continue;
        o.splice(o.indexOf(f), 1);
        n.splice(n.indexOf(m), 1);
        take(oldLeft, f);
        take(newLeft, m);
        changed.push(change(f, m, p.sim));
      }
    }
  }

  const order: Record<Direction, number> = { worse: 0, better: 1, same: 2 };
  changed.sort((a, b) => order[a.direction] - order[b.direction] || exposure(b.after) - exposure(a.after) || a.after.start - b.after.start);
  const byExposure = (a: Finding, b: Finding) => exposure(b) - exposure(a) || a.start - b.start;
  return { added: newLeft.sort(byExposure), removed: oldLeft.sort(byExposure), changed, unchanged };
}

/** Whether a diff has an added risk or a worsened finding at or above `threshold` (a severity). */
export function diffExceeds(diff: RiskDiff, threshold: Exclude<Severity, 'off'> | 'none'): boolean {
  if (threshold === 'none') return false;
  const min = severityOrder[threshold];
  const counts = (f: Finding) => f.risk !== 'mitigating' && severityOrder[f.severity] >= min;
  return diff.added.some(counts) || diff.changed.some((c) => c.direction === 'worse' && counts(c.after));
}

function change(before: Finding, after: Finding, similarity: number): FindingChange {
  const d = exposure(after) - exposure(before);
  return { before, after, direction: d > 0 ? 'worse' : d < 0 ? 'better' : 'same', similarity: Math.round(similarity * 100) / 100 };
}

function isDocumentLevel(f: Finding): boolean {
  return f.ruleId.startsWith('missing-');
}

/** Lower-case words of two letters or more: numbering, punctuation and spacing do not count. */
function tokens(s: string): string[] {
  return s.toLowerCase().match(/\p{L}[\p{L}']+/gu) ?? [];
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return (2 * both) / (a.size + b.size);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** How a reviewer finds a finding in each version ("page 2, line 14", "¶ 14", "line 40"). */
export interface DiffLabels {
  oldName: string;
  newName: string;
  whereOld: (f: Finding) => string;
  whereNew: (f: Finding) => string;
}

/** "What changed": a Markdown summary of a diff, what got worse first. Clause text is quoted as code so it stays inert. */
export function whatChangedMarkdown(diff: RiskDiff, labels: DiffLabels): string {
  const quote = (s: string) => `\`${s.replace(/`/g, "'").replace(/\s+/g, ' ')}\``;
  const risk = (f: Finding) => (f.risk === 'mitigating' ? 'protection' : `${f.risk} risk, ${f.severity}`);
  const lines = [`# What changed: ${labels.oldName} → ${labels.newName}`, ''];
  const section = (title: string, items: string[]) => {
    if (items.length > 0) lines.push(`## ${title}`, '', ...items, '');
  };
  const changed = (c: FindingChange) => `- **${c.after.message}** (${c.after.ruleId}): ${risk(c.before)} → ${risk(c.after)}; ${labels.whereOld(c.before)} → ${labels.whereNew(c.after)}\n  - before: ${quote(c.before.excerpt)}\n  - after: ${quote(c.after.excerpt)}`;
  section('Got worse', [
    ...diff.added.filter((f) => f.risk !== 'mitigating').map((f) => `- **Added: ${f.message}** (${f.ruleId}; ${risk(f)}; ${labels.whereNew(f)})\n  - ${quote(f.excerpt)}`),
    ...diff.removed.filter((f) => f.risk === 'mitigating').map((f) => `- **Protection removed: ${f.message}** (${f.ruleId}; was at ${labels.whereOld(f)})\n  - ${quote(f.excerpt)}`),
    ...diff.changed.filter((c) => c.direction === 'worse').map(changed),
  ]);
  section('Got better', [
    ...diff.added.filter((f) => f.risk === 'mitigating').map((f) => `- **Protection added: ${f.message}** (${f.ruleId}; ${labels.whereNew(f)})\n  - ${quote(f.excerpt)}`),
    ...diff.removed.filter((f) => f.risk !== 'mitigating').map((f) => `- **Removed: ${f.message}** (${f.ruleId}; ${risk(f)}; was at ${labels.whereOld(f)})\n  - ${quote(f.excerpt)}`),
    ...diff.changed.filter((c) => c.direction === 'better').map(changed),
  ]);
  section('Reworded or moved, same risk', diff.changed.filter((c) => c.direction === 'same').map(changed));
  const worse = diff.changed.filter((c) => c.direction === 'worse').length;
  const better = diff.changed.filter((c) => c.direction === 'better').length;
  lines.push(`${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed (${worse} worse, ${better} better), ${diff.unchanged} unchanged.`, '');
  return lines.join('\n');
}
