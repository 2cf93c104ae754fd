/** cl-contracting-entity: a local contracting entity with a parent elsewhere. */
import { type ClauseRule, words } from './rule';
import type { SentenceContext } from './context';
import { placesIn } from '../lexicon';
import { any, has } from './phrases';

// Where the reader lives ("if you are from X", "customers located in X"): it picks the local entity, and
// the entity is often named after that place; neither says where data goes.
const readerPlaceRe = /\b(?:(?:you|users?|customers?|members?|subscribers?|consumers?|people|individuals) (?:who )?(?:are|reside|resides|live|lives) (?:located |based |resident )?(?:in|from|outside)|(?:customers?|users?|members?|subscribers?) (?:located |based |resident )?in)\b[^;]{0,100}?(?=\b(?:contract\w{0,4}|entity|party|controller|provided|is|are)\b|$)/g;
const guardianRe = any('guardian', 'age of (?:majority|consent)', 'your parent compan');
const ownershipRe = any('wholly[- ]owned subsidiary', 'our parent company', 'ultimate parent', '(?:company|entity|corporation) (?:wholly )?owned (?:and controlled )?by', 'a subsidiary of', '(?:its|our|their) (?:[a-z.]{1,30} )?parent\\b');
const contractingPartyRe = any('contracting (?:party|entity)');
const corporateFormRe = any('\\binc\\b', '\\bllc\\b', '\\bcorp(?:oration)?\\b');

/** A local contracting entity with a parent elsewhere. */
const contractingEntity = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, guardianRe)) return false;
  const owned = has(t, ownershipRe);
  if (!owned && !has(t, contractingPartyRe)) return false;
  // The point is a parent in another legal order: a parent named with a US-style suffix, or a foreign
  // place other than the reader's own (which only picks the local entity).
  if (has(t, corporateFormRe)) return true;
  if (owned) return placesIn(t).foreign;
  const readerPlaces = t.match(readerPlaceRe) ?? [];
  let rest = t.replace(readerPlaceRe, ' ');
  // Each place the reader clause lists ("from Hong Kong or Macau") is the reader's, wherever else it recurs.
  for (const clause of readerPlaces) {
    for (const part of clause.replace(/^[^;]{0,60}?\b(?:in|from|outside)\b/, '').split(/,|\bor\b|\band\b/)) {
      const place = part.trim();
      if (place.length > 2 && placesIn(place).foreign) rest = rest.split(place).join(' ');
    }
  }
  return placesIn(rest).foreign;
};

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
