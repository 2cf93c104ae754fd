/** The gate scan (one automaton over all gate words) must find exactly what a plain search finds. */
import assert from 'node:assert/strict';
import { gateWordMasks, scanGateWords } from '../../src/core/rules/gates';
import { seededRandom } from '../helpers/random';

const isWordChar = (c: string | undefined): boolean => c !== undefined && /\w/.test(c);

/** The masks of every gate word that starts where a regex \b would match, found the slow, obvious way. */
function plainScan(text: string): number[] {
  let out: number[] | undefined;
  for (let p = 0; p < text.length; p++) {
    if (isWordChar(text[p - 1]) === isWordChar(text[p])) continue;
    for (const [word, masks] of gateWordMasks) {
      if (!text.startsWith(word, p)) continue;
      out ??= new Array<number>(masks.length).fill(0);
      masks.forEach((m, k) => (out![k]! |= m));
    }
  }
  return out ?? new Array<number>(scanGateWords('').length).fill(0);
}

const scanned = (text: string): number[] => [...scanGateWords(text)].map((m) => m | 0);

describe('gate scan', () => {
  const words = [...gateWordMasks.keys()];

  it('has gate words that start with a space, a digit and inside compounds, so the cases below mean something', () => {
    assert.ok(words.some((w) => w.startsWith(' ')));
    assert.ok(words.some((w) => /^\d/.test(w)));
    assert.ok(words.includes('subprocessor'));
  });

  for (const text of ['', 'x', 'the data is stored in the united states.', 'see section 5 (see also annex 2)', 'foresee', 'nondisclosure and subprocessors', 'data_centre datacenter data-center', '\u00e9data \u2019see', 'usa us company u.s. u.s.a.']) {
    it(`finds what a plain search finds in ${JSON.stringify(text)}`, () => {
      assert.deepEqual(scanned(text), plainScan(text));
    });
  }

  it('finds what a plain search finds in random text made of gate words, their pieces and separators', () => {
    const rand = seededRandom(11);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const separators = [' ', '  ', '.', ', ', '(', ')', '-', '_', '/', '\n', '\u00e9', '\u2019', '"', '1', 'x'];
    for (let n = 0; n < 400; n++) {
      let text = '';
      const parts = 1 + Math.floor(rand() * 12);
      for (let i = 0; i < parts; i++) {
        const w = pick(words);
        // A whole word, a prefix of one or a word cut in the middle: partial matches must fall back right.
        const r = rand();
        text += r < 0.5 ? w : r < 0.75 ? w.slice(0, 1 + Math.floor(rand() * w.length)) : w.slice(Math.floor(rand() * w.length));
        if (rand() < 0.7) text += pick(separators);
      }
      assert.deepEqual(scanned(text), plainScan(text), JSON.stringify(text));
    }
  });
});
