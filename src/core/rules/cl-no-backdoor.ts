/** cl-no-backdoor: cl-no-backdoor */
import { type ClauseRule, words } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';

const noBackdoor = (s: SentenceContext): boolean =>
  // "Will not disclose voluntarily or at its own discretion": the negated form keeps the voluntary category.
  has(s.text, any('(?:shall|will|does|do|must) not (?:voluntarily )?(?:disclose|provide|share|give|hand over)[^.;]{0,100}(?:voluntarily|at its (?:own |sole )?discretion)')) ||
  has(s.text, any('backdoor', 'back door', 'direct (?:or unfettered )?access', 'unfettered access', 'blanket access', 'bulk access', 'encryption keys? to (?:any )?government', 'break (?:our |such |the |its )?encryption', 'weaken (?:the |our |its )?encryption', 'standing access')) &&
  (has(s.text, any('government', 'authorit', 'law enforcement', 'agenc')) || has(s.text, any('(?:blanket|unfettered) (?:[a-z]{1,20} )?access', 'backdoor', 'ability to break')) && has(s.text, any('third part')));

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-no-backdoor',
  category: 'gov.voluntary',
  risk: 'mitigating',
  arguments: ['arg-trust', 'arg-sca-focus'],
  gate: words('voluntarily', 'discretion', 'backdoor', 'back door', 'direct', 'unfettered', 'blanket', 'bulk access', 'encryption', 'standing access'),
  match: noBackdoor,
  fixtures: 'test/fixtures/rules/cl-no-backdoor.md',
};
