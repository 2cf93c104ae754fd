/** The dev corpus's scoring rule (../shared/corpus/score.mjs), reimplemented for tests. */
import { categoryIds, type Span } from '../../src/core';

export interface Labelled extends Span {
  categories: string[];
}

/** The corpus's matching rule (score.mjs), reimplemented. */
export function spansMatch(a: Span, b: Span): boolean {
  const ov = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (ov <= 0) return false;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  return ov >= 0.5 * Math.min(la, lb) && ov >= 0.25 * Math.max(la, lb);
}

/** Micro precision and recall over the 14 categories, as score.mjs counts them. */
export function microScore(docs: readonly { gold: Labelled[]; pred: Labelled[] }[]): { precision: number; recall: number; gold: number; pred: number } {
  let gold = 0;
  let pred = 0;
  let tpGold = 0;
  let tpPred = 0;
  for (const d of docs) {
    for (const c of categoryIds) {
      const g = d.gold.filter((s) => s.categories.includes(c));
      const p = d.pred.filter((s) => s.categories.includes(c));
      gold += g.length;
      pred += p.length;
      tpGold += g.filter((s) => p.some((t) => spansMatch(s, t))).length;
      tpPred += p.filter((s) => g.some((t) => spansMatch(s, t))).length;
    }
  }
  return { precision: pred ? tpPred / pred : 0, recall: gold ? tpGold / gold : 0, gold, pred };
}
