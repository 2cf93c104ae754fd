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

/** The more selective of two literal sets: longer shortest literal, then fewer literals. */
function better(a: string[], b: string[] | undefined): boolean {
  if (!b) return true;
  const shortestA = Math.min(...a.map((l) => l.length));
  const shortestB = Math.min(...b.map((l) => l.length));
  return shortestA !== shortestB ? shortestA > shortestB : a.length < b.length;
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

/**
 * Literals of which every match of one alternative (a sequence, no top-level bar) contains one: the
 * longest run of characters that always appear together, or the literals of a group that always
 * matches. Undefined when no such set of usable length is known.
 */
function sequenceLiterals(source: string): string[] | undefined {
  let best: string[] | undefined;
  let run = '';
  const offer = (set: string[] | undefined): void => {
    if (set && set.every((l) => l.length >= minLiteral) && better(set, best)) best = set;
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
      // An escaped punctuation mark is itself; letters and digits are classes, assertions or references.
      if (d === undefined) return undefined;
      if (/[^A-Za-z0-9]/.test(d)) literal = d;
      i += 2;
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
  return best;
}

/** Literals of which every match of the pattern contains one (one set per alternative, merged). */
function patternLiterals(source: string): string[] | undefined {
  const out: string[] = [];
  for (const alt of alternatives(source)) {
    const set = sequenceLiterals(alt);
    if (!set) return undefined;
    for (const l of set) if (!out.includes(l)) out.push(l);
  }
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
const commonness = (c: number): number => {
  const i = commonLetters.indexOf(String.fromCharCode(c));
  return i < 0 ? 0 : commonLetters.length - i;
};

/** Trigram hashes of each literal, its rarest first: [count, hash...] per literal, in one array. */
function literalTrigrams(literals: readonly string[]): Int32Array {
  const out: number[] = [];
  for (const l of literals) {
    const grams: { hash: number; score: number }[] = [];
    for (let i = 2; i < l.length; i++) {
      const hash = trigram(l.charCodeAt(i - 2), l.charCodeAt(i - 1), l.charCodeAt(i));
      const score = commonness(l.charCodeAt(i - 2)) + commonness(l.charCodeAt(i - 1)) + commonness(l.charCodeAt(i));
      if (!grams.some((g) => g.hash === hash)) grams.push({ hash, score });
    }
    grams.sort((a, b) => a.score - b.score);
    out.push(grams.length, ...grams.map((g) => g.hash));
  }
  return Int32Array.from(out);
}

// Rules ask about the sentence, the previous one and the heading in turn: a few recent signatures are kept.
const slots = Array.from({ length: 4 }, () => ({ text: undefined as string | undefined, bits: new Uint32Array(signatureWords) }));
let nextSlot = 0;

function signature(text: string): Uint32Array {
  for (const s of slots) if (s.text === text) return s.bits;
  const slot = slots[nextSlot]!;
  nextSlot = (nextSlot + 1) % slots.length;
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

/** One alternative of a pattern (or the whole pattern) and the trigrams of its literals. */
interface Branch {
  trigrams: Int32Array;
  source: string;
  re: RegExp | undefined;
}

/**
 * How a pattern is tested: the rarest trigram of each of its literals, one of which the text must
 * have; then its alternatives one by one, each only where its literals may be in the text (a few
 * small regexes scan faster than one with dozens of alternatives). Null: run the pattern as it is.
 */
type Plan = { keys: Int32Array; branches: Branch[] } | null;

const plans = new WeakMap<RegExp, Plan>();

/** Tests may switch the pre-test off to prove it never changes a result. */
export const prefiltering = { enabled: true };

/** The top-level alternatives of a pattern, looking through one group that wraps all of it. */
function topAlternatives(source: string): string[] {
  if (source.startsWith('(?:') && groupEnd(source, 0) === source.length) return alternatives(source.slice(3, -1));
  return alternatives(source);
}

function planOf(re: RegExp): Plan {
  // Flags that change what a literal is (i, u, v) or what a test leaves behind (g, y); references to
  // numbered groups, which would point elsewhere once the alternatives are apart.
  if (/[^dms]/.test(re.flags) || /\\[1-9k]/.test(re.source)) return null;
  const alts = topAlternatives(re.source);
  const branches: Branch[] = [];
  const keys: number[] = [];
  for (const alt of alts) {
    const literals = patternLiterals(alt);
    if (!literals) return null;
    const trigrams = literalTrigrams(literals);
    for (let i = 0; i < trigrams.length; i += 1 + trigrams[i]!) if (!keys.includes(trigrams[i + 1]!)) keys.push(trigrams[i + 1]!);
    branches.push({ trigrams, source: alt, re: alts.length === 1 ? re : undefined });
  }
  return { keys: Int32Array.from(keys), branches };
}

/** True when every trigram of one of the literals is in the signature. */
function mayContain(bits: Uint32Array, trigrams: Int32Array): boolean {
  for (let i = 0; i < trigrams.length; ) {
    const end = i + 1 + trigrams[i]!;
    let all = true;
    for (i++; i < end; i++) {
      const h = trigrams[i]!;
      if ((bits[h >>> 5]! & (1 << (h & 31))) === 0) {
        all = false;
        i = end;
        break;
      }
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
  let plan = plans.get(re);
  if (plan === undefined) {
    plan = planOf(re);
    plans.set(re, plan);
  }
  if (plan === null) return re.test(text);
  const bits = signature(text);
  const keys = plan.keys;
  let i = 0;
  while (i < keys.length && (bits[keys[i]! >>> 5]! & (1 << (keys[i]! & 31))) === 0) i++;
  if (i === keys.length) return false;
  for (const branch of plan.branches) {
    if (!mayContain(bits, branch.trigrams)) continue;
    branch.re ??= new RegExp(branch.source, re.flags);
    if (branch.re.test(text)) return true;
  }
  return false;
}
