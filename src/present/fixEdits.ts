/**
 * Turns a rule's fix suggestions into text edits that stay inside the finding's clause and keep its
 * Markdown structure (list and heading markers, clause numbers, a bold run-in title) intact.
 */
import { partyNames, withPartyNames, type Finding, type FixSuggestion, type PartyNames } from '../core';

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

// At the start of a line: block quote, heading, list or clause-number markers ("- ", "1. ", "3.3 ", "(a) ").
const lineMarkersRe = /^[ \t]*(?:>[ \t]*)*(?:#{1,6}[ \t]+|[-*+][ \t]+|\(?[0-9A-Za-z]{1,3}\)[ \t]+|(?:[A-Z]\.)?\d+(?:\.\d+)*\.?[ \t]+|§+[ \t]*\d[\d.]*[ \t]+)*/;
// A run-in title: "**Service Data.**", "__Title:__", "*Title.*" or a plain short "Title." before the clause text.
const emphasisedTitleRe = /^(\*\*|__|\*|_)([^*_\n]{1,80}?[.:\u2014-])\1[ \t]*/;
// A plain title is in Title Case ("Data Location." or "Transfers of Data:"); "Nimbus owns all." is a sentence.
const plainTitleRe = /^([A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|of|and|the|to|for|in|on|by|&)){0,5}[.:])[ \t]+(?=[A-Z])/;

/**
 * Where the clause's own text starts, after its line markers and run-in title: a replacement starts
 * no earlier, so it never deletes the clause number, the list marker or the bold title.
 */
export function bodyStart(text: string, lineStart: number, limit: number): number {
  let at = lineStart;
  const markers = lineMarkersRe.exec(text.slice(at, Math.min(limit, at + 200)));
  if (markers) at += markers[0].length;
  const rest = text.slice(at, Math.min(limit, at + 200));
  const title = emphasisedTitleRe.exec(rest) ?? plainTitleRe.exec(rest);
  if (title) at += title[0].length;
  return Math.min(at, limit);
}

/** Emphasis markers a span opens or closes without its partner: cutting there would break the Markdown. */
function unbalancedEmphasis(span: string): boolean {
  const bold = (span.match(/\*\*|__/g) ?? []).length;
  return bold % 2 === 1;
}

/** The start of the line holding `offset`. */
function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

/**
 * The edit that applies `fix` to the finding, or `undefined` when the offsets no longer fit the text.
 * - `replace`: the flagged sentence (the finding's span, clamped to its clause) becomes the model text.
 * - `insertAfter`: the model text is appended to the clause as a new sentence, before any trailing
 *   whitespace, so the clause's own text is untouched.
 */
export function fixEdit(text: string, finding: FixTarget, fix: FixSuggestion, parties: PartyNames = partyNames(text)): TextEdit | undefined {
  const clauseStart = clamp(finding.clause?.start ?? finding.start, 0, text.length);
  const clauseEnd = clamp(finding.clause?.end ?? finding.end, clauseStart, text.length);
  if (finding.start < 0 || finding.end > text.length || finding.start > finding.end) return undefined;
  const model = withPartyNames(fix.text.trim(), parties);
  if (model === '') return undefined;
  if (fix.kind === 'replace') {
    let start = clamp(finding.start, clauseStart, clauseEnd);
    // A finding that starts on the clause's first line may include its markers and run-in title.
    // (The engine's clause may itself start inside the title's markers: read the line from its start.)
    const line = lineStartOf(text, start);
    const body = bodyStart(text, line, clauseEnd);
    // Only when the sentence goes on after the title: a short first sentence is no title.
    if (start < body && body < finding.end) start = body;
    const end = trimEnd(text, start, clamp(finding.end, start, clauseEnd));
    if (end <= start) return undefined;
    const span = text.slice(start, end);
    // Never cut through emphasis, a table row or a line break with structure after it: add instead.
    if (unbalancedEmphasis(span) || span.includes('|') || /\n[ \t]*(?:[-*+>#|]|\d+\.)/.test(span)) return fixEdit(text, finding, { ...fix, kind: 'insertAfter' }, parties);
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
  const parties = partyNames(text);
  const sorted = findings.filter((f) => f.ruleId === ruleId).sort((a, b) => a.start - b.start);
  for (const f of sorted) {
    const edit = fixEdit(text, f, fix, parties);
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
