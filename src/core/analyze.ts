/**
 * analyze(text) -> findings. Masks markup, segments the contract, runs the clause rules on each
 * sentence, then adds the document-level `missing-*` findings. An `Analyzer` keeps the last
 * document: after an edit it re-masks and re-segments only the paragraphs around the change,
 * shifts everything else, and answers unchanged sentences from a cache.
 */
import { missingFindings } from './rules/missing';
import { candidateRules, inSet, isEmpty, type RuleSet } from './rules/gates';
import { clauseRules } from './rules/registry';
import { isDefinition } from './rules/phrases';
import type { ParsedFacts, SentenceContext, TableColumn } from './rules/context';
import { getRule } from './rules';
import { severityForRisk } from './rules/rule';
import { nlpUsage, parseSentence } from './nlp/parse';
import { normalizeSettings } from './settings';
import { resolveSeverity } from './review/severity';
import { maskMarkup, formatOf, type HiddenSpan } from './text/mask';
import { excerptOf, flatAscii, foldForMatching, hashText, normalizeForMatching, singleSpaced } from './text/normalize';
import { PieceText } from './text/pieces';
import { assignHeadings, leadsOn, segment, terminalRe, type Block, type Sentence } from './text/segment';
import { cellsOf, columnsOf, isRecipientLeadIn, isWholeClause, leadInBlock, maxListItems, openLeadIn, structureKind } from './text/structure';
import type { AnalysisResult, AnalysisStats, AnyCategoryId, Finding, Risk, Settings, Severity, Skipped, Span } from './types';

/** Where a document came from: decides how markup is read. */
export interface AnalyzeOptions {
  /** 'markdown' (default), 'html' or 'plaintext'; or give `fileName`/`languageId` and let it guess. */
  format?: 'markdown' | 'html' | 'plaintext';
  fileName?: string;
  /**
   * Where the text changed since the previous call on this Analyzer, when the caller knows it (an
   * editor does): skips comparing the old and new text. Ignored when it does not fit the texts.
   */
  change?: { start: number; deletedLength: number; insertedLength: number };
  /**
   * Stop matching after about this many milliseconds and return with `incomplete` set; the next call
   * with the same text goes on where this one stopped. Lets an editor yield between steps.
   */
  budgetMs?: number;
}

type Format = 'markdown' | 'html' | 'plaintext';

interface SentenceMatch {
  ruleId: string;
  categories: AnyCategoryId[];
  /** Set when the clause's own wording changes the rule's risk. */
  risk?: Risk;
}

/** A sentence, or a piece of an over-long run, with what the rules found in it. */
interface Unit extends Sentence {
  /** Set on the first piece of a run that was cut into pieces. */
  run?: Skipped;
  findings: Finding[];
}

/** Everything kept about the last analysed document. */
interface DocState {
  source: string;
  /** The masked text, as pieces: an edit replaces a paragraph without copying the document. */
  masked: PieceText;
  format: Format;
  blocks: Block[];
  units: Unit[];
  /** Units [from, to) are still to be matched: a time budget ran out. Empty when from >= to. */
  pending: { from: number; to: number };
  /** Prose that comments or script/style elements hid from the rules: reported, never silently dropped. */
  hidden: Skipped[];
}

// A "sentence" longer than this is not prose (a minified line, a data dump): matched in pieces.
const maxSentenceChars = 4000;
// Context a sentence reads is capped, so that one huge heading, table header or sentence costs once
// and not once per sentence: the previous sentence, the heading and a table's header with its lead-in.
const maxPreviousChars = 600;
const maxHeadingChars = 300;
const maxHeaderChars = 600;
// Past this share of the document an edit is cheaper to handle as a fresh analysis.
const maxIncrementalShare = 0.3;

/** Keeps the last document: one Analyzer per open document makes each edit cost milliseconds. */
export class Analyzer {
  private cache = new Map<string, SentenceMatch[]>();
  private state: DocState | undefined;

  /** Analyses the whole text, reusing what the previous call already knows. */
  analyze(text: string, settings: Partial<Settings> = {}, options: AnalyzeOptions = {}): AnalysisResult {
    const { settings: s, problems } = normalizeSettings({ ...settings }, []);
    const skipped: Skipped[] = [];
    const stats: AnalysisStats = { chars: typeof text === 'string' ? text.length : 0, sentences: 0, cachedSentences: 0, candidateSentences: 0, nlpChars: 0 };
    const result = (findings: Finding[]): AnalysisResult => ({ findings, problems, skipped, stats });
    if (typeof text !== 'string' || text.length === 0) {
      this.state = undefined;
      return result([]);
    }

    const binary = binaryReason(text);
    if (binary) {
      this.state = undefined;
      problems.push(binary);
      skipped.push({ start: 0, end: text.length, reason: binary });
      return result([]);
    }
    const controls = countControls(text);
    if (controls > 0) problems.push(`The text contains ${controls.toLocaleString('en-US')} control characters; they were read as spaces.`);
    if (text.includes('\ufffd')) problems.push('The text contains characters that could not be decoded (invalid UTF-8 or another encoding); they were left as they are.');

    let limit = text.length;
    if (limit > s.maxChars) {
      const cut = text.lastIndexOf('\n', s.maxChars);
      limit = cut > s.maxChars / 2 ? cut : s.maxChars;
      const reason = `Only the first ${limit.toLocaleString('en-US')} of ${text.length.toLocaleString('en-US')} characters were analysed (size limit).`;
      problems.push(reason);
      skipped.push({ start: limit, end: text.length, reason });
    }
    const source = limit < text.length ? text.slice(0, limit) : text;
    const format = options.format ?? formatOf(options.fileName);
    const nlpBefore = nlpUsage.chars;

    const prev = this.state;
    const deadline = options.budgetMs !== undefined && options.budgetMs >= 0 ? performance.now() + options.budgetMs : Number.POSITIVE_INFINITY;
    let state: DocState;
    if (prev && prev.pending.from < prev.pending.to) {
      // A budgeted run stopped half-way: go on with the same text, or start again on a new one.
      if (prev.source === source && prev.format === format) {
        state = prev;
        state.pending.from = this.match(state, state.pending.from, state.pending.to, stats, deadline);
      } else state = this.full(source, format, stats, deadline);
    } else state = (prev && prev.format === format && this.update(prev, source, stats, options.change, deadline)) || this.full(source, format, stats, deadline);
    this.state = state;
    stats.sentences = state.units.length;
    stats.nlpChars = nlpUsage.chars - nlpBefore;
    if (state.pending.from < state.pending.to) return { ...result([]), incomplete: true };

    const findings: Finding[] = [];
    for (const h of state.hidden) skipped.push(h);
    for (const u of state.units) {
      if (u.run) skipped.push(u.run);
      for (const f of u.findings) findings.push(f);
    }
    this.trimCache(state);
    if (s.missingProtections) for (const m of missingFindings(findings)) findings.push(m);
    return result(applySeverity(findings, s).sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId)));
  }

  /** Forgets the last document and every cached sentence. */
  clear(): void {
    this.cache.clear();
    this.state = undefined;
  }

  /** How many sentence results are cached (for tests and stats). */
  get cacheSize(): number {
    return this.cache.size;
  }

  private full(source: string, format: Format, stats: AnalysisStats, deadline = Number.POSITIVE_INFINITY): DocState {
    const spans: HiddenSpan[] = [];
    const maskedText = maskMarkup(source, format, spans);
    const { blocks, sentences } = segment(maskedText);
    const masked = PieceText.of(maskedText);
    const units = toUnits(masked, sentences);
    const state: DocState = { source, masked, format, blocks, units, pending: { from: 0, to: units.length }, hidden: hiddenProse(source, spans) };
    state.pending.from = this.match(state, 0, units.length, stats, deadline);
    return state;
  }

  /**
   * Re-analyses only the paragraphs an edit touched. Returns undefined when the edit is too large
   * or touches constructs that span paragraphs (comments, scripts, front matter); then the caller
   * analyses from scratch.
   */
  private update(prev: DocState, source: string, stats: AnalysisStats, change: AnalyzeOptions['change'], deadline: number): DocState | undefined {
    const old = prev.source;
    const delta = source.length - old.length;
    let p: number;
    let q: number;
    if (change && change.start >= 0 && change.deletedLength >= 0 && change.start + change.deletedLength <= old.length && change.insertedLength - change.deletedLength === delta && hintHolds(old, source, change.start, old.length - change.start - change.deletedLength)) {
      p = change.start;
      q = old.length - change.start - change.deletedLength;
    } else {
      if (old === source) {
        stats.cachedSentences = prev.units.length;
        return prev;
      }
      const minLen = Math.min(old.length, source.length);
      p = commonPrefix(old, source, minLen);
      q = commonSuffix(old, source, minLen - p);
    }
    const blocks = prev.blocks;
    if (blocks.length === 0) return undefined;

    // The blocks around the change, widened to paragraph breaks that no rule of the segmenter crosses.
    let bi = blocks.findIndex((b) => b.end >= p - 1);
    if (bi < 0) bi = blocks.length - 1;
    let bj = bi;
    while (bj + 1 < blocks.length && blocks[bj + 1]!.start <= old.length - q + 1) bj++;
    bi = Math.max(0, bi - 1);
    bj = Math.min(blocks.length - 1, bj + 1);
    for (let guard = 0; bi > 0 && !isSafeBreak(prev.masked, blocks[bi - 1]!, blocks[bi]!); guard++) {
      if (guard > 50) return undefined;
      bi--;
    }
    for (let guard = 0; bj + 1 < blocks.length && !isSafeBreak(prev.masked, blocks[bj]!, blocks[bj + 1]!); guard++) {
      if (guard > 50) return undefined;
      bj++;
    }
    const regionStart = lineStart(old, blocks[bi]!.start);
    const regionOldEnd = bj + 1 < blocks.length ? lineStart(old, blocks[bj + 1]!.start) : old.length;
    const regionNewEnd = regionOldEnd + delta;
    if (regionStart > p || regionOldEnd < old.length - q || regionNewEnd < regionStart) return undefined;
    if (regionNewEnd - regionStart > source.length * maxIncrementalShare) return undefined;
    const oldRegion = old.slice(regionStart, regionOldEnd);
    const newRegion = source.slice(regionStart, regionNewEnd);
    if (spansParagraphs(oldRegion) || spansParagraphs(newRegion) || (regionStart === 0 && /^---\s*$/m.test(newRegion.slice(0, 5)))) return undefined;

    const maskedRegion = maskMarkup(newRegion, prev.format);
    const masked = prev.masked.splice(regionStart, regionOldEnd, maskedRegion);
    const local = segment(maskedRegion, { frontMatter: false, moreFollows: regionOldEnd < old.length });
    const regionBlocks = local.blocks.map((b) => ({ ...b, start: b.start + regionStart, end: b.end + regionStart }));
    const regionSentences = local.sentences.map((x) => ({ ...x, start: x.start + regionStart, end: x.end + regionStart, block: x.block + bi, ...(x.lead ? { lead: { start: x.lead.start + regionStart, end: x.lead.end + regionStart } } : {}) }));
    const blockShift = regionBlocks.length - (bj - bi + 1);
    const newBlocks = [...blocks.slice(0, bi), ...regionBlocks, ...blocks.slice(bj + 1).map((b) => ({ ...b, start: b.start + delta, end: b.end + delta }))];

    const before = prev.units.filter((u) => u.block < bi);
    const regionUnits = toUnits(masked, regionSentences);
    const after = prev.units.filter((u) => u.block > bj).map((u) => shiftUnit(u, delta, blockShift));
    const units = [...before, ...regionUnits, ...after];
    assignHeadings(newBlocks, units);
    // Comments and scripts never lie inside an incremental region (see spansParagraphs): shift the later ones.
    const hidden = prev.hidden.length === 0 ? prev.hidden : prev.hidden.map((h) => (h.start >= regionOldEnd ? { ...h, start: h.start + delta, end: h.end + delta } : h));
    const state: DocState = { source, masked, format: prev.format, blocks: newBlocks, units, pending: { from: 0, to: 0 }, hidden };

    // Context flows forward: the next sentence reads this one as `previous`, rows read their table's
    // header, and sentences read their heading. Re-match until that context is unchanged.
    const from = before.length;
    let to = from + regionUnits.length + 1;
    const touchesStructure = regionBlocks.some((b) => b.kind !== 'paragraph' && b.kind !== 'list-item') || blocks.slice(bi, bj + 1).some((b) => b.kind !== 'paragraph' && b.kind !== 'list-item');
    if (touchesStructure) {
      while (to < units.length && newBlocks[units[to]!.block]!.kind !== 'heading' && units[to]!.heading === units[to - 1]!.heading) to++;
    }
    // List items read their list's lead-in: an edit at or inside a list re-reads the items after it.
    const listFrom = to < units.length ? units[to]!.block : 0;
    while (to < units.length && units[to]!.block - listFrom <= maxListItems && newBlocks[units[to]!.block]!.kind === 'list-item') to++;
    stats.cachedSentences = units.length - Math.min(units.length, to) + from;
    const end = Math.min(units.length, to);
    state.pending = { from: this.match(state, from, end, stats, deadline), to: end };
    return state;
  }

  /**
   * Runs the rules on units [from, to), answering repeated sentences from the cache. Stops early once
   * `deadline` (a performance.now() time) has passed; returns the index of the first unit not matched.
   */
  private match(state: DocState, from: number, to: number, stats: AnalysisStats, deadline = Number.POSITIVE_INFINITY): number {
    const { masked, source, blocks, units } = state;
    // Each sentence is folded once: as itself, then as the next one's `previous`. A heading is folded
    // once (its first characters only) however many sentences read it.
    const headings = new Map<number, { text: string; hash: string }>();
    const headingOf = (index: number): { text: string; hash: string } => {
      let h = headings.get(index);
      if (!h) {
        const b = blocks[index];
        const text = b ? capped(foldForMatching(masked.slice(b.start, Math.min(b.end, b.start + maxHeadingChars * 4))), maxHeadingChars) : '';
        h = { text, hash: hashText(text) };
        headings.set(index, h);
      }
      return h;
    };
    // The lead-in of a list ("We share data with these providers:"), folded once for all its items.
    const leadIns = new Map<number, { text: string; hash: string }>();
    const tailOf = (k: number): string => masked.slice(Math.max(blocks[k]!.start, blocks[k]!.end - 40), blocks[k]!.end).trimEnd();
    const leadInOf = (i: number): { text: string; hash: string } => {
      const lb = leadInBlock(blocks, units[i]!.block, tailOf);
      if (lb < 0) return noHeading;
      let h = leadIns.get(lb);
      if (!h) {
        // The lead-in's last sentence: the unit just before the list's first item.
        let j = i - 1;
        while (j >= 0 && units[j]!.block > lb) j--;
        const text = j >= 0 && units[j]!.block === lb ? openLeadIn(foldPrevious(masked, units[j]!)) : '';
        h = text ? { text, hash: hashText(text) } : noHeading;
        leadIns.set(lb, h);
      }
      return h;
    };
    let table: TableScan | undefined;
    let prior: { unit: Unit; folded: string; hash: string } | undefined;
    if (from > 0) {
      const u = units[from - 1]!;
      const folded = foldPrevious(masked, u);
      prior = { unit: u, folded, hash: hashText(folded) };
    }
    for (let i = from; i < to; i++) {
      // The clock is read every 32 units: a unit costs well under a millisecond.
      if ((i - from) % 32 === 31 && performance.now() > deadline) return i;
      const u = units[i]!;
      const block = blocks[u.block]!;
      // The sentence as it stands (case kept) and folded for matching, in one pass over it.
      const raw = masked.slice(u.start, u.end);
      const folded = foldForMatching(raw);
      // A heading reads no context: it is matched as itself, and reported only when it is a whole clause.
      const isHeading = block.kind === 'heading';
      const heading = isHeading ? noHeading : headingOf(u.heading);
      // A list item that continues a sentence reads the clause it continues as its previous sentence.
      const lead = u.lead ? foldPrevious(masked, u.lead) : undefined;
      const samePart = lead !== undefined || (!isHeading && prior !== undefined && prior.unit.heading === u.heading && blocks[prior.unit.block]!.kind !== 'heading');
      const previous = lead ?? (samePart ? prior!.folded : '');
      const previousHash = lead !== undefined ? hashText(lead) : samePart ? prior!.hash : '';
      // Only an item's first sentence continues the lead-in; the sentences after it stand alone.
      const leadIn = block.kind === 'list-item' && (i === 0 || units[i - 1]!.block !== u.block) ? leadInOf(i) : noHeading;
      if (block.kind === 'table-row') table = tableScan(state, i, table);
      const row = block.kind === 'table-row' ? table! : undefined;
      const isHeaderRow = row !== undefined && row.header === u.block;
      const header = row && !isHeaderRow ? row.context : noHeading;
      const foldedHash = hashText(folded);
      // Whether a heading is a whole clause depends on its case too, which the folded hash does not keep.
      const wholeClause = isHeading && isWholeClause(folded, raw);
      const key = `${foldedHash}${folded.length.toString(36)}|${heading.hash}|${previousHash}|${header.hash}|${leadIn.hash}|${isHeaderRow ? 'H' : isHeading ? (wholeClause ? 'heading-clause' : 'heading') : block.kind}`;
      let matches = this.cache.get(key);
      if (matches) stats.cachedSentences++;
      else {
        matches = isHeaderRow || (isHeading && !wholeClause) ? [] : matchSentence(folded, raw, heading.text, previous, header.text, row && !isHeaderRow ? row.columns : noColumns, block, stats, leadIn.text);
        this.cache.set(key, matches);
      }
      if (matches.length === 0) u.findings = noFindings;
      else {
        // A run-in title is read with the sentence but stays outside the finding.
        let start = u.start + (u.title ?? 0);
        while (start < u.end && /\s/.test(source[start]!)) start++;
        const sentenceText = source.slice(start, u.end);
        // Without markup in the sentence, its folded hash is already known.
        const fingerprint = start === u.start && sentenceText === raw ? foldedHash : hashText(normalizeForMatching(sentenceText));
        const excerpt = excerptOf(sentenceText);
        u.findings = matches.map((m) => toFinding(m, u, start, excerpt, fingerprint, block));
      }
      const prevFolded = capped(folded, maxPreviousChars);
      prior = { unit: u, folded: prevFolded, hash: prevFolded === folded ? foldedHash : hashText(prevFolded) };
    }
    return to;
  }

  /** Bounds the cache to about the current document, so it tracks the text and not its history. */
  private trimCache(state: DocState): void {
    if (this.cache.size > state.units.length * 3 + 2000) this.cache.clear();
  }
}

/** Analyses one text with a fresh cache. */
export function analyze(text: string, settings: Partial<Settings> = {}, options: AnalyzeOptions = {}): AnalysisResult {
  return new Analyzer().analyze(text, settings, options);
}

const noFindings: Finding[] = [];
const noHeading = { text: '', hash: '' };
const noColumns: readonly TableColumn[] = [];

const capped = (text: string, max: number): string => (text.length > max ? text.slice(0, max) : text);

/** The folded start of a sentence, as the next sentence sees it. */
function foldPrevious(masked: PieceText, u: Span): string {
  return capped(foldForMatching(masked.slice(u.start, Math.min(u.end, u.start + maxPreviousChars * 2))), maxPreviousChars);
}

// Texts are compared a chunk at a time (a native comparison) up to the chunk that differs.
const compareChunk = 1024;

/** Length of the longest common prefix of `a` and `b`, at most `max`. */
function commonPrefix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + compareChunk <= max && a.slice(n, n + compareChunk) === b.slice(n, n + compareChunk)) n += compareChunk;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** Length of the longest common suffix of `a` and `b`, at most `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + compareChunk <= max && a.slice(a.length - n - compareChunk, a.length - n) === b.slice(b.length - n - compareChunk, b.length - n)) n += compareChunk;
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/**
 * Spot-checks a change hint: characters it claims are unchanged, at the edges of the change and
 * spread over the text. A wrong hint then costs a full comparison instead of a wrong result.
 */
function hintHolds(old: string, next: string, prefix: number, suffix: number): boolean {
  const probes = 16;
  for (let k = 0; k <= probes; k++) {
    const i = Math.min(prefix - 1, Math.floor((prefix * k) / probes));
    if (i >= 0 && old.charCodeAt(i) !== next.charCodeAt(i)) return false;
    const j = Math.min(suffix, Math.floor((suffix * k) / probes));
    if (j >= 1 && old.charCodeAt(old.length - j) !== next.charCodeAt(next.length - j)) return false;
  }
  return true;
}

/** True when the segmenter can never join `a` and `b`: a blank line between, and `a` is closed. */
function isSafeBreak(masked: PieceText, a: Block, b: Block): boolean {
  // A table row starts a block whatever came before it; so does a list item, unless the clause before
  // it hands its sentence on ("...to:", "...; or"), when the segmenter may join them into one clause.
  if (b.kind === 'table-row' && a.kind !== 'heading') return true;
  if (b.kind === 'list-item' && a.kind !== 'heading') return !leadsOn(masked.slice(Math.max(a.start, a.end - 40), a.end).trimEnd());
  const gap = masked.slice(a.end, b.start);
  if (!/\n[ \t]*\r?\n/.test(gap)) return false;
  return a.kind !== 'paragraph' || terminalRe.test(masked.slice(Math.max(a.start, a.end - 20), a.end).trimEnd());
}

/** Comments and embedded scripts can run across paragraph breaks: edits near them re-read everything. */
function spansParagraphs(text: string): boolean {
  return /<!--|-->|<script|<\/script|<style|<\/style/i.test(text);
}

function lineStart(text: string, offset: number): number {
  const nl = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1));
  return nl + 1;
}

/** Sentences as units; a run without stops longer than `maxSentenceChars` becomes several pieces. */
function toUnits(masked: PieceText, sentences: readonly Sentence[]): Unit[] {
  const units: Unit[] = [];
  for (const s of sentences) {
    // Findings are set when the unit is matched, which every new unit is.
    if (s.end - s.start <= maxSentenceChars) {
      const u: Unit = { start: s.start, end: s.end, block: s.block, heading: s.heading, findings: noFindings };
      if (s.title) u.title = s.title;
      if (s.lead) u.lead = s.lead;
      units.push(u);
      continue;
    }
    const pieces = chunk(masked.slice(s.start, s.end), 0, s.end - s.start).map(([a, b]) => [a + s.start, b + s.start] as const);
    const run: Skipped = { start: s.start, end: s.end, reason: `A run of ${(s.end - s.start).toLocaleString('en-US')} characters without sentence breaks was read in ${pieces.length} pieces.`, read: true };
    pieces.forEach(([start, end], k) => units.push({ start, end, block: s.block, heading: s.heading, findings: [], ...(k === 0 ? { run } : {}) }));
  }
  return units;
}

/** Moves a unit after an edit. Units are internal and are moved in place; findings are copied. */
function shiftUnit(u: Unit, delta: number, blockShift: number): Unit {
  u.start += delta;
  u.end += delta;
  u.block += blockShift;
  if (u.lead) u.lead = { start: u.lead.start + delta, end: u.lead.end + delta };
  if (u.run) u.run = { ...u.run, start: u.run.start + delta, end: u.run.end + delta };
  if (u.findings.length > 0) u.findings = u.findings.map((f) => ({ ...f, start: f.start + delta, end: f.end + delta, clause: { start: f.clause.start + delta, end: f.clause.end + delta } }));
  return u;
}

/**
 * What is known about one table while its rows are matched in order: its header row, the context a
 * row reads (header text and the sentence that introduces the table, capped, hashed once) and the
 * header's cells. Rows are met in order, so the scan is carried from row to row: the table is walked
 * back to its first row only when matching starts in its middle, once per call.
 */
interface TableScan {
  lastRow: number;
  header: number;
  leadIn: string;
  context: { text: string; hash: string };
  headerCells: string[];
  columns: readonly TableColumn[];
}

function tableScan(state: DocState, i: number, scan: TableScan | undefined): TableScan {
  const { blocks, units, masked } = state;
  const b = units[i]!.block;
  const rowText = (k: number): string => masked.slice(blocks[k]!.start, Math.min(blocks[k]!.end, blocks[k]!.start + 20_000));
  const isHeaderRow = (k: number): boolean => blocks[k]!.header === true || looksLikeHeaderRow(rowText(k));
  const withHeader = (s: Omit<TableScan, 'context' | 'headerCells' | 'columns'>): TableScan => {
    const text = capped(`${capped(normalizeForMatching(rowText(s.header)), maxHeaderChars)} ${s.leadIn}`, maxHeaderChars);
    return { ...s, context: { text, hash: hashText(text) }, headerCells: cellsOf(normalizeForMatching(rowText(s.header))), columns: noColumns };
  };
  if (scan && scan.lastRow === b - 1) {
    scan.lastRow = b;
    if (isHeaderRow(b)) scan = withHeader({ lastRow: b, header: b, leadIn: scan.leadIn });
  } else if (!scan || scan.lastRow !== b) {
    let first = b;
    while (first > 0 && blocks[first - 1]!.kind === 'table-row') first--;
    let header = first;
    for (let k = first; k <= b; k++) if (isHeaderRow(k)) header = k;
    let j = i - 1;
    while (j >= 0 && units[j]!.block >= first) j--;
    const leadIn = j >= 0 ? capped(normalizeForMatching(masked.slice(units[j]!.start, Math.min(units[j]!.end, units[j]!.start + maxHeaderChars * 2))), maxHeaderChars) : '';
    scan = withHeader({ lastRow: b, header, leadIn });
  }
  if (scan.header !== b) {
    scan.columns = columnsOf(scan.headerCells, normalizeForMatching(rowText(b)));
  }
  return scan;
}

/** A sentence as the rules see it: a class, since an object literal with a getter is slow to build per sentence. */
class Context implements SentenceContext {
  readonly isTableRow: boolean;
  readonly isListItem: boolean;
  private parsed: ParsedFacts | undefined;
  private rawText: string | undefined;

  constructor(
    readonly text: string,
    readonly unfolded: string,
    readonly heading: string,
    readonly previous: string,
    readonly tableHeader: string,
    readonly columns: readonly TableColumn[],
    kind: Block['kind'],
    readonly leadIn = '',
  ) {
    this.isTableRow = kind === 'table-row';
    this.isListItem = kind === 'list-item';
  }

  // Only the parser and place names need the original case: build it on demand, once (one byte per
  // character when it is ASCII, so case-sensitive patterns read it fast).
  get raw(): string {
    return (this.rawText ??= flatAscii(singleSpaced(this.unfolded)));
  }

  parse(): ParsedFacts {
    return (this.parsed ??= parseSentence(this.raw));
  }
}

function matchSentence(folded: string, raw: string, heading: string, previous: string, tableHeader: string, columns: readonly TableColumn[], block: Block, stats: { candidateSentences: number }, leadIn = ''): SentenceMatch[] {
  // A few characters are no clause, unless they complete a lead-in ("...with:" + "Billing.").
  const short = folded.length < 12;
  if ((short && !leadIn) || folded.length === 0) return [];
  // Definitions, contents lines, cross-references and survival lists are structure, never findings.
  if (isDefinition(folded) || structureKind(folded) !== '') return [];
  const out: SentenceMatch[] = [];
  // A handful at most: an array is cheaper to make and search than a Set.
  const taken: AnyCategoryId[] = [];
  const candidates = short ? undefined : candidateRules(folded, previous, heading, block.kind === 'table-row');
  if (candidates && !isEmpty(candidates)) {
    stats.candidateSentences++;
    matchRules(new Context(folded, raw, heading, previous, tableHeader, columns, block.kind, leadIn), candidates, out, taken);
  }
  // An item under a lead-in that passes data on completes its sentence ("We share data with providers
  // that run:" + "Database hosting."): read together, the item also gets what the lead-in says of it.
  if (leadIn && isRecipientLeadIn(leadIn)) {
    const joined = `${leadIn} ${folded}`;
    const joinedCandidates = candidateRules(joined, previous, heading, false);
    // An item's first word is capitalised as the start of an item, not as a name ("Entities that...").
    const item = raw.trimStart();
    const rawJoined = `${leadIn} ${item.charAt(0).toLowerCase()}${item.slice(1)}`;
    if (!isEmpty(joinedCandidates)) matchRules(new Context(joined, rawJoined, heading, previous, tableHeader, columns, block.kind, leadIn), joinedCandidates, out, taken);
  }
  return out;
}

/** Runs the candidate rules on one context, skipping categories already found; adds to `out` and `taken`. */
function matchRules(ctx: Context, candidates: RuleSet, out: SentenceMatch[], taken: AnyCategoryId[]): void {
  for (let i = 0; i < clauseRules.length; i++) {
    if (!inSet(candidates, i)) continue;
    const rule = clauseRules[i]!;
    if (taken.includes(rule.category)) continue;
    const hit = rule.match(ctx);
    if (hit === false) continue;
    const categories: AnyCategoryId[] = [rule.category];
    const extra = Array.isArray(hit) ? hit : hit === true ? [] : (hit.categories ?? []);
    for (const c of extra) if (!categories.includes(c)) categories.push(c);
    taken.push(rule.category);
    out.push(typeof hit === 'object' && !Array.isArray(hit) && hit.risk ? { ruleId: rule.id, categories, risk: hit.risk } : { ruleId: rule.id, categories });
  }
}

function toFinding(m: SentenceMatch, u: Unit, start: number, excerpt: string, fingerprint: string, block: Block): Finding {
  const rule = getRule(m.ruleId)!;
  return {
    ruleId: m.ruleId,
    start,
    end: u.end,
    categories: m.categories,
    risk: m.risk ?? rule.risk,
    severity: m.risk ? severityForRisk(m.risk) : rule.severity,
    arguments: rule.arguments,
    message: rule.title,
    excerpt,
    clause: { start: block.start, end: block.end },
    fingerprint,
  };
}

/** Remaps severities with the review's one severity function; drops what is `off`. */
function applySeverity(findings: Finding[], s: Settings): Finding[] {
  if (Object.keys(s.rules).length === 0 && Object.keys(s.categories).length === 0) return findings;
  const out: Finding[] = [];
  for (const f of findings) {
    const sev: Severity = resolveSeverity(f, s);
    if (sev === 'off') continue;
    out.push(sev === f.severity ? f : { ...f, severity: sev });
  }
  return out;
}

const headerWordRe = /^(?:name|company|entity|country|location|purpose|function|description|activit|service|categor|headquarters|address|safeguard|type|data|processing|role|sub-?processor|vendor|provider|task|recipient|transfer)/i;

/** A row of short cells, most of them column titles ("Company | Location | Purpose"). */
function looksLikeHeaderRow(row: string): boolean {
  const cells = row.replace(/\u00ad/g, '').split('|').map((c) => c.trim()).filter((c) => c.length > 0);
  if (cells.length < 2 || cells.some((c) => c.split(/\s+/).length > 6)) return false;
  return cells.filter((c) => headerWordRe.test(c)).length >= Math.max(2, Math.ceil(cells.length / 2));
}

/** Splits a long run at white space into pieces of at most `maxSentenceChars`. */
function chunk(text: string, start: number, end: number): (readonly [number, number])[] {
  const out: (readonly [number, number])[] = [];
  let s = start;
  while (s < end) {
    let e = Math.min(end, s + maxSentenceChars);
    if (e < end) {
      // Look back for a space over the second half of the piece only: a run with no space at all
      // would otherwise be searched back to its start for every piece.
      let ws = e;
      while (ws > s + maxSentenceChars / 2 && text.charCodeAt(ws) !== 32) ws--;
      if (ws > s + maxSentenceChars / 2) e = ws;
    }
    out.push([s, e] as const);
    s = e;
    while (s < end && /\s/.test(text[s]!)) s++;
  }
  return out;
}

// Control characters (NUL included) other than tab, line breaks and form feed.
const controlCharsRe = /[\u0000-\u0008\u000b\u000e-\u001f]/g;

/**
 * A reason to refuse the text as binary, or undefined for text. A few stray control characters do not
 * make a contract binary (they are read as spaces): the text must be mostly control characters or NUL
 * bytes, so that a document cannot hide itself by starting with a handful of them.
 */
function binaryReason(text: string): string | undefined {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const control = sample.match(controlCharsRe)?.length ?? 0;
  if (control > 32 && control > sample.length * 0.1) {
    return sample.includes('\u0000') ? 'This looks like a binary file (it contains NUL bytes); nothing was analysed.' : 'This looks like a binary file (too many control characters); nothing was analysed.';
  }
  return undefined;
}

/** How many control characters the text has (they are read as spaces). */
function countControls(text: string): number {
  controlCharsRe.lastIndex = 0;
  let n = 0;
  while (controlCharsRe.exec(text) !== null) n++;
  return n;
}

// Eight words in a row: prose, not a note to the editor or a line of code.
const proseRe = /(?:[\p{L}]{2,}[,;:]?\s+){7}[\p{L}]{2,}/u;

/** The hidden spans that hold prose, as skipped text: a comment around a clause must not hide it. */
function hiddenProse(source: string, spans: readonly HiddenSpan[]): Skipped[] {
  const out: Skipped[] = [];
  for (const h of spans) {
    if (!proseRe.test(source.slice(h.start, h.end))) continue;
    const where = h.what === 'comment' ? 'an HTML comment' : `a <${h.what}> element`;
    out.push({ start: h.start, end: h.end, reason: `Text inside ${where} was not analysed (it is hidden when the document is rendered).` });
  }
  return out;
}

