/** Where a piece of extracted text came from in the original file: page and line of a PDF, paragraph of a Word file. */

/** A place in the original document; 1-based numbers as a reader counts them. */
export type SourcePosition = { page: number; line: number } | { paragraph: number } | { footnote: number };

/**
 * Maps offsets of the extracted text back to the original: a sorted list of segment starts, each
 * with the position its text came from. Lookup is a binary search, so a 500-page file costs nothing.
 */
export class PositionMap {
  private readonly starts: number[] = [];
  private readonly positions: SourcePosition[] = [];

  /** Records that the text from `offset` on comes from `position` (offsets must not decrease). */
  add(offset: number, position: SourcePosition): void {
    const last = this.starts.length - 1;
    if (last >= 0 && this.starts[last] === offset) this.positions[last] = position;
    else {
      this.starts.push(offset);
      this.positions.push(position);
    }
  }

  /** The position of the text at `offset`; undefined before the first segment. */
  at(offset: number): SourcePosition | undefined {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? undefined : this.positions[found];
  }

  get size(): number {
    return this.starts.length;
  }
}

/** "page 2, line 14", "¶ 14" or "footnote 3": how a reviewer finds the clause in the original. */
export function describePosition(p: SourcePosition | undefined): string {
  if (!p) return '';
  if ('page' in p) return `page ${p.page}, line ${p.line}`;
  if ('paragraph' in p) return `¶ ${p.paragraph}`;
  return `footnote ${p.footnote}`;
}

/** The short form for a column of locations: "p. 2" or "¶ 14" or "fn. 3". */
export function shortPosition(p: SourcePosition | undefined): string {
  if (!p) return '';
  if ('page' in p) return `p. ${p.page}`;
  if ('paragraph' in p) return `¶ ${p.paragraph}`;
  return `fn. ${p.footnote}`;
}
