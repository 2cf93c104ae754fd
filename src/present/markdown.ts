/** Escaping helpers for Markdown built from document text and data tables. */

const markdownSpecialRe = /[\\`*_{}[\]()#+\-.!|<>~&:$]/g;

/**
 * Escapes text so that Markdown renders it literally: no emphasis, links, HTML or command URIs.
 * Line breaks are folded to spaces so that a quote cannot start a new block.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(markdownSpecialRe, (c) => `\\${c}`);
}

/**
 * A `command:` URI for a Markdown link. The arguments are JSON-encoded and percent-encoded, so no
 * document text can break out of the link target.
 */
export function commandUri(command: string, args: readonly unknown[] = []): string {
  if (args.length === 0) return `command:${command}`;
  // encodeURIComponent leaves ( ) ' ! * alone; a ")" would end the Markdown link early.
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${encoded}`;
}

/** Escapes link text (square brackets and the rest) for `[text](target)`. */
export function linkText(text: string): string {
  return escapeMarkdown(text);
}

const inlineSpecialRe = /[\\`*_[\]<>|~]/g;

/**
 * A lighter escape for text a person also reads as raw Markdown (reports, rule pages): only the
 * characters that start emphasis, code, links, HTML or table cells are escaped, plus a block marker at
 * the start. Still safe for document text: no link, image, HTML or code span survives it.
 */
export function escapeInline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(inlineSpecialRe, (c) => `\\${c}`)
    .replace(/^[#>+-]/, (m) => `\\${m}`)
    .replace(/^(\d+)([.)])/, '$1\\$2');
}
