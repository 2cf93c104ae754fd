/**
 * PDF text layout: positioned text items of each page to reading-order text. Columns are read one
 * after the other, running headers, footers and page numbers are left out, words hyphenated at a
 * line end are joined, and every line keeps its page and line number. Pure: no PDF library here.
 */
import { PositionMap } from './positions';
import { count, type ExtractedDocument } from './types';

/** One text run as the PDF places it: baseline origin (PDF units, y grows upwards), width, font size. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

export interface PdfPageText {
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** A line of text in reading order on its page. */
interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** 1-based line number on the page, in reading order. */
  number: number;
  /** Which reading block it belongs to: lines of different blocks never join into one paragraph. */
  block: number;
}

const listMarker = /^(?:[•·▪◦●■–—-]\s|\(?[0-9]{1,3}(?:\.[0-9]{1,3})*[.)]\s|\(?[a-z]{1,2}\)\s|\(?[ivx]{1,5}\)\s)/i;
const pageNumber = /^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;
const endsSentence = /[.!?:;]["”’)]?$/;

/** Lays out all pages; `notes` says what was left out. */
export function layoutPdf(pages: readonly PdfPageText[]): ExtractedDocument {
  const notes: string[] = [];
  const linesByPage = pages.map((p) => readingOrder(p));
  const removed = removeRunningLines(linesByPage, pages);
  if (removed.headers > 0) notes.push(`running headers or footers left out on ${count(removed.headers, 'page')}`);
  if (removed.numbers > 0) notes.push(`page numbers left out on ${count(removed.numbers, 'page')}`);
  const empty = linesByPage.flatMap((l, i) => (l.length === 0 && pages[i]!.items.length === 0 ? [i + 1] : []));
  if (empty.length > 0 && empty.length < pages.length) notes.push(`no text layer on page${empty.length === 1 ? '' : 's'} ${list(empty)} (scanned images?); ${empty.length === 1 ? 'it was' : 'they were'} not analysed`);

  const positions = new PositionMap();
  let text = '';
  let prev: Line | undefined;
  let pageOfPrev = -1;
  for (let p = 0; p < linesByPage.length; p++) {
    const gap = typicalGap(linesByPage[p]!);
    for (const line of linesByPage[p]!) {
      // Within a block, line spacing decides; across a column or page break, whether a sentence runs on.
      const join = prev !== undefined && (p === pageOfPrev && prev.block === line.block ? continues(prev, line, gap) : runsOn(text, line));
      if (join && /[A-Za-z]-$/.test(text) && /^[a-z]/.test(line.text)) text = text.slice(0, -1);
      else if (join) text += ' ';
      else if (text.length > 0) text += '\n\n';
      positions.add(text.length, { page: p + 1, line: line.number });
      text += line.text;
      prev = line;
      pageOfPrev = p;
    }
  }
  return { format: 'pdf', text: text.length > 0 ? `${text}\n` : '', textFormat: 'plaintext', positions, notes, units: pages.length };
}

/** The usual distance between consecutive lines of a page (the median), so paragraph gaps stand out. */
function typicalGap(lines: readonly Line[]): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const g = lines[i - 1]!.y - lines[i]!.y;
    if (lines[i]!.block === lines[i - 1]!.block && g > 0) gaps.push(g);
  }
  gaps.sort((a, b) => a - b);
  return gaps.length > 0 ? gaps[Math.floor(gaps.length / 2)]! : 0;
}

/** Lines of one page in reading order: full-width lines in place, a two-column band left column first. */
function readingOrder(page: PdfPageText): Line[] {
  const items = page.items.filter((i) => i.str.trim().length > 0 && i.size > 0);
  if (items.length === 0) return [];
  const chunks = mergeRuns(items);
  const gutter = findGutter(chunks, page.width);
  // Sort top to bottom (PDF y grows upwards), then left to right.
  chunks.sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const ordered: { chunks: Chunk[]; block: number }[] = [];
  let block = 0;
  if (gutter === undefined) ordered.push({ chunks, block: 0 });
  else {
    // Walk bands: a run of chunks that do not cross the gutter is read left column, then right.
    let band: Chunk[] = [];
    const flush = () => {
      if (band.length === 0) return;
      ordered.push({ chunks: band.filter((c) => c.x1 <= gutter), block: ++block }, { chunks: band.filter((c) => c.x0 >= gutter), block: ++block });
      band = [];
    };
    for (const c of chunks) {
      if (c.x0 < gutter && c.x1 > gutter) {
        flush();
        ordered.push({ chunks: [c], block: ++block });
      } else band.push(c);
    }
    flush();
  }
  const lines: Line[] = [];
  for (const group of ordered) {
    for (const l of groupLines(group.chunks)) lines.push({ ...l, number: lines.length + 1, block: group.block });
  }
  return lines;
}

interface Chunk {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Joins runs on one baseline that sit close together (a line split by kerning or font changes). */
function mergeRuns(items: readonly PdfTextItem[]): Chunk[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const out: Chunk[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    const gap = last ? i.x - last.x1 : Infinity;
    if (last && Math.abs(last.y - i.y) <= Math.min(last.size, i.size) * 0.3 && gap > -i.size && gap < Math.max(last.size, i.size) * 0.9) {
      last.text += gap > i.size * 0.15 && !/\s$/.test(last.text) && !/^\s/.test(i.str) ? ` ${i.str}` : i.str;
      last.x1 = Math.max(last.x1, i.x + i.width);
      last.size = Math.max(last.size, i.size);
    } else out.push({ text: i.str, x0: i.x, x1: i.x + i.width, y: i.y, size: i.size });
  }
  return out;
}

/**
 * The x of a gutter between two columns, or undefined for a one-column page: a vertical line in the
 * middle of the page that few runs cross, with enough text on both sides.
 */
function findGutter(chunks: readonly Chunk[], width: number): number | undefined {
  if (chunks.length < 6) return undefined;
  let best: { x: number; score: number } | undefined;
  for (let x = width * 0.3; x <= width * 0.7; x += 2) {
    let left = 0;
    let right = 0;
    let crossing = 0;
    for (const c of chunks) {
      if (c.x1 <= x) left++;
      else if (c.x0 >= x) right++;
      else crossing++;
    }
    const score = Math.min(left, right);
    if (crossing <= chunks.length * 0.15 && score >= Math.max(3, chunks.length * 0.2) && (!best || score > best.score)) best = { x, score };
  }
  return best?.x;
}

/** Chunks to lines: same baseline (within a third of the font size) joins, left to right. */
function groupLines(chunks: readonly Chunk[]): Omit<Line, 'number' | 'block'>[] {
  const lines: Omit<Line, 'number' | 'block'>[] = [];
  const sorted = [...chunks].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  let current: Chunk[] = [];
  const flush = () => {
    if (current.length === 0) return;
    current.sort((a, b) => a.x0 - b.x0);
    const text = current.map((c) => c.text.trim()).join(' ').replace(/\s+/g, ' ');
    lines.push({ text, x0: current[0]!.x0, x1: Math.max(...current.map((c) => c.x1)), y: current[0]!.y, size: Math.max(...current.map((c) => c.size)) });
    current = [];
  };
  for (const c of sorted) {
    if (current.length > 0 && Math.abs(current[0]!.y - c.y) > Math.min(current[0]!.size, c.size) * 0.35) flush();
    current.push(c);
  }
  flush();
  return lines;
}

/**
 * Running headers and footers: among the two lines nearest the top and the bottom of each page,
 * those whose text (digits ignored) recurs on at least half the pages; and bare page numbers.
 * Removes them in place and counts the pages touched.
 */
function removeRunningLines(linesByPage: Line[][], pages: readonly PdfPageText[]): { headers: number; numbers: number } {
  const key = (l: Line) => l.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
  const edges = (lines: Line[]): Line[] => {
    const byY = [...lines].sort((a, b) => b.y - a.y);
    return [...new Set([...byY.slice(0, 2), ...byY.slice(-2)])];
  };
  const counts = new Map<string, number>();
  for (const lines of linesByPage) for (const k of new Set(edges(lines).map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  const threshold = Math.max(2, Math.ceil(linesByPage.length * 0.5));
  let headers = 0;
  let numbers = 0;
  linesByPage.forEach((lines, p) => {
    const height = pages[p]!.height;
    const drop = new Set<Line>();
    let header = false;
    let number = false;
    for (const l of edges(lines)) {
      const nearEdge = l.y > height * 0.8 || l.y < height * 0.2;
      if (nearEdge && pageNumber.test(l.text.trim())) {
        drop.add(l);
        number = true;
      } else if (linesByPage.length >= 2 && (counts.get(key(l)) ?? 0) >= threshold) {
        drop.add(l);
        header = true;
      }
    }
    if (header) headers++;
    if (number) numbers++;
    if (drop.size > 0) linesByPage[p] = lines.filter((l) => !drop.has(l));
  });
  return { headers, numbers };
}

/** Whether `line` continues the paragraph of `prev` on the same page and in the same block. */
function continues(prev: Line, line: Line, typicalGap: number): boolean {
  const gap = prev.y - line.y;
  // The line step of body text is 1 to 1.6 times the font size; a larger gap starts a paragraph.
  const step = Math.min(Math.max(typicalGap, prev.size), prev.size * 1.6);
  if (gap <= 0 || gap > step * 1.4) return false;
  if (Math.abs(line.size - prev.size) > Math.max(prev.size, line.size) * 0.15) return false;
  if (listMarker.test(line.text)) return false;
  // A short line ending a sentence closes its paragraph.
  if (endsSentence.test(prev.text) && prev.x1 - prev.x0 < (line.x1 - line.x0) * 0.7) return false;
  return true;
}

/** A paragraph runs on over a column or page break when it did not end a sentence and the next line starts mid-sentence. */
function runsOn(text: string, line: Line): boolean {
  return !endsSentence.test(text) && /^[a-z]/.test(line.text);
}

function list(pages: number[]): string {
  return pages.length > 8 ? `${pages.slice(0, 8).join(', ')} and ${pages.length - 8} more` : pages.join(', ');
}
