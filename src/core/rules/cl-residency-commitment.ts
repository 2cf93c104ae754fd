/** cl-residency-commitment: the provider commits to keep data in a region (incl. the one the customer picks). */
import { type ClauseRule, rowsOr } from './rule';
import type { SentenceContext } from './context';
import { foreignAreaRe, homeAreaRe, homeAreaWords, placesIn } from '../lexicon';
import { frameAt } from './frame';
import { any, has, homeRegionRe } from './phrases';
import { subprocessorTableRow } from './shared/location';

// "Within the EU", "in the Selected Region": where a residency promise keeps the data.
const homeArea = '(?:with)?in (?:the )?(?:territory of )?(?:the )?(?:eu\\b|european union|eea\\b|european economic area|member states|switzerland|selected|chosen|region|germany|france)';

const keptInHomeAreaRe = new RegExp(`(?:remain|stay|kept|keep|be stored|be hosted|be processed|store|host|process)\\w{0,20} [a-z ,]{0,70}?${homeArea}`);

// Residency described rather than promised: "your data is stored in data centres in Finland",
// "backups are kept in the region you picked". A place in the EU/EEA (any member state by name).
const describedRe = new RegExp(`\\b(?:stored|stores?|hosted|hosts?|kept|keeps?|held|holds?|located|housed|backed up|resides?|lives?|processed|saved)\\b[^.;]{0,60}?\\b(?:in|within|inside)\\b (?:the )?(?:[a-z-]{1,30} ){0,3}?(?:${homeAreaRe.source})`);
const pickedRegionRe = /\b(?:stored|hosted|kept|held|located|backed up|resides?|lives?|processed|saved|stays?|remains?)\b[^.;]{0,60}?\b(?:in|within) the (?:[a-z]{1,10} ){0,2}(?:region|location|country|data ?cent(?:er|re)) (?:you|the customer|customer|the client|client) (?:select|selects|selected|pick|picks|picked|choose|chooses|chose)\b/;
// People or companies located somewhere are not data kept there.
const peopleLocatedRe = any('(?:customers|users|individuals|people|persons|you|who|members|residents|browsers|devices)\\b[^.;]{0,30}\\b(?:located|based|resident|residing|living|live|lives|reside|resides) in', '\\bis an? [a-z ]{0,30}located in', '\\b(?:ab|gmbh|ltd|inc|llc|sa|bv|oy|as|ag|plc|limited|company|entity|affiliate|sub-?processors?|vendors?|providers?|suppliers?)\\b,? (?:which is |that is |who is )?(?:located|based|established|headquartered|registered|incorporated) in');

const serversInHomeAreaRe = new RegExp(`(?:servers|data ?cent\\w{0,20}|infrastructure|facilities) (?:located )?${homeArea}`);

const europeOnlyRowRe = any('\\((?:eu|eea|european) customers\\)');
const decisionDutyRe = any('responsible for (?:deciding|determining|assessing)');
const lawOfRegionRe = any('law of the (?:country|state|place) (?:where|in which)');
const residencyTermRe = any('data residency', 'data boundary', 'in-country', 'data locali[sz]ation', 'geo-?fenc');
const storedOnlyInRe = any('(?:store|host|process|keep)\\w{0,20}(?:,? (?:and |or )?(?:store|host|process|keep|back up|backup)\\w{0,20})* (?:[a-z]{1,30} ){0,3}(?:solely|only|exclusively) in (?:the )?(?:countr|region|location|\\[)');
const neverLeavesRe = any('never leave', '\\b(?:will|shall|must|may|does|do|can) not leave\\b', '\\b(?:won\'t|doesn\'t|don\'t|cannot|can\'t) leave\\b', 'never (?:be )?(?:transferred|moved)', '\\bnot (?:be )?(?:moved|transferred|copied|relocated) (?:to|into) (?:another|any other|a different) (?:country|region|jurisdiction)\\b');
const homePlaceWordRe = any('region', '\\beu\\b', 'eea', 'country', 'data ?cent');
const unitedStatesRe = any('united states', '\\bu\\.s\\.');
const commitmentWordRe = any('will', 'shall', 'only', 'remain', 'stays?\\b', 'exclusively', 'within', 'must', 'is kept', 'are kept', 'are stored', 'is stored', 'performs');
const noTransferOutsideRe = any('(?:will|shall|may) not (?:be )?(?:transfer|move|store|process|copy|replicat|relocat|modify|change|use|engage)\\w{0,20}[a-z ,()\'-]{0,80}(?:outside|to a country|without|location|region|geographical area|any other country|other countries)', 'not (?:be )?(?:transfer|mov)\\w{0,20} (?:[a-z]{1,30} ){0,5}(?:outside|to a country which is not)', 'no (?:sub-?contractors?|sub-?processors?) (?:[a-z]{1,30} ){0,6}outside', '(?:won\'t|shan\'t) (?:be )?(?:transfer|move|store|process|copy|replicat|relocat)\\w{0,20}[a-z ,()\'-]{0,80}(?:outside|to a country|without|location|region|any other country|other countries)');
const confinedAreaRe = any('\\beu\\b', 'european', '\\beea\\b', 'switzerland', 'region', 'country', 'data ?cent', 'location', 'geographical area', 'outside');
const regionWordRe = any('data ?cent(?:er|re)s?', 'region', 'location');
const choiceWordRe = any('select', 'chos', 'choice', 'designat');
const placedDataRe = any('stor', 'host', 'process', 'located', 'not (?:be )?(?:changed|modified)', 'location');
const customerPicksPlaceRe = any('(?:customer|client|you) (?:shall |may |can |will )?(?:pin|lock|tie|assign)\\w{0,2} (?:[a-z-]{1,30} ){0,3}to (?:a |an |the |our |its |your )?(?:[a-z-]{1,30} ){0,2}(?:region|location|data ?cent|country)', '(?:customer|client|you) (?:shall |may |can |will )?(?:select|choose|specify|designate|elect)\\w{0,2} (?:the |a |its |your |their |which |where )?(?:[a-z-]{1,30} ){0,2}(?:location|region|data ?cent|country|geograph|hosting)', '(?:customer|client|you) (?:shall |may |can |will )?(?:select|choose|elect|decide)\\w{0,2} (?:to have|to keep|to store|whether) (?:its |your |their )?(?:[a-z-]{1,20} ){0,2}(?:hosted|stored|kept|located|processed) in\\b');
const customerPicksRe = any('(?:customer|client|you) (?:shall |may |can |will )?(?:select|choose|specify|designate)');
const placeWordRe = any('location', 'region', 'data ?cent', 'geographic');
const storageWordRe = any('\\bstor', '\\bhost', 'data ?cent', 'content', '\\bdata\\b');
// Choices that are not where data lives: a hearing venue, profile and display settings.
const notPlaceChoiceRe = any('arbitrat', 'profile', 'features?', 'unlink', '\\blanguage\\b', '\\bformat\\b', '\\btime ?zone\\b', '\\bcurrency\\b');

const deviceLocationRe = any('\\bgeo-?location\\b', '\\b(?:precise|approximate|device|device\'s|phone\'s|physical) location\\b', '\\blocation of (?:your |the |a )?(?:device|phone|computer)');

/** The provider commits to keep data in a region (incl. the one the customer picks). */
const residencyCommitment = (s: SentenceContext): boolean => {
  const t = s.text;
  if (s.isTableRow) return subprocessorTableRow(s) && has(t, europeOnlyRowRe);
  if (has(t, decisionDutyRe)) return false;
  // Where a device is (its location, geolocation) is data about the user, not where data is kept.
  if (has(t, deviceLocationRe)) return false;
  // "Under the law of the country where the region is located" names a law, not where data stays.
  if (has(t, lawOfRegionRe)) return false;
  if (has(t, residencyTermRe)) return true;
  if (has(t, storedOnlyInRe)) return true;
  if (has(t, decisionDutyRe)) return false;
  if (has(t, neverLeavesRe) && (has(t, homePlaceWordRe) || placesIn(t).home)) return true;
  if (has(t, pickedRegionRe)) return true;
  // The pattern first: it costs a fraction of the place look-up, which then only confirms a match.
  const found = describedRe.exec(t);
  const described = found && placesIn(t).home ? found : null;
  if (described && !has(t, peopleLocatedRe) && !foreignAreaRe.test(t.slice(described.index))) {
    const f = frameAt(t, described.index);
    if (f.modality !== 'permission' && !f.negated) return true;
  }
  // The customer picks where its data lives: "the Client shall select the location of its choosing".
  if (has(t, customerPicksPlaceRe) && !has(t, notPlaceChoiceRe)) return true;
  if ((has(t, keptInHomeAreaRe) || has(t, serversInHomeAreaRe)) && !has(t, peopleLocatedRe)) {
    if (has(t, unitedStatesRe)) return false;
    return has(t, commitmentWordRe);
  }
  if (has(t, noTransferOutsideRe) && has(t, confinedAreaRe)) return true;
  if (has(t, homeRegionRe) && has(t, regionWordRe) && has(t, choiceWordRe) && has(t, placedDataRe)) return true;
  if (has(t, customerPicksRe) && has(`${t} ${s.previous}`, placeWordRe) && has(`${t} ${s.previous}`, storageWordRe) && !has(t, notPlaceChoiceRe)) return true;
  return false;
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-residency-commitment',
  category: 'location.commitment',
  risk: 'mitigating',
  arguments: ['arg-territoriality', 'arg-control-not-location', 'arg-trust', 'arg-data-mobility'],
  gate: rowsOr(...homeAreaWords, 'never leave', 'kingdom', 'region', 'select', 'choos', 'chos', 'choice', 'location', 'countr', 'cent', 'geographic', 'residency', 'boundary', 'in-country', 'locali', 'geo', 'solely', 'exclusively', 'not leave', 't leave'),
  match: residencyCommitment,
  fixtures: 'test/fixtures/rules/cl-residency-commitment.md',
};
