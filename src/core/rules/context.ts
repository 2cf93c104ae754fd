/** What a clause rule sees of one sentence: folded text, its heading, its table and lazy NLP facts. */
import type { AnyCategoryId } from '../types';

/** Facts about the sentence that need the NLP parser; computed only when a rule asks. */
export interface ParsedFacts {
  /** The grammatical subject of the main clause, lower-cased (e.g. "customer", "we"). */
  subject: string;
  /** The main verb is negated ("will not disclose"). */
  negated: boolean;
  /** Place names the parser recognised. */
  places: string[];
}

export interface SentenceContext {
  /** The sentence, folded: lower case, straight quotes, single spaces. */
  text: string;
  /** The sentence with case kept (white space folded), for the parser. */
  raw: string;
  /** The nearest heading above, folded ('' when none). */
  heading: string;
  /** The sentence before it in the same section, folded ('' when none). */
  previous: string;
  /** For a table row: the table's header row, folded; otherwise ''. */
  tableHeader: string;
  isTableRow: boolean;
  isListItem: boolean;
  /** Parses the sentence with the NLP parser (memoised per sentence). */
  parse(): ParsedFacts;
}

/** A clause rule's matcher: false, true (the rule's own category), or extra categories to add. */
export type Matcher = (s: SentenceContext) => boolean | AnyCategoryId[];

export interface ClauseRule {
  id: string;
  match: Matcher;
}
