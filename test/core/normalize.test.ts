/** The one-pass fold must give exactly what normalizeForMatching gives, on any text. */
import assert from 'node:assert/strict';
import { fewerSpacesThan, flatAscii, foldForMatching, hashText, normalizeForMatching, singleSpaced } from '../../src/core/text/normalize';
import { randomText, seededRandom } from '../helpers/random';

describe('foldForMatching', () => {
  const cases = ['', '   ', 'The Customer MAY store Data.', '  leading and trailing \t', 'tabs\tand\nnew lines\r\nand  double  spaces', 'form\ffeed and\vvertical tab', 'Curly \u2019quotes\u2019 and \u201cdashes\u201d \u2014 here', 'soft\u00adhyphen and\u00a0no-break space', 'ÉTATS-UNIS et Île', 'x'];
  for (const text of cases) {
    it(`folds ${JSON.stringify(text)} as normalizeForMatching does`, () => {
      assert.equal(foldForMatching(text), normalizeForMatching(flatAscii(text)));
    });
  }

  it('agrees with normalizeForMatching on random text', () => {
    const rand = seededRandom(7);
    const alphabet = 'aZ .,;:\t\n\r\f\v-\'"()0129\u00a0\u2019\u00e9\u00ad\u201c\u2014\u200b\ufeff\u2212';
    for (let n = 0; n < 2000; n++) {
      let text = '';
      const len = Math.floor(rand() * 40);
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(rand() * alphabet.length)];
      assert.equal(foldForMatching(text), normalizeForMatching(text), JSON.stringify(text));
    }
  });
});

describe('singleSpaced', () => {
  it('folds white space as replace(/\\s+/g, " ").trim() does, on random text', () => {
    const rand = seededRandom(9);
    const alphabet = 'aZ.  \t\n\r\f\v\u00a0\u2003\u2028\u3000\ufeff\u00ad\u2019';
    for (let n = 0; n < 2000; n++) {
      const text = randomText(rand, alphabet, 30);
      assert.equal(singleSpaced(text), text.replace(/\s+/g, ' ').trim(), JSON.stringify(text));
    }
  });
});

describe('hashText', () => {
  it('gives two 32-bit FNV words as 16 lower-case hex digits, zero-padded', () => {
    // FNV-1a of the empty string is its offset basis; the second word starts from the FNV prime.
    assert.equal(hashText(''), '811c9dc501000193');
    assert.match(hashText('The Customer may store data.'), /^[0-9a-f]{16}$/);
    assert.notEqual(hashText('a'), hashText('b'));
  });

  it('gives the words of FNV-1a and of FNV with a second prime, each as toString(16) would', () => {
    const word = (text: string, basis: number, prime: number): string => {
      let h = basis;
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), prime);
      return (h >>> 0).toString(16).padStart(8, '0');
    };
    const rand = seededRandom(13);
    const texts = ['', 'a', 'The Customer may store data.', 'Curly \u2019quote\u2019 \ud83d\ude00 \ud800 lone', 'x'.repeat(5000)];
    for (let n = 0; n < 500; n++) texts.push(randomText(rand, 'aZ .\u2019\u00e9\ud800', 20));
    for (const text of texts) assert.equal(hashText(text), word(text, 0x811c9dc5, 0x01000193) + word(text, 0x01000193, 0x5bd1e995), JSON.stringify(text.slice(0, 40)));
  });
});

describe('fewerSpacesThan', () => {
  it('answers as splitting at spaces would, for every count', () => {
    for (const text of ['', ' ', 'one', 'two words', ' lead', 'trail ', 'a  b', 'a b c d e f g h i j k l m n o p q r s t u v w']) {
      for (let n = 0; n <= 25; n++) assert.equal(fewerSpacesThan(text, n), text.split(' ', n + 1).length <= n, `${JSON.stringify(text)} ${n}`);
    }
  });
});
