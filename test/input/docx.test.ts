/** Word files to text: structure, runs, tracked changes, footnotes, positions, and hostile zips. */
import assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import { extractDocx } from '../../src/input/docx';
import { defaultLimits, InputError } from '../../src/input';
import { buildDocx, docxBomb, docxParts } from '../helpers/documents';

const sample = () =>
  extractDocx(
    buildDocx(
      [
        { heading: 1, text: 'Data Processing Terms' },
        { p: ['The provider may store Customer Data in any ', { text: 'coun', bold: true }, 'try where it operates.'] },
        { p: ['The provider ', { text: 'will not', del: true }, { text: 'will', ins: true }, ' notify the customer of any demand.', { footnote: 1 }] },
        { bullet: 'Backups stay in the same region.' },
        { numbered: 'Storage.' },
        { numbered: 'Encrypted at rest.', level: 1 },
        { numbered: 'Access.' },
        { table: [['Region', 'Location'], ['EU', 'Ireland | Netherlands'], ['US', 'Virginia']] },
      ],
      { 1: 'Demands from law enforcement are described in Annex 2.' },
    ),
  );

describe('DOCX input adapter', () => {
  it('joins a sentence that Word split across runs', () => {
    assert.match(sample().text, /in any country where it operates\./);
  });

  it('reads tracked insertions and leaves tracked deletions out', () => {
    const { text } = sample();
    assert.match(text, /The provider will notify the customer of any demand\./);
    assert.doesNotMatch(text, /will not\b|will not will/);
  });

  it('keeps headings, bullets, numbered items (with their level) and tables as Markdown', () => {
    const { text, textFormat } = sample();
    assert.equal(textFormat, 'markdown');
    assert.match(text, /^# Data Processing Terms$/m);
    assert.match(text, /^- Backups stay in the same region\.$/m);
    assert.match(text, /^1\. Storage\.$/m);
    assert.match(text, /^\(a\) Encrypted at rest\.$/m);
    assert.match(text, /^2\. Access\.$/m);
    assert.match(text, /^\| Region \| Location \|\n\| --- \| --- \|\n\| EU \| Ireland \\\| Netherlands \|\n\| US \| Virginia \|$/m);
  });

  it('appends footnotes after the body, each with its footnote number', () => {
    const doc = sample();
    const at = doc.text.indexOf('Demands from law enforcement');
    assert.ok(at > doc.text.indexOf('Virginia'));
    assert.deepEqual(doc.positions.at(at), { footnote: 1 });
  });

  it('maps every offset to its 1-based body paragraph, table cells counted as Word counts them', () => {
    const doc = sample();
    assert.deepEqual(doc.positions.at(doc.text.indexOf('Data Processing')), { paragraph: 1 });
    assert.deepEqual(doc.positions.at(doc.text.indexOf('any country')), { paragraph: 2 });
    assert.deepEqual(doc.positions.at(doc.text.indexOf('Access.')), { paragraph: 7 });
    // The table's cells are paragraphs 8..13; its second row starts at paragraph 10.
    assert.deepEqual(doc.positions.at(doc.text.indexOf('| EU')), { paragraph: 10 });
  });

  it('reads a file whose XML parts are stored without compression', () => {
    const parts = docxParts([{ p: ['Stored plainly.'] }]);
    const bytes = zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, [strToU8(v), { level: 0 }]])) as never);
    assert.match(extractDocx(bytes).text, /Stored plainly\./);
  });

  describe('bad input gets a clear InputError', () => {
    const rejects = (bytes: Uint8Array, pattern: RegExp) => {
      assert.throws(() => extractDocx(bytes), (err: unknown) => err instanceof InputError && pattern.test(err.message));
    };

    it('a zip bomb (1 GB of spaces in a few KB) is refused within the decompression budget', () => {
      const bomb = docxBomb(1024 * 1024 * 1024);
      assert.ok(bomb.length < 8 * 1024 * 1024, `the bomb is small (${bomb.length} bytes)`);
      const before = process.memoryUsage().rss;
      rejects(bomb, /zip bomb/);
      assert.ok(process.memoryUsage().rss - before < 600 * 1024 * 1024, 'memory stays bounded');
    });

    it('a bomb under a small budget is refused too, while the same part under the budget is read', () => {
      assert.throws(() => extractDocx(docxBomb(8 * 1024 * 1024), { ...defaultLimits, maxUnzippedBytes: 1024 * 1024 }), /zip bomb/);
      // 10,000 spaces are not XML: this proves the hand-made DEFLATE stream decodes, and the error is a clear one.
      assert.throws(() => extractDocx(docxBomb(10_000)), /not well-formed/);
    });

    it('a corrupt zip (cut in half, or bytes scrambled)', () => {
      const good = buildDocx([{ p: ['Some text.'] }]);
      rejects(good.subarray(0, good.length >> 1), /damaged|corrupt/);
      const scrambled = good.slice();
      for (let i = 40; i < scrambled.length - 200; i += 7) scrambled[i] ^= 0x5a;
      rejects(scrambled, /damaged|corrupt|not a Word/);
    });

    it('a zip that is not a Word document', () => {
      rejects(zipSync({ 'hello.txt': strToU8('hi') }), /no word\/document\.xml/);
    });

    it('a legacy .doc or password-protected file (an OLE container)', () => {
      rejects(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /password-protected or legacy/);
    });

    it('not a zip at all', () => {
      rejects(strToU8('just some text'), /not a zip/);
    });

    it('a document part that is not well-formed XML', () => {
      const parts = docxParts([{ p: ['x'] }]);
      parts['word/document.xml'] = '<w:document><w:body><w:p>';
      rejects(zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)]))), /not well-formed/);
    });
  });
});
