/** Where a finding sits in the original Word or PDF file, in the shape each output format needs. */
import type { PositionMap, SourcePosition } from '../../input';

/** JSON/SARIF fields: `page` and `pageLine` (PDF), `paragraph` (DOCX body), or `footnote`; none for text files. */
export function sourceFields(positions: PositionMap | undefined, offset: number): { page?: number; pageLine?: number; paragraph?: number; footnote?: number } {
  const p: SourcePosition | undefined = positions?.at(offset);
  if (!p) return {};
  if ('page' in p) return { page: p.page, pageLine: p.line };
  if ('paragraph' in p) return { paragraph: p.paragraph };
  return { footnote: p.footnote };
}
