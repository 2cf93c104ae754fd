/**
 * Word (.docx) to text: the body in reading order with headings, numbered and bulleted lists,
 * tables (as Markdown rows) and footnotes; runs joined; tracked insertions kept, deletions left out.
 * Pure (bytes in, text out): the CLI and the extension, desktop or browser, share it.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { PositionMap } from './positions';
import { count, defaultLimits, InputError, type ExtractedDocument, type ExtractLimits } from './types';
import { ZipReader } from './zip';

interface Level {
  format: string;
  text: string;
  start: number;
}

interface Paragraph {
  number: number;
  text: string;
  styleId: string;
  numId: string;
  level: number;
}

interface Block {
  text: string;
  position: { paragraph: number } | { footnote: number };
  /** What joins it to the block before: a blank line, or one newline between rows of one table. */
  glue?: string;
}

/** Elements whose content is not part of the document's current text. */
const skipped = new Set(['w:del', 'w:moveFrom', 'w:instrText', 'w:delInstrText', 'mc:Fallback']);

export function isDocx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Extracts a .docx file's text. Throws InputError (clear words, no stack) for anything it cannot read. */
export function extractDocx(bytes: Uint8Array, limits: ExtractLimits = defaultLimits): ExtractedDocument {
  if (bytes.length > limits.maxInputBytes) throw new InputError(`file is too large (${mb(bytes.length)}; the limit is ${mb(limits.maxInputBytes)})`);
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new InputError('a password-protected or legacy (.doc) Word file; save it as an unprotected .docx and scan again');
  }
  if (!isDocx(bytes)) throw new InputError('not a Word (.docx) file: it is not a zip container');
  const zip = new ZipReader(bytes);
  const budget = { left: limits.maxUnzippedBytes };
  const xml = (name: string): string | undefined => {
    const data = zip.read(name, budget);
    return data && new TextDecoder('utf-8').decode(data);
  };
  const main = mainPart(xml('_rels/.rels'));
  const body = xml(main);
  if (body === undefined) throw new InputError(`not a Word document: the file has no ${main} (is it another Office format?)`);
  const numbering = readNumbering(xml('word/numbering.xml'));
  const headings = readHeadingStyles(xml('word/styles.xml'));

  const blocks: Block[] = [];
  const counters = new Map<string, number[]>();
  const notes: string[] = [];
  const paragraphs = walk(body, 'body', limits, (p) => ({ paragraph: p.number }), (p) => render(p, headings, numbering, counters), blocks);
  const footnotesXml = xml('word/footnotes.xml');
  if (footnotesXml) {
    const before = blocks.length;
    walk(footnotesXml, 'footnotes', limits, (p) => ({ footnote: p.number }), (p) => p.text, blocks);
    if (blocks.length > before) notes.push(`${count(blocks.length - before, 'footnote paragraph')} appended after the body`);
  }

  const positions = new PositionMap();
  let text = '';
  for (const b of blocks) {
    if (text.length > 0) text += b.glue ?? '\n\n';
    if (text.length + b.text.length > limits.maxTextChars) {
      notes.push(`text cut at ${limits.maxTextChars.toLocaleString('en-US')} characters`);
      break;
    }
    positions.add(text.length, b.position);
    text += b.text;
  }
  if (text.trim().length === 0) notes.push('the document body has no text');
  return { format: 'docx', text: text + '\n', textFormat: 'markdown', positions, notes, units: paragraphs };
}

/** The main document part named by the package relationships (word/document.xml in practice). */
function mainPart(rels: string | undefined): string {
  let target = 'word/document.xml';
  if (!rels) return target;
  parse(rels, (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (tag.name === 'Relationship' && /\/officeDocument$/.test(a.Type ?? '') && a.Target) target = a.Target.replace(/^\//, '');
  });
  return target;
}

/** numbering.xml: for each numId, the format and label pattern of each list level. */
function readNumbering(xml: string | undefined): Map<string, Level[]> {
  const abstract = new Map<string, Level[]>();
  const nums = new Map<string, Level[]>();
  if (!xml) return nums;
  let current: Level[] | undefined;
  let level: Level | undefined;
  let numId = '';
  parse(xml, (tag) => {
    const val = (tag.attributes as Record<string, string>)['w:val'] ?? '';
    switch (tag.name) {
      case 'w:abstractNum':
        current = [];
        abstract.set((tag.attributes as Record<string, string>)['w:abstractNumId'] ?? '', current);
        break;
      case 'w:lvl':
        level = { format: 'decimal', text: '', start: 1 };
        if (current) current[Number((tag.attributes as Record<string, string>)['w:ilvl']) || 0] = level;
        break;
      case 'w:numFmt':
        if (level) level.format = val;
        break;
      case 'w:lvlText':
        if (level) level.text = val;
        break;
      case 'w:start':
        if (level) level.start = Number(val) || 0;
        break;
      case 'w:num':
        numId = (tag.attributes as Record<string, string>)['w:numId'] ?? '';
        level = undefined;
        current = undefined;
        break;
      case 'w:abstractNumId':
        nums.set(numId, abstract.get(val) ?? []);
        break;
    }
  });
  return nums;
}

/** styles.xml: style id to heading level (1-6), from the outline level or the style's name. */
function readHeadingStyles(xml: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (!xml) return out;
  let id = '';
  parse(xml, (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (tag.name === 'w:style') id = a['w:styleId'] ?? '';
    else if (tag.name === 'w:name') {
      const m = /^(?:heading\s*(\d)|(title))$/i.exec(a['w:val'] ?? '');
      if (m) out.set(id, m[2] ? 1 : Math.min(6, Number(m[1])));
    } else if (tag.name === 'w:outlineLvl' && !out.has(id)) {
      const n = Number(a['w:val']);
      if (n >= 0 && n < 6) out.set(id, n + 1);
    }
  });
  return out;
}

/**
 * Walks a part's paragraphs in order and appends blocks: one per paragraph, one per table row.
 * Returns how many paragraphs it counted (empty ones included, as Word counts them).
 */
function walk(xml: string, part: 'body' | 'footnotes', limits: ExtractLimits, position: (p: Paragraph) => Block['position'], render: (p: Paragraph) => string, blocks: Block[]): number {
  const started = Date.now();
  let count = 0;
  let skip = 0;
  let inText = false;
  let inRun = 0;
  let footnote = 0;
  let inSeparator = false;
  const stack: Paragraph[] = [];
  // A table is rows of cells of paragraphs; nested tables flatten into their cell.
  const tables: { rows: { cells: string[]; first: number }[] }[] = [];
  const parser = new SaxesParser({ xmlns: false, position: false });
  const append = (s: string) => {
    const p = stack[stack.length - 1];
    if (p && !skip) p.text += s;
  };
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (skipped.has(tag.name)) {
      skip++;
      return;
    }
    switch (tag.name) {
      case 'w:footnote':
        inSeparator = a['w:type'] === 'separator' || a['w:type'] === 'continuationSeparator' || a['w:type'] === 'continuationNotice';
        if (!inSeparator) footnote++;
        break;
      case 'w:p':
        if (inSeparator) break;
        count++;
        stack.push({ number: part === 'body' ? count : footnote, text: '', styleId: '', numId: '', level: 0 });
        break;
      case 'w:pStyle':
        if (stack.length) stack[stack.length - 1]!.styleId = a['w:val'] ?? '';
        break;
      case 'w:numId':
        if (stack.length) stack[stack.length - 1]!.numId = a['w:val'] ?? '';
        break;
      case 'w:ilvl':
        if (stack.length) stack[stack.length - 1]!.level = Number(a['w:val']) || 0;
        break;
      case 'w:r':
        inRun++;
        break;
      case 'w:t':
        inText = true;
        break;
      case 'w:tab':
      case 'w:br':
      case 'w:cr':
        if (inRun) append(' ');
        break;
      case 'w:noBreakHyphen':
        append('-');
        break;
      case 'w:tbl':
        tables.push({ rows: [] });
        break;
      case 'w:tr':
        tables[tables.length - 1]?.rows.push({ cells: [], first: count + 1 });
        break;
      case 'w:tc': {
        const t = tables[tables.length - 1];
        t?.rows[t.rows.length - 1]?.cells.push('');
        break;
      }
    }
  });
  parser.on('closetag', (tag) => {
    if (skipped.has(tag.name)) {
      skip--;
      return;
    }
    switch (tag.name) {
      case 'w:t':
        inText = false;
        break;
      case 'w:r':
        inRun--;
        break;
      case 'w:footnote':
        inSeparator = false;
        break;
      case 'w:p': {
        if (inSeparator) break;
        const p = stack.pop();
        if (!p) break;
        p.text = p.text.replace(/\s+/g, ' ').trim();
        const t = tables[tables.length - 1];
        const row = t?.rows[t.rows.length - 1];
        if (row && row.cells.length > 0) {
          // A paragraph in a table cell joins the cell's text.
          const i = row.cells.length - 1;
          if (p.text) row.cells[i] = row.cells[i] ? `${row.cells[i]} ${p.text}` : p.text;
        } else if (p.text) {
          const rendered = render(p);
          if (stack.length > 0) stack[stack.length - 1]!.text += ' ';
          blocks.push({ text: rendered, position: position(p) });
        }
        if (Date.now() - started > limits.timeBudgetMs) throw new InputError('reading the Word file took too long; it is not a normal contract');
        break;
      }
      case 'w:tbl': {
        const t = tables.pop();
        if (!t) break;
        const rows = t.rows.filter((r) => r.cells.some((c) => c.length > 0));
        const outer = tables[tables.length - 1];
        const outerRow = outer?.rows[outer.rows.length - 1];
        if (outerRow && outerRow.cells.length > 0) {
          // A nested table becomes text inside the outer cell.
          const i = outerRow.cells.length - 1;
          outerRow.cells[i] = [outerRow.cells[i], ...rows.map((r) => r.cells.filter(Boolean).join('; '))].filter(Boolean).join(' ');
          break;
        }
        // Rows of one table form one Markdown table (single newlines); each row keeps its paragraph.
        rows.forEach((r, i) => {
          const line = `| ${r.cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
          blocks.push({ text: i === 0 && rows.length > 1 ? `${line}\n|${r.cells.map(() => ' --- |').join('')}` : line, position: { paragraph: r.first }, ...(i > 0 ? { glue: '\n' } : {}) });
        });
        break;
      }
    }
  });
  parser.on('text', (t) => {
    if (inText) append(t);
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`damaged Word file: ${part === 'body' ? 'the document' : 'the footnotes'} part is not well-formed XML`);
  }
  return count;
}

/** A paragraph as Markdown: headings get `#`, list items their label ("- ", "3.2 ", "(a) "). */
function render(p: Paragraph, headings: Map<string, number>, numbering: Map<string, Level[]>, counters: Map<string, number[]>): string {
  const heading = headings.get(p.styleId);
  if (heading) return `${'#'.repeat(heading)} ${p.text}`;
  const levels = p.numId && p.numId !== '0' ? numbering.get(p.numId) : undefined;
  const level = levels?.[p.level];
  if (!levels || !level) return p.text;
  if (level.format === 'bullet') return `- ${p.text}`;
  const c = counters.get(p.numId) ?? [];
  counters.set(p.numId, c);
  c[p.level] = (c[p.level] ?? (level.start || 1) - 1) + 1;
  c.length = p.level + 1;
  const label = level.text.replace(/%(\d)/g, (_m, d: string) => {
    const i = Number(d) - 1;
    return formatNumber(c[i] ?? levels[i]?.start ?? 1, levels[i]?.format ?? 'decimal');
  });
  return label.trim() ? `${label.trim()} ${p.text}` : p.text;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    default:
      return String(n);
  }
}

function letters(n: number): string {
  const l = String.fromCharCode(65 + ((n - 1) % 26));
  return l.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** Runs `onOpen` for every start tag of a small XML part (rels, numbering, styles). */
function parse(xml: string, onOpen: (tag: SaxesTagPlain) => void): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (t) => onOpen(t as SaxesTagPlain));
  try {
    parser.write(xml).close();
  } catch {
    throw new InputError('damaged Word file: a part is not well-formed XML');
  }
}

function mb(n: number): string {
  return `${(n / 1048576).toFixed(n < 10 * 1048576 ? 1 : 0)} MB`;
}
