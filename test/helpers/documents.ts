/** Builds real .docx and .pdf files from our own text, in code, for the adapter and CLI tests. */
import { zipSync, strToU8 } from 'fflate';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';

// ---------------------------------------------------------------- DOCX

/** A run of text; `split` cuts it into several Word runs, as Word does after edits or spell checks. */
export type DocxRun = string | { footnote: number } | { text: string; ins?: boolean; del?: boolean; bold?: boolean };

export type DocxBlock =
  | { heading: number; text: string }
  | { p: DocxRun[] }
  | { bullet: string }
  | { numbered: string; level?: number }
  | { table: string[][] };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function run(r: DocxRun): string {
  if (typeof r === 'string') return `<w:r><w:t xml:space="preserve">${esc(r)}</w:t></w:r>`;
  if ('footnote' in r) return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${r.footnote}"/></w:r>`;
  const props = r.bold ? '<w:rPr><w:b/></w:rPr>' : '';
  if (r.del) return `<w:del w:id="9" w:author="Vendor" w:date="2026-01-01T00:00:00Z"><w:r>${props}<w:delText xml:space="preserve">${esc(r.text)}</w:delText></w:r></w:del>`;
  const inner = `<w:r>${props}<w:t xml:space="preserve">${esc(r.text)}</w:t></w:r>`;
  return r.ins ? `<w:ins w:id="8" w:author="Vendor" w:date="2026-01-01T00:00:00Z">${inner}</w:ins>` : inner;
}

function block(b: DocxBlock): string {
  if ('heading' in b) return `<w:p><w:pPr><w:pStyle w:val="Heading${b.heading}"/></w:pPr>${run(b.text)}</w:p>`;
  if ('p' in b) return `<w:p>${b.p.map(run).join('')}</w:p>`;
  if ('bullet' in b) return `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(b.bullet)}</w:p>`;
  if ('numbered' in b) return `<w:p><w:pPr><w:numPr><w:ilvl w:val="${b.level ?? 0}"/><w:numId w:val="2"/></w:numPr></w:pPr>${run(b.numbered)}</w:p>`;
  const rows = b.table.map((r) => `<w:tr>${r.map((c) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p>${run(c)}</w:p></w:tc>`).join('')}</w:tr>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows}</w:tbl>`;
}

const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The XML parts of a minimal but complete Word document. */
export function docxParts(blocks: readonly DocxBlock[], footnotes: Record<number, string> = {}): Record<string, string> {
  const body = blocks.map(block).join('');
  const notes = Object.entries(footnotes)
    .map(([id, t]) => `<w:footnote w:id="${id}"><w:p><w:r><w:footnoteRef/></w:r>${run(` ${t}`)}</w:p></w:footnote>`)
    .join('');
  const heading = (n: number) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:pPr><w:outlineLvl w:val="${n - 1}"/></w:pPr></w:style>`;
  return {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${ns}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`,
    'word/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${ns}>${[1, 2, 3].map(heading).join('')}</w:styles>`,
    'word/numbering.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${ns}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`,
    'word/footnotes.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${ns}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${notes}</w:footnotes>`,
  };
}

export function buildDocx(blocks: readonly DocxBlock[], footnotes: Record<number, string> = {}): Uint8Array {
  const parts = docxParts(blocks, footnotes);
  return zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
}

/** Paragraph blocks from Markdown-like text: `# ` headings, `- ` bullets, `1. ` numbered items, blank-line paragraphs. */
export function docxFromText(text: string): DocxBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p): DocxBlock => {
      const h = /^(#{1,3})\s+(.*)$/s.exec(p);
      if (h) return { heading: h[1]!.length, text: h[2]! };
      if (p.startsWith('- ')) return { bullet: p.slice(2) };
      const n = /^\d+\.\s+(.*)$/s.exec(p);
      if (n) return { numbered: n[1]! };
      // Split every paragraph into runs mid-word, as Word does.
      const cut = Math.floor(p.length / 2);
      return { p: [p.slice(0, cut), { text: p.slice(cut, cut + 3), bold: true }, p.slice(cut + 3)] };
    });
}

/**
 * A zip bomb: a Word file whose document part inflates to `bytes` spaces. The DEFLATE stream is
 * written by hand (one literal, then back-references of 258 bytes at distance 1, fixed Huffman
 * codes: 13 bits per 258 bytes), so building a gigabyte bomb takes milliseconds, not a compressor's
 * seconds. Its declared size is honest-looking and small, as a real bomb's would be.
 */
export function docxBomb(bytes: number): Uint8Array {
  const parts: Record<string, Uint8Array> = Object.fromEntries(Object.entries(docxParts([{ p: ['Short.'] }])).map(([k, v]) => [k, strToU8(v)]));
  const refs = Math.ceil((bytes - 1) / 258);
  const out = new Uint8Array(Math.ceil((3 + 8 + refs * 13 + 7) / 8) + 1);
  let bit = 0;
  const put = (value: number, n: number, huffman: boolean) => {
    // Huffman codes go most significant bit first; header bits least significant first.
    for (let i = 0; i < n; i++) {
      const b = huffman ? (value >> (n - 1 - i)) & 1 : (value >> i) & 1;
      if (b) out[bit >> 3]! |= 1 << (bit & 7);
      bit++;
    }
  };
  put(1, 1, false); // BFINAL
  put(1, 2, false); // BTYPE = fixed Huffman
  put(0x30 + 0x20, 8, true); // literal ' '
  for (let i = 0; i < refs; i++) {
    put(0xc5, 8, true); // length code 285: 258 bytes
    put(0, 5, true); // distance code 0: distance 1
  }
  put(0, 7, true); // end of block
  return storedZip(parts, { name: 'word/document.xml', deflated: out.subarray(0, (bit + 7) >> 3), size: 1000 });
}

/** A zip with stored entries plus one pre-deflated entry (CRCs left zero: the reader under test does not check them). */
function storedZip(stored: Record<string, Uint8Array>, deflated: { name: string; deflated: Uint8Array; size: number }): Uint8Array {
  const entries = [...Object.entries(stored).filter(([n]) => n !== deflated.name).map(([name, data]) => ({ name, data, method: 0, size: data.length })), { name: deflated.name, data: deflated.deflated, method: 8, size: deflated.size }];
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = new Uint8Array(30 + name.length);
    const v = new DataView(local.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(8, e.method, true);
    v.setUint32(18, e.data.length, true);
    v.setUint32(22, e.size, true);
    v.setUint16(26, name.length, true);
    local.set(name, 30);
    const cd = new Uint8Array(46 + name.length);
    const c = new DataView(cd.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(10, e.method, true);
    c.setUint32(20, e.data.length, true);
    c.setUint32(24, e.size, true);
    c.setUint16(28, name.length, true);
    c.setUint32(42, offset, true);
    cd.set(name, 46);
    chunks.push(local, e.data);
    central.push(cd);
    offset += local.length + e.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, eocd];
  const result = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of all) {
    result.set(c, o);
    o += c.length;
  }
  return result;
}

// ---------------------------------------------------------------- PDF

export interface PdfLine {
  text: string;
  x: number;
  y: number;
  size?: number;
}

/** A PDF page by page, each a list of positioned lines (Helvetica); pages are US Letter. */
export async function buildPdf(pages: readonly PdfLine[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([612, 792]);
    for (const l of lines) page.drawText(l.text, { x: l.x, y: l.y, size: l.size ?? 11, font });
  }
  return doc.save({ useObjectStreams: false });
}

/** Wraps paragraphs into lines of a column `width` points wide, hyphenating a long word at the line end when asked. */
export function flow(font: { widthOfTextAtSize(t: string, s: number): number }, paragraphs: readonly string[], opts: { x: number; top: number; width: number; size?: number; hyphenate?: string; bottom?: number }): { lines: PdfLine[]; overflow: string[] } {
  const size = opts.size ?? 11;
  const lead = size * 1.3;
  const lines: PdfLine[] = [];
  let y = opts.top;
  const bottom = opts.bottom ?? 72;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const words = paragraphs[pi]!.split(/\s+/);
    let line = '';
    for (let wi = 0; wi < words.length; wi++) {
      const w = words[wi]!;
      const candidate = line ? `${line} ${w}` : w;
      if (font.widthOfTextAtSize(candidate, size) <= opts.width) {
        line = candidate;
        continue;
      }
      if (opts.hyphenate === w.replace(/[^A-Za-z]/g, '') && line) {
        // Break the word itself with a hyphen, the way a typesetter does.
        const half = Math.ceil(w.length / 2);
        lines.push({ text: `${line} ${w.slice(0, half)}-`, x: opts.x, y, size });
        y -= lead;
        line = w.slice(half);
        continue;
      }
      lines.push({ text: line, x: opts.x, y, size });
      y -= lead;
      line = w;
      if (y < bottom) return { lines, overflow: [[line, ...words.slice(wi + 1)].join(' '), ...paragraphs.slice(pi + 1)] };
    }
    lines.push({ text: line, x: opts.x, y, size });
    y -= lead * 2;
    if (y < bottom) return { lines, overflow: paragraphs.slice(pi + 1) };
  }
  return { lines, overflow: [] };
}

/** Helvetica's metrics, for `flow`. */
export async function helvetica(): Promise<PDFFont> {
  const doc = await PDFDocument.create();
  return doc.embedFont(StandardFonts.Helvetica);
}

/**
 * Paragraphs laid out page after page in one column, with a running header and a page number on
 * every page: what a contract exported from a word processor looks like.
 */
export async function pdfFromParagraphs(paragraphs: readonly string[], opts: { header?: string; hyphenate?: string; twoColumnFirstPage?: boolean } = {}): Promise<{ bytes: Uint8Array; pages: number; pageOf: (needle: string) => number }> {
  const font = await helvetica();
  const pages: PdfLine[][] = [];
  let rest = [...paragraphs];
  while (rest.length > 0) {
    const n = pages.length + 1;
    const lines: PdfLine[] = [];
    if (opts.header) lines.push({ text: opts.header, x: 72, y: 750, size: 9 });
    lines.push({ text: `Page ${n}`, x: 290, y: 40, size: 9 });
    if (opts.twoColumnFirstPage && n === 1) {
      const left = flow(font, rest, { x: 72, top: 700, width: 220, hyphenate: opts.hyphenate });
      const right = flow(font, left.overflow, { x: 320, top: 700, width: 220, hyphenate: opts.hyphenate });
      lines.push(...left.lines, ...right.lines);
      rest = right.overflow;
    } else {
      const one = flow(font, rest, { x: 72, top: 700, width: 468, hyphenate: opts.hyphenate });
      lines.push(...one.lines);
      rest = one.overflow;
    }
    pages.push(lines);
  }
  const bytes = await buildPdf(pages);
  const pageOf = (needle: string) => 1 + pages.findIndex((ls) => ls.some((l) => l.text.includes(needle)));
  return { bytes, pages: pages.length, pageOf };
}

/**
 * A one-page PDF encrypted with the standard security handler and a user password we never tell:
 * written by hand (pdf-lib cannot encrypt), with a correct cross-reference table.
 */
export function encryptedPdf(): Uint8Array {
  const hex = (seed: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(7)}> /U <${hex(99)}> /P -3904 >>`,
    '<< /Length 8 >>\nstream\nq Q\n....\nendstream',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<${hex(1).slice(0, 32)}> <${hex(1).slice(0, 32)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
