/** cl-residency-commitment: the provider commits to keep data in a region (incl. the one the customer picks). */
import { type ClauseRule, rowsOr } from './rule';
import type { SentenceContext } from './context';
import { any, has, homeRegionRe } from './phrases';
import { subprocessorTableRow } from './shared/location';

// "Within the EU", "in the Selected Region": where a residency promise keeps the data.
const homeArea = '(?:with)?in (?:the )?(?:territory of )?(?:the )?(?:eu\\b|european union|eea\\b|european economic area|member states|switzerland|selected|chosen|region|germany|france)';

const keptInHomeAreaRe = new RegExp(`(?:remain|stay|kept|keep|be stored|be hosted|be processed|store|host|process)\\w* [a-z ,]{0,70}?${homeArea}`);

const serversInHomeAreaRe = new RegExp(`(?:servers|data ?cent\\w*|infrastructure|facilities) (?:located )?${homeArea}`);

/** The provider commits to keep data in a region (incl. the one the customer picks). */
const residencyCommitment = (s: SentenceContext): boolean => {
  const t = s.text;
  if (s.isTableRow) return subprocessorTableRow(s) && has(t, any('\\((?:eu|eea|european) customers\\)'));
  if (has(t, any('responsible for (?:deciding|determining|assessing)'))) return false;
  if (has(t, any('data residency', 'data boundary', 'in-country', 'data locali[sz]ation', 'geo-?fenc'))) return true;
  if (has(t, any('(?:store|host|process|keep)\\w*(?:,? (?:and |or )?(?:store|host|process|keep|back up|backup)\\w*)* (?:[a-z]+ ){0,3}(?:solely|only|exclusively) in (?:the )?(?:countr|region|location|\\[)'))) return true;
  if (has(t, any('responsible for (?:deciding|determining|assessing)'))) return false;
  if (has(t, any('never leave', 'never (?:be )?(?:transferred|moved)')) && has(t, any('region', '\\beu\\b', 'eea', 'country', 'data ?cent'))) return true;
  if (has(t, keptInHomeAreaRe) || has(t, serversInHomeAreaRe)) {
    if (has(t, any('united states', '\\bu\\.s\\.'))) return false;
    return has(t, any('will', 'shall', 'only', 'remain', 'stays?\\b', 'exclusively', 'within', 'must', 'is kept', 'are kept', 'are stored', 'is stored', 'performs'));
  }
  if (has(t, any('(?:will|shall|may) not (?:be )?(?:transfer|move|store|process|copy|replicat|relocat|modify|change|use|engage)\\w*[a-z ,()\'-]{0,80}(?:outside|to a country|without|location|region|geographical area|any other country|other countries)', 'not (?:be )?(?:transfer|mov)\\w* (?:[a-z]+ ){0,5}(?:outside|to a country which is not)', 'no (?:sub-?contractors?|sub-?processors?) (?:[a-z]+ ){0,6}outside')) && has(t, any('\\beu\\b', 'european', '\\beea\\b', 'switzerland', 'region', 'country', 'data ?cent', 'location', 'geographical area', 'consent'))) return true;
  if (has(t, homeRegionRe) && has(t, any('data ?cent(?:er|re)s?', 'region', 'location')) && has(t, any('select', 'chos', 'choice', 'designat')) && has(t, any('stor', 'host', 'process', 'located', 'not (?:be )?(?:changed|modified)', 'location'))) return true;
  // The customer picks where its data lives: "the Client shall select the location of its choosing".
  if (has(t, any('(?:customer|client|you) (?:shall |may |can |will )?(?:select|choose)')) && has(`${t} ${s.previous}`, any('location', 'region', 'data ?cent', 'geographic'))) return true;
  return false;
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-residency-commitment',
  category: 'location.commitment',
  risk: 'mitigating',
  arguments: ['arg-territoriality', 'arg-control-not-location', 'arg-trust', 'arg-data-mobility'],
  gate: rowsOr('eu', 'europe', 'eea', 'member state', 'switzerland', 'germany', 'france', 'ireland', 'kingdom', 'region', 'select', 'choos', 'chos', 'choice', 'location', 'countr', 'cent', 'geographic', 'residency', 'boundary', 'in-country', 'locali', 'geo', 'never leave', 'solely', 'exclusively'),
  match: residencyCommitment,
  fixtures: 'test/fixtures/rules/cl-residency-commitment.md',
};
