/**
 * A read-only text kept as a list of pieces, so replacing a paragraph in a long document costs the
 * number of pieces, not the length of the text (a small piece table). Compacts itself now and then.
 */

interface Piece {
  text: string;
  /** Offset of the piece's first character in the whole text. */
  start: number;
}

// Past this many pieces the next edit joins them into one string again: an occasional O(n) copy
// instead of one on every keystroke.
const maxPieces = 48;

export class PieceText {
  private constructor(
    private readonly pieces: readonly Piece[],
    readonly length: number,
  ) {}

  static of(text: string): PieceText {
    return new PieceText([{ text, start: 0 }], text.length);
  }

  /** A new text with [start, end) replaced by `insert`. */
  splice(start: number, end: number, insert: string): PieceText {
    const delta = insert.length - (end - start);
    const out: Piece[] = [];
    for (const p of this.pieces) {
      const pEnd = p.start + p.text.length;
      if (pEnd <= start) out.push(p);
      else if (p.start < start) out.push({ text: p.text.slice(0, start - p.start), start: p.start });
    }
    if (insert.length > 0) out.push({ text: insert, start });
    for (const p of this.pieces) {
      const pEnd = p.start + p.text.length;
      if (p.start >= end) out.push({ text: p.text, start: p.start + delta });
      else if (pEnd > end) out.push({ text: p.text.slice(end - p.start), start: end + delta });
    }
    const next = new PieceText(out, this.length + delta);
    return out.length > maxPieces ? PieceText.of(next.slice(0, next.length)) : next;
  }

  /** The characters in [start, end), clamped to the text. */
  slice(start: number, end: number): string {
    const a = Math.max(0, start);
    const b = Math.min(this.length, end);
    if (b <= a) return '';
    let i = this.find(a);
    const first = this.pieces[i]!;
    if (b <= first.start + first.text.length) return first.text.slice(a - first.start, b - first.start);
    let s = first.text.slice(a - first.start);
    for (i++; i < this.pieces.length; i++) {
      const p = this.pieces[i]!;
      if (p.start >= b) break;
      s += p.text.slice(0, b - p.start);
    }
    return s;
  }

  /** Index of the piece holding `offset` (binary search). */
  private find(offset: number): number {
    let lo = 0;
    let hi = this.pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.pieces[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
