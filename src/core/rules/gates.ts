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
  for (const w of allWords) {
    const m = none();
    for (const [inner, d] of direct) if (w.includes(inner)) orInto(m, d);
    wordMasks.set(w, m);
  }
}
const rowMask = new Uint32Array(W);
clauseRules.forEach((r, i) => r.gate.rows && setBit(rowMask, 0, i));

// The characters the gate words use (all ASCII), numbered.
const alphabet = new Int8Array(128).fill(-1);
let alphabetSize = 0;
for (const w of allWords) for (let i = 0; i < w.length; i++) if (alphabet[w.charCodeAt(i)] === -1) alphabet[w.charCodeAt(i)] = alphabetSize++;

// A gate word counts where it starts at a word boundary (where a regex \b matches: one side a word
// character, [A-Za-z0-9_], the other not), so " see" counts after a word and "data" after a space.
// The scan is one automaton over the trie (Aho-Corasick, with failure links only to suffixes that
// start at such a boundary): one table step per character, where a walk from every word start cost
// several steps and a branch the processor mostly guessed wrong.
// Its symbols: the alphabet, then any other word character, then any other character.
const otherWord = alphabetSize;
const otherChar = alphabetSize + 1;
const symbols = alphabetSize + 2;
const isWordChar = new Uint8Array(128);
for (let c = 0; c < 128; c++) isWordChar[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;
const symbolOf = new Uint8Array(128);
for (let c = 0; c < 128; c++) symbolOf[c] = alphabet[c]! >= 0 ? alphabet[c]! : isWordChar[c] ? otherWord : otherChar;
const symbolIsWord = new Uint8Array(symbols);
for (let c = 0; c < 128; c++) symbolIsWord[symbolOf[c]!] = isWordChar[c]!;

/** The automaton: its transition table (a row of `symbols` next states per state) and each state's masks. */
function buildScanner(): { next: Uint16Array | Uint32Array; masksOf: Int32Array; flatMasks: Uint32Array } {
  // The gate words as a trie: the edges of each node as (symbol, child) pairs in one flat list (the
  // root is node 0 and never a child), and the masks of the word that ends at a node.
  const edges: number[][] = [[]];
  const trieWord: (WordMasks | undefined)[] = [undefined];
  const childOf = (node: number, a: number): number => {
    const row = edges[node]!;
    for (let e = 0; e < row.length; e += 2) if (row[e] === a) return row[e + 1]!;
    return -1;
  };
  for (const w of allWords) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const a = alphabet[w.charCodeAt(i)]!;
      let child = childOf(node, a);
      if (child < 0) {
        child = edges.length;
        edges[node]!.push(a, child);
        edges.push([]);
        trieWord.push(undefined);
      }
      node = child;
    }
    trieWord[node] = wordMasks.get(w);
  }
  // States, numbered breadth first (nearly every match fails within a few characters, so the rows the
  // scan reads most stay together in the processor's cache): the trie's nodes, the root standing for
  // "nothing matched, the last character was not a word character" (as before the text), and one
  // more state, last, for "nothing matched after a word character".
  const order = [0];
  for (let k = 0; k < order.length; k++) for (let e = 1; e < edges[order[k]!]!.length; e += 2) order.push(edges[order[k]!]![e]!);
  const rank = new Int32Array(edges.length);
  order.forEach((node, r) => (rank[node] = r));
  const states = edges.length + 1;
  const afterWord = states - 1;
  const next = states <= 0xffff ? new Uint16Array(states * symbols) : new Uint32Array(states * symbols);
  // Nothing matched: a gate word may start only where the character type changes.
  const emptyAfter = (word: number): number => (word ? afterWord : 0);
  for (const [state, lastWord] of [[0, 0], [afterWord, 1]] as const) {
    for (let a = 0; a < symbols; a++) {
      const child = childOf(0, a);
      next[state * symbols + a] = child >= 0 && symbolIsWord[a] !== lastWord ? rank[child]! : emptyAfter(symbolIsWord[a]!);
    }
  }
  // Each node's failure state (the longest shorter match, met earlier) is complete before the node:
  // its row is the failure state's row but for the node's own children, and its masks also hold
  // those of every gate word its failure chain ends with.
  const fail = new Int32Array(states);
  const combined: (WordMasks | undefined)[] = new Array(states);
  for (let e = 0; e < edges[0]!.length; e += 2) fail[rank[edges[0]![e + 1]!]!] = emptyAfter(symbolIsWord[edges[0]![e]!]!);
  for (let r = 1; r < order.length; r++) {
    const row = edges[order[r]!]!;
    const f = fail[r]!;
    next.copyWithin(r * symbols, f * symbols, (f + 1) * symbols);
    for (let e = 0; e < row.length; e += 2) {
      const a = row[e]!;
      const child = rank[row[e + 1]!]!;
      fail[child] = next[f * symbols + a]!;
      next[r * symbols + a] = child;
    }
    const own = trieWord[order[r]!];
    const inherited = combined[f];
    combined[r] = own && inherited ? Uint32Array.from(own, (m, k) => m | inherited[k]!) : (own ?? inherited);
  }
  // The masks of each state, as an offset into one flat array (-1: none), so the scan reads numbers;
  // states that inherit the same masks share them.
  const offsets = new Map<WordMasks, number>();
  const masksOf = new Int32Array(states).fill(-1);
  combined.forEach((m, state) => {
    if (!m) return;
    if (!offsets.has(m)) offsets.set(m, offsets.size * 5 * W);
    masksOf[state] = offsets.get(m)!;
  });
  const flatMasks = new Uint32Array(offsets.size * 5 * W);
  offsets.forEach((offset, m) => flatMasks.set(m, offset));
  return { next, masksOf, flatMasks };
}
const { next, masksOf, flatMasks } = buildScanner();

/** The masks of every gate word that starts at a word boundary in the text. */
export function scanGateWords(text: string): WordMasks {
  const out = none();
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    state = next[state * symbols + (c < 128 ? symbolOf[c]! : otherChar)]!;
    const m = masksOf[state]!;
    if (m >= 0) for (let k = 0; k < 5 * W; k++) out[k]! |= flatMasks[m + k]!;
  }
  return out;
}

/** Each gate word (and compound) with its masks, for tests that check the scan against a plain search. */
export const gateWordMasks: ReadonlyMap<string, Readonly<WordMasks>> = wordMasks;

/** Remembers its last scan: a sentence is read again as the next one's `previous`, a heading by each sentence under it. */
function lastScanOf(): (text: string) => WordMasks {
  let last: string | undefined;
  let masks = none();
  return (text) => {
    if (text !== last) {
      masks = scanGateWords(text);
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
