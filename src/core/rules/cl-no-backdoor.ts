/** cl-no-backdoor: cl-no-backdoor */
import { type ClauseRule, words } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';

const noVoluntaryDisclosureRe = any('(?:shall|will|does|do|must) not (?:voluntarily )?(?:disclose|provide|share|give|hand over)[^.;]{0,100}(?:voluntarily|at its (?:own |sole )?discretion)');
const backdoorRe = any('backdoor', 'back door', 'direct (?:or unfettered )?access', 'unfettered access', 'blanket access', 'bulk access', 'encryption keys? to (?:any )?government', 'break (?:our |such |the |its )?encryption', 'weaken (?:the |our |its )?encryption', 'standing access');
const governmentRe = any('government', 'authorit', 'law enforcement', 'agenc');
const blanketAccessRe = any('(?:blanket|unfettered) (?:[a-z]{1,20} )?access', 'backdoor', 'ability to break');
const thirdPartyRe = any('third part');

const noBackdoor = (s: SentenceContext): boolean =>
  // "Will not disclose voluntarily or at its own discretion": the negated form keeps the voluntary category.
  has(s.text, noVoluntaryDisclosureRe) ||
  has(s.text, backdoorRe) &&
  (has(s.text, governmentRe) || has(s.text, blanketAccessRe) && has(s.text, thirdPartyRe));

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
