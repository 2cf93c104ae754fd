/** cl-foreign-access-ack: data held in a country may be reached by that country's authorities (incl. national-security access). */
import { type ClauseRule, words, authorityWords } from './rule';
import type { SentenceContext } from './context';
import { any, has, foreignPlaceRe } from './phrases';
import { ambiguousPlaces, countries, wordsSource } from '../lexicon';
import { treatyRouteRe } from './shared/government';

const countryNames = countries.flat().filter((w) => !ambiguousPlaces.includes(w) || w === 'us' || w === 'u.s.');
/** An authority qualified by a country name or adjective: "US authorities", "Indian government agencies", "courts of Brazil". */
const placeAuthorityRe = new RegExp(
  `${wordsSource(countryNames)}(?:\\s(?:federal|state|local|national|public|government|law enforcement))?\\s(?:law enforcement|government\\w{0,2}|authorit\\w{0,4}|courts?|police|agenc\\w{0,4}|intelligence|security services|prosecutors?)\\b|\\b(?:authorit\\w{0,4}|courts?|governments?|law enforcement|police) (?:of|in) (?:the )?${wordsSource(countryNames)}`,
);
/** Data kept in a place: a verb of keeping or a server word, then "in" and a named place. */
// After "in" or "to", a country name that is also a common word ("Turkey", "Chad") is a place.
const allCountryNames = countries.flat();
const keptInPlaceRe = new RegExp(
  `\\b(?:stored|store|stores|hosted|host|held|kept|located|processed|resides?|servers?|data cent(?:er|re)s?|infrastructure)\\b[^.;]{0,40}\\bin (?:the )?(?:mainland |metropolitan |continental )?${wordsSource(allCountryNames)}|\\bin (?:our |the |its |their )?${wordsSource(allCountryNames)} (?:data cent(?:er|re)s?|servers?|facilities|cloud region)\\b|\\b(?:transferred|sent|moved|exported)\\b[^.;]{0,20}\\bto (?:the )?${wordsSource(allCountryNames)}`,
);
/** The provider's home country (control, not location): incorporated, headquartered or based there, or "a US parent company". */
const homeCountryRe = new RegExp(`\\b(?:incorporated|headquartered|based|established|organi[sz]ed|domiciled)\\b[^.;]{0,20}\\bin (?:the )?${wordsSource(allCountryNames)}|${wordsSource(countryNames)} (?:parent (?:company|entity|corporation)|parent|holding company|company|corporation|entity|affiliate)\\b|\\b(?:is|are|remains?) (?:also )?subject to (?:the )?${wordsSource(countryNames)} (?:federal )?laws?\\b`);
/** A country's law that demands data kept in that country be given to its authorities: "Chinese law may require us to provide data held in China". */
const placeLawAuthorityRe = any('authorit', 'government', 'law enforcement', 'police', 'security services', 'state bodies', 'courts?\\b');
const placeLawHandOverRe = any('disclos', 'provid', 'produc', 'hand\\w{0,3} over', 'access', 'give', '\\breach');
const placeLawRe = new RegExp(`${wordsSource(countryNames)} (?:laws?|legislation|statutes?)\\b[^.;]{0,40}\\b(?:require|requires|oblige|obliges|compel|compels|allow|allows|permit|permits|empower|empowers)\\b|\\b(?:under|pursuant to|by virtue of|in accordance with) (?:the )?(?:local |national )?${wordsSource(countryNames)} (?:national )?(?:laws?|legislation|statutes?)\\b`);
// A country's law that reaches data wherever it is kept: "US law may oblige our parent to hand over data
// held by its European subsidiaries" (control, not location).
const reachAcrossRe = any('\\bwherever\\b', '\\bregardless of (?:where|(?:its |the |their )?location)', '\\bno matter where\\b', '\\bheld by (?:its|our|their) (?:[a-z-]{1,20} )?(?:subsidiar|affiliat|group)', '\\b(?:stored|held|kept|located) (?:abroad|overseas|outside)\\b', '\\beven (?:if|when|where) (?:it is |the data is |they are )?(?:stored|held|kept|located)\\b');

const foreignAuthoritiesRe = any(
  '(?:courts|authorities|governments?|law enforcement|agencies)[a-z ,]{0,40}(?:of|in) (?:that|those|such|the relevant|other|foreign) (?:country|countries|jurisdictions?)',
  '(?:of|in) the countr(?:y|ies) (?:in which|where) [a-z ,]{0,60}(?:authorit|courts|government|law enforcement)',
  '(?:courts|authorities|governments?|law enforcement)[a-z ,]{0,40}(?:of|in) the countr(?:y|ies) (?:concerned|in question|involved)',
  '(?:that|the relevant|such|those|each) countr(?:y|ies)\'s? (?:government|authorit|courts|law enforcement)',
  'foreign (?:governments?|courts|authorit\\w{0,20}|law enforcement)[a-z ,]{0,60}(?:may|might|could|can) (?:be able to )?(?:obtain|access|compel|require)',
  'subject to (?:access|disclosure|the laws)[a-z ,]{0,40}(?:of|in) (?:that|those|the) (?:countr|jurisdiction)',
  'accessible to (?:the )?(?:authorities|law enforcement|government)',
  '(?:local|foreign) laws?[a-z ,]{0,40}(?:disclos|access)[a-z ,]{0,40}(?:authorit|government)',
  '(?:authorities|governments?|courts|law enforcement) there\\b',
);
const exposedToAuthoritiesRe = any('(?:subject to|accessible (?:by|to)|available to) (?:[a-z]{1,20} ){0,2}(?:law enforcement|government(?:al)?|public authorit\\w{0,20}|intelligence|state) access');
const compulsionVerbRe = any('\\b(?:compel|order|require|oblige|force|demand|seek|obtain)\\w{0,3}\\b', 'produce', 'disclos', 'access');
const nationalSecurityRe = any('national security');
const disclosureRequestOrAccessRe = any('disclos', 'request', 'access');
const publicAuthorityRe = any('public authorit', 'law enforcement', 'government', 'lawful request');
const nonUsRe = any('non-u\\.?s\\.?');
const compulsionRe = any('compel', 'warrant\\b', 'subpoena', 'court order', 'legally binding', 'must comply', 'requir');
const usAuthorityRe = any('(?:u\\.s\\.|us|united states) (?:law enforcement|government|authorit|court)');
const usCompanyRe = any('located in the (?:u\\.s|us|united states)', 'us company', 'u\\.s\\. company');
const usLocatedRe = any('located in the (?:u\\.s|us|united states)', 'u\\.s\\. company');

/** Data held in a country may be reached by that country's authorities (incl. national-security access). */
const foreignAccessAck = (s: SentenceContext): boolean => {
  const t = s.text;
  // A foreign authority sent the treaty route is told how to ask, not that it can reach data kept there.
  if (has(t, treatyRouteRe)) return false;
  if (has(t, foreignAuthoritiesRe)) return true;
  // "Service providers located in India ... may be subject to law enforcement access".
  if (has(t, exposedToAuthoritiesRe) && has(t, foreignPlaceRe)) return true;
  // "Because our servers are in Singapore, ... may be disclosed to Singapore authorities".
  const place = /\b(?:located|stored|hosted|held|processed|are|is) (?:[a-z]{1,20} )?in (?:the )?([a-z][a-z.]{1,20}(?: [a-z]{1,20})?)\b/.exec(t);
  if (place && !/^(?:accordance|connection|order|response|addition|the|which|any|this|that|our|your|its)\b/.test(place[1]!)) {
    const name = place[1]!.replace(/[.]/g, '\\.');
    if (new RegExp(`\\b${name}(?:'s)? (?:authorities|law enforcement|government|courts|intelligence)`).test(t)) return true;
  }
  // The data kept in a country and that country's authorities named by it ("stored in India ... Indian
  // government agencies"; "servers in the United States ... US authorities"): the frame of case (a).
  if ((has(t, keptInPlaceRe) || has(s.previous, keptInPlaceRe)) && has(t, placeAuthorityRe) && !has(t, treatyRouteRe)) return true;
  if ((has(t, keptInPlaceRe) || has(s.previous, keptInPlaceRe)) && has(t, placeLawRe) && has(t, placeLawAuthorityRe) && has(t, placeLawHandOverRe) && !has(t, treatyRouteRe)) return true;
  if (has(t, reachAcrossRe) && has(t, placeLawRe) && has(t, placeLawHandOverRe) && !has(t, treatyRouteRe)) return true;
  // The provider's home country's authorities can compel it, wherever the data is kept (control, not location).
  if (has(t, homeCountryRe) && has(t, placeAuthorityRe) && has(t, compulsionVerbRe) && !has(t, treatyRouteRe)) return true;
  // National-security language tied to a disclosure duty.
  if (has(t, nationalSecurityRe) && has(t, disclosureRequestOrAccessRe) && has(t, publicAuthorityRe)) return true;
  // "As a US company with data located in the US ... compelled by US authorities".
  if (has(t, nonUsRe) || !has(t, compulsionRe)) return false;
  return has(t, usAuthorityRe) && (has(t, usCompanyRe) || has(s.previous, usLocatedRe));
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-foreign-access-ack',
  category: 'gov.foreign-law',
  risk: 'medium',
  arguments: ['arg-reciprocity', 'arg-territoriality', 'arg-control-not-location'],
  gate: words(...authorityWords, 'state access', 'security serv', 'prosecutor', 'judge', 'law may', 'laws may', 'law can', 'laws can', 'law requir', 'laws requir', 'law oblig', 'laws oblig', 'law compel', 'laws compel', 'law allow', 'laws allow', 'law empower', 'laws empower'),
  match: foreignAccessAck,
  fixtures: 'test/fixtures/rules/cl-foreign-access-ack.md',
};
