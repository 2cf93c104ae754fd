/** cl-natsec-secrecy: national-security demands, and the secrecy that comes with them. */
import { type ClauseRule, words } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';

const natsecRe = any('national security', 'foreign intelligence', 'intelligence (?:agenc|service|communit|purpose|activit|gathering|authorit)', 'signals intelligence', 'fisa\\b', 'section 702', '12333', '\\bnsls?\\b');

const secrecyRe = any(
  'prohibit\\w{0,20} (?:[a-z]{1,20} ){0,2}from (?:disclos|notify|telling|reveal|informing)',
  'legally prohibited from disclosing',
  '\\bgag',
  'non-?disclosure (?:order|requirement)',
  'secrecy',
  'not (?:be )?(?:able|permitted|allowed) to (?:notify|disclose|inform|tell)',
  '(?:stop|prevent)\\w{0,20} (?:[a-z]{1,20} ){0,2}from (?:informing|notifying|telling|disclosing)',
  'only in (?:aggregate|ranges|bands)',
);

const demandOrAccessRe = any('request', 'demand', 'order', 'letter', 'directive', 'disclos', 'access');

/** A national-security demand with its secrecy: this rule reports both (foreign law and no notice). */
export const isNatsecSecrecy = (t: string): boolean => has(t, natsecRe) && has(t, secrecyRe) && has(t, demandOrAccessRe);

const natsecDemandRe = any('national security (?:or [a-z]{1,20} (?:[a-z]{1,20} )?)?(?:request|letter|demand|order|purpose|requirement|reason|agenc|authorit)', 'in connection with national security');
const nationalSecurityRe = any('national security');
const handOverRe = any('disclos', 'hand over', 'access', 'requir');
const publicAuthorityRe = any('public authorit', 'law enforcement', 'government', 'lawful request');

/** National-security demands, and the secrecy that comes with them. */
const natsecSecrecy = (s: SentenceContext): boolean | ['gov.no-notice'] => {
  const t = s.text;
  if (!has(t, natsecRe)) return false;
  if (isNatsecSecrecy(t)) return ['gov.no-notice'];
  // "To meet national security requirements", "national security requests": access for national-security purposes.
  return has(t, natsecDemandRe) ||
    (has(t, nationalSecurityRe) && has(t, handOverRe) && has(t, publicAuthorityRe));
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-natsec-secrecy',
  category: 'gov.foreign-law',
  risk: 'high',
  arguments: ['arg-secrecy', 'arg-control-not-location', 'arg-trust'],
  gate: words('national security', 'intelligence', 'fisa', '702', '12333', 'nsl'),
  match: natsecSecrecy,
  fixtures: 'test/fixtures/rules/cl-natsec-secrecy.md',
};
