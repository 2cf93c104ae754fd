/**
 * Blanks out markup (Markdown syntax, HTML tags and entities, comments) with spaces, keeping every
 * offset of the source text, so the segmenter and rules read prose while findings point at the source.
 * The one mark it writes: an HTML `<li>` that opens a line becomes a "-" list marker.
 */

const tagRe = /<\/?[A-Za-z][^<>]{0,2000}>/g;
// Case spelled out rather than /i: a case-insensitive scan of the whole document is several times slower.
const autolinkRe = /<(?:[Hh][Tt][Tt][Pp][Ss]?|[Mm][Aa][Ii][Ll][Tt][Oo]|[Ff][Tt][Pp]):[^<>\s]*>/g;
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

/** Blanks buf[start, end) to spaces, keeping line breaks. */
function blankRange(buf: Uint16Array, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const c = buf[i]!;
    if (c !== 10 && c !== 13) buf[i] = 32;
  }
}

/** A span of the source that masking hid although it may hold prose: a comment or a script or style element. */
export interface HiddenSpan {
  start: number;
  end: number;
  what: 'comment' | 'script' | 'style';
}

/**
 * Blanks closed HTML comments. An unclosed `<!--` hides nothing but itself: a document cannot blank its
 * own rest. One forward scan: the next `-->` is found once and reused by every opener before it.
 */
function blankComments(buf: Uint16Array, text: string, hidden: HiddenSpan[] | undefined, only?: RegExp): void {
  let close = -2;
  for (let open = text.indexOf('<!--'); open >= 0; ) {
    if (close !== -1 && close < open + 4) close = text.indexOf('-->', open + 4);
    if (close < 0) {
      // Unclosed: blank the opener alone, so the rest of the document is still read.
      if (!only) blankRange(buf, open, open + 4);
      open = text.indexOf('<!--', open + 4);
      continue;
    }
    // Plain text blanks only suppression comments, and only short ones: a directive, not a page.
    if (only && (close - open > 1000 || !only.test(text.slice(open, Math.min(close, open + 40))))) {
      open = text.indexOf('<!--', open + 4);
      continue;
    }
    blankRange(buf, open, close + 3);
    hidden?.push({ start: open + 4, end: close, what: 'comment' });
    open = text.indexOf('<!--', close + 3);
  }
}

const scriptStyleOpenRe = /<(script|style)\b[^<>]{0,2000}>/gi;
const scriptOrStyleRe = /<(?:[Ss][Cc][Rr][Ii][Pp][Tt]|[Ss][Tt][Yy][Ll][Ee])/;

/**
 * Blanks `<script>` and `<style>` elements. Only closed ones: an unclosed opener is a tag like any
 * other. In Markdown an element must open its line (an HTML block), so `` `<style>` `` in a sentence
 * hides nothing. Closing tags are looked up once each, in a lower-cased copy, so many openers stay linear.
 */
function blankScripts(buf: Uint16Array, text: string, markdown: boolean, hidden: HiddenSpan[] | undefined): void {
  const lower = text.toLowerCase();
  const closes: Record<string, number> = { script: -2, style: -2 };
  scriptStyleOpenRe.lastIndex = 0;
  for (let m = scriptStyleOpenRe.exec(text); m !== null; m = scriptStyleOpenRe.exec(text)) {
    if (markdown && !/(?:^|[\r\n])[ \t]{0,3}$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    const name = m[1]!.toLowerCase() as 'script' | 'style';
    const from = m.index + m[0].length;
    if (closes[name]! !== -1 && closes[name]! < from) closes[name] = lower.indexOf(`</${name}`, from);
    const close = closes[name]!;
    if (close < 0) continue;
    const end = lower.indexOf('>', close);
    const stop = end < 0 ? text.length : end + 1;
    blankRange(buf, m.index, stop);
    hidden?.push({ start: from, end: close, what: name });
    scriptStyleOpenRe.lastIndex = stop;
  }
}

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

const liTagRe = /<li\b/i;
const liOpenRe = /<li\b[^<>]{0,2000}>(?=[ \t]{0,50}[^\s<])/gi;

/**
 * An HTML `<li>` that opens a line of text is read as a list item: its first character becomes a "-"
 * list marker (the rest of the tag stays blank), so the segmenter gives the item its list and lead-in.
 */
function markListItems(buf: Uint16Array, text: string): void {
  liOpenRe.lastIndex = 0;
  for (let m = liOpenRe.exec(text); m; m = liOpenRe.exec(text)) {
    // Only at the start of a line (after white space or other blanked tags), where a marker counts.
    let k = m.index - 1;
    while (k >= 0 && (buf[k] === 32 || buf[k] === 9)) k--;
    if (k < 0 || buf[k] === 10 || buf[k] === 13) buf[m.index] = 45;
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

// C0 control characters other than tab, line feed, form feed and carriage return.
const controlRe = /[\u0000-\u0008\u000b\u000e-\u001f]/g;
const hasControlRe = /[\u0000-\u0008\u000b\u000e-\u001f]/;
const suppressionOpenRe = /^<!--\s*warrant-lens-/;

/**
 * The text with markup blanked to spaces (line breaks kept). Same length as the input.
 * `html` also drops tags and entities; Markdown input gets both, since Markdown may embed HTML.
 * Control characters read as spaces. What a comment, script or style element hid is added to `hidden`.
 */
export function maskMarkup(text: string, format: 'markdown' | 'html' | 'plaintext', hidden?: HiddenSpan[]): string {
  const controls = hasControlRe.test(text);
  if (format === 'plaintext') {
    // Plain text keeps everything but closed suppression comments.
    if (!text.includes('<!--') && !controls) return text;
    const buf = toBuffer(text);
    if (controls) blank(buf, text, controlRe);
    if (text.includes('<!--')) blankComments(buf, text, undefined, suppressionOpenRe);
    return fromBuffer(buf);
  }
  // Nothing to blank in plain prose: skip the copy.
  if (!controls && !/[<&[\]*_~`\\]/.test(text)) return text;
  const buf = toBuffer(text);
  if (controls) blank(buf, text, controlRe);
  if (text.includes('<')) {
    if (text.includes('<!--')) blankComments(buf, text, hidden);
    if (scriptOrStyleRe.test(text)) blankScripts(buf, text, format === 'markdown', hidden);
    blank(buf, text, autolinkRe);
    blank(buf, text, tagRe);
    if (liTagRe.test(text)) markListItems(buf, text);
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
