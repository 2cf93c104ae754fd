/** The piece table must read exactly like the string it stands for, after any series of edits. */
import assert from 'node:assert/strict';
import { PieceText } from '../../src/core/text/pieces';
import { randomInt, seededRandom } from '../helpers/random';

describe('PieceText', () => {
  it('reads like a plain string after many random splices, including across compactions', () => {
    const rand = seededRandom(3);
    const next = (n: number): number => randomInt(rand, Math.max(1, n));
    let plain = 'The provider may store Customer Data in any country.\n\nIt will notify the customer.';
    let pieces = PieceText.of(plain);
    for (let k = 0; k < 500; k++) {
      const start = next(plain.length + 1);
      const end = Math.min(plain.length, start + next(12));
      const insert = ['', 'x', 'abc', '\n\n', '😀'][next(5)]!;
      plain = plain.slice(0, start) + insert + plain.slice(end);
      pieces = pieces.splice(start, end, insert);
      assert.equal(pieces.length, plain.length);
      const a = next(plain.length + 1);
      const b = a + next(40);
      assert.equal(pieces.slice(a, b), plain.slice(a, b), `edit ${k}`);
    }
    assert.equal(pieces.slice(0, pieces.length), plain);
  });

  it('clamps slices to the text', () => {
    const t = PieceText.of('abc').splice(1, 2, 'XY');
    assert.equal(t.slice(-5, 99), 'aXYc');
    assert.equal(t.slice(3, 1), '');
  });
});
