/** Matchers for where data may be: anywhere, commitments, transfer mechanisms, sub-processors, access and relocation. */
import type { SentenceContext } from './context';
import {
  any,
  foreignPlaceRe,
  has,
  homeRegionRe,
} from './phrases';

// ---------------------------------------------------------------- location

const customerChoiceRe = any(
  'on (?:the )?(?:documented )?instructions? (?:of|from) (?:the )?(?:customer|client|controller|you)',
  'on (?:the )?(?:customer|client|controller)\'s (?:documented )?instruction',
  '(?:selected|chosen|designated) by (?:the )?(?:customer|client|you)',
  '(?:customer|client|you) (?:may |can )?(?:select|choose|elect|decide)',
  'at (?:the )?(?:customer|client|controller)\'s (?:request|choice|option)',
  'if (?:the )?(?:customer|client|you) (?:so )?(?:request|instruct|choose)',
  '(?:customer|client|you) (?:itself |yourself )?(?:chooses|selects|elects|instructs)',
  // Approval the customer gives first is a restriction the customer controls.
  'unless (?:the )?(?:customer|client|controller) has (?:first |previously )?(?:approved|consented|agreed|authori[sz]ed)',
  'without (?:the )?(?:customer|client|controller)\'s (?:prior |express )?(?:written )?(?:consent|approval|authori[sz]ation)',
  'with (?:the )?(?:customer|client|controller)\'s (?:prior )?(?:written )?(?:consent|approval)',
);

// A verb of keeping or moving data, then a place that is abroad or anywhere, close together. The stems
// start at a word boundary and their endings are bounded: `\w*` restarted at every stem of a long word.
const placeTieRe = new RegExp(
  `\\b(?:sub-?)?(?:transfer|stor|process|host|access|locat|operat|maintain|replicat|collect|transmit|shar)\\w{0,20}[^.;]{0,90}?(?:\\b(?:in|to|from|throughout|across|around|into|at|within|with)\\b[^.;]{0,40}?)?${foreignPlaceRe.source}` +
    `|${foreignPlaceRe.source}[^.;]{0,60}?(?:transfer|stor|process|host|access|locat|operat)\\w{0,20}`,
);

const notLocationRe = any(
  'sanction',
  'export (?:control|administration)',
  'if you (?:are|reside) (?:located )?(?:in|outside)(?!.*(?:will|may) be (?:transferred|stored|processed))',
  'individuals (?:located )?in the',
  'governed by',
  '(?:exclusive|personal) jurisdiction',
  'jurisdiction (?:and|or) venue',
  'submit to the jurisdiction',
  '\\bvenue\\b',
  'data privacy framework',
  '\\bdpf\\b',
  'learn more',
  'data subject',
  'stored communications act',
  'government (?:list|authori[sz]ation)',
  'adher\\w+ to the',
  'certified',
  'department of commerce',
  'dpf principles',
  'complaint',
  'safe harbor for',
  'copyright',
  '\\(eu customers\\)',
  'subject to appropriate safeguards',
  'adequacy decision',
  'appropriate safeguards',
  'article 46',
);

/** Data may be stored, processed or reached anywhere, abroad, or in a named foreign country. */
export const locationUnrestricted = (s: SentenceContext): boolean => {
  const t = s.text;
  if (s.isTableRow) return subprocessorTableRow(s) && !has(t, any('\\(eu customers\\)')) && has(t, any('united states', '\\busa?\\b', '\\bindia\\b', '\\bchina\\b', '\\bsingapore\\b', '\\bjapan\\b', '\\bcanada\\b', '\\baustralia\\b', '\\bbrazil\\b', '\\bphilippines\\b', '\\bisrael\\b'));
  if (t.split(' ', 6).length < 6) return false;
  if (has(t, any('worldwide,? (?:non-exclusive|royalty|perpetual|irrevocable|fully|license|licence|right)', '(?:license|licence|right) (?:[a-z,-]+ ){0,6}worldwide', 'worldwide (?:[a-z,-]+ ){0,4}(?:license|licence)', 'non-exclusive'))) return false;
  if (has(t, any('(?:is|are) (?:a )?(?:u\\.s\\.|us|united states|american|delaware) (?:company|corporation|entity)(?! based in california, [a-z]+ is not)', '(?<!you )(?:is|are) (?:headquartered|located|based|incorporated|operated) in the (?:u\\.s|us\\b|united states)', 'data infrastructure (?:is |are )?located in the (?:u\\.s|us|united states)')) && !has(t, any('not required to provide data to foreign'))) return true;
  if (has(t, any('countries (?:[a-z]+ ){0,4}(?:may not|do not|might not) (?:have|provide|offer)', '(?:laws|protection) (?:in|of) (?:these|those|other) countries (?:may )?(?:differ|not)', 'list of (?:the )?countries to which'))) return true;
  if (has(t, any('consent to (?:this|the|such|these|any such) transfer', 'do not agree with (?:the )?(?:above[- ]stated )?(?:overseas )?transfers', 'agree to (?:the )?transfer of (?:your )?(?:personal )?(?:data|information) to'))) return true;
  if (has(t, any('transfer\\w* (?:[a-z]+ ){0,3}within (?:its|our|the) (?:company |corporate )?group'))) return true;
  if (has(t, notLocationRe)) return false;
  if (!has(t, placeTieRe)) {
    // Names the parser knows as places: "may be stored in Brazil and Kenya".
    if (!has(t, any('(?:stor|process|host|transferr)\\w* (?:[a-z]+ ){0,3}in [a-z]')) || !/\b(?:in|to) [A-Z][a-z]+/.test(s.raw)) return false;
    const places = s.parse().places.filter((p) => !has(p.toLowerCase(), homeRegionRe) && !/^(?:the )?(?:eu|eea|europe)/i.test(p));
    if (places.length === 0) return false;
  }
  if (has(t, customerChoiceRe) || customerActs(s)) return false;
  // A promise not to move data outside a region is a commitment, not permission.
  if (has(t, any('(?:will|shall|do|does|may) not (?:be )?(?:transfer|store|process|move|host|replicat|use)\\w*[a-z ,-]{0,60}outside', 'not (?:be )?transferred (?:[a-z]+ ){0,4}outside', 'remain within', 'only (?:be )?(?:store|process|host)\\w* (?:with)?in (?:the )?(?:eu|european|eea)')) && !has(t, any('however', 'except', 'unless'))) return false;
  return true;
};

/** Who acts: the customer choosing or configuring is not the provider moving data. */
function customerActs(s: SentenceContext): boolean {
  if (!has(s.text, any('^(?:the )?(?:customer|client|you|controller)\\b'))) return false;
  const subject = s.parse().subject;
  return /^(?:the )?(?:customer|client|you|controller)$/.test(subject);
}

/** The provider may move, migrate or replicate data at will, or change locations without notice. */
export const relocationNoNotice = (s: SentenceContext): boolean =>
  has(s.text, any('(?:change|modify|update) (?:the )?(?:location|region|data ?cent)', '\\b(?:move|migrate|relocate|replicate)\\w* (?:your |customer |the )?(?:data|content|information)', 'automatically (?:transferred|moved|replicated)', 'replicated across (?:regions|data ?cent|locations)', 'list of (?:locations|data ?centers) (?:[a-z]+ ){0,6}updated', 'locations? (?:listed|published|set out) (?:on|at) (?:our|its|the) (?:website|site|page)')) &&
  !has(s.text, any('will not (?:move|migrate|relocate|change)', 'shall not (?:move|migrate|relocate|change)', 'without (?:the )?(?:customer|client|your)\'?s? (?:prior )?(?:written )?(?:consent|approval|agreement)', 'with (?:prior )?notice'));

/** Staff or contractors (possibly abroad) can reach customer data remotely. */
export const operationalAccess = (s: SentenceContext): boolean => {
  const t = s.text;
  const reach = has(t, any('remote(?:ly)? (?:access|process)', 'access (?:to )?(?:such |your |the )?(?:personal )?(?:data|information|content)\\w* (?:[a-z]+ ){0,3}from', 'accessed from', 'allow access to that information from', 'access (?:[a-z]+ ){0,4}from (?:around the world|other countries|countries)', 'follow[- ]the[- ]sun', '(?:staff|personnel|employees|engineers|support|team|contractors|agents)[^;]{0,80}(?:may|can|will|could) (?:remotely )?(?:access|review|view|see)', '(?:reviewed|accessed|viewed) by (?:our |its )?[a-z &]{0,40}(?:team|staff|personnel|employees|engineers)'));
  if (!reach) return false;
  return has(t, foreignPlaceRe) || has(t, any('except from', 'other countries', 'countries in which', 'around the world', 'global operations', 'offices in', 'works? from', 'located (?:in|outside)'));
};


/** A local contracting entity with a parent elsewhere. */
export const contractingEntity = (s: SentenceContext): boolean =>
  has(s.text, any('contracting (?:party|entity)', 'wholly[- ]owned subsidiary', 'our parent company', 'ultimate parent', '(?:company|entity|corporation) (?:wholly )?owned (?:and controlled )?by', 'a subsidiary of', '(?:its|our|their) (?:[a-z.]+ )?parent\\b')) &&
  has(s.text, any('united states', 'u\\.s\\.', '\\bus\\b', 'ireland', 'luxembourg', 'europe', 'emea', 'located', 'parent', 'inc\\.', 'owned by', 'subsidiary of'));

// "Within the EU", "in the Selected Region": where a residency promise keeps the data.
const homeArea = '(?:with)?in (?:the )?(?:territory of )?(?:the )?(?:eu\\b|european union|eea\\b|european economic area|member states|switzerland|selected|chosen|region|germany|france)';
const keptInHomeAreaRe = new RegExp(`(?:remain|stay|kept|keep|be stored|be hosted|be processed|store|host|process)\\w* [a-z ,]{0,70}?${homeArea}`);
const serversInHomeAreaRe = new RegExp(`(?:servers|data ?cent\\w*|infrastructure|facilities) (?:located )?${homeArea}`);

/** The provider commits to keep data in a region (incl. the one the customer picks). */
export const residencyCommitment = (s: SentenceContext): boolean => {
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

/** Sovereign operations: local entity, local staff, no technical means of access from abroad. */
export const sovereignOperations = (s: SentenceContext): boolean =>
  !has(s.text, any('responsible for (?:deciding|determining|assessing)')) &&
  has(s.text, any('sovereign cloud', 'sovereign', 'operated by (?:eu|european) ', '(?:eu|european)[- ]resident (?:personnel|staff|employees)', 'personnel (?:located |based )?outside (?:of )?the (?:eu|european union|eea) (?:do not|will not|have no|cannot)', 'no technical means', 'secnumcloud', 'operational autonomy', 'board of european')) &&
  !has(s.text, any('sovereign immunity', 'sovereign entity'));

// Words that name sub-processors and their relatives (not resellers, advertisers or acquirers).
const subprocessorRe = any(
  'sub-? ?processor',
  'sub-?processing',
  'sub-?contract',
  'onward (?:sub-?processor|transfer)',
  'service providers?',
  'third[- ]party (?:service )?(?:providers?|vendors?|processors?)',
  '\\bvendors?\\b',
  '(?:shar|disclos|transfer|provid)\\w* (?:[a-z]+ ){0,8}(?:with|to|among) (?:[a-z.,]+ ){0,4}(?:our |its |corporate )?affiliat',
  // The pattern is only tested, never extracted: one letter before "'s" finds the same sentences
  // as a whole word would, without retrying every word start.
  '(?:our|corporate|[a-z]\'s) affiliates,? (?:may|will|process|participat|located)',
  'affiliated compan',
  'among (?:[a-z]+ )?(?:corporate )?affiliates',
  'group compan',
  'company group',
  'companies (?:in|within) (?:our|the|its) group',
  'another company in our group',
  'delegatees?',
  'third parties (?:that|who|which) (?:help|assist|perform|provide|process|support)',
  'with (?:our |its |domestic and foreign |foreign )?(?:[a-z]+ ){0,2}affiliates',
  'affiliates of',
  '(?:its|our|[a-z]\'s) agents? process',
  'acting as an agent',
  '(?:companies|individuals|entities) to perform functions',
  'perform (?:functions|services) on (?:our|its) behalf',
  'use contractors',
  'contractors or agents',
  'external (?:[a-z]+ ){0,2}(?:provider|software)',
  'infrastructure providers?',
  'hosting providers?',
  'payment (?:provider|processor)',
  'processors we use',
  'list of (?:[a-z]+ )?processors',
);

const notSubprocessorRe = any(
  'resell',
  'channel partner',
  'advertising partner',
  'merger',
  'acquisition',
  'bankruptcy',
  'domain (?:name )?regist',
  'authori[sz]ed agent',
  'agent to exercise',
  'on (?:your|a consumer\'s) behalf',
  '(?:acts?|acting|functions?|is) (?:in the role of )?(?:as )?an? "?(?:data )?(?:processor|service provider)',
  'role of a processor',
  'from (?:other sources|third-party providers)',
  'receive information',
  'data subjects?',
  'for example,? if',
  'such as (?:if|the details)',
  'employees?,? (?:or |and )?contractors',
  'contractors?,? (?:or |and )?temporary',
  '(?:customer|entity\'s|customer\'s) affiliates',
  'third-party (?:offerings|products|platform)',
  'integrations?',
  'shall have the same meaning',
  'supervisory authority',
);


function subprocessorTableRow(s: SentenceContext): boolean {
  if (!s.isTableRow) return false;
  // A row with one filled cell is a sub-heading inside the table, not a sub-processor.
  if (s.text.split('|').filter((c) => c.trim().length > 0).length < 2) return false;
  const h = s.tableHeader;
  return (has(h, any('processor', 'entity', 'vendor', 'provider', 'company', 'name', 'delegatee', 'third part', 'recipient')) && has(h, any('country', 'location', 'purpose', 'function', 'service', 'activit', 'task', 'categor', 'transfer', 'headquarters'))) || has(`${s.heading} ${h}`, any('sub-?processor', 'delegat', 'service providers?'));
}

/** Affiliates, sub-processors or vendors handle the data, or how they are added and changed. */
export const subprocessorsAbroad = (s: SentenceContext): boolean => {
  const t = s.text;
  if (s.isTableRow) return subprocessorTableRow(s);
  if (has(t, subprocessorRe)) {
    if (has(t, notSubprocessorRe) && !has(t, any('sub-? ?processors? (?:[a-z]+ ){0,3}(?:to|shall|will|must|may)', 'engage', 'list of', 'sub-?contractor (?:involvement|fulfils)', 'requires that'))) return false;
    return has(t, any('data', 'information', 'content', 'process', 'perform', 'services', 'obligations', 'list', 'engage', '\\bus(?:e|es|ed|ing)\\b', 'utiliz', 'select', 'object', 'notice', 'notify', 'inform', 'involvement', 'replace', 'liab', 'responsib', 'authori', 'appoint', 'behalf', 'confidential', 'share', 'disclos'));
  }
  // Sentences of a sub-processor section that say how changes, objections and liability work.
  if (has(s.heading, any('sub-?processor', 'sub-?contract', 'subprocessing')) || has(s.previous, any('sub-?processor', 'sub-?contractor', 'service providers?', 'vendors', 'on our behalf'))) {
    if (has(t, notSubprocessorRe)) return false;
    return has(t, any('object', 'terminat', 'liab', 'engage', 'replace', 'sub-processor change', 'alternative solution', 'bound by', 'restricted by contract', 'contractual obligations', 'must process'));
  }
  return false;
};

/** The provider can change the terms, a policy, or a location or sub-processor list on its own. */
export const unilateralUpdate = (s: SentenceContext): boolean => {
  const t = s.text;
  // What changes must be the provider's paper, not the customer's settings or a price list.
  const paper = any('terms', 'agreement', 'policy', 'policies', 'notice', 'documentation', 'addendum', '\\bdpa\\b', 'sub-?processor list', 'list of (?:sub-?processors|locations|data ?cent)', 'location terms', 'locations? (?:listed|published)');
  if (!has(t, paper) || has(t, any('price', 'fees?\\b', 'billing', 'settings', 'contact information', 'signed by', 'in writing'))) return false;
  if (has(t, any('(?:customer|you) may (?:update|change|modify)'))) return false;
  return has(t, any('(?:may|can|reserves? the right to|will) (?:update|change|modify|amend|revise)', 'from time to time', 'at any time', 'by posting', 'then[- ]current', 'as updated', 'effective upon posting', 'continued use (?:[a-z]+ ){0,6}(?:constitutes|means) (?:your )?acceptance', 'at (?:our|its) (?:sole )?discretion'));
};

// Transfer mechanisms by name.
const mechanismRe = any(
  'standard contractual clauses',
  'standard data protection clauses',
  '\\bsccs?\\b',
  'model clauses',
  'data privacy framework',
  '\\bdpf\\b',
  'privacy shield',
  'safe harbou?r',
  'adequacy decision',
  'adequate level of (?:data )?protection',
  'adequate" level of protection',
  'binding corporate rules',
  '\\bbcrs?\\b',
  'article 46',
  'art\\. ?46',
  'article 49',
  'art\\. ?49',
  '49\\(1\\)',
  'derogation',
  'appropriate safeguards',
  'legal safeguards for international',
  'transfer impact assessment',
  'international data transfer (?:addendum|agreement)',
  'uk (?:addendum|extension)',
  '2021/914',
  '2010/87',
  'chapter v\\b',
  'transfer mechanisms?',
  'consent to (?:this|the|such|these) transfer',
  'overseas transfers',
  'certified to the (?:u\\.s\\. )?department of commerce',
);

export const transferMechanism = (s: SentenceContext): boolean | ['location.subprocessor'] => {
  const t = s.text;
  if (s.isTableRow) return subprocessorTableRow(s) && has(t, any('\\bsccs?\\b', 'standard contractual', 'bcr', 'adequacy', 'dpf'));
  if (has(t, any('(?:impact )?assessment')) && has(t, any('transfer')) && has(t, any('complete', 'carry out', 'conduct', 'perform', 'obtain'))) return true;
  if (!has(t, mechanismRe)) return false;
  if (has(t, any('learn more', 'further information', 'please visit', 'more information (?:about|on)', 'copyright', 'infringement', 'not (?:been )?recogni[sz]ed as (?:having|providing) an adequate'))) return false;
  // A title such as "EU-US Data Privacy Framework, UK Extension" names a topic, it does not rely on it.
  if (t.split(' ', 9).length < 9 && !has(t, any('\\b(?:is|are|will|shall|apply|applies|rely|relies|use|uses|transfer\\w*|govern\\w*|comply|complies|adhere\\w*)\\b'))) return false;
  if (has(t, any('appropriate safeguards')) && !has(t, any('transfer', 'article 46', 'art\\. ?46', 'third countr', 'chapter v', 'outside', 'i\\.e\\.'))) return false;
  if (has(t, any('standard contractual clauses', '\\bsccs?\\b')) && has(t, any('audit', 'terminat', 'governing law', 'forum', 'jurisdiction', 'disputes?', 'courts')) && !has(t, any('transfer', 'module', 'appl(?:y|ies) to', 'rely', 'incorporat', 'execut', 'enter into'))) return false;
  // Recourse, complaints and arbitration under the DPF are about redress, not the transfer basis.
  if (has(t, any('complain', 'arbitration', 'recourse', 'federal trade commission', '\\bftc\\b', 'investigatory and enforcement', 'dispute resolution', 'jams', 'independent recourse'))) return false;
  // A bare cross-reference to an SCC clause on audit, deletion or liability.
  if (has(t, any('clause \\d+')) && has(t, any('audit', 'delet', 'liab', 'indemn', 'third[- ]party beneficiar')) && !has(t, any('transfer'))) return false;
  if (has(t, any('adequate level of protection')) && !has(t, any('transfer', 'countr', 'process', 'third', 'outside'))) return false;
  if (has(t, any('derogation')) && !has(t, any('transfer', 'art', 'gdpr'))) return false;
  return true;
};

