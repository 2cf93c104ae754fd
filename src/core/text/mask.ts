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
// A single * or _ that opens or closes emphasis (touching a word on one side only). The pattern starts
// with the character itself, so the scan skips the rest of the text quickly.
const singleEmphasisRe = /[*_](?:(?<=(?:^|[\s(\["'])[*_])(?=\S)|(?<=\S[*_])(?=$|[\s)\].,;:!?"']))/gm;
const backslashEscapeRe = /\\(?=[\\`*_{}[\]()#+\-.!|<>])/g;
const codeTickRe = /`+/g;

/** Blanks each match (or everything but group `g`) to spaces in `buf`, keeping line breaks. */
function blank(buf: Uint16Array, text: string, re: RegExp, keepGroup?: number): void {
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
      const c = buf[i]!;
      if (c !== 10 && c !== 13) buf[i] = 32;
    }
  }
}

const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true }); // keep a leading U+FEFF: offsets must not shift

function toBuffer(text: string): Uint16Array {
  const buf = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) buf[i] = text.charCodeAt(i);
  return buf;
}

// Decoding keeps the length: a lone surrogate becomes U+FFFD, one code unit for one.
const fromBuffer = (buf: Uint16Array): string => utf16.decode(buf);

/**
 * The text with markup blanked to spaces (line breaks kept). Same length as the input.
 * `html` also drops tags and entities; Markdown input gets both, since Markdown may embed HTML.
 */
export function maskMarkup(text: string, format: 'markdown' | 'html' | 'plaintext'): string {
  if (format === 'plaintext') {
    // Plain text keeps everything but suppression comments.
    if (!text.includes('<!--')) return text;
    const buf = toBuffer(text);
    blank(buf, text, htmlCommentRe);
    return fromBuffer(buf);
  }
  // Nothing to blank in plain prose: skip the copy.
  if (!/[<&[\]*_~`\\]/.test(text)) return text;
  const buf = toBuffer(text);
  if (text.includes('<')) {
    blank(buf, text, htmlCommentRe);
    blank(buf, text, scriptStyleRe);
    blank(buf, text, autolinkRe);
    blank(buf, text, tagRe);
  }
  if (text.includes('&')) blank(buf, text, entityRe);
  if (format === 'markdown') {
    // Each link form has a two-character mark that is cheaper to look for than the pattern.
    if (text.includes(']:')) blank(buf, text, linkDefRe);
    if (text.includes('](')) blank(buf, text, inlineLinkRe, 1);
    if (text.includes('][')) blank(buf, text, refLinkRe, 1);
    blank(buf, text, emphasisRe);
    blank(buf, text, backslashEscapeRe);
    blank(buf, text, codeTickRe);
    // A lone * or _ only counts next to white space or punctuation, so underscores inside a URL's
    // words ("a_b") are left alone.
    blank(buf, text, singleEmphasisRe);
  }
  return fromBuffer(buf);
}

/** Guesses the format from a file name or VS Code language id. */
export function formatOf(nameOrLanguage: string | undefined): 'markdown' | 'html' | 'plaintext' {
  const s = (nameOrLanguage ?? '').toLowerCase();
  if (/(^|\.)(md|markdown|mdx|contract)$/.test(s) || s === 'markdown' || s === 'contract') return 'markdown';
  if (/(^|\.)(html?|xhtml)$/.test(s) || s === 'html') return 'html';
  if (s === '' ) return 'markdown';
  return 'plaintext';
}
