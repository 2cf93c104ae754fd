/**
 * Splits a contract into clauses (paragraphs, list items, table rows, headings) and sentences,
 * with exact offsets into the source. Works on masked text (see mask.ts); linear in the input.
 */

export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'table-row';

/** A clause-level unit of the document. */
export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Nesting depth for list items (0 for top level). */
  depth: number;
  /** A table row followed by a |---| rule: the table's header. */
  header?: boolean;
  /**
   * A list item that continues the sentence of a clause above it ("...to: (a) ...; or (b) ..."): how
   * many blocks back that clause is. Relative, so it holds when blocks before it come and go.
   */
  leadBack?: number;
}

/** A sentence inside a block. */
export interface Sentence {
  start: number;
  end: number;
  /** Index of the enclosing block. */
  block: number;
  /** Index of the nearest heading block above (a heading's own sentences: that heading), or -1. */
  heading: number;
  /**
   * Length of a run-in title at the start ("6.7 Account Information. Provider may ..."): the rules read
   * it with the sentence, but a finding's range starts after it.
   */
  title?: number;
  /** For a list item that continues a sentence: the span of the sentence it continues, read before it. */
  lead?: { start: number; end: number };
}

export interface Segmentation {
  blocks: Block[];
  sentences: Sentence[];
}

const listMarkerRe = /^([ \t]*)(?:[*+\-\u2022\u25cf\u25aa\u2013]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]|\d{1,3}(?:\.\d{1,3})+\.?)[ \t\u00a0]+(?=\S)/;
const atxHeadingRe = /^[ \t]{0,3}#{1,6}[ \t]+/;
const setextUnderlineRe = /^[ \t]{0,3}(?:=+|-{2,})[ \t]*$/;
const tableRowRe = /^[ \t]*\|/;
const tableRuleRe = /^(?=[ \t:|-]*-)[ \t:|-]*$/; // linear: no two overlapping stars
const thematicBreakRe = /^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/;
export const terminalRe = /[.!?:;]["'\u201d\u2019)\]]*$/;

interface Line {
  start: number;
  /** End of content, before the line break. */
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = text.length;
  // Line feeds only (the usual case): indexOf finds each break far faster than a loop over characters.
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    }
    lines.push({ start, end: n, text: text.slice(start) });
    return lines;
  }
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      lines.push({ start, end: i, text: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

const isBlank = (s: string): boolean => s.trim().length === 0;

// Words that cannot end a sentence: a line ending in one was cut.
const danglingRe = /(?:,|\b(?:and|or|the|of|to|a|an|in|on|by|for|with|as|at|from|that|which|is|are|be|its|their|our|any|such|under|this|these|including|pursuant))\s*$/i;

/**
 * After a blank line, a paragraph goes on only where text extracted from a PDF visibly cut a
 * sentence: no closing punctuation, and the next line starts in lower case or the last one dangles.
 * Reads only the paragraph's last line and its length, so a growing paragraph costs nothing more.
 */
function wasCut(lastLine: string, paragraphLength: number, next: string): boolean {
  const prev = (lastLine.length > 200 ? lastLine.slice(-200) : lastLine).trimEnd();
  if (terminalRe.test(prev)) return false;
  const head = next.trimStart();
  if (/^[\p{Ll}(\d]/u.test(head)) return true;
  if (danglingRe.test(prev) && paragraphLength > 40) return true;
  // A paragraph already wrapped over several full-width lines whose last line is full width too was cut
  // at the margin, whatever word comes next ("...level of protection (Adequacy" / "Decision), unless").
  // A short capitalised line without closing punctuation is the next title, not the rest of the sentence.
  return prev.length >= wrappedLineLength && paragraphLength > lastLine.length + wrappedLineLength && !looksLikeTitle(head);
}

// Shorter than this, a line without closing punctuation may end a title, an address line or a list entry.
const wrappedLineLength = 72;

// How a clause ends when the list items after it continue its sentence: "...to:", "...; or", "..., and".
const leadsOnRe = /(?::|;|,|\b(?:and|or))[ \t]*$/;
// How a list item ends when the next item continues the same sentence.
const itemGoesOnRe = /(?:;|,|\b(?:and|or)|;[ \t]*(?:and|or))[ \t]*$/;

/** True when `tail` (the end of a clause) hands its sentence on to the list item after it. */
export function leadsOn(tail: string): boolean {
  return leadsOnRe.test(tail.length > 40 ? tail.slice(-40) : tail);
}

/** True when a short, unpunctuated line reads as a title rather than prose. */
function looksLikeTitle(s: string): boolean {
  const t = s.trim();
  if (t.length === 0 || t.length > 90) return false;
  if (terminalRe.test(t) && !/^[\d.]+\s*$/.test(t)) return false;
  // Splitting stops at the 13th word: enough to tell.
  const words = t.split(/\s+/, 13);
  if (words.length > 12) return false;
  // Titles start with a capital, a digit or a section sign and have no lower-case sentence flow.
  return /^[\p{Lu}\d§]/u.test(t);
}

/**
 * Segments masked text into blocks and sentences. For re-segmenting a region in the middle of a
 * document: `frontMatter: false` (a leading "---" is a rule, not YAML front matter) and
 * `moreFollows: true` (a non-blank line comes after the region).
 */
export function segment(masked: string, options: { frontMatter?: boolean; moreFollows?: boolean } = {}): Segmentation {
  const lines = splitLines(masked);
  // A region that ends with a line break is followed by the next block's line, not by an empty one.
  if (options.moreFollows && lines.length > 0 && lines[lines.length - 1]!.text === '') lines.pop();
  const blocks: Block[] = [];
  let cur: Block | null = null;
  // The current paragraph's last line and length: enough to decide whether it goes on.
  let curLine = '';
  let curLength = 0;
  // Lines in the current paragraph: a setext underline makes a heading of a one-line paragraph only.
  let curLines = 0;
  let prevBlank = true;

  const flush = (): void => {
    if (cur) {
      blocks.push(cur);
      cur = null;
      curLine = '';
      curLength = 0;
      curLines = 0;
    }
  };

  // YAML front matter ("---" ... "---" at the top): each "key: value" line is its own paragraph.
  let firstLine = 0;
  if (options.frontMatter !== false && lines.length > 2 && /^---\s*$/.test(lines[0]!.text)) {
    const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l.text));
    if (close > 0 && close < 200) {
      for (let li = 1; li < close; li++) {
        const l = lines[li]!;
        if (!isBlank(l.text)) blocks.push({ kind: 'paragraph', start: l.start + (l.text.length - l.text.trimStart().length), end: l.end, depth: 0 });
      }
      firstLine = close + 1;
    }
  }

  for (let li = firstLine; li < lines.length; li++) {
    const line = lines[li]!;
    const text = line.text;
    if (isBlank(text)) {
      prevBlank = true;
      // A paragraph may continue after a blank line when text extracted from a PDF broke it:
      // decided when the next non-blank line arrives (see below).
      continue;
    }
    const next = lines[li + 1];
    if (setextUnderlineRe.test(text) && cur && (cur as Block).kind === 'paragraph' && !prevBlank && curLines === 1) {
      (cur as Block).kind = 'heading';
      flush();
      prevBlank = true;
      continue;
    }
    if (thematicBreakRe.test(text) || (tableRuleRe.test(text) && tableRowRe.test(text))) {
      flush();
      const last = blocks[blocks.length - 1];
      if (last && last.kind === 'table-row' && tableRowRe.test(text)) last.header = true;
      prevBlank = true;
      continue;
    }
    const lead = text.length - text.trimStart().length;
    const start = line.start + lead;
    const atx = atxHeadingRe.exec(text);
    if (atx) {
      flush();
      // The clause starts after the "#" marks (and ends before a closing run of them).
      let end = line.end;
      const closing = /[ \t]#+[ \t]*$/.exec(text);
      if (closing && closing.index >= atx[0].length) end = line.start + closing.index;
      blocks.push({ kind: 'heading', start: line.start + atx[0].length, end, depth: 0 });
      prevBlank = true;
      continue;
    }
    if (tableRowRe.test(text)) {
      flush();
      blocks.push({ kind: 'table-row', start, end: line.end, depth: 0 });
      prevBlank = false;
      continue;
    }
    const marker = listMarkerRe.exec(text);
    // "1. Definitions" or "(a) Notice." start a list item; a bare "U.S." line is prose.
    if (marker) {
      flush();
      const depth = Math.floor(marker[1]!.replace(/\t/g, '    ').length / 2);
      cur = { kind: 'list-item', start: line.start + marker[0].length, end: line.end, depth };
      curLine = text;
      curLength = text.length - marker[0].length;
      curLines = 1;
      prevBlank = false;
      continue;
    }
    if (cur) {
      const c = cur as Block;
      // After a blank line, keep going only where a sentence was visibly cut (PDF extraction):
      // the previous text has no closing punctuation and this line starts in lower case.
      const continues = !prevBlank || (c.kind !== 'heading' && wasCut(curLine, curLength, text));
      if (continues) {
        c.end = line.end;
        curLine = text;
        curLength += 1 + text.length;
        curLines++;
        prevBlank = false;
        continue;
      }
      flush();
    }
    // A lone short line followed by a blank line, without closing punctuation, is a title.
    // At the end of a region cut out of a document, the next line is the next block's first line.
    const nextBlank = next === undefined ? !options.moreFollows : isBlank(next.text);
    if (prevBlank && nextBlank && looksLikeTitle(text)) {
      blocks.push({ kind: 'heading', start, end: line.end, depth: 0 });
      prevBlank = true;
      continue;
    }
    cur = { kind: 'paragraph', start, end: line.end, depth: 0 };
    curLine = text;
    curLength = text.length;
    curLines = 1;
    prevBlank = false;
  }
  flush();

  markContinuedLists(masked, blocks);
  return { blocks, sentences: sentencesOf(masked, blocks) };
}

// A list that continues one sentence is read as one clause only up to this many items.
const maxContinuedItems = 20;

/**
 * "Provider will not disclose Customer Data to: (a) any government; or (b) any third party." is one
 * sentence: after a clause that ends with a colon come list items that each hand the sentence on
 * (";", ",", "and", "or") and a last one that closes it. Each item is read after that clause (see
 * Sentence.lead), while a finding still points at the item.
 */
function markContinuedLists(masked: string, blocks: Block[]): void {
  const tailOf = (b: Block): string => masked.slice(Math.max(b.start, b.end - 40), b.end).trimEnd();
  for (let i = 0; i + 1 < blocks.length; i++) {
    const lead = blocks[i]!;
    if ((lead.kind !== 'paragraph' && lead.kind !== 'list-item') || blocks[i + 1]!.kind !== 'list-item' || !/:$/.test(tailOf(lead))) continue;
    // Items that hand the sentence on, then one that closes it.
    let j = i + 1;
    while (j < blocks.length && j - i <= maxContinuedItems && blocks[j]!.kind === 'list-item' && itemGoesOnRe.test(tailOf(blocks[j]!))) j++;
    const last = blocks[j];
    if (j === i + 1 || j - i > maxContinuedItems || last?.kind !== 'list-item' || !terminalRe.test(tailOf(last))) continue;
    for (let k = i + 1; k <= j; k++) blocks[k]!.leadBack = k - i;
    i = j;
  }
}

/**
 * Splits each block into sentences (a table row is one sentence). Headings have sentences too: the
 * rules read a title line, and report it when it is a whole clause (see isWholeClause).
 */
function sentencesOf(masked: string, blocks: readonly Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  let heading = -1;
  let b = 0;
  let lead: { start: number; end: number } | undefined;
  const stops = new StopFinder(masked);
  const emit = (s: number, e: number, title: number): void => {
    const sentence: Sentence = { start: s, end: e, block: b, heading };
    if (title > 0) sentence.title = title;
    if (lead) sentence.lead = lead;
    sentences.push(sentence);
  };
  for (; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.kind === 'heading') heading = b;
    if (block.kind === 'table-row') {
      sentences.push({ start: block.start, end: block.end, block: b, heading });
      continue;
    }
    // A continued list item reads the last sentence of the clause it continues (found walking back
    // over the items before it, at most a list's length).
    lead = undefined;
    if (block.leadBack !== undefined) {
      const leadBlock = b - block.leadBack;
      for (let k = sentences.length - 1; k >= 0 && sentences[k]!.block >= leadBlock; k--) {
        if (sentences[k]!.block === leadBlock) {
          lead = { start: sentences[k]!.start, end: sentences[k]!.end };
          break;
        }
      }
    }
    splitSentences(masked, block.start, block.end, emit, stops);
  }
  return sentences;
}

/** Sets each sentence's `heading` to the nearest heading block above it. */
export function assignHeadings(blocks: readonly Block[], sentences: Sentence[]): void {
  let heading = -1;
  let b = 0;
  for (const s of sentences) {
    for (; b <= s.block; b++) if (blocks[b]!.kind === 'heading') heading = b;
    s.heading = heading;
  }
}

// Words that end with a period without ending the sentence.
const abbreviations = new Set(
  [
    'u.s', 'u.k', 'e.u', 'u.s.a', 'inc', 'ltd', 'llc', 'corp', 'co', 'plc', 'gmbh', 'n.v', 'b.v', 's.a', 's.a.s', 'sarl', 'e.g', 'i.e', 'etc', 'cf', 'vs', 'v', 'viz', 'al',
    'sec', 'secs', 'art', 'arts', 'no', 'nos', 'para', 'paras', 'para', 'cl', 'ch', 'pt', 'p', 'pp', 'fig', 'sch', 'app', 'vol', 'ed', 'approx', 'incl', 'min', 'max',
    'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'fed', 'r', 'crim', 'civ', 'stat', 'reg', 'regs', 'u.s.c', 'c.f.r', 'f.r', 'supp', 'cir', 'jan', 'feb', 'mar',
    'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'dept', 'est', 'tel', 'ref', 'resp', 'govt', 'int', 'intl', 'assn', 'bros', 'cal', 'wash', 'n.y',
  ].map((s) => s.toLowerCase()),
);

// [A-Za-z.], tested by character code: the walk back runs at nearly every full stop.
const isWordOrDot = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;

function isAbbreviation(text: string, dot: number, blockStart: number): boolean {
  let i = dot - 1;
  while (i >= blockStart && isWordOrDot(text.charCodeAt(i))) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (word.length === 0) return false;
  if (abbreviations.has(word)) return true;
  // Initials ("J." or "A.B.") and dotted acronyms.
  if (/^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word)) return true;
  return false;
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
// Closing quotes and brackets that may follow a full stop: " ' ” ’ ) ]
const isCloser = (c: number): boolean => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
// What may open a sentence: an upper-case letter, a digit, a quote, a bracket, a section sign or a list marker.
const opensSentenceRe = /[\p{Lu}\d"'\u201c\u2018(\[§•*-]/u;
// ASCII openers by character code (nearly every full stop asks); others (capitals of other scripts,
// curly quotes, §, •) by the pattern.
function opensSentence(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91 || c === 42 || c === 45;
  return opensSentenceRe.test(text[k]!);
}

/** "Sovereign Region", "Limited use": one to four words, each capitalised or short, no quotes. */
function isRunInTitle(piece: string): boolean {
  const t = piece.trim();
  if (t.length === 0 || /["\u201c\u201d]/.test(t)) return false;
  // Splitting stops at the 5th word: enough to tell, and the piece may be a whole long sentence.
  const words = t.split(/\s+/, 5);
  return words.length <= 4 && words.every((w) => /^[\p{Lu}\d§(]/u.test(w) || w.length <= 3);
}

// Words that open a sentence after a reference such as "Clause 8.8.": the reference ended the sentence.
const openerRe = /^(?:The|This|That|These|Those|We|You|Our|Your|If|Any|All|In|Each|Such|It|Customer|Provider|Notwithstanding|Where|Unless|Except|Nothing|No|Neither|Upon|Subject|For|To|Without|Save)\b/;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;

/**
 * True for a full stop with no space after it that still ends a sentence: "by law.The Provider". Two
 * lower-case letters before it and a capitalised word after it, so "U.S.A", "e.g.The", "i.e" and
 * "example.com" stay whole.
 */
function isRunTogetherStop(text: string, i: number, end: number): boolean {
  return i + 2 < end && isLower(text.charCodeAt(i - 1)) && isLower(text.charCodeAt(i - 2)) && text.charCodeAt(i - 3) !== 46 && isUpper(text.charCodeAt(i + 1)) && isLower(text.charCodeAt(i + 2)) && text.charCodeAt(i - 3) !== 64;
}

const stopMarks = ['.', '!', '?'];

/**
 * Finds the next full stop, exclamation or question mark for calls that move forward through one
 * text: each mark's next position is found with indexOf (far faster than reading every character)
 * and kept until it is passed, so the text is searched once however many blocks it is cut into.
 */
export class StopFinder {
  // Per mark: its first position at or after `searchedFrom` (-1: none), valid for any later start
  // up to that position.
  private readonly found = new Int32Array(stopMarks.length);
  private readonly searchedFrom = new Int32Array(stopMarks.length).fill(0x7fffffff);

  constructor(private readonly text: string) {}

  /** The position of the first stop mark at or after `i`, or -1. */
  at(i: number): number {
    let first = -1;
    for (let k = 0; k < stopMarks.length; k++) {
      if (this.searchedFrom[k]! > i || (this.found[k]! >= 0 && this.found[k]! < i)) {
        this.found[k] = this.text.indexOf(stopMarks[k]!, i);
        this.searchedFrom[k] = i;
      }
      const p = this.found[k]!;
      if (p >= 0 && (first < 0 || p < first)) first = p;
    }
    return first;
  }
}

/**
 * Calls `emit` for each sentence of text[start, end), trimmed of surrounding whitespace, with the
 * length of a run-in title it starts with (0 when none). Calls over the blocks of one text, in
 * order, share one `stops`.
 */
export function splitSentences(text: string, start: number, end: number, emit: (s: number, e: number, title: number) => void, stops = new StopFinder(text)): void {
  let s = start;
  let first = true;
  let title = 0;
  const push = (a: number, b: number): void => {
    const from = a;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) emit(a, b, title > 0 && from + title < b ? from + title - a : 0);
    title = 0;
  };
  for (let i = stops.at(start); i >= 0 && i < end; i = stops.at(i + 1)) {
    const c = text.charCodeAt(i);
    // Include closing quotes and brackets that follow the stop.
    let j = i + 1;
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    if (j < end && !isSpace(text.charCodeAt(j))) {
      if (c === 46 && j === i + 1 && isRunTogetherStop(text, i, end)) {
        first = false;
        push(s, j);
        s = j;
      }
      continue;
    }
    let k = j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    if (k >= end) break;
    if (!opensSentence(text, k)) continue;
    if (c === 46 && isAbbreviation(text, i, start)) {
      // "... by Acme Inc. The provider ..." still ends when a common sentence opener follows.
      const following = text.slice(k, k + 12);
      if (!/^(The|This|We|You|Our|Your|If|Any|All|In|Each|Such|It|These|Customer|Provider)\b/.test(following)) continue;
      const word = text.slice(Math.max(start, i - 4), i).toLowerCase();
      if (/\b(e\.g|i\.e|cf|vs|v|sec|art|no|para|u\.s|s)$/.test(word)) continue;
    }
    // "Section 2. Data" style numbering inside a sentence: a number before the dot is not an end,
    // unless a sentence plainly starts after it ("... as set out in Clause 8.8. The Provider ...").
    if (c === 46 && /\d/.test(text[i - 1] ?? '') && /\b(?:section|clause|article|sec|art|annex|exhibit|schedule)\s+[\d.]+$/i.test(text.slice(Math.max(start, i - 30), i)) && !openerRe.test(text.slice(k, k + 16))) continue;
    // A run-in title ("4.3 Sovereign Region. Where the ...") belongs to the sentence it introduces,
    // which reads it; the finding's range starts after it.
    if (first && c === 46 && isRunInTitle(text.slice(s, i))) {
      first = false;
      title = k - s;
      continue;
    }
    first = false;
    push(s, j);
    s = k;
    i = k - 1;
  }
  push(s, end);
}
