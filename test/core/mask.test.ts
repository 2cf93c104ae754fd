/** maskMarkup: blanks markup to spaces so rules read prose, while every offset stays that of the source. */
import assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatOf, maskMarkup, type HiddenSpan } from '../../src/core/text/mask';

/** The visible words of masked text, white space folded. */
const visible = (masked: string): string => masked.replace(/\s+/g, ' ').trim();

describe('maskMarkup', () => {
  describe('length and line breaks', () => {
    const samples = [
      readFileSync(join(__dirname, '..', 'fixtures', 'segment', 'mixed.md'), 'utf8'),
      '<p>One &amp; two</p>\r\n<!-- a\r\ncomment -->\r\n**bold** [x](y)',
      'Emoji \ud83d\ude00 [link \ud83c\uddea\ud83c\uddfa](https://e.example) _end_',
      '<!-- never closed\n\nstill a comment',
      '',
    ];
    for (const format of ['markdown', 'html', 'plaintext'] as const) {
      it(`returns text of the same length as its input (${format})`, () => {
        for (const s of samples) assert.equal(maskMarkup(s, format).length, s.length);
      });

      it(`keeps every line break where it was (${format})`, () => {
        for (const s of samples) {
          const masked = maskMarkup(s, format);
          for (let i = 0; i < s.length; i++) {
            if (s[i] === '\n' || s[i] === '\r') assert.equal(masked[i], s[i], `line break at ${i} changed`);
          }
        }
      });
    }

    it('changes characters only into spaces', () => {
      const s = '# Title\n\n**Bold** <i>x</i> &amp; [a](b) `code` ~~old~~';
      const masked = maskMarkup(s, 'markdown');
      for (let i = 0; i < s.length; i++) if (masked[i] !== s[i]) assert.equal(masked[i], ' ', `offset ${i}`);
    });
  });

  describe('HTML list items', () => {
    it('turn an <li> that opens a line into a "-" list marker, and leave one inside a line blank', () => {
      const s = '<p>We share data with:</p>\n<ul><li>Our hosting providers</li>\n<li class="x">Payment firms</li></ul>\n<p>Text <li>inline</li></p>';
      const masked = maskMarkup(s, 'html');
      assert.equal(masked.length, s.length);
      assert.equal(masked[s.indexOf('<li>')], '-');
      assert.equal(masked[s.indexOf('<li class')], '-');
      assert.equal(masked[s.lastIndexOf('<li>')], ' ');
    });

    it('give the items their lead-in', () => {
      const s = '<p>We share personal data with the following recipients:</p>\n<ul>\n<li>Web hosting</li>\n<li>Tax authorities</li>\n</ul>\n';
      const cats = analyze(s, { missingProtections: false }, { format: 'html' }).findings.map((f) => `${s.slice(f.start, f.end)}: ${f.categories.join(',')}`);
      assert.ok(cats.some((c) => c.startsWith('Web hosting') && c.includes('location.subprocessor')), cats.join(' | '));
      assert.ok(cats.some((c) => c.startsWith('Tax authorities') && c.includes('gov.disclosure')), cats.join(' | '));
    });
  });

  describe('Markdown links', () => {
    it('keeps the link text at its source offsets and blanks the target', () => {
      const s = 'See [the subprocessor list](https://example.com/subs "List") today.';
      const masked = maskMarkup(s, 'markdown');
      const at = s.indexOf('the subprocessor list');
      assert.equal(masked.slice(at, at + 'the subprocessor list'.length), 'the subprocessor list');
      assert.equal(visible(masked), 'See the subprocessor list today.');
    });

    it('keeps the alt text of an image', () => {
      assert.equal(visible(maskMarkup('![Data centre map](map.png) shown.', 'markdown')), 'Data centre map shown.');
    });

    it('keeps the text of a reference link and blanks its label', () => {
      assert.equal(visible(maskMarkup('Read [our policy][p] now.', 'markdown')), 'Read our policy now.');
    });

    it('blanks a link reference definition line', () => {
      assert.equal(visible(maskMarkup('Text.\n\n[p]: https://example.com/policy "Policy"', 'markdown')), 'Text.');
    });

    it('blanks an autolink', () => {
      assert.equal(visible(maskMarkup('Write to <mailto:legal@example.com> today.', 'markdown')), 'Write to today.');
    });
  });

  describe('Markdown emphasis', () => {
    it('blanks "**" and "__" strong markers', () => {
      assert.equal(visible(maskMarkup('We **never** sell __your__ data.', 'markdown')), 'We never sell your data.');
    });

    it('blanks single "*" and "_" emphasis markers', () => {
      assert.equal(visible(maskMarkup('We *may* move it _anywhere_.', 'markdown')), 'We may move it anywhere .');
    });

    it('blanks "~~" strike-through markers', () => {
      assert.equal(visible(maskMarkup('Data stays ~~forever~~ in Ireland.', 'markdown')), 'Data stays forever in Ireland.');
    });

    it('keeps underscores inside words', () => {
      assert.equal(maskMarkup('The customer_data_id field.', 'markdown'), 'The customer_data_id field.');
    });

    it('keeps an asterisk between spaces', () => {
      assert.equal(maskMarkup('Two * three', 'markdown'), 'Two * three');
    });

    it('blanks code back-ticks and keeps the code text', () => {
      assert.equal(visible(maskMarkup('Set `region` first.', 'markdown')), 'Set region first.');
    });

    it('blanks a backslash escape and keeps the escaped character', () => {
      assert.equal(maskMarkup('1\\. Not a list', 'markdown'), '1 . Not a list');
    });
  });

  describe('HTML', () => {
    it('blanks tags and keeps their text', () => {
      assert.equal(visible(maskMarkup('<p class="x">Data stays in <b>Ireland</b>.</p>', 'html')), 'Data stays in Ireland .');
    });

    it('blanks entities', () => {
      const s = 'Smith &amp; Jones&nbsp;Ltd &#169; &#x2014; end';
      assert.equal(visible(maskMarkup(s, 'html')), 'Smith Jones Ltd end');
    });

    it('blanks comments, including ones that span lines', () => {
      assert.equal(visible(maskMarkup('Before <!-- note\nacross lines --> after.', 'html')), 'Before after.');
    });

    it('blanks only the opener of an unclosed comment: the rest is still read', () => {
      assert.equal(visible(maskMarkup('Before <!-- never closed. More text.', 'html')), 'Before never closed. More text.');
    });

    it('blanks only the tag of an unclosed script or style element', () => {
      assert.equal(visible(maskMarkup('<style>\nProvider may store data anywhere.', 'html')), 'Provider may store data anywhere.');
      assert.equal(visible(maskMarkup('<script>\nProvider may store data anywhere.', 'markdown')), 'Provider may store data anywhere.');
    });

    it('leaves a `<style>` quoted in a Markdown sentence alone: it opens no element', () => {
      const s = 'Use `<style>` for looks.\n\nProvider may store data anywhere.\n\n</style>\n\nEnd.';
      assert.equal(visible(maskMarkup(s, 'markdown')), 'Use for looks. Provider may store data anywhere. End.');
    });

    it('reports the span of a closed comment and of a closed script element', () => {
      const hidden: HiddenSpan[] = [];
      maskMarkup('a <!-- b --> c\n<script>d</script>', 'html', hidden);
      assert.deepEqual(hidden, [
        { start: 6, end: 9, what: 'comment' },
        { start: 23, end: 24, what: 'script' },
      ]);
    });

    it('blanks control characters to spaces in every format', () => {
      for (const f of ['markdown', 'html', 'plaintext'] as const) assert.equal(maskMarkup('a\u0001\u0000b\tc', f), 'a  b\tc');
    });

    it('in plain text blanks a closed suppression comment and nothing else', () => {
      assert.equal(maskMarkup('x <!-- warrant-lens-disable --> y', 'plaintext'), `x ${' '.repeat('<!-- warrant-lens-disable -->'.length)} y`);
      assert.equal(maskMarkup('x <!-- note --> y <!-- z', 'plaintext'), 'x <!-- note --> y <!-- z');
    });

    it('blanks script and style contents', () => {
      assert.equal(visible(maskMarkup('A<script>var x = "We store data anywhere.";</script>B<style>p{}</style>C', 'html')), 'A B C');
    });

    it('blanks HTML embedded in Markdown', () => {
      assert.equal(visible(maskMarkup('Data <br/> stays &amp; **stays**.', 'markdown')), 'Data stays stays .');
    });

    it('keeps a less-than sign that opens no tag', () => {
      assert.equal(maskMarkup('Fewer than 5 < 10 requests.', 'html'), 'Fewer than 5 < 10 requests.');
    });
  });

  describe('plain text', () => {
    it('keeps Markdown and HTML characters as they are', () => {
      const s = '**Bold** [x](y) <b>tag</b> &amp;';
      assert.equal(maskMarkup(s, 'plaintext'), s);
    });

    it('still blanks comments (they carry suppressions)', () => {
      assert.equal(visible(maskMarkup('Keep <!-- warrant-lens-disable --> this.', 'plaintext')), 'Keep this.');
    });
  });

  describe('astral characters', () => {
    it('keeps both halves of a surrogate pair at their offsets', () => {
      const s = '**\ud83d\ude00 Data** stays [in \ud835\udcb3](u).';
      const masked = maskMarkup(s, 'markdown');
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdfff) assert.equal(masked.charCodeAt(i), c, `code unit ${i}`);
      }
    });

    for (const format of ['markdown', 'html', 'plaintext'] as const) {
      it(`keeps a leading U+FEFF byte order mark so no offset shifts (${format})`, () => {
        const s = '\ufeff<!-- c --> **Data** &amp; <b>stays</b>.';
        const masked = maskMarkup(s, format);
        assert.equal(masked.length, s.length);
        assert.equal(masked.indexOf('stays'), s.indexOf('stays'));
      });
    }

    it('keeps one code unit (itself or U+FFFD) for each lone surrogate', () => {
      const s = 'Lone \ud800 high and \udc00 low **x**';
      const masked = maskMarkup(s, 'markdown');
      assert.equal(masked.length, s.length);
      assert.ok([0xd800, 0xfffd].includes(masked.charCodeAt(5)));
      assert.equal(masked.indexOf(' high and '), s.indexOf(' high and '));
      assert.equal(masked.indexOf(' low '), s.indexOf(' low '));
    });
  });
});

describe('formatOf', () => {
  const cases: [string | undefined, string][] = [
    ['contract.md', 'markdown'],
    ['Terms.MARKDOWN', 'markdown'],
    ['deal.contract', 'markdown'],
    ['markdown', 'markdown'],
    ['page.html', 'html'],
    ['page.htm', 'html'],
    ['notes.txt', 'plaintext'],
    ['plaintext', 'plaintext'],
    [undefined, 'markdown'],
  ];
  for (const [name, format] of cases) {
    it(`reads ${JSON.stringify(name)} as ${format}`, () => {
      assert.equal(formatOf(name), format);
    });
  }
});
