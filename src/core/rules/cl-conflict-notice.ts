/** cl-conflict-notice: conflict-of-laws duty: laws of the destination that could stop the importer honouring the clauses. */
import { type ClauseRule, words } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';

const complaintRe = any('\\bcomplaint');
const localLawsRe = any(
  'laws? (?:and|or) practices',
  'local laws? (?:and|or) practices',
  'laws? (?:of|in) the (?:third|destination) country',
  'laws? of the country of destination',
  'legislation',
  'no (?:law|legislation|laws)\\b',
  'subject to (?:any )?(?:laws|legislation) that',
  'conflict with (?:applicable |any |local )?laws?',
  'democratic society',
  'change in (?:its |the )?(?:applicable )?(?:laws?|legislation)',
);
const publicAuthorityAccessRe = any('public authorit', 'government', 'disclos\\w{0,20} (?:of )?personal data', 'access by (?:public )?authorit', 'measures authori[sz]ing access');
const disclosureOrAccessRe = any('disclos', 'access', 'requir');

/** Conflict-of-laws duty: laws of the destination that could stop the importer honouring the clauses. */
const conflictNotice = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, complaintRe)) return false;
  const conflict = has(t, localLawsRe);
  return conflict && has(t, publicAuthorityAccessRe) &&
    has(t, disclosureOrAccessRe);
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-conflict-notice',
  category: 'gov.foreign-law',
  risk: 'mitigating',
  arguments: ['arg-comity-conflict', 'arg-reciprocity'],
  gate: words('law', 'legislation', 'democratic'),
  match: conflictNotice,
  fixtures: 'test/fixtures/rules/cl-conflict-notice.md',
};
