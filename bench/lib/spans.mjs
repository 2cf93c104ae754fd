// Span scoring shared by the accuracy benches: the corpus scorer's matching rule (overlap covering half the
// shorter span and a quarter of the longer), gold spans from label files, predicted spans from SARIF, and the
// table rows the benches print. Pure but for runScan, which runs the built CLI.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const CATEGORIES = [
  'location.anywhere', 'location.commitment', 'location.transfer-mechanism', 'location.subprocessor',
  'gov.disclosure', 'gov.voluntary', 'gov.foreign-law', 'gov.no-notice', 'gov.notice', 'gov.challenge',
  'gov.transparency', 'records.ownership', 'security.customer-keys', 'law.governing',
];

/** Whether two spans match: their overlap covers at least half of the shorter and a quarter of the longer. */
export function matches(a, b) {
  const ov = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (ov <= 0) return false;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  return ov >= 0.5 * Math.min(la, lb) && ov >= 0.25 * Math.max(la, lb);
}

/** The labelled spans of one label file over its text: start/end when given, else where the quote occurs. */
export function goldSpans(label, text) {
  return label.spans.map((s) => {
    if (s.start !== undefined) return { start: s.start, end: s.end, categories: s.categories, quote: s.quote };
    const start = text.indexOf(s.quote);
    if (start < 0) throw new Error(`${label.id}: quote not found: ${s.quote.slice(0, 60)}`);
    return { start, end: start + s.quote.length, categories: s.categories, quote: s.quote };
  });
}

function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/**
 * Predicted spans per document id from a SARIF log: a result belongs to the id its artifact URI ends with
 * ("<id>.md"); its region is read from the line/column fields, else from charOffset/charLength.
 */
export function sarifSpans(sarif, texts) {
  const ids = [...texts.keys()];
  const starts = new Map();
  const pred = new Map(ids.map((id) => [id, []]));
  for (const run of sarif.runs ?? []) {
    for (const r of run.results ?? []) {
      const loc = r.locations?.[0]?.physicalLocation;
      const uri = decodeURIComponent(loc?.artifactLocation?.uri ?? '');
      const id = ids.find((k) => uri.endsWith(`${k}.md`));
      if (!id) continue;
      const text = texts.get(id);
      if (!starts.has(id)) starts.set(id, lineStarts(text));
      const ls = starts.get(id);
      const reg = loc.region ?? {};
      let start;
      let end;
      if (reg.startLine !== undefined) {
        start = ls[reg.startLine - 1] + (reg.startColumn ?? 1) - 1;
        const endLine = reg.endLine ?? reg.startLine;
        end = reg.endColumn !== undefined ? ls[endLine - 1] + reg.endColumn - 1 : ls[endLine] ?? text.length;
      } else if (reg.charOffset !== undefined) {
        start = reg.charOffset;
        end = reg.charOffset + (reg.charLength ?? 0);
      } else continue;
      const categories = r.properties?.categories ?? (r.properties?.category ? [r.properties.category] : []);
      pred.get(id).push({ start, end, categories, rule: r.ruleId });
    }
  }
  return pred;
}

const prf = (x) => {
  const precision = x.pred ? x.tpPred / x.pred : 0;
  const recall = x.gold ? x.tpGold / x.gold : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};
const add = (a, x) => ({ gold: a.gold + x.gold, pred: a.pred + x.pred, tpGold: a.tpGold + x.tpGold, tpPred: a.tpPred + x.tpPred });
const zero = () => ({ gold: 0, pred: 0, tpGold: 0, tpPred: 0 });

/**
 * Scores predicted against gold spans (both Maps of id -> spans), per category: precision counts predicted
 * spans that match a gold span of that category, recall counts gold spans some prediction matches. Returns
 * the shape of the corpus scorer's --json output, plus the unmatched spans (misses and false alarms).
 */
export function score(gold, pred) {
  const per = Object.fromEntries(CATEGORIES.map((c) => [c, zero()]));
  const documents = {};
  const misses = [];
  const falseAlarms = [];
  for (const [id, gs] of gold) {
    const ps = pred.get(id) ?? [];
    let d = zero();
    for (const c of CATEGORIES) {
      const g = gs.filter((s) => s.categories.includes(c));
      const q = ps.filter((s) => s.categories.includes(c));
      const missed = g.filter((s) => !q.some((t) => matches(s, t)));
      const wrong = q.filter((s) => !g.some((t) => matches(s, t)));
      misses.push(...missed.map((s) => ({ id, category: c, ...s })));
      falseAlarms.push(...wrong.map((s) => ({ id, category: c, ...s })));
      const x = { gold: g.length, pred: q.length, tpGold: g.length - missed.length, tpPred: q.length - wrong.length };
      per[c] = add(per[c], x);
      d = add(d, x);
    }
    documents[id] = { ...prf(d), ...d };
  }
  const total = Object.values(per).reduce(add, zero());
  const present = CATEGORIES.filter((c) => per[c].gold > 0);
  const macroF1 = present.reduce((a, c) => a + prf(per[c]).f1, 0) / (present.length || 1);
  return {
    micro: { ...prf(total), ...total },
    macroF1,
    categories: Object.fromEntries(CATEGORIES.map((c) => [c, { ...prf(per[c]), ...per[c] }])),
    documents,
    misses,
    falseAlarms,
  };
}

/** Runs the built CLI over `files`, writing SARIF to `out`; returns the wall time in ms or exits on failure. */
export function runScan(root, files, out) {
  const t0 = performance.now();
  const cli = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'scan', '--format', 'sarif', '--fail-on', 'none', '--output', out, ...files], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (cli.status !== 0) {
    console.error(cli.stderr);
    process.exit(cli.status ?? 1);
  }
  return ms;
}

const f3 = (x) => x.toFixed(3);
/** One table row: name, gold, pred, precision, recall, F1. */
export const row = (name, x, width) => `${name.padEnd(width)} ${String(x.gold).padStart(5)} ${String(x.pred).padStart(5)}  ${f3(x.precision).padStart(9)}  ${f3(x.recall).padStart(6)}  ${f3(x.f1)}`;
/** The header of a table of rows. */
export const header = (first, width) => `${first.padEnd(width)}  gold  pred  precision  recall  f1`;
/** The one-line summary of a scored set. */
export const summary = (r) => `micro-F1 ${f3(r.micro.f1)} (P ${f3(r.micro.precision)} R ${f3(r.micro.recall)}), macro-F1 ${f3(r.macroF1)}`;
