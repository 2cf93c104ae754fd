/**
 * analyze(text) -> findings. Masks markup, segments the contract, runs the clause rules on each
 * sentence (answering repeated sentences from a cache, so an edit re-analyses only what changed),
 * then adds the document-level `missing-*` findings.
 */
import { missingFindings } from './rules/missing';
import { clauseRules } from './rules/clauseRules';
import type { ParsedFacts, SentenceContext } from './rules/context';
import { getRule } from './rules';
import { nlpUsage, parseSentence } from './nlp/parse';
import { normalizeSettings } from './settings';
import { maskMarkup, formatOf } from './text/mask';
import { excerptOf, hashText, normalizeForMatching } from './text/normalize';
import { segment, type Block } from './text/segment';
import type { AnalysisResult, AnyCategoryId, Finding, Settings, Severity, Skipped } from './types';

/** Where a document came from: decides how markup is read. */
export interface AnalyzeOptions {
  /** 'markdown' (default), 'html' or 'plaintext'; or give `fileName`/`languageId` and let it guess. */
  format?: 'markdown' | 'html' | 'plaintext';
  fileName?: string;
}

interface SentenceMatch {
  ruleId: string;
  categories: AnyCategoryId[];
}

// A "sentence" longer than this is not prose (a minified line, a data dump): matched in pieces.
const maxSentenceChars = 4000;

/** Cheap first pass: a sentence without any of these stems cannot match any rule. */
const prefilterRe =
  /law|legal|court|govern|authorit|subpoena|warrant|disclos|transfer|countr|stor|process|host|locat|region|cent(?:er|re)|affiliat|vendor|provider|contract|agent|own|licen[cs]|right|key|encrypt|arbitrat|jurisdiction|venue|notif|notice|emergenc|safety|fraud|intelligence|report|sovereign|parent|subsidiar|retain|backdoor|access|united|u\.s|\beu\b|europe|abroad|overseas|world|global|third|share|provid|releas|request|order|compel|required|mlat|treaty|rogatory|clause|dpf|framework|shield|adequa|safeguard|aggregat|identif|usage|metadata|telemetry|cannot|unable|fisa|patriot|cloud act|\busa?\b|india|china|sccs?\b|redirect|challenge|minimum|object|data|information|content|yours|ours|materials|submit|password|recover/;

/** Keeps a cache of sentence results between calls: one Analyzer per document makes edits cheap. */
export class Analyzer {
  private cache = new Map<string, SentenceMatch[]>();
  private generation = new Set<string>();

  /** Analyses the whole text; sentences seen in the previous call are answered from the cache. */
  analyze(text: string, settings: Partial<Settings> = {}, options: AnalyzeOptions = {}): AnalysisResult {
    const { settings: s, problems } = normalizeSettings({ ...settings }, []);
    const skipped: Skipped[] = [];
    const stats = { chars: text.length, sentences: 0, cachedSentences: 0, candidateSentences: 0, nlpChars: 0 };
    const result = (findings: Finding[]): AnalysisResult => ({ findings, problems, skipped, stats });
    if (typeof text !== 'string' || text.length === 0) return result([]);

    const binary = binaryReason(text);
    if (binary) {
      problems.push(binary);
      skipped.push({ start: 0, end: text.length, reason: binary });
      return result([]);
    }
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
    const masked = maskMarkup(source, format);
    const { blocks, sentences } = segment(masked);
    stats.sentences = sentences.length;
    const nlpBefore = nlpUsage.chars;

    const findings: Finding[] = [];
    const seen = new Set<string>();
    let previousKey = '';
    let previousHeading = -2;
    let tableHeaderBlock = -1;
    let tableLeadIn = '';
    for (let i = 0; i < sentences.length; i++) {
      const sentence = sentences[i]!;
      const block = blocks[sentence.block]!;
      if (block.kind === 'table-row') {
        const prior = blocks[sentence.block - 1];
        if (!prior || prior.kind !== 'table-row') {
          // The sentence that introduces a table ("we use the following sub-processors:") describes its rows.
          tableLeadIn = i > 0 && blocks[sentences[i - 1]!.block]!.kind !== 'table-row' ? normalizeForMatching(masked.slice(sentences[i - 1]!.start, sentences[i - 1]!.end)) : '';
        }
        if (block.header || !prior || prior.kind !== 'table-row' || looksLikeHeaderRow(masked.slice(block.start, block.end))) tableHeaderBlock = sentence.block;
      }
      // A paragraph-sized run without stops is matched in pieces so no regex sees megabytes.
      const pieces = sentence.end - sentence.start > maxSentenceChars ? chunk(masked, sentence.start, sentence.end) : [[sentence.start, sentence.end] as const];
      if (pieces.length > 1) skipped.push({ start: sentence.start, end: sentence.end, reason: `A run of ${(sentence.end - sentence.start).toLocaleString('en-US')} characters without sentence breaks was read in ${pieces.length} pieces.` });
      for (const [start, end] of pieces) {
        const raw = masked.slice(start, end);
        const folded = normalizeForMatching(raw);
        if (sentence.heading !== previousHeading) {
          previousKey = '';
          previousHeading = sentence.heading;
        }
        const heading = sentence.heading >= 0 ? normalizeForMatching(masked.slice(blocks[sentence.heading]!.start, blocks[sentence.heading]!.end)) : '';
        const isTableRow = block.kind === 'table-row';
        const tableHeader = isTableRow && tableHeaderBlock >= 0 && tableHeaderBlock !== sentence.block ? `${normalizeForMatching(masked.slice(blocks[tableHeaderBlock]!.start, blocks[tableHeaderBlock]!.end))} ${tableLeadIn}` : '';
        const headerRow = isTableRow && tableHeaderBlock === sentence.block;
        const key = `${folded}\u0001${heading}\u0001${previousKey}\u0001${tableHeader}\u0001${headerRow ? 'H' : block.kind}`;
        const cacheKey = hashText(key) + key.length.toString(36);
        let matches = this.cache.get(cacheKey);
        if (matches) stats.cachedSentences++;
        else {
          matches = headerRow ? [] : matchSentence(folded, raw, heading, previousKey, tableHeader, block, stats);
          this.cache.set(cacheKey, matches);
        }
        seen.add(cacheKey);
        previousKey = folded.length > 600 ? folded.slice(0, 600) : folded;
        for (const m of matches) findings.push(toFinding(m, start, end, source, block));
      }
    }
    // Forget sentences that no longer exist, so the cache tracks the document and not its history.
    if (this.cache.size > seen.size * 2 + 1000) {
      for (const k of this.cache.keys()) if (!seen.has(k)) this.cache.delete(k);
    }
    this.generation = seen;
    stats.nlpChars = nlpUsage.chars - nlpBefore;

    if (s.missingProtections) {
      for (const m of missingFindings(findings)) findings.push(m);
    }
    return result(applySeverity(findings, s).sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId)));
  }

  /** Drops every cached sentence. */
  clear(): void {
    this.cache.clear();
    this.generation.clear();
  }

  /** How many sentence results are cached (for tests and stats). */
  get cacheSize(): number {
    return this.cache.size;
  }
}

/** Analyses one text with a fresh cache. */
export function analyze(text: string, settings: Partial<Settings> = {}, options: AnalyzeOptions = {}): AnalysisResult {
  return new Analyzer().analyze(text, settings, options);
}

function matchSentence(folded: string, raw: string, heading: string, previous: string, tableHeader: string, block: Block, stats: { candidateSentences: number }): SentenceMatch[] {
  if (folded.length < 12 || !prefilterRe.test(folded)) return [];
  stats.candidateSentences++;
  let parsed: ParsedFacts | undefined;
  const ctx: SentenceContext = {
    text: folded,
    raw: raw.replace(/\s+/g, ' ').trim(),
    heading,
    previous,
    tableHeader,
    isTableRow: block.kind === 'table-row',
    isListItem: block.kind === 'list-item',
    parse: () => (parsed ??= parseSentence(ctx.raw)),
  };
  const out: SentenceMatch[] = [];
  const taken = new Set<AnyCategoryId>();
  for (const rule of clauseRules) {
    const meta = getRule(rule.id);
    if (!meta || taken.has(meta.category)) continue;
    const hit = rule.match(ctx);
    if (hit === false) continue;
    const categories: AnyCategoryId[] = [meta.category];
    if (Array.isArray(hit)) for (const c of hit) if (!categories.includes(c)) categories.push(c);
    taken.add(meta.category);
    out.push({ ruleId: rule.id, categories });
  }
  return out;
}

function toFinding(m: SentenceMatch, start: number, end: number, source: string, block: Block): Finding {
  const rule = getRule(m.ruleId)!;
  const sentenceText = source.slice(start, end);
  return {
    ruleId: m.ruleId,
    start,
    end,
    categories: m.categories,
    risk: rule.risk,
    severity: rule.severity,
    arguments: rule.arguments,
    message: rule.title,
    excerpt: excerptOf(sentenceText),
    clause: { start: block.start, end: block.end },
    fingerprint: hashText(normalizeForMatching(sentenceText)),
  };
}

/** Remaps severities per rule, then per category; drops what is `off`. */
function applySeverity(findings: Finding[], s: Settings): Finding[] {
  const out: Finding[] = [];
  for (const f of findings) {
    const sev: Severity = s.rules[f.ruleId] ?? s.categories[f.categories[0]!] ?? f.severity;
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
      const ws = text.lastIndexOf(' ', e);
      if (ws > s + maxSentenceChars / 2) e = ws;
    }
    out.push([s, e] as const);
    s = e;
    while (s < end && /\s/.test(text[s]!)) s++;
  }
  return out;
}

/** A reason to refuse the text as binary, or undefined for text. */
function binaryReason(text: string): string | undefined {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return 'This looks like a binary file (it contains NUL bytes); nothing was analysed.';
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  if (control > sample.length * 0.1) return 'This looks like a binary file (too many control characters); nothing was analysed.';
  return undefined;
}
