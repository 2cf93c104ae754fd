/** LineIndex: offsets to 0-based line/character and back, in UTF-16 code units, for LF, CRLF and lone CR. */
import assert from 'node:assert/strict';
import { LineIndex } from '../../src/core';

describe('LineIndex', () => {
  it('counts one line for empty text', () => {
    assert.equal(new LineIndex('').lineCount, 1);
  });

  it('counts a line after a trailing line break', () => {
    assert.equal(new LineIndex('a\n').lineCount, 2);
  });

  it('maps offsets on LF lines', () => {
    const idx = new LineIndex('ab\ncd\nef');
    assert.deepEqual(idx.positionAt(0), { line: 0, character: 0 });
    assert.deepEqual(idx.positionAt(4), { line: 1, character: 1 });
    assert.deepEqual(idx.positionAt(6), { line: 2, character: 0 });
  });

  it('counts CRLF as one line break', () => {
    const idx = new LineIndex('ab\r\ncd\r\nef');
    assert.equal(idx.lineCount, 3);
    assert.deepEqual(idx.positionAt(4), { line: 1, character: 0 });
    assert.deepEqual(idx.positionAt(8), { line: 2, character: 0 });
  });

  it('places an offset between CR and LF on the line the CR ends', () => {
    assert.deepEqual(new LineIndex('ab\r\ncd').positionAt(3), { line: 0, character: 3 });
  });

  it('counts a lone CR as a line break', () => {
    const idx = new LineIndex('ab\rcd\ref');
    assert.equal(idx.lineCount, 3);
    assert.deepEqual(idx.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(idx.positionAt(7), { line: 2, character: 1 });
  });

  it('counts mixed LF, CRLF and CR line breaks', () => {
    const idx = new LineIndex('a\nb\r\nc\rd');
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.positionAt(7), { line: 3, character: 0 });
  });

  it('counts an astral character as two UTF-16 code units', () => {
    const text = 'x\n\ud83d\ude00y';
    assert.deepEqual(new LineIndex(text).positionAt(text.indexOf('y')), { line: 1, character: 2 });
  });

  it('clamps offsets outside the text', () => {
    const idx = new LineIndex('ab\ncd');
    assert.deepEqual(idx.positionAt(-5), { line: 0, character: 0 });
    assert.deepEqual(idx.positionAt(99), { line: 1, character: 2 });
  });

  it('maps a line and character back to the offset', () => {
    const idx = new LineIndex('ab\r\ncd\ref');
    assert.equal(idx.offsetAt(0, 1), 1);
    assert.equal(idx.offsetAt(1, 1), 5);
    assert.equal(idx.offsetAt(2, 2), 9);
  });

  it('clamps a character past the end of its line to the start of the next line', () => {
    const idx = new LineIndex('ab\ncd');
    assert.equal(idx.offsetAt(0, 50), 3);
  });

  it('clamps lines outside the text', () => {
    const idx = new LineIndex('ab\ncd');
    assert.equal(idx.offsetAt(-1, 0), 0);
    assert.equal(idx.offsetAt(7, 0), 5);
  });

  it('round-trips every offset of a mixed text', () => {
    const text = 'Line one\r\nline \ud83d\ude00 two\rthree\n\nfive';
    const idx = new LineIndex(text);
    for (let o = 0; o <= text.length; o++) {
      const p = idx.positionAt(o);
      // An offset between CR and LF maps to the end of the CR's line and back to the same offset.
      assert.equal(idx.offsetAt(p.line, p.character), o, `offset ${o}`);
    }
  });
});
