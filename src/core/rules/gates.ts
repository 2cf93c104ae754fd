/**
 * Gates: words without one of which a rule's matcher cannot succeed. One scan of the sentence finds
 * every gate word at once, so most rules skip most sentences almost for free. The result is a bit set
 * over the clause rules in matching order (registry.ts), as many 32-bit words as the rules need.
 */
import { clauseRules } from './registry';

/** Tests may switch gates off to prove they never change a result. */
export const gating = { enabled: true };

// ---------------------------------------------------------------- one scan for all gates

// The scan looks only where words start, so gate words that also occur inside longer words are
// listed in those longer forms too; each form opens the rules of the gate words it contains.
const compounds = ['subprocessor', 'subprocessing', 'subcontract', 'sublicen', 'email', 'nondisclos', 'deidentif', 'unlawful', 'datacent', 'datacenter'];
const allWords = [...new Set([...clauseRules.flatMap((r) => [...r.gate.words, ...(r.gate.context ?? []), ...(r.gate.both?.flat() ?? [])]), ...compounds])];

// A bit set per gate word: five fields (the rules it opens alone, as the first or second half of a
// pair, from the previous sentence, from context) of `W` 32-bit words each, in one array.
const W = Math.max(1, Math.ceil(clauseRules.length / 32));
const ANY = 0;
const FIRST = W;
const SECOND = 2 * W;
const PREVIOUS = 3 * W;
const CONTEXT = 4 * W;
type WordMasks = Uint32Array;

const none = (): WordMasks => new Uint32Array(5 * W);

function orInto(into: WordMasks, m: WordMasks): void {
  for (let k = 0; k < into.length; k++) into[k]! |= m[k]!;
}

const setBit = (m: Uint32Array, field: number, i: number): void => {
  m[field + (i >>> 5)]! |= 1 << (i & 31);
};

const wordMasks = new Map<string, WordMasks>();
{
  const direct = new Map<string, WordMasks>();
  const add = (w: string, field: number, i: number): void => {
    const m = direct.get(w) ?? none();
    setBit(m, field, i);
    direct.set(w, m);
  };
  clauseRules.forEach((r, i) => {
    for (const w of r.gate.words) {
      add(w, ANY, i);
      if (r.gate.previous) add(w, PREVIOUS, i);
    }
    for (const w of r.gate.both?.[0] ?? []) add(w, FIRST, i);
    for (const w of r.gate.both?.[1] ?? []) add(w, SECOND, i);
    for (const w of r.gate.context ?? []) add(w, CONTEXT, i);
  });
  // Every gate word inside w, found by looking up w's substrings: testing each gate word against each
  // made this loop quadratic in the number of gate words (tens of milliseconds at module load).
  for (const w of allWords) {
    const m = none();
    for (let i = 0; i < w.length; i++) {
      for (let j = i + 1; j <= w.length; j++) {
        const d = direct.get(w.slice(i, j));
        if (d) orInto(m, d);
      }
    }
    wordMasks.set(w, m);
  }
}
const rowMask = new Uint32Array(W);
clauseRules.forEach((r, i) => r.gate.rows && setBit(rowMask, 0, i));

// The gate words as a trie over the characters they use (all ASCII), one row of `trieNext` per node
// (0: no child; the root is node 0 and never a child). A walk from each word boundary (where a regex
// \b matches) finds every gate word that starts there, far cheaper than a regex alternation.
const alphabet = new Int8Array(128).fill(-1);
let alphabetSize = 0;
for (const w of allWords) for (let i = 0; i < w.length; i++) if (alphabet[w.charCodeAt(i)] === -1) alphabet[w.charCodeAt(i)] = alphabetSize++;
const trieRows: number[][] = [[]];
const trieWord: (WordMasks | undefined)[] = [undefined];
for (const w of allWords) {
  let node = 0;
  for (let i = 0; i < w.length; i++) {
    const a = alphabet[w.charCodeAt(i)]!;
    let child = trieRows[node]![a];
    if (child === undefined) {
      child = trieRows.length;
      trieRows[node]![a] = child;
      trieRows.push([]);
      trieWord.push(undefined);
    }
    node = child;
  }
  trieWord[node] = wordMasks.get(w);
}
const trieNext = new Int32Array(trieRows.length * alphabetSize);
trieRows.forEach((row, node) => row.forEach((child, a) => (trieNext[node * alphabetSize + a] = child)));
// The masks of the word that ends at each node, as an offset into one flat array (-1: none), so the
// walk reads numbers and never an object.
const masksOf = new Int32Array(trieRows.length).fill(-1);
const flatMasks = new Uint32Array(trieWord.filter((m) => m !== undefined).length * 5 * W);
trieWord.reduce((next, m, node) => {
  if (!m) return next;
  masksOf[node] = next;
  flatMasks.set(m, next);
  return next + 5 * W;
}, 0);
// What a regex \w matches: [A-Za-z0-9_].
const isWordChar = new Uint8Array(128);
for (let c = 0; c < 128; c++) isWordChar[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;
// Characters a gate word may start with: every word start is tried, and a boundary that a non-word
// character opens (" see") only when a gate word starts with that character.
const opensWord = new Uint8Array(128);
for (let c = 0; c < 128; c++) opensWord[c] = alphabet[c]! >= 0 && trieNext[alphabet[c]!]! !== 0 ? 1 : 0;

function scan(text: string): WordMasks {
  const out = none();
  const n = text.length;
  let prevWord = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const word = c < 128 ? isWordChar[c]! : 0;
    if (word === prevWord) continue;
    prevWord = word;
    if (c >= 128 || opensWord[c] === 0) continue;
    // The longest word starting here: its masks hold those of the shorter ones inside it.
    let node = 0;
    let longest = -1;
    for (let j = i; j < n; j++) {
      const d = text.charCodeAt(j);
      const a = d < 128 ? alphabet[d]! : -1;
      if (a < 0) break;
      node = trieNext[node * alphabetSize + a]!;
      if (node === 0) break;
      if (masksOf[node]! >= 0) longest = masksOf[node]!;
    }
    if (longest >= 0) for (let k = 0; k < 5 * W; k++) out[k]! |= flatMasks[longest + k]!;
  }
  return out;
}

/** Remembers its last scan: a sentence is read again as the next one's `previous`, a heading by each sentence under it. */
function lastScanOf(): (text: string) => WordMasks {
  let last: string | undefined;
  let masks = none();
  return (text) => {
    if (text !== last) {
      masks = scan(text);
      last = text;
    }
    return masks;
  };
}
const scanSentence = lastScanOf();
const scanHeading = lastScanOf();

/** A set of clause rules: bit i of word i >> 5 stands for clause rule i (registry.ts matching order). */
export type RuleSet = Uint32Array;

/** Whether rule `i` is in the set. */
export const inSet = (set: RuleSet, i: number): boolean => (set[i >>> 5]! & (1 << (i & 31))) !== 0;

const allRules: RuleSet = new Uint32Array(W).fill(0xffffffff);

/** The clause rules that may match this sentence: all when gating is off, none (all zero) when no gate opens. */
export function candidateRules(text: string, previous: string, heading: string, isTableRow: boolean): RuleSet {
  if (!gating.enabled) return allRules;
  const set = new Uint32Array(W);
  // The previous sentence first: it is most often the last one scanned.
  const p = previous ? scanSentence(previous) : undefined;
  const own = scanSentence(text);
  const h = heading ? scanHeading(heading) : undefined;
  for (let k = 0; k < W; k++) {
    let word = own[ANY + k]! | (own[FIRST + k]! & own[SECOND + k]!) | own[CONTEXT + k]!;
    if (p) word |= p[PREVIOUS + k]! | p[CONTEXT + k]!;
    if (h) word |= h[CONTEXT + k]!;
    if (isTableRow) word |= rowMask[k]!;
    set[k] = word;
  }
  return set;
}

/** True when no rule is in the set. */
export const isEmpty = (set: RuleSet): boolean => set.every((w) => w === 0);
