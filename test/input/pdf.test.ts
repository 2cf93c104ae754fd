/** PDF files to text: reading order, hyphenation, running headers, page positions, and hostile PDFs. */
import assert from 'node:assert/strict';
import { cliPdfJs } from '../../src/cli/pdfjs';
import { InputError, type ExtractedDocument } from '../../src/input';
import { extractPdf } from '../../src/input/pdf';
import { layoutPdf, type PdfTextItem } from '../../src/input/pdfLayout';
import { buildPdf, encryptedPdf, type PdfLine } from '../helpers/documents';

const header = (n: number): PdfLine[] => [
  { text: 'Northwind Storage Terms - Confidential', x: 72, y: 750, size: 9 },
  { text: `Page ${n} of 3`, x: 280, y: 40, size: 9 },
];

async function read(pages: PdfLine[][]): Promise<ExtractedDocument> {
  return extractPdf(await buildPdf(pages), await cliPdfJs());
}

describe('PDF input adapter', function () {
  this.timeout(60_000);

  let doc: ExtractedDocument;
  before(async () => {
    doc = await read([
      [
        ...header(1),
        // Two columns: the left column's paragraph must come out whole before the right column's.
        { text: 'Left column: the provider may', x: 72, y: 700 },
        { text: 'store customer data in any', x: 72, y: 686 },
        { text: 'country where it operates.', x: 72, y: 672 },
        { text: 'Right column: the provider will', x: 320, y: 700 },
        { text: 'notify the customer before it', x: 320, y: 686 },
        { text: 'answers a government demand.', x: 320, y: 672 },
      ],
      [...header(2), { text: 'Data stays in the region the customer se-', x: 72, y: 700 }, { text: 'lects, unless the customer agrees otherwise.', x: 72, y: 686 }],
      [...header(3), { text: 'The laws of Ireland govern this agreement.', x: 72, y: 700 }],
    ]);
  });

  it('reads a two-column page column by column', () => {
    assert.match(doc.text, /Left column: the provider may store customer data in any country where it operates\.\n\nRight column: the provider will notify the customer before it answers a government demand\./);
  });

  it('joins a word hyphenated at the end of a line', () => {
    assert.match(doc.text, /the region the customer selects, unless/);
  });

  it('leaves out the header repeated on every page and the page numbers, and says so', () => {
    assert.doesNotMatch(doc.text, /Confidential|Page \d/);
    assert.ok(doc.notes.some((n) => /running headers/.test(n)));
    assert.ok(doc.notes.some((n) => /page numbers/.test(n)));
  });

  it('keeps the page and the line of every part of the text', () => {
    assert.deepEqual(doc.positions.at(doc.text.indexOf('Right column')), { page: 1, line: 5 });
    assert.deepEqual(doc.positions.at(doc.text.indexOf('lects')), { page: 2, line: 3 });
    assert.deepEqual(doc.positions.at(doc.text.indexOf('The laws of Ireland')), { page: 3, line: 2 });
    assert.equal(doc.units, 3);
  });

  it('runs a sentence on across a page break when it did not end', async () => {
    const d = await read([[{ text: 'The provider may disclose data when', x: 72, y: 700 }], [{ text: 'required by law.', x: 72, y: 700 }]]);
    assert.match(d.text, /disclose data when required by law\./);
  });

  describe('bad input gets a clear InputError, quickly', () => {
    const rejects = async (p: Promise<unknown>, pattern: RegExp) => {
      await assert.rejects(p, (err: unknown) => err instanceof InputError && pattern.test(err.message));
    };

    it('an encrypted PDF', async () => {
      await rejects(extractPdf(encryptedPdf(), await cliPdfJs()), /password-protected/);
    });

    it('a scanned PDF (pages without a text layer)', async () => {
      await rejects(read([[], []]), /no text layer.*OCR/);
    });

    it('a 500-page PDF is refused before any page is read', async () => {
      const pages = Array.from({ length: 500 }, (_, i) => [{ text: `Page body ${i}.`, x: 72, y: 700 }]);
      const bytes = await buildPdf(pages);
      const started = Date.now();
      await rejects(extractPdf(bytes, await cliPdfJs(), { maxInputBytes: 1 << 30, maxTextChars: 1e7, maxUnzippedBytes: 0, maxPages: 300, timeBudgetMs: 60_000 }), /500 pages; the limit is 300/);
      assert.ok(Date.now() - started < 30_000);
    });

    it('a damaged file and a file that is not a PDF', async () => {
      const good = await buildPdf([[{ text: 'Hello.', x: 72, y: 700 }]]);
      await rejects(extractPdf(good.subarray(0, 40), await cliPdfJs()), /damaged|unreadable|no text/);
      await rejects(extractPdf(new TextEncoder().encode('plain text'), await cliPdfJs()), /not a PDF/);
    });
  });
});

describe('PDF layout (pure)', () => {
  const item = (str: string, x: number, y: number, size = 10): PdfTextItem => ({ str, x, y, width: str.length * size * 0.5, size });

  it('joins runs of one line that the PDF drew separately', () => {
    const d = layoutPdf([{ width: 612, height: 792, items: [item('The provider ', 72, 700), item('may store', 137, 700), item('data abroad.', 185, 700)] }]);
    assert.equal(d.text, 'The provider may store data abroad.\n');
  });

  it('starts a new paragraph at a list marker and at a larger gap', () => {
    const d = layoutPdf([{ width: 612, height: 792, items: [item('Intro line one', 72, 700), item('continues here.', 72, 688), item('• A bullet point', 72, 676), item('After a gap.', 72, 640)] }]);
    assert.equal(d.text, 'Intro line one continues here.\n\n• A bullet point\n\nAfter a gap.\n');
  });

  it('reads full-width lines in place around a two-column band', () => {
    const items = [item('A full-width title across the whole page width', 72, 740, 10)];
    for (let i = 0; i < 4; i++) items.push(item(`Left ${i}.`, 72, 700 - i * 12), item(`Right ${i}.`, 330, 700 - i * 12));
    items.push(item('A full-width closing line across the whole page', 72, 600, 10));
    const d = layoutPdf([{ width: 612, height: 792, items }]);
    assert.equal(d.text, 'A full-width title across the whole page width\n\nLeft 0. Left 1. Left 2. Left 3.\n\nRight 0. Right 1. Right 2. Right 3.\n\nA full-width closing line across the whole page\n');
  });
});
