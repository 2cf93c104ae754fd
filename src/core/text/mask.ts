/**
 * Blanks out markup (Markdown syntax, HTML tags and entities, comments) with spaces, keeping every
 * offset of the source text, so the segmenter and rules read prose while findings point at the source.
 */

const htmlCommentRe = /<!--[\s\S]*?(?:-->|$)/g;
const scriptStyleRe = /<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const tagRe = /<\/?[A-Za-z][^<>]{0,2000}>/g;
const autolinkRe = /<(?:https?|mailto|ftp):[^<>\s]*>/gi;
const entityRe = /&(?:[A-Za-z]{2,10}|#\d{1,7}|#x[0-9A-Fa-f]{1,6});/g;
// [text](url "title") and ![alt](src): keep the text, blank the brackets and the target.
const inlineLinkRe = /!?\[([^\[\]\n]{0,1000})\]\(([^()\s]{0,2000}(?:\s+"[^"\n]{0,300}")?)\)/g;
// [text][ref] reference links and [ref]: url definitions.
const refLinkRe = /\[([^\[\]\n]{1,500})\]\[[^\[\]\n]{0,100}\]/g;
const linkDefRe = /^[ \t]{0,3}\[[^\]\n]{1,200}\]:[ \t]*\S+.*$/gm;
const emphasisRe = /\*\*|__|~~/g;
// A single * or _ that opens or closes emphasis (touching a word on one side only).
const singleEmphasisRe = /(?<=^|[\s(\["'])[*_](?=\S)|(?<=\S)[*_](?=$|[\s)\].,;:!?"'])/gm;
const backslashEscapeRe = /\\(?=[\\`*_{}[\]()#+\-.!|<>])/g;
const codeTickRe = /`+/g;

/** Replaces every character of each match (or of group `g`) with a space, in place on `chars`. */
function blank(chars: string[], text: string, re: RegExp, keepGroup?: number): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    let keepStart = -1;
    let keepEnd = -1;
    if (keepGroup !== undefined && m[keepGroup] !== undefined) {
      keepStart = start + m[0].indexOf(m[keepGroup], m[0].startsWith('!') ? 2 : 1);
      keepEnd = keepStart + m[keepGroup].length;
    }
    for (let i = start; i < end; i++) {
      if (i >= keepStart && i < keepEnd) continue;
      if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
    }
  }
}

/**
 * The text with markup blanked to spaces (line breaks kept). Same length as the input.
 * `html` also drops tags and entities; Markdown input gets both, since Markdown may embed HTML.
 */
export function maskMarkup(text: string, format: 'markdown' | 'html' | 'plaintext'): string {
  if (format === 'plaintext') {
    // Plain text keeps everything but suppression comments.
    if (!text.includes('<!--')) return text;
    const chars = text.split('');
    blank(chars, text, htmlCommentRe);
    return chars.join('');
  }
  const chars = text.split('');
  blank(chars, text, htmlCommentRe);
  blank(chars, text, scriptStyleRe);
  blank(chars, text, autolinkRe);
  blank(chars, text, tagRe);
  blank(chars, text, entityRe);
  if (format === 'markdown') {
    blank(chars, text, linkDefRe);
    blank(chars, text, inlineLinkRe, 1);
    blank(chars, text, refLinkRe, 1);
    const partial = chars.join('');
    blank(chars, partial, emphasisRe);
    blank(chars, partial, backslashEscapeRe);
    blank(chars, partial, codeTickRe);
    const again = chars.join('');
    blank(chars, again, singleEmphasisRe);
  }
  return chars.join('');
}

/** Guesses the format from a file name or VS Code language id. */
export function formatOf(nameOrLanguage: string | undefined): 'markdown' | 'html' | 'plaintext' {
  const s = (nameOrLanguage ?? '').toLowerCase();
  if (/(^|\.)(md|markdown|mdx|contract)$/.test(s) || s === 'markdown' || s === 'contract') return 'markdown';
  if (/(^|\.)(html?|xhtml)$/.test(s) || s === 'html') return 'html';
  if (s === '' ) return 'markdown';
  return 'plaintext';
}
