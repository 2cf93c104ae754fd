/** Small views over the segmenter's output for readable assertions: every span is sliced from the source. */
import { maskMarkup } from '../../src/core/text/mask';
import { segment, type BlockKind } from '../../src/core/text/segment';

export interface BlockView {
  kind: BlockKind;
  text: string;
  depth: number;
  header: boolean;
}

/** Masks and segments `source` as the engine does. */
export function segmentSource(source: string, format: 'markdown' | 'html' | 'plaintext' = 'markdown') {
  return segment(maskMarkup(source, format));
}

/** The sentences of `source`, each sliced from the source by its offsets. */
export function sentenceTexts(source: string, format: 'markdown' | 'html' | 'plaintext' = 'markdown'): string[] {
  return segmentSource(source, format).sentences.map((s) => source.slice(s.start, s.end));
}

/** The blocks of `source`: kind, sliced text, depth and header flag. */
export function blockViews(source: string, format: 'markdown' | 'html' | 'plaintext' = 'markdown'): BlockView[] {
  return segmentSource(source, format).blocks.map((b) => ({ kind: b.kind, text: source.slice(b.start, b.end), depth: b.depth, header: b.header === true }));
}
