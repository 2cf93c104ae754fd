/** The segmenter: clauses (blocks) and sentences with exact offsets into the source text. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences, StopFinder } from '../../src/core/text/segment';
import { randomText, seededRandom } from '../helpers/random';
import { blockViews, segmentSource, sentenceTexts } from '../helpers/segmentation';

const fixtures = join(__dirname, '..', 'fixtures', 'segment');

describe('segment', () => {
  describe('numbered clauses', () => {
    it('reads "1." as a list item and drops the number from the clause', () => {
      assert.deepEqual(blockViews('1. Definitions\n\n2. Data Location'), [
        { kind: 'list-item', text: 'Definitions', depth: 0, header: false },
        { kind: 'list-item', text: 'Data Location', depth: 0, header: false },
      ]);
    });

    it('reads "1.1" and "1.2.3" sub-clause numbers as list items', () => {
      const blocks = blockViews('1.1 The Provider hosts the Services.\n\n1.2.3 The Customer chooses a region.');
      assert.deepEqual(
        blocks.map((b) => [b.kind, b.text]),
        [
          ['list-item', 'The Provider hosts the Services.'],
          ['list-item', 'The Customer chooses a region.'],
        ],
      );
    });

    it('reads "(a)" and "a)" lettered clauses as list items', () => {
      const blocks = blockViews('(a) Notice. We will tell you.\n(b) Challenge.\nc) Third item.');
      assert.deepEqual(
        blocks.map((b) => [b.kind, b.text]),
        [
          ['list-item', 'Notice. We will tell you.'],
          ['list-item', 'Challenge.'],
          ['list-item', 'Third item.'],
        ],
      );
    });

    it('reads "(iv)" roman numerals as list items', () => {
      const blocks = blockViews('(iii) Third clause.\n(iv) Fourth clause.');
      assert.deepEqual(
        blocks.map((b) => [b.kind, b.text]),
        [
          ['list-item', 'Third clause.'],
          ['list-item', 'Fourth clause.'],
        ],
      );
    });

    it('splits a numbered clause into its sentences', () => {
      assert.deepEqual(sentenceTexts('2.1 The Provider stores data in Ireland. It may not move it.'), ['The Provider stores data in Ireland.', 'It may not move it.']);
    });

    it('keeps a wrapped continuation line inside its list item', () => {
      const blocks = blockViews('1. The Provider keeps backups\n   in the same region.\n2. Next clause.');
      assert.deepEqual(
        blocks.map((b) => b.text),
        ['The Provider keeps backups\n   in the same region.', 'Next clause.'],
      );
    });
  });

  describe('bullets and nested lists', () => {
    it('reads "-", "*", "+" and "•" bullets as list items', () => {
      const blocks = blockViews('- dash item\n* star item\n+ plus item\n\u2022 bullet item');
      assert.deepEqual(
        blocks.map((b) => [b.kind, b.text]),
        [
          ['list-item', 'dash item'],
          ['list-item', 'star item'],
          ['list-item', 'plus item'],
          ['list-item', 'bullet item'],
        ],
      );
    });

    it('gives nested items a depth from their indentation', () => {
      const blocks = blockViews('- top\n  - second\n    - third\n- top again');
      assert.deepEqual(
        blocks.map((b) => [b.text, b.depth]),
        [
          ['top', 0],
          ['second', 1],
          ['third', 2],
          ['top again', 0],
        ],
      );
    });

    it('counts a tab as four columns of indentation', () => {
      const blocks = blockViews('- top\n\t- nested with a tab');
      assert.equal(blocks[1]!.depth, 2);
    });

    it('does not read a bullet glued to a word as a list marker', () => {
      const blocks = blockViews('Bullet\u2022 text glued to a word is part of this sentence.');
      assert.equal(blocks[0]!.kind, 'paragraph');
    });
  });

  describe('headings', () => {
    it('reads an ATX "#" line as a heading whose text (without the marks) is a sentence the rules read', () => {
      const source = '# Data Location #\n\nWe host data in Frankfurt.';
      const { blocks, sentences } = segmentSource(source);
      assert.equal(blocks[0]!.kind, 'heading');
      assert.equal(source.slice(blocks[0]!.start, blocks[0]!.end), 'Data Location');
      assert.deepEqual(
        sentences.map((s) => source.slice(s.start, s.end)),
        ['Data Location', 'We host data in Frankfurt.'],
      );
    });

    it('links each sentence to the nearest heading above it (a heading to itself)', () => {
      const source = '# One\n\nFirst text.\n\n## Two\n\nSecond text.';
      const { blocks, sentences } = segmentSource(source);
      assert.deepEqual(
        sentences.map((s) => source.slice(blocks[s.heading]!.start, blocks[s.heading]!.end)),
        ['One', 'One', 'Two', 'Two'],
      );
    });

    it('gives sentences before any heading the heading index -1', () => {
      const { sentences } = segmentSource('No heading here.');
      assert.equal(sentences[0]!.heading, -1);
    });

    it('reads a setext title underlined with "=" as a heading', () => {
      const blocks = blockViews('Government Requests\n===================\n\nBody text.');
      assert.deepEqual(blocks[0], { kind: 'heading', text: 'Government Requests', depth: 0, header: false });
    });

    it('reads a setext title underlined with "-" as a heading', () => {
      const blocks = blockViews('Subprocessors\n-------------\n\nBody text.');
      assert.deepEqual(blocks[0], { kind: 'heading', text: 'Subprocessors', depth: 0, header: false });
    });

    it('reads a short unpunctuated line between blank lines as a title', () => {
      const blocks = blockViews('Intro text.\n\nData Processing Terms\n\nThe terms follow.');
      assert.deepEqual(
        blocks.map((b) => [b.kind, b.text]),
        [
          ['paragraph', 'Intro text.'],
          ['heading', 'Data Processing Terms'],
          ['paragraph', 'The terms follow.'],
        ],
      );
    });

    it('reads a short line that ends with a full stop as prose, not a title', () => {
      const blocks = blockViews('Intro text.\n\nWe store data.\n\nMore text.');
      assert.equal(blocks[1]!.kind, 'paragraph');
    });

    it('does not read a thematic break as a block', () => {
      const blocks = blockViews('First part.\n\n---\n\nSecond part.');
      assert.deepEqual(
        blocks.map((b) => b.text),
        ['First part.', 'Second part.'],
      );
    });
  });

  describe('tables', () => {
    const table = '| Subprocessor | Country |\n|---|:---:|\n| Acme Hosting | Ireland |\n| Beta Mail | United States |';

    it('makes one block per table row and none for the rule line', () => {
      assert.deepEqual(
        blockViews(table).map((b) => [b.kind, b.text]),
        [
          ['table-row', '| Subprocessor | Country |'],
          ['table-row', '| Acme Hosting | Ireland |'],
          ['table-row', '| Beta Mail | United States |'],
        ],
      );
    });

    it('flags the row above the rule line as the header', () => {
      assert.deepEqual(
        blockViews(table).map((b) => b.header),
        [true, false, false],
      );
    });

    it('flags no header in a table without a rule line', () => {
      assert.deepEqual(
        blockViews('| Acme | Ireland |\n| Beta | Germany |').map((b) => b.header),
        [false, false],
      );
    });

    it('makes each table row exactly one sentence', () => {
      assert.deepEqual(sentenceTexts('| One. Two. | Three. |\n| Four | Five |'), ['| One. Two. | Three. |', '| Four | Five |']);
    });
  });

  describe('abbreviations', () => {
    const cases: [string, string, string[]][] = [
      ['"U.S."', 'Data may be stored in the U.S. and elsewhere. Nothing else.', ['Data may be stored in the U.S. and elsewhere.', 'Nothing else.']],
      ['"Inc."', 'Acme Inc. hosts the data. It is in Ohio.', ['Acme Inc. hosts the data.', 'It is in Ohio.']],
      ['"e.g."', 'Some countries, e.g. India, are covered. Others are not.', ['Some countries, e.g. India, are covered.', 'Others are not.']],
      ['"i.e."', 'The region, i.e. Frankfurt, is fixed. Backups stay there.', ['The region, i.e. Frankfurt, is fixed.', 'Backups stay there.']],
      ['"Sec. 2.1"', 'See Sec. 2.1 for the list of locations. The list may change.', ['See Sec. 2.1 for the list of locations.', 'The list may change.']],
      ['"No. 5"', 'Refer to Schedule No. 5 of this Agreement. It lists vendors.', ['Refer to Schedule No. 5 of this Agreement.', 'It lists vendors.']],
      ['"Corp." and "Ltd."', 'Beta Corp. and Gamma Ltd. act as processors. They are affiliates.', ['Beta Corp. and Gamma Ltd. act as processors.', 'They are affiliates.']],
      ['initials', 'Signed by J. Smith for the Provider. Dated today.', ['Signed by J. Smith for the Provider.', 'Dated today.']],
    ];
    for (const [name, source, expected] of cases) {
      it(`does not end a sentence at ${name}`, () => {
        assert.deepEqual(sentenceTexts(source), expected);
      });
    }

    it('ends a sentence at "Inc." when a common sentence opener follows', () => {
      assert.deepEqual(sentenceTexts('The data is held by Acme Inc. The Customer may audit it.'), ['The data is held by Acme Inc.', 'The Customer may audit it.']);
    });

    it('does not end a sentence at a section number like "Section 2."', () => {
      assert.deepEqual(sentenceTexts('As described in Section 2. Data stays in the EU.'), ['As described in Section 2. Data stays in the EU.']);
    });
  });

  describe('sentence boundaries', () => {
    it('ends sentences at ".", "!" and "?"', () => {
      assert.deepEqual(sentenceTexts('Is data moved? Never! It stays.'), ['Is data moved?', 'Never!', 'It stays.']);
    });

    it('keeps closing quotes and brackets with the sentence they close', () => {
      assert.deepEqual(sentenceTexts('He wrote "Stop." Then he left. (See above.) Next.'), ['He wrote "Stop."', 'Then he left.', '(See above.)', 'Next.']);
    });

    it('does not end a sentence before a lower-case word', () => {
      assert.deepEqual(sentenceTexts('Version 2. includes changes. It is new.'), ['Version 2. includes changes.', 'It is new.']);
    });

    it('does not end a sentence inside a decimal number', () => {
      assert.deepEqual(sentenceTexts('Fees rise by 2.5 percent. Data stays.'), ['Fees rise by 2.5 percent.', 'Data stays.']);
    });

    it('trims surrounding white space from each sentence', () => {
      const source = '   Leading spaces here.    Trailing spaces.   ';
      assert.deepEqual(sentenceTexts(source), ['Leading spaces here.', 'Trailing spaces.']);
    });
  });

  describe('Markdown markup', () => {
    it('keeps source offsets of a sentence that contains a link', () => {
      const source = 'Read our [privacy notice](https://example.com/privacy "Privacy"). We store data in Ireland.';
      assert.deepEqual(sentenceTexts(source), ['Read our [privacy notice](https://example.com/privacy "Privacy").', 'We store data in Ireland.']);
    });

    it('keeps source offsets of a sentence that contains emphasis', () => {
      const source = 'We **never** sell data. We _may_ move it.';
      assert.deepEqual(sentenceTexts(source), ['We **never** sell data.', 'We _may_ move it.']);
    });

    it('trims masked markup from both ends of a sentence', () => {
      const source = '**Data location.** We host data in Paris.';
      const texts = sentenceTexts(source);
      assert.equal(texts[0], 'Data location.');
      assert.equal(texts[1], 'We host data in Paris.');
    });

    it('ignores an HTML comment between sentences', () => {
      const source = 'First sentence. <!-- reviewer note. Do not ship. --> Second sentence.';
      assert.deepEqual(sentenceTexts(source), ['First sentence.', 'Second sentence.']);
    });

    it('ignores HTML tags and entities around words', () => {
      const source = '<p>Data&nbsp;stays in <b>Ireland</b>.</p> <p>Keys stay too.</p>';
      assert.deepEqual(sentenceTexts(source, 'html'), ['Data&nbsp;stays in <b>Ireland</b>.', 'Keys stay too.']);
    });
  });

  describe('line breaks', () => {
    it('splits lines at CRLF and keeps the CR out of sentences', () => {
      const source = 'First line here.\r\nSecond line here.\r\n\r\nNew paragraph.';
      assert.deepEqual(sentenceTexts(source), ['First line here.', 'Second line here.', 'New paragraph.']);
    });

    it('separates paragraphs at a blank CRLF line', () => {
      const blocks = blockViews('One paragraph.\r\n\r\nAnother paragraph.');
      assert.deepEqual(
        blocks.map((b) => b.text),
        ['One paragraph.', 'Another paragraph.'],
      );
    });

    it('treats a lone CR as a line break', () => {
      const blocks = blockViews('One paragraph.\r\rAnother paragraph.\r- a list item');
      assert.deepEqual(
        blocks.map((b) => [b.kind, b.text]),
        [
          ['paragraph', 'One paragraph.'],
          ['paragraph', 'Another paragraph.'],
          ['list-item', 'a list item'],
        ],
      );
    });

    it('joins a sentence that a PDF extraction broke with a blank line', () => {
      const source = 'The Provider may store and process Customer Data in any country in which it or its\n\nsubprocessors maintain facilities. Backups follow the data.';
      assert.deepEqual(sentenceTexts(source), [
        'The Provider may store and process Customer Data in any country in which it or its\n\nsubprocessors maintain facilities.',
        'Backups follow the data.',
      ]);
    });

    it('joins a paragraph wrapped at the margin even when the next line starts with a capital', () => {
      const source = [
        'The Supplier shall not move the personal data held for the Customer to a country that the',
        '',
        'European Commission has not found to offer an adequate level of protection (an "Adequacy',
        '',
        'Decision"), unless the Customer chooses a data centre in such a country itself.',
      ].join('\n');
      assert.equal(blockViews(source).length, 1);
      assert.equal(sentenceTexts(source).length, 1);
    });

    it('keeps a short unpunctuated title and a one-line paragraph apart from the capitalised paragraph after them', () => {
      assert.equal(blockViews('Part 2: Personal Data the Supplier Processes for Its Own Purposes as a Controller\n\nThe purpose of this part is to set the terms.').length, 2);
      const longLine = `The vendor runs the hosted model for us and keeps no personal data at all. ${'More details on its enterprise terms are on its own website. '.repeat(4)}See [its terms](https://vendor.example/terms)`;
      assert.equal(blockViews(`${longLine}\n\nCookies of the analytics service send data to its operator.`).length, 2, 'one long line is not a wrapped paragraph');
      const wrapped = 'The Supplier keeps an up-to-date list of its sub-processors and their countries on its website\n\nat all times, together with the services each one supports for the Customer and its users\n\nData Protection Officer\n\nThe officer answers within a month.';
      assert.deepEqual(blockViews(wrapped).map((b) => b.text.split('\n')[0]), ['The Supplier keeps an up-to-date list of its sub-processors and their countries on its website', 'Data Protection Officer', 'The officer answers within a month.']);
    });

    it('does not join two paragraphs when the first ends with a full stop', () => {
      const blocks = blockViews('The first paragraph ends here.\n\nand this one starts in lower case.');
      assert.equal(blocks.length, 2);
    });
  });

  describe('astral characters', () => {
    it('keeps UTF-16 offsets exact around emoji', () => {
      const source = 'Data \ud83d\ude00 is stored in \ud835\udcb3 regions. The \ud83c\uddea\ud83c\uddfa provider keeps it there.';
      const { sentences } = segmentSource(source);
      assert.deepEqual(
        sentences.map((s) => [s.start, s.end]),
        [
          [0, source.indexOf('.') + 1],
          [source.indexOf('The'), source.length],
        ],
      );
    });

    it('never splits a surrogate pair at a sentence edge', () => {
      const source = 'First sentence \ud83d\ude00. Second \ud83d\ude00 sentence.';
      for (const t of sentenceTexts(source)) {
        assert.ok(!/^[\udc00-\udfff]|[\ud800-\udbff]$/.test(t), JSON.stringify(t));
      }
    });
  });

  describe('invariants on a mixed document', () => {
    const source = readFileSync(join(fixtures, 'mixed.md'), 'utf8');

    it('returns sentences in order, without overlap, inside their block', () => {
      const { blocks, sentences } = segmentSource(source);
      let last = 0;
      for (const s of sentences) {
        const b = blocks[s.block]!;
        assert.ok(s.start >= last, `sentence at ${s.start} overlaps the one before`);
        assert.ok(s.start < s.end, `empty sentence at ${s.start}`);
        assert.ok(s.start >= b.start && s.end <= b.end, `sentence ${s.start}-${s.end} leaves block ${b.start}-${b.end}`);
        last = s.end;
      }
    });

    it('returns sentences that neither start nor end with white space', () => {
      for (const t of sentenceTexts(source)) assert.equal(t, t.trim(), JSON.stringify(t));
    });

    it("gives a heading's sentences that heading and no other block's text", () => {
      const { blocks, sentences } = segmentSource(source);
      for (const s of sentences) if (blocks[s.block]!.kind === 'heading') assert.equal(s.heading, s.block);
    });

    it('finds every kind of block in the fixture', () => {
      const kinds = new Set(segmentSource(source).blocks.map((b) => b.kind));
      assert.deepEqual([...kinds].sort(), ['heading', 'list-item', 'paragraph', 'table-row']);
    });
  });

  describe('splitSentences', () => {
    it('reports only the given range', () => {
      const text = 'Ignored. We keep this one. We keep that one. Ignored too.';
      const out: string[] = [];
      splitSentences(text, text.indexOf('We keep this'), text.indexOf(' Ignored too'), (s, e) => out.push(text.slice(s, e)));
      assert.deepEqual(out, ['We keep this one.', 'We keep that one.']);
    });

    it('keeps a run-in title with the sentence it introduces', () => {
      const text = 'Sovereign Region. Where the Order Form says so, these terms apply. They bind both parties.';
      const out: string[] = [];
      splitSentences(text, 0, text.length, (s, e) => out.push(text.slice(s, e)));
      assert.deepEqual(out, ['Sovereign Region. Where the Order Form says so, these terms apply.', 'They bind both parties.']);
    });

    it('still ends a short first sentence that is not a title', () => {
      const text = 'He wrote it down. Then he left.';
      const out: string[] = [];
      splitSentences(text, 0, text.length, (s, e) => out.push(text.slice(s, e)));
      assert.deepEqual(out, ['He wrote it down.', 'Then he left.']);
    });
  });

  describe('StopFinder', () => {
    it('finds the first stop mark at or after any position, asked forward, backward or again', () => {
      const rand = seededRandom(5);
      const alphabet = 'ab .!?\n';
      for (let n = 0; n < 200; n++) {
        const text = randomText(rand, alphabet, 60);
        const stops = new StopFinder(text);
        for (let q = 0; q < 40; q++) {
          // Mostly forward, as the segmenter asks, sometimes back.
          const i = Math.floor(rand() * (text.length + 2));
          const expected = [...text].findIndex((c, k) => k >= i && '.!?'.includes(c));
          assert.equal(stops.at(i), expected, `${JSON.stringify(text)} at ${i}`);
        }
      }
    });

    it('is shared by the blocks of one text without changing their sentences', () => {
      const text = 'One? Two! Three. Four.\n\nThen five came. Six? Seven';
      const blocks = [[0, 22], [24, text.length]] as const;
      const read = (shared: boolean): string[] => {
        const out: string[] = [];
        const stops = new StopFinder(text);
        for (const [a, b] of blocks) splitSentences(text, a, b, (s, e) => out.push(text.slice(s, e)), shared ? stops : undefined);
        return out;
      };
      assert.deepEqual(read(true), ['One?', 'Two!', 'Three.', 'Four.', 'Then five came.', 'Six?', 'Seven']);
      assert.deepEqual(read(true), read(false));
    });
  });

  describe('hostile layout', () => {
    it('segments 2,000 ever deeper list levels into 2,000 items with their depths', () => {
      let source = '';
      for (let i = 0; i < 2000; i++) source += `${'  '.repeat(i)}- x\n`;
      const { blocks } = segmentSource(source);
      assert.equal(blocks.length, 2000);
      assert.equal(blocks[1999]!.depth, 1999);
    });
  });
});
