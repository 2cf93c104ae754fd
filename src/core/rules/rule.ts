/** What a rule is: one object per rule file (`cl-*.ts`, `missing-*.ts`), listed once in registry.ts. */
import type { AnyCategoryId, ArgumentId, Risk, Severity } from '../types';
import type { Matcher } from './context';

interface RuleBase {
  id: string;
  /** The category its findings carry first. */
  category: AnyCategoryId;
  risk: Risk;
  /** The arguments of the case the clause bears on. */
  arguments: ArgumentId[];
  /** The fixture file (paragraphs the rule must and must not flag), relative to the repository. */
  fixtures: string;
}

/** A sentence-level rule: a cheap word gate, then the matcher. */
export interface ClauseRule extends RuleBase {
  kind: 'clause';
  gate: Gate;
  match: Matcher;
}

/** A document-level rule: a protection the document never gives, anchored on the clause it qualifies. */
export interface DocumentRule extends RuleBase {
  kind: 'document';
  /** Categories whose presence makes the protection relevant. */
  trigger: AnyCategoryId[];
  /** Categories whose presence means the protection is given. */
  satisfiedBy: AnyCategoryId[];
}

export type Rule = ClauseRule | DocumentRule;

/**
 * Words (folded, lower case, matched where a word starts) of which a sentence must contain one for
 * the rule's matcher to run. A gate may only let through more than the matcher accepts, never less.
 */
export interface Gate {
  words: readonly string[];
  /** Or: a word of each list (for matchers that need, say, a verb and an object). */
  both?: readonly [readonly string[], readonly string[]];
  /** The words may also stand in the previous sentence (rules that read "In that case, ..." with it). */
  previous?: boolean;
  /** Or one of these in the heading or the previous sentence (sub-processor sections). */
  context?: readonly string[];
  /** Table rows always pass. */
  rows?: boolean;
}

export const words = (...list: string[]): Gate => ({ words: list });
export const rowsOr = (...list: string[]): Gate => ({ words: list, rows: true });
export const withPrevious = (...list: string[]): Gate => ({ words: list, previous: true });

/** Gate words for places abroad or "anywhere" (the matchers read the full place lexicon). */
export const foreignWords = ['united', 'u.s', 'usa', 'in the us', 'us company', 'us government', 'us law', 'us authorit', 'us entity', 'us subsidiar', 'us corporation', 'outside', 'other countr', 'other juris', 'other locat', 'any countr', 'any other', 'any juris', 'any locat', 'countries', 'multiple', 'various', 'variety', 'world', 'global', 'overseas', 'abroad', 'third countr', 'international', 'wherever', 'india', 'china', 'singapore', 'consent to', 'agree with', 'agree to the transfer', 'american', 'delaware', 'group', 'brazil', 'japan', 'korea', 'canada', 'australia'];
/** Gate words for authorities. */
export const authorityWords = ['authorit', 'enforcement', 'police', 'government', 'regulat', 'court', 'agenc', 'national security', 'intelligence'];
/** Gate words for sub-processors, vendors and group companies. */
export const subprocessorWords = ['processor', 'processing', 'contract', 'provider', 'third', 'vendor', 'affiliat', 'group', 'delegat', 'perform', 'behalf', 'agent', 'external', 'payment', 'onward'];

/** Default severity follows risk: what a reviewer must look at is a warning; protections are hints. */
export function severityForRisk(risk: Risk): Exclude<Severity, 'off'> {
  switch (risk) {
    case 'high':
      return 'warning';
    case 'medium':
      return 'info';
    default:
      return 'hint';
  }
}
