/** Turns a rule's fix suggestions into text edits that stay inside the finding's clause. */
import type { Finding, FixSuggestion } from '../core';

/** Replace `[start, end)` of the analysed text with `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

type FixTarget = Pick<Finding, 'start' | 'end' | 'clause'>;

/** Trailing whitespace of `[start, end)` is left alone: a fix never eats the paragraph break. */
function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(n, hi));
}

/**
 * The edit that applies `fix` to the finding, or `undefined` when the offsets no longer fit the text.
 * - `replace`: the flagged sentence (the finding's span, clamped to its clause) becomes the model text.
 * - `insertAfter`: the model text is appended to the clause as a new sentence, before any trailing
 *   whitespace, so the clause's own text is untouched.
 */
export function fixEdit(text: string, finding: FixTarget, fix: FixSuggestion): TextEdit | undefined {
  const clauseStart = clamp(finding.clause?.start ?? finding.start, 0, text.length);
  const clauseEnd = clamp(finding.clause?.end ?? finding.end, clauseStart, text.length);
  if (finding.start < 0 || finding.end > text.length || finding.start > finding.end) return undefined;
  const model = fix.text.trim();
  if (model === '') return undefined;
  if (fix.kind === 'replace') {
    const start = clamp(finding.start, clauseStart, clauseEnd);
    const end = trimEnd(text, start, clamp(finding.end, start, clauseEnd));
    if (end <= start) return undefined;
    return { start, end, newText: model };
  }
  const at = trimEnd(text, clauseStart, clauseEnd);
  if (at <= clauseStart) return { start: clauseStart, end: clauseStart, newText: model };
  const last = text[at - 1]!;
  const separator = /[.;:!?)"'\u201d\u2019]/.test(last) ? ' ' : '. ';
  return { start: at, end: at, newText: separator + model };
}

/**
 * The edits of a "fix all" for one rule: the first (preferred) fix of every finding of that rule,
 * in document order, skipping any edit that would overlap one already taken or repeat an insertion.
 */
export function fixAllEdits(text: string, findings: readonly (FixTarget & Pick<Finding, 'ruleId'>)[], ruleId: string, fix: FixSuggestion): TextEdit[] {
  const edits: TextEdit[] = [];
  const sorted = findings.filter((f) => f.ruleId === ruleId).sort((a, b) => a.start - b.start);
  for (const f of sorted) {
    const edit = fixEdit(text, f, fix);
    if (!edit) continue;
    const clash = edits.some((e) => (edit.start < e.end && e.start < edit.end) || (edit.start === e.start && (edit.end === edit.start || e.end === e.start)));
    if (!clash) edits.push(edit);
  }
  return edits;
}

/** Applies non-overlapping edits to a text (used by tests and previews). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}
