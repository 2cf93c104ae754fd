/**
 * The NLP parser (compromise), loaded on first use and run on one sentence at a time: its cost is
 * linear per call and its offsets are never needed, because the engine keeps its own.
 */
import type { ParsedFacts } from '../rules/context';

type Compromise = typeof import('compromise').default;
let nlp: Compromise | undefined;

/** Characters handed to the parser since the counter was last reset (for stats). */
export const nlpUsage = { chars: 0 };

// compromise takes about half a second to load: only sentences that need it pay, and only once.
function load(): Compromise {
  if (!nlp) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('compromise') as Compromise | { default: Compromise };
    nlp = typeof mod === 'function' ? mod : mod.default;
  }
  return nlp;
}

// compromise's types take only an object for `terms`; its json() also reads `false` as "no terms".
const subjectOnly = { text: false, terms: false } as unknown as Parameters<ReturnType<Compromise>['json']>[0];

/** The grammatical subject of a sentence (its first clause when it has several). */
export function parseSentence(text: string): ParsedFacts {
  // Long runs gain nothing from parsing and cost more than they are worth.
  const input = text.length > 1500 ? text.slice(0, 1500) : text;
  nlpUsage.chars += input.length;
  try {
    const doc = load()(input);
    // Only the sentence parse is read: leaving out the text and the terms (copied with their tags for
    // every word) halves the cost of the call and gives the same subject.
    const sentence = (doc.sentences().json(subjectOnly) as { sentence?: { subject?: string } }[])[0]?.sentence;
    return { subject: (sentence?.subject ?? '').toLowerCase() };
  } catch {
    // The parser is an aid: a sentence it cannot read is matched by phrases alone.
    return { subject: '' };
  }
}
