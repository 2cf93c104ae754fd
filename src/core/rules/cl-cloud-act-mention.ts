/** cl-cloud-act-mention: cl-cloud-act-mention */
import { type ClauseRule, words } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';

const cloudActRe = any('cloud act', 'clarifying lawful overseas use', '2713', 'fisa\\b', 'section 702', 'executive order 12333', 'eo 12333', '\\b12333\\b', 'patriot act', 'national security letters?', 'foreign intelligence surveillance');
const storedCommunicationsActRe = any('stored communications act');
const usProviderRe = any('(?:located|stored?|stores|hosted|held) [a-z ]{0,20}in the (?:u\\.s|us\\b|united states)', '(?:u\\.s\\.|us|united states) company');

const cloudActMention = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, cloudActRe)) return true;
  // The Stored Communications Act named together with the U.S. location of the data or the provider.
  return has(t, storedCommunicationsActRe) && has(t, usProviderRe);
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-cloud-act-mention',
  category: 'gov.foreign-law',
  risk: 'low',
  arguments: ['arg-legislative-fix', 'arg-control-not-location', 'arg-presumption', 'arg-customer-nationality'],
  gate: words('cloud act', 'clarifying lawful', '2713', 'fisa', '702', '12333', 'patriot', 'national security letter', 'foreign intelligence', 'stored communications'),
  match: cloudActMention,
  fixtures: 'test/fixtures/rules/cl-cloud-act-mention.md',
};
