/** Folds case, quotes, dashes, soft hyphens and white space so rules match one spelling of each phrase. */

// Characters to fold, and what they fold to: invisible ones vanish, curly quotes and dashes go ASCII.
const folds: Record<string, string> = {
  '\u00ad': '', '\u200b': '', '\u200c': '', '\u200d': '', '\ufeff': '',
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};
// The same table by character code: the ASCII code it folds to, or -1 when it vanishes.
const foldCodes = new Map<number, number>(Object.entries(folds).map(([from, to]) => [from.charCodeAt(0), to === '' ? -1 : to.charCodeAt(0)]));
const foldRe = /[\u00ad\u200b\u200c\u200d\ufeff\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u2010-\u2015\u2212]/g;
const spaceRe = /[\s\u00a0]+/g;
// White space other than a lone ' ': only then does folding white space change the text.
const foldableSpaceRe = /[^\S ]| {2}/;
const nonAsciiRe = /[^\x00-\x7f]/;

// V8 keeps a slice of a document that holds any non-ASCII character in two bytes per character, even
// when the slice itself is ASCII, and every regex then runs on the slower two-byte path (up to 1.5x
// here). Sentences are copied out as one-byte strings once, so the dozens of rule patterns read fast.
const asciiDecoder = new TextDecoder();
let asciiBytes = new Uint8Array(1024);

/** The same characters; an ASCII text comes back as a flat one-byte string (a non-ASCII one as it is). */
export function flatAscii(text: string): string {
  const n = text.length;
  if (n === 0) return text;
  if (asciiBytes.length < n) asciiBytes = new Uint8Array(Math.max(n, asciiBytes.length * 2));
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return text;
    asciiBytes[i] = c;
  }
  return asciiDecoder.decode(asciiBytes.subarray(0, n));
}

/** Lower-cased, single-spaced text with straight quotes and ASCII hyphens. */
export function normalizeForMatching(text: string): string {
  let t = text.toLowerCase();
  // Most contract text is ASCII: skip the fold when it is.
  // Folding curly quotes and dashes usually leaves ASCII, but V8 keeps the copy two-byte: flatten it.
  if (nonAsciiRe.test(t)) t = flatAscii(t.replace(foldRe, (c) => folds[c] ?? c));
  return singleSpaced(t);
}

/** Each run of white space one space, trimmed; most sentences already are, and then nothing is copied. */
export function singleSpaced(text: string): string {
  return (foldableSpaceRe.test(text) ? text.replace(spaceRe, ' ') : text).trim();
}

/**
 * `normalizeForMatching(flatAscii(text))` in one pass when the text is ASCII but for the characters
 * it folds, as most contract sentences are: lower case, each run of white space one space, trimmed,
 * a flat one-byte string.
 */
export function foldForMatching(text: string): string {
  const n = text.length;
  if (asciiBytes.length < n) asciiBytes = new Uint8Array(Math.max(n, asciiBytes.length * 2));
  let k = 0;
  let space = false;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c > 0x7f) {
      // Curly quotes, dashes and invisible characters fold to ASCII or vanish (none is a letter or
      // white space); any other character takes the full path.
      const folded = foldCodes.get(c);
      if (folded === undefined) return normalizeForMatching(text);
      if (folded < 0) continue;
      c = folded;
    }
    // ASCII white space (what \s and trim() take there): a run becomes one space, none at the ends.
    if (c === 32 || (c >= 9 && c <= 13)) {
      space = true;
      continue;
    }
    if (space && k > 0) asciiBytes[k++] = 32;
    space = false;
    if (c >= 65 && c <= 90) c += 32;
    asciiBytes[k++] = c;
  }
  return asciiDecoder.decode(asciiBytes.subarray(0, k));
}

/** White space folded to single spaces, cut to `max` characters with an ellipsis. */
export function excerptOf(text: string, max = 200): string {
  const visible = text.replace(/[\u00ad\u200b]/g, '');
  const t = singleSpaced(visible);
  if (t.length <= max) return t;
  // Cut at a word boundary; never split a surrogate pair.
  let cut = t.lastIndexOf(' ', max - 1);
  if (cut < max / 2) cut = max - 1;
  if (/[\ud800-\udbff]/.test(t[cut - 1] ?? '')) cut--;
  return `${t.slice(0, cut)}…`;
}

// The character codes of the hex digits 0-f.
const hexDigit = Array.from({ length: 16 }, (_, i) => i.toString(16).charCodeAt(0));

/** A short, stable FNV-1a hash (hex) of the text, for fingerprints and cache keys. */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  // The same 16 hex digits as toString(16).padStart(8, '0') twice, made in one step as one flat
  // string (this runs for every sentence, heading and previous sentence, and the analyzer joins the
  // results into its cache keys).
  const d = hexDigit;
  return String.fromCharCode(
    d[h1 >>> 28]!, d[(h1 >>> 24) & 15]!, d[(h1 >>> 20) & 15]!, d[(h1 >>> 16) & 15]!, d[(h1 >>> 12) & 15]!, d[(h1 >>> 8) & 15]!, d[(h1 >>> 4) & 15]!, d[h1 & 15]!,
    d[h2 >>> 28]!, d[(h2 >>> 24) & 15]!, d[(h2 >>> 20) & 15]!, d[(h2 >>> 16) & 15]!, d[(h2 >>> 12) & 15]!, d[(h2 >>> 8) & 15]!, d[(h2 >>> 4) & 15]!, d[h2 & 15]!,
  );
}

/**
 * True when the text has fewer than `n` spaces: `text.split(' ', n + 1).length <= n` without
 * building the pieces (rules ask it of every sentence they read, to skip fragments and titles).
 */
export function fewerSpacesThan(text: string, n: number): boolean {
  if (n <= 0) return false;
  let count = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) if (++count >= n) return false;
  return true;
}
