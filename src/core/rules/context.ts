/** What a clause rule sees of one sentence: folded text, its heading, its table and lazy NLP facts. */
import type { AnyCategoryId, Risk } from '../types';

/** Facts about the sentence that need the NLP parser; computed only when a rule asks. */
export interface ParsedFacts {
  /** The grammatical subject of the main clause, lower-cased (e.g. "customer", "we"). */
  subject: string;
}

/** One column of a table row: the header cell above it and the row's own cell. */
export interface TableColumn {
  header: string;
  value: string;
}

export interface SentenceContext {
  /** The sentence, folded: lower case, straight quotes, single spaces. */
  text: string;
  /** The sentence with case kept (white space folded), for the parser. */
  raw: string;
  /**
   * The sentence as written (markup masked, white space not folded), when the engine has it: a cheap
   * case-sensitive pre-check there spares building `raw` for sentences that cannot match.
   */
  unfolded?: string;
  /** The nearest heading above, folded ('' when none). */
  heading: string;
  /** The sentence before it in the same section, folded ('' when none). */
  previous: string;
  /** For a table row: the table's header row, folded; otherwise ''. */
  tableHeader: string;
  isTableRow: boolean;
  /** For a table row: each cell with the header cell above it (folded; at most 50 columns). */
  columns?: readonly TableColumn[];
  isListItem: boolean;
  /**
   * For a list item under a lead-in ("We share data with these providers:"): the lead-in, folded,
   * without its closing colon or ellipsis; otherwise ''. Rules also see the item read on from it.
   */
  leadIn: string;
  /** Parses the sentence with the NLP parser (memoised per sentence). */
  parse(): ParsedFacts;
}

/** A match that says more: extra categories, or a risk other than the rule's (a clause that limits itself). */
export interface MatchDetail {
  categories?: AnyCategoryId[];
  risk?: Risk;
}

/** A clause rule's matcher: false, true (the rule's own category), extra categories to add, or details. */
export type Matcher = (s: SentenceContext) => boolean | AnyCategoryId[] | MatchDetail;

export interface ClauseRule {
  id: string;
  match: Matcher;
}
