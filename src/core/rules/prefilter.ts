/**
 * A pre-test for phrase patterns: from a regex's source, the literal strings of which every match
 * must contain one; from a text, a bit set of its three-character runs. A pattern none of whose
 * literals can be in the text is known not to match without running it, which is most patterns on
 * most sentences. The pre-test only ever says "cannot match" when the regex cannot match.
 */

/** Literals shorter than this are too common to rule anything out. */
const minLiteral = 3;

// ------------------------------------------------------------------ literals from a regex source

/** The index just past the group that opens at `open` (source[open] === '('), or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** The alternatives of a pattern, split at its top-level bars. */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** The length of the shortest literal of a set: the larger, the fewer texts the set lets through. */
function shortest(set: readonly string[]): number {
  let n = Infinity;
  for (const l of set) if (l.length < n) n = l.length;
  return n;
}

/**
 * The minimum count of a quantifier at `i` (0 or 1 is all that matters) and where it ends; a missing
 * quantifier counts exactly once. `{` that does not open a valid quantifier is a literal brace.
 */
function quantifier(source: string, i: number): { min: number; end: number } {
  const c = source[i];
  let min = 1;
  let end = i;
  if (c === '?' || c === '*') {
    min = 0;
    end = i + 1;
  } else if (c === '+') end = i + 1;
  else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i, i + 24));
    if (m) {
      min = Number(m[1]) > 0 ? 1 : 0;
      end = i + m[0].length;
    }
  }
  if (end > i && source[end] === '?') end++; // lazy
  return { min, end };
}

/** True when literal set `a` rules out more texts than `b`: a longer shortest literal, then fewer literals. */
const moreSelective = (a: readonly string[], b: readonly string[]): boolean => {
  const na = shortest(a);
  const nb = shortest(b);
  return na !== nb ? na > nb : a.length < b.length;
};

/**
 * The literal sets of one alternative (a sequence, no top-level bar), each of which every match
 * contains a literal of: runs of characters that always appear together, and the literals of groups
 * that always match. Sorted, most selective first; empty when none is of usable length, undefined
 * when the sequence cannot be read.
 */
function sequenceFactors(source: string): string[][] | undefined {
  const factors: string[][] = [];
  let run = '';
  const offer = (set: string[] | undefined): void => {
    if (set && shortest(set) >= minLiteral) factors.push(set);
  };
  const endRun = (): void => {
    if (run) offer([run]);
    run = '';
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    let literal: string | undefined;
    let group: string | undefined;
    if (c === '\\') {
      const d = source[i + 1];
      // An escaped punctuation mark is itself; letters and digits are classes, assertions, references
      // or a character by its code (\u2019, \x41, \cJ), whose digits must not be read as literals.
      if (d === undefined) return undefined;
      if (/[^A-Za-z0-9]/.test(d)) literal = d;
      i += 2;
      if (d === 'u' && /^[0-9A-Fa-f]{4}/.test(source.slice(i, i + 4))) i += 4;
      else if (d === 'x' && /^[0-9A-Fa-f]{2}/.test(source.slice(i, i + 2))) i += 2;
      else if (d === 'c' && /^[A-Za-z]/.test(source.slice(i, i + 1))) i += 1;
    } else if (c === '[') {
      i++;
      if (source[i] === '^') i++;
      // "[]" and "[^]" are a class of nothing and of everything in JavaScript: not worth reading.
      if (source[i] === ']') return undefined;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '(') {
      const end = groupEnd(source, i);
      if (end < 0) return undefined;
      const inner = source.slice(i + 1, end - 1);
      // Look-arounds and named groups match nothing here that must be in the text: they only end a run.
      if (inner.startsWith('?:')) group = inner.slice(2);
      else if (!inner.startsWith('?')) group = inner;
      i = end;
    } else if (c === ')' || c === '|') return undefined;
    else {
      // '.', '^' and '$' end a run; anything else is a character that must be matched.
      if (c !== '.' && c !== '^' && c !== '$') literal = c;
      i++;
    }
    const atom = i;
    const q = quantifier(source, i);
    i = q.end;
    if (literal !== undefined && q.min > 0) {
      run += literal;
      // A repeated character appears at least once, but what follows need not come right after it.
      if (q.end > atom) endRun();
      continue;
    }
    endRun();
    if (group !== undefined && q.min > 0) offer(patternLiterals(group));
  }
  endRun();
  // Stable: among equals, the earlier factor first.
  return factors.sort((a, b) => (moreSelective(a, b) ? -1 : moreSelective(b, a) ? 1 : 0));
}

/** The most selective literal set of one alternative, or undefined when it has none. */
function sequenceLiterals(source: string): string[] | undefined {
  return sequenceFactors(source)?.[0];
}

// Patterns share groups (the place lexicon, families built from other patterns' sources): each group
// is read once.
const literalsBySource = new Map<string, string[] | undefined>();

/** Literals of which every match of the pattern contains one (one set per alternative, merged). */
function patternLiterals(source: string): string[] | undefined {
  if (literalsBySource.has(source)) return literalsBySource.get(source);
  const seen = new Set<string>();
  let readable = true;
  for (const alt of alternatives(source)) {
    const set = sequenceLiterals(alt);
    if (!set) {
      readable = false;
      break;
    }
    for (const l of set) seen.add(l);
  }
  const out = readable ? [...seen] : undefined;
  // Bounded, in case a caller builds patterns on the fly: the rules' own groups number in the hundreds.
  if (literalsBySource.size > 20_000) literalsBySource.clear();
  literalsBySource.set(source, out);
  return out;
}

/**
 * The literal strings of which every match of `re` contains one, or undefined when they cannot be
 * read safely: case-insensitive, Unicode-mode, global or sticky patterns, and back-references by name.
 */
export function requiredLiterals(re: RegExp): string[] | undefined {
  if (/[^dms]/.test(re.flags) || /\\[1-9k]/.test(re.source)) return undefined;
  return patternLiterals(re.source);
}

// ------------------------------------------------------------------ trigram signatures

// A trigram is indexed by the low five bits of its three characters: letters get a bit each (a-z are
// 1-26, space 0), so texts of letters and spaces never collide; anything else may share a bit with a
// letter, which only makes the pre-test say "may match" more often.
const signatureWords = 1024; // 32768 bits
const trigram = (a: number, b: number, c: number): number => ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);

// Letters by how often they occur in English prose (space first): a literal is tested first by its
// rarest three characters, which most texts lack.
const commonLetters = ' etaoinshrdlcumwfgypbvkjxqz';
const commonness = new Uint8Array(128);
for (let i = 0; i < commonLetters.length; i++) commonness[commonLetters.charCodeAt(i)] = commonLetters.length - i;
const scoreOf = (c: number): number => (c < 128 ? commonness[c]! : 0);

/** Trigram hashes of each literal, rarest first: [count, hash...] per literal, in one array. */
function literalTrigrams(literals: readonly string[]): Int32Array {
  const out: number[] = [];
  for (const l of literals) {
    const hashes: number[] = [];
    const scores: number[] = [];
    for (let i = 2; i < l.length; i++) {
      const hash = trigram(l.charCodeAt(i - 2), l.charCodeAt(i - 1), l.charCodeAt(i));
      if (hashes.includes(hash)) continue;
      hashes.push(hash);
      scores.push(scoreOf(l.charCodeAt(i - 2)) + scoreOf(l.charCodeAt(i - 1)) + scoreOf(l.charCodeAt(i)));
    }
    // Rarest first (stable among equals): a literal the text lacks is mostly ruled out by its first two.
    const order = hashes.map((_, k) => k).sort((a, b) => scores[a]! - scores[b]!);
    out.push(hashes.length, ...order.map((k) => hashes[k]!));
  }
  return Int32Array.from(out);
}

// Rules ask about the sentence, the previous one, the heading and windows around them in turn: a few
// recent signatures are kept, and most tests ask about the text the previous test did.
const slots = Array.from({ length: 8 }, () => ({ text: undefined as string | undefined, bits: new Uint32Array(signatureWords) }));
let lastSlot = 0;
let nextSlot = 0;

function signature(text: string): Uint32Array {
  if (slots[lastSlot]!.text === text) return slots[lastSlot]!.bits;
  for (let i = 0; i < slots.length; i++) {
    if (slots[i]!.text === text) {
      lastSlot = i;
      return slots[i]!.bits;
    }
  }
  lastSlot = nextSlot;
  nextSlot = (nextSlot + 1) % slots.length;
  const slot = slots[lastSlot]!;
  const bits = slot.bits;
  bits.fill(0);
  slot.text = text;
  let h = ((text.charCodeAt(0) & 31) << 5) | (text.charCodeAt(1) & 31);
  for (let i = 2; i < text.length; i++) {
    h = ((h << 5) | (text.charCodeAt(i) & 31)) & 0x7fff;
    bits[h >>> 5]! |= 1 << (h & 31);
  }
  return bits;
}

// ------------------------------------------------------------------ the test

/**
 * One alternative of a pattern, or the whole pattern: it may match only where, for one of its
 * alternatives, every literal set has a literal in the text. `sets` holds all of it in one array (no
 * nested arrays to walk on every test): [alternative count, then per alternative: set count, then per
 * set: its length and its literalTrigrams].
 */
interface Branch {
  sets: Int32Array;
  source: string;
  re: RegExp | undefined;
}

/**
 * How a pattern is tested: the two rarest trigrams of each literal of the most selective set of each
 * alternative (its keys), both of which the text must have for one literal; then its branches, each
 * only where all the literal sets of one of its alternatives may be in the text. A pattern of many
 * alternatives is split into one branch each (a few small regexes scan faster than one with dozens of
 * alternatives). Null: run the pattern as it is.
 */
type Plan = {
  /** Pairs of trigrams, [first, second] per key: a literal's two rarest (the one twice if it has one). */
  keys: Int32Array;
  /** For each key, the branches one of whose most selective literals has it as its two rarest trigrams. */
  keyBranches: Int32Array[];
  branches: Branch[];
  /** Per branch, the number of the last test that looked at it (each branch is tried once per test). */
  seen: Int32Array;
  tests: number;
} | null;

const plans = new WeakMap<RegExp, Plan>();
const plansBySource = new Map<string, Plan>();
const minAlternativesToSplit = 8;

/** Tests may switch the pre-test off to prove it never changes a result. */
export const prefiltering = { enabled: true };

/** The top-level alternatives of a pattern, looking through one group that wraps all of it. */
function topAlternatives(source: string): string[] {
  if (source.startsWith('(?:') && groupEnd(source, 0) === source.length) return alternatives(source.slice(3, -1));
  return alternatives(source);
}

// Literal sets checked per alternative: the most selective few; the rest rarely rule anything out.
const maxFactors = 4;

function planOf(re: RegExp): Plan {
  // Flags that change what a literal is (i, u, v) or what a test leaves behind (g, y); references to
  // numbered groups, which would point elsewhere once the alternatives are apart.
  if (/[^dms]/.test(re.flags) || /\\[1-9k]/.test(re.source)) return null;
  // Alternatives are tried apart only in patterns with many: each one is a regex V8 must compile on
  // first use, which a pattern of a few alternatives does not repay.
  const all = topAlternatives(re.source);
  const split = all.length >= minAlternativesToSplit;
  const branches: Branch[] = [];
  // Keyed by the pair as one number: both trigrams are 15 bits.
  const byKey = new Map<number, number[]>();
  for (const alts of split ? all.map((a) => [a]) : [all]) {
    const sets: number[] = [alts.length];
    for (const alt of alts) {
      const factors = sequenceFactors(alt);
      if (!factors || factors.length === 0) return null;
      const option = factors.slice(0, maxFactors).map(literalTrigrams);
      const first = option[0]!;
      for (let i = 0; i < first.length; i += 1 + first[i]!) {
        const pair = first[i + 1]! * 0x8000 + first[i + (first[i]! > 1 ? 2 : 1)]!;
        const list = byKey.get(pair) ?? [];
        if (list[list.length - 1] !== branches.length) list.push(branches.length);
        byKey.set(pair, list);
      }
      sets.push(option.length);
      for (const trigrams of option) sets.push(trigrams.length, ...trigrams);
    }
    branches.push({ sets: Int32Array.from(sets), source: split ? alts[0]! : re.source, re: split ? undefined : re });
  }
  return { keys: Int32Array.from([...byKey.keys()].flatMap((pair) => [Math.floor(pair / 0x8000), pair % 0x8000])), keyBranches: [...byKey.values()].map((l) => Int32Array.from(l)), branches, seen: new Int32Array(branches.length), tests: 0 };
}

/** True when every trigram of one of the literals of the set at sets[start, end) is in the signature. */
function mayContain(bits: Uint32Array, sets: Int32Array, start: number, end: number): boolean {
  for (let i = start; i < end; ) {
    const literalEnd = i + 1 + sets[i]!;
    let all = true;
    for (i++; i < literalEnd; i++) {
      const h = sets[i]!;
      if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) {
        all = false;
        i = literalEnd;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** The plan of a pattern, built on first use. */
function planFor(re: RegExp): Plan {
  let plan = plans.get(re);
  if (plan === undefined) {
    // A regex literal written inside a matcher is a new object on every call: its plan is found by
    // its source (the branches hold no state: no g or y flag gets a plan).
    const key = `${re.flags}/${re.source}`;
    plan = plansBySource.get(key);
    if (plan === undefined) {
      plan = planOf(re);
      if (plansBySource.size > 20_000) plansBySource.clear();
      plansBySource.set(key, plan);
    }
    plans.set(re, plan);
  }
  return plan;
}

/** True when, for one of the branch's alternatives, every literal set may be in the text. */
function mayMatchBranch(bits: Uint32Array, sets: Int32Array): boolean {
  let i = 1;
  for (let alternative = sets[0]!; alternative > 0; alternative--) {
    let setsLeft = sets[i++]!;
    let all = true;
    for (; setsLeft > 0; setsLeft--) {
      const end = i + 1 + sets[i]!;
      if (all) all = mayContain(bits, sets, i + 1, end);
      i = end;
    }
    if (all) return true;
  }
  return false;
}

/**
 * `re.test(text)`, answered without running the regex where its literals show it cannot match, and
 * alternative by alternative otherwise. Always the same answer as `re.test(text)`.
 */
export function testPattern(text: string, re: RegExp): boolean {
  if (!prefiltering.enabled) return re.test(text);
  const plan = planFor(re);
  if (plan === null) return re.test(text);
  const bits = signature(text);
  const { keys, keyBranches, branches, seen } = plan;
  // Only branches with a literal whose two rarest trigrams are in the text can match: reached by their keys.
  // Tests are numbered per plan, so a branch reached through several keys is tried once.
  if (plan.tests >= 0x3fffffff) {
    plan.tests = 0;
    seen.fill(0);
  }
  const test = ++plan.tests;
  for (let i = 0; i < keys.length; i += 2) {
    const key = keys[i]!;
    if ((bits[key >>> 5]! & (1 << (key & 31))) === 0) continue;
    const second = keys[i + 1]!;
    if ((bits[second >>> 5]! & (1 << (second & 31))) === 0) continue;
    const list = keyBranches[i >> 1]!;
    for (let k = 0; k < list.length; k++) {
      const b = list[k]!;
      if (seen[b] === test) continue;
      seen[b] = test;
      const branch = branches[b]!;
      if (!mayMatchBranch(bits, branch.sets)) continue;
      branch.re ??= new RegExp(branch.source, re.flags);
      if (branch.re.test(text)) return true;
    }
  }
  return false;
}

/**
 * False only where `re` cannot match `text` by its literals (the pre-test alone, no regex run): lets a
 * caller that needs the match itself (exec, match, replace) skip the regex on most texts.
 */
export function mayMatch(text: string, re: RegExp): boolean {
  if (!prefiltering.enabled) return true;
  const plan = planFor(re);
  if (plan === null) return true;
  const bits = signature(text);
  const { keys, keyBranches, branches } = plan;
  for (let i = 0; i < keys.length; i += 2) {
    const key = keys[i]!;
    const second = keys[i + 1]!;
    if ((bits[key >>> 5]! & (1 << (key & 31))) === 0 || (bits[second >>> 5]! & (1 << (second & 31))) === 0) continue;
    const list = keyBranches[i >> 1]!;
    for (let k = 0; k < list.length; k++) if (mayMatchBranch(bits, branches[list[k]!]!.sets)) return true;
  }
  return false;
}
