/** cl-contracting-entity: a local contracting entity with a parent elsewhere. */
import { type ClauseRule, words } from './rule';
import type { SentenceContext } from './context';
import { placesIn } from '../lexicon';
import { any, has } from './phrases';

const guardianRe = any('guardian', 'age of (?:majority|consent)', 'your parent compan');
const contractingEntityRe = any('contracting (?:party|entity)', 'wholly[- ]owned subsidiary', 'our parent company', 'ultimate parent', '(?:company|entity|corporation) (?:wholly )?owned (?:and controlled )?by', 'a subsidiary of', '(?:its|our|their) (?:[a-z.]{1,30} )?parent\\b');
const corporateFormRe = any('\\binc\\b', '\\bllc\\b', '\\bcorp(?:oration)?\\b', 'ultimate parent', 'our parent company');

/** A local contracting entity with a parent elsewhere. */
const contractingEntity = (s: SentenceContext): boolean =>
  !has(s.text, guardianRe) &&
  has(s.text, contractingEntityRe) &&
  // The point is a parent in another legal order: a foreign place, or a parent named with a US-style suffix.
  (placesIn(s.text).foreign || has(s.text, corporateFormRe));

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-contracting-entity',
  category: 'location.anywhere',
  risk: 'low',
  arguments: ['arg-control-not-location', 'arg-comity-conflict'],
  gate: words('contracting', 'subsidiar', 'parent', 'owned by', 'owned and controlled by'),
  match: contractingEntity,
  fixtures: 'test/fixtures/rules/cl-contracting-entity.md',
};
