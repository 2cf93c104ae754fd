/** A seeded pseudo-random generator, so "random" inputs are the same on every run. */

/** mulberry32: a tiny, fast 32-bit PRNG; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export function randomInt(rand: () => number, n: number): number {
  return Math.floor(rand() * n);
}

/** One element of `items`. */
export function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[randomInt(rand, items.length)]!;
}

/** Up to `maxLength` characters, each drawn from `alphabet`. */
export function randomText(rand: () => number, alphabet: string, maxLength: number): string {
  let text = '';
  for (let i = randomInt(rand, maxLength); i > 0; i--) text += alphabet[randomInt(rand, alphabet.length)];
  return text;
}

// Pieces that stress the masker, segmenter and rules: markup, stops, abbreviations, odd code units.
const fragments = [
  'The provider may store Customer Data in any country. ',
  'We will disclose data to law enforcement when required by law',
  'U.S.', 'Inc.', 'e.g.', 'i.e.', 'Sec. 2.1', 'No. 5', '1. ', '1.1 ', '(a) ', '(iv) ', '- ', '* ', '  ', '\t',
  '# ', '## ', '===', '---', '|', '| a | b |', '|---|', '[', ']', '(', ')', '](http://x)', '**', '__', '_', '*', '~~', '`', '\\',
  '<b>', '</b>', '<!--', '-->', '&amp;', '&#x1F600;', '<script>', '</script>', '<', '>',
  '\n', '\r\n', '\r', '\n\n', '.', '!', '?', '"', "'", '\u201c', '\u201d', '\u00a0', '\u00ad', '\u200b', '\ufeff', '\ufffd',
  '\ud83d\ude00', '\ud83c\uddea\ud83c\uddfa', '\ud800', '\udc00', '\udbff', '\u0001', '\u0007', '\u001b', '\u007f', '\u2028', '\u2029', '\u0085',
  'CLOUD Act', 'subpoena', 'warrant', 'without notice', 'unless prohibited', 'Standard Contractual Clauses', 'anywhere in the world',
];

/** A hostile string: random fragments and random UTF-16 code units (lone surrogates and control characters included). */
export function hostileString(rand: () => number, maxParts = 60): string {
  const parts: string[] = [];
  const n = 1 + randomInt(rand, maxParts);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.6) parts.push(pick(rand, fragments));
    else if (r < 0.8) parts.push(String.fromCharCode(randomInt(rand, 0x80)));
    else parts.push(String.fromCharCode(randomInt(rand, 0x10000)));
  }
  return parts.join('');
}
