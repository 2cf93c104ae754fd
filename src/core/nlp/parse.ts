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

/** The grammatical subject of a sentence (its first clause when it has several). */
export function parseSentence(text: string): ParsedFacts {
  // Long runs gain nothing from parsing and cost more than they are worth.
  const input = text.length > 1500 ? text.slice(0, 1500) : text;
  nlpUsage.chars += input.length;
  try {
    const doc = load()(input);
    const sentence = (doc.sentences().json() as { sentence?: { subject?: string } }[])[0]?.sentence;
    return { subject: (sentence?.subject ?? '').toLowerCase() };
  } catch {
    // The parser is an aid: a sentence it cannot read is matched by phrases alone.
    return { subject: '' };
  }
}
