/**
 * The matchers of the clause rules (`cl-*`). Each reads one folded sentence with its heading and
 * table context; the order here is the tie-break when two rules of one category hit a sentence.
 */
import type { ClauseRule, SentenceContext } from './context';
import {
  any,
  authorityRe,

  discloseVerbRe,
  foreignPlaceRe,
  has,
  homeRegionRe,
  legalProcessRe,

  unlessProhibitedRe,
} from './phrases';

// ---------------------------------------------------------------- shared predicates

const govDemandRe = any(
  'law enforcement',
  'government(?:al)? (?:authorit|agenc|request|demand|order|bod|entit)',
  'public authorit',
  '(?:competent|judicial|tax|supervisory|foreign) (?:legal or judicial )?authorit',
  'legal process',
  'subpoena',
  'court order',
  'search warrant',
  'warrant\\b',
  'lawful request',
  'binding order',
  'legally binding',
  'third[- ]party (?:request|demand)s?',
  'requests? (?:from|by|of) (?:a |any )?(?:competent|law enforcement|government|public|judicial|authorit)',
  'disclosure (?:request|order|demand)',
  'requests? (?:for|to disclose) (?:customer |user |personal )?(?:data|information)',
  'legal (?:request|demand)',
  'request or decision of authorit',
  'required by law',
  'compelled',
  'legal disclosure',
  'government(?:al)? (?:or|and) (?:law enforcement|regulatory)',
  'authorities',
);

const notGovernmentRe = any(
  'data subject',
  'personal data breach',
  'security (?:breach|incident)',
  '\\bbreach(?:es)?\\b(?! of (?:this|the) (?:agreement|terms))',
  'exercis\\w+ (?:their|your|its) rights',
  'lodge a complaint',
  'complaint',
  'dmca',
  'copyright',
  'takedown',
  'icann',
  'registr(?:y|ies|ar)',
);

const isGovContext = (s: SentenceContext): boolean =>
  has(s.text, govDemandRe) || (has(s.heading, any('law enforcement', 'legal request', 'government', 'legal disclosure', 'authorit', 'legal process')) && has(s.text, any('request', 'order', 'demand', 'process')));

// Confidentiality clauses where only the customer discloses the provider's information.
const customerOnlyDisclosesRe = any(
  '^(?:the )?(?:customer|client|you) (?:may|shall|will|must) (?:not )?disclose (?:the )?(?:provider|company|[a-z]+)\'s',
  'customer shall not disclose',
  'you (?:may|must) not disclose',
);

// ---------------------------------------------------------------- government access

/** Disclosure because a law, order or authority requires it (incl. processing beyond instructions). */
const disclosureRequiredByLaw = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, notGovernmentRe) && !has(t, any('law enforcement', 'subpoena', 'court order', 'warrant', 'legal process', 'government'))) return false;
  if (has(t, customerOnlyDisclosesRe)) return false;
  // GDPR Art. 28(3)(a): processing beyond instructions where Union or Member State law requires it.
  if (has(t, any('process\\w*', 'instructions')) && has(t, any('required by (?:the )?(?:applicable )?(?:union|member state|eu|european|applicable data protection|law)', 'pursuant to the law of the european union', 'union or member state law', 'law of the (?:european )?union or', 'obliged to do so pursuant', 'other legal requirements'))) return true;
  // Regulators' audits and access to the processor.
  if (has(t, any('supervisory authority', 'regulatory audit', 'regulator')) && has(t, any('audit', 'access', 'inspect', 'request'))) return true;
  if (has(t, any('tax authorit')) && has(t, any('disclos', 'share', 'audit'))) return true;
  const process = has(t, legalProcessRe);
  const authority = has(t, authorityRe);
  if (!process && !authority) return false;
  const verb = has(t, discloseVerbRe) || has(t, any('preserv', 'request', 'respond', 'release', 'access'));
  if (!verb) return false;
  if (process && (authority || has(t, any('disclos', 'produc', 'provide', 'release', 'share', 'preserve', 'respond', 'comply')))) {
    // "comply with applicable law" alone is a general compliance promise, not a disclosure.
    if (!authority && !has(t, any('subpoena', 'court order', 'warrant', 'legal process', 'lawful (?:request|order)', 'compel', 'required by (?:applicable |relevant )?law', 'legal (?:request|demand)', 'binding', 'requires? (?:us|it) to disclose', 'obliged'))) return false;
    if (!has(t, any('disclos', 'produc', 'provid', 'releas', 'share', 'preserv', 'respond', 'communicat', 'access', 'hand', 'request', 'comply'))) return false;
    return true;
  }
  // An authority without an instrument: "we may disclose information to law enforcement".
  return authority && has(t, any('disclos', 'produc', 'releas', 'share', 'provide (?:[a-z]+ )?(?:data|information)', 'respond to (?:[a-z]+ )?requests', 'requests? (?:for|from)', 'process(?:ed)? if submitted')) && has(t, any('law enforcement', 'government', 'public authorit', 'competent authorit', 'regulator', 'court', 'tax authorit', 'authorities'));
};

/** Only through treaties or recognised process: MLATs, letters rogatory, "only valid legal process from". */
const mlatOnly = (s: SentenceContext): boolean =>
  has(s.text, any('mutual legal assistance', '\\bmlats?\\b', 'letters? rogatory', 'executive agreement', 'diplomatic (?:procedure|channel)', 'appropriate legal (?:channel|mechanism)s?', 'not required to provide data to foreign', 'non-us authority', 'authorities outside the u\\.s'));

const voluntaryCueRe = any(
  'good[- ]faith',
  '\\bwe believe',
  'believes?',
  'reasonably (?:necessary|appropriate)',
  'protect (?:the |our |its )?(?:rights|property|safety|security|users|customers)',
  '(?:rights|property),? (?:or |and )?(?:personal )?safety',
  'safety of',
  'prevent(?:ion)? (?:of )?(?:fraud|harm|abuse|illegal)',
  'suspected fraud',
  'fraud(?:ulent)?',
  'illegal activit',
  'voluntar',
  'at (?:our|its) (?:sole )?discretion',
  'notify(?:ing)? (?:the )?(?:appropriate|relevant) authorit',
  'enforce (?:our|its|these|the)',
);

/** Disclosure without compulsion: good-faith belief, rights and safety, fraud. */
const voluntaryDisclosure = (s: SentenceContext): boolean => {
  const t = s.text;
  if (!has(t, voluntaryCueRe)) return false;
  if (!has(t, any('disclos', 'share', 'releas', 'provide', 'access', 'report', 'notify', 'preserve', 'use'))) return false;
  if (has(t, any('voluntar')) && has(t, authorityRe)) return true;
  if (has(t, any('notify(?:ing)? (?:the )?(?:appropriate|relevant) authorit'))) return true;
  // The safety/rights cue must sit in a sentence about giving data to others, not about security controls.
  if (!has(t, any('law enforcement', 'government', 'authorit', 'third part', 'others', 'legal process', 'comply with (?:the )?law', 'legal obligations', 'subpoena', 'court', 'regulat', 'law,'))) return false;
  if (has(t, any('protect', 'safety', 'fraud', 'illegal', 'good[- ]faith', 'believe', 'enforce', 'harm'))) return true;
  return false;
};

const emergencyDisclosure = (s: SentenceContext): boolean =>
  has(s.text, any('emergenc', 'danger of death', 'imminent (?:risk|threat|danger)', 'serious (?:physical )?(?:injury|harm)', 'risk of (?:death|serious)', 'vital interests', 'threat to (?:life|the life)', 'life-threatening')) &&
  has(s.text, any('disclos', 'share', 'releas', 'provide', 'request', 'respond', 'law enforcement', 'authorit'));

const noBackdoor = (s: SentenceContext): boolean =>
  has(s.text, any('backdoor', 'back door', 'direct (?:or unfettered )?access', 'unfettered access', 'blanket access', 'bulk access', 'encryption keys? to (?:any )?government', 'break (?:our )?encryption', 'standing access')) &&
  has(s.text, any('government', 'authorit', 'law enforcement', 'agenc'));

const natsecSecrecy = (s: SentenceContext): boolean | ['gov.no-notice'] => {
  const t = s.text;
  if (!has(t, any('national security', 'intelligence', 'fisa\\b', 'national security letter', 'nsls?\\b', 'foreign intelligence', 'section 702', '12333'))) return false;
  if (!has(t, any('request', 'disclos', 'access', 'order', 'requirement', 'letter', 'surveillance', 'demand'))) return false;
  return has(t, any('prohibit\\w* from (?:disclos|notify|telling|reveal)', 'gag', 'non-?disclosure (?:order|requirement)', 'not (?:be )?(?:able|permitted|allowed) to (?:notify|disclose|inform|tell)')) ? ['gov.no-notice'] : true;
};

const cloudActMention = (s: SentenceContext): boolean =>
  has(s.text, any('cloud act', 'clarifying lawful overseas use', '2713', 'fisa\\b', 'section 702', 'executive order 12333', 'eo 12333', '\\b12333\\b', 'patriot act', 'national security letters?', 'foreign intelligence surveillance'));

/** Conflict-of-laws duty: laws of the destination that could stop the importer honouring the clauses. */
const conflictNotice = (s: SentenceContext): boolean => {
  const t = s.text;
  return (
    has(t, any('laws and practices', 'legislation', 'laws? (?:of|in) the (?:third|destination) country', 'local laws? (?:and|or) practices')) &&
    has(t, any('public authorit', 'disclos\\w* (?:of )?personal data', 'access by (?:public )?authorit', 'government access', 'measures authori[sz]ing access')) &&
    !has(t, any('\\bcomplaint'))
  );
};

/** Data held in a country may be reached by that country's authorities (incl. national-security access). */
const foreignAccessAck = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, any('(?:courts|authorities|governments?|law enforcement|agencies)[a-z ,]{0,40}(?:of|in) (?:that|those|such|the relevant|other|foreign) (?:country|countries|jurisdictions?)', 'foreign (?:governments?|courts|authorit|law enforcement)[a-z ,]{0,60}(?:obtain|access|request|disclos|compel)', 'subject to (?:access|disclosure|the laws)[a-z ,]{0,40}(?:of|in) (?:that|those|the) (?:countr|jurisdiction)', 'accessible to (?:the )?(?:authorities|law enforcement|government)'))) return true;
  // National-security language tied to a disclosure duty.
  if (has(t, any('national security')) && has(t, any('disclos', 'request', 'access')) && has(t, any('public authorit', 'law enforcement', 'government', 'lawful request'))) return true;
  // "As a US company with data located in the US ... compelled by US authorities".
  if (has(t, any('(?:u\\.s\\.|us|united states) (?:law enforcement|government|authorit|court)')) && (has(t, any('located in the (?:u\\.s|us|united states)', 'us company', 'u\\.s\\. company')) || has(s.previous, any('located in the (?:u\\.s|us|united states)', 'u\\.s\\. company')))) return true;
  return false;
};

const noticeVerbRe = any('notify', 'notif(?:y|ies|ied|ication)', 'inform', 'give (?:[a-z]+ )?notice', 'provide (?:[a-z]+ )?notice', '\\bnotice\\b', 'tell', 'alert', 'let (?:you|customer) know', 'forward (?:the )?request', 'advise');

/** A promise to tell the customer about a demand for its data. */
const noticeOfDemand = (s: SentenceContext): boolean => {
  const t = s.text;
  if (!has(t, noticeVerbRe)) return false;
  if (has(t, notGovernmentRe) && !has(t, any('law enforcement', 'subpoena', 'court order', 'warrant', 'legal process', 'government', 'authorit'))) return false;
  if (has(t, any('without (?:prior )?notice', 'not notify', 'no notice')) && !has(t, unlessProhibitedRe)) return false;
  if (has(t, customerOnlyDisclosesRe)) return false;
  const demand = has(t, any('request', 'demand', 'order', 'subpoena', 'legal process', 'warrant', 'disclos', 'legal requirement', 'required by (?:law|applicable)', 'compelled', 'legally required'));
  const gov = isGovContext(s) || has(t, any('legal requirement', 'required by (?:the )?(?:applicable )?(?:law|union|member state)', 'prohibited by (?:the )?(?:applicable )?law', 'legal disclosure', 'legally required'));
  if (!demand || !gov) return false;
  return has(t, any('will (?:promptly |first |[a-z]+ )?(?:notify|inform|tell|give|provide|forward|attempt|try|make)', 'shall (?:promptly |[a-z]+ )?(?:notify|inform|give|provide)', 'may notify', 'notifies the other', 'to inform', 'to notify', 'will notify', 'prior notice', 'advance notice', 'notice (?:to|of)', 'make (?:a )?reasonable (?:attempt|effort)s? to (?:notify|contact)', 'attempt to notify', 'policy is to notify', 'we notify', 'provide you with notice', 'notify (?:the )?(?:customer|client|controller|user|you|affected)', 'inform (?:the )?(?:customer|client|controller|you)', 'unless (?:prohibited|legally|that law|the law|applicable)'));
};

/** Disclosure without telling, or a bar on telling (gag orders, delayed notice). */
const noNotice = (s: SentenceContext): boolean => {
  const t = s.text;
  const cue = has(t, any(
    'without (?:prior |advance |any )?(?:notice|notification|notifying|informing|telling)',
    'will not (?:notify|inform|tell)',
    'not (?:be )?(?:able|permitted|allowed|required|obligated) to (?:notify|inform|tell|give notice)',
    'prohibited (?:by law )?from (?:notifying|disclosing|informing|telling|providing notice)',
    '(?:delay|withhold)\\w* (?:the )?(?:notice|notification)',
    'gag order',
    'non-?disclosure order',
    'confidentiality of (?:a |the )?(?:law enforcement )?investigation',
    'obstruct',
    'ongoing investigation',
    'exception (?:for|of) legal disclosure',
    'except (?:in the case of|for) legal disclosure',
    'may not be able to notify',
    'unable to notify',
    'rather than notif',
    'in (?:an )?emergenc\\w*[a-z ,]{0,60}(?:notice|notify)',
    '(?:notice|notify)[a-z ,]{0,60}emergenc',
  ));
  if (!cue) return false;
  if (has(t, notGovernmentRe) && !has(t, any('law enforcement', 'subpoena', 'court', 'warrant', 'legal process', 'government', 'investigation'))) return false;
  return isGovContext(s) || has(t, any('investigation', 'legal disclosure', 'emergenc', 'law enforcement'));
};

/** Redirect the authority, contest or narrow the demand, or disclose only the minimum. */
const redirectChallenge = (s: SentenceContext): boolean => {
  const t = s.text;
  const cue = has(t, any(
    'redirect',
    'challenge',
    'contest',
    '\\bobject\\b(?! to (?:a |the |any )?(?:sub|new))',
    'narrow',
    'quash',
    'protective order',
    'confidential treatment',
    'seek (?:a |an )?(?:remedy|order)',
    '(?:bare )?minimum',
    'only (?:[a-z]+ ){0,3}(?:the )?(?:personal )?(?:data|information) (?:that (?:is|are) )?(?:strictly )?(?:required|necessary|requested)',
    'limit (?:the )?(?:communication|disclosure|scope)',
    'overly broad',
    'refuse',
    'default stance',
    'push back',
    'reject',
    'choose not to appeal',
    '\\bappeal\\b',
    'verify (?:the )?(?:validity|legitimacy)',
    'oppos',
    'request (?:that )?(?:the )?(?:authority|agency|requester) (?:obtain|seek)',
    'directly from (?:the )?(?:customer|client|you|user)',
    'limited (?:emergency )?disclosure',
    'reserves? the right to object',
    'all legal avenues',
    'unable to process',
  ));
  if (!cue) return false;
  if (has(t, any('sub-?processor', 'subcontractor')) && !has(t, any('authorit', 'law enforcement', 'government'))) return false;
  return isGovContext(s) || has(t, any('disclos', 'compelled', 'legal process', 'required by law')) && has(t, any('minimum', 'narrow', 'contest', 'challenge', 'protective order', 'confidential treatment', 'oppos', 'appeal'));
};

const transparencyReport = (s: SentenceContext): boolean =>
  has(s.text, any('transparency report', 'law enforcement requests report', 'warrant canary', 'publish\\w* (?:[a-z]+ ){0,6}(?:statistics|number|numbers|report)s? (?:[a-z]+ ){0,6}(?:requests|demands)', 'report (?:on )?(?:the )?(?:number|volume) of (?:government|law enforcement|legal) requests'));

// ---------------------------------------------------------------- location

const customerChoiceRe = any(
  'on (?:the )?(?:documented )?instructions? (?:of|from) (?:the )?(?:customer|client|controller|you)',
  'on (?:the )?(?:customer|client|controller)\'s (?:documented )?instruction',
  '(?:selected|chosen|designated) by (?:the )?(?:customer|client|you)',
  '(?:customer|client|you) (?:may |can )?(?:select|choose|elect|decide)',
  'at (?:the )?(?:customer|client|controller)\'s (?:request|choice|option)',
  'if (?:the )?(?:customer|client|you) (?:so )?(?:request|instruct|choose)',
);

// A verb of keeping or moving data, then a place that is abroad or anywhere, close together.
const placeTieRe = new RegExp(
  `(?:transfer|stor|process|host|access|locat|operat|maintain|replicat|collect|transmit|shar)\\w*[^.;]{0,90}?\\b(?:in|to|from|outside|throughout|across|around|into|at|within|with)\\b[^.;]{0,40}?${foreignPlaceRe.source}` +
    `|${foreignPlaceRe.source}[^.;]{0,60}?(?:transfer|stor|process|host|access|locat|operat)\\w*`,
);

const notLocationRe = any(
  'sanction',
  'export (?:control|administration)',
  'if you (?:are|reside) (?:located )?(?:in|outside)',
  'individuals (?:located )?in the',
  'governed by',
  'jurisdiction',
  '\\bvenue\\b',
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
const locationUnrestricted = (s: SentenceContext): boolean => {
  const t = s.text;
  if (s.isTableRow) return subprocessorTableRow(s) && !has(t, any('\\(eu customers\\)')) && has(t, any('united states', '\\busa?\\b', '\\bindia\\b', '\\bchina\\b', '\\bsingapore\\b', '\\bjapan\\b', '\\bcanada\\b', '\\baustralia\\b', '\\bbrazil\\b', '\\bphilippines\\b', '\\bisrael\\b'));
  if (t.split(' ').length < 6 || has(t, definitionRe)) return false;
  if (has(t, any('worldwide,? (?:non-exclusive|royalty|perpetual|irrevocable|fully|license|licence|right)', '(?:license|licence|right) (?:[a-z,-]+ ){0,6}worldwide', 'worldwide (?:[a-z,-]+ ){0,4}(?:license|licence)', 'non-exclusive'))) return false;
  if (has(t, any('(?:is|are) (?:a )?(?:u\\.s\\.|us|united states|american|delaware) (?:company|corporation|entity)(?! based in california, [a-z]+ is not)', '(?:is|are) (?:headquartered|located|based|incorporated|operated) in the (?:u\\.s|us\\b|united states)', 'data infrastructure (?:is |are )?located in the (?:u\\.s|us|united states)')) && !has(t, any('not required to provide data to foreign'))) return true;
  if (has(t, any('countries (?:[a-z]+ ){0,4}(?:may not|do not|might not) (?:have|provide|offer)', '(?:laws|protection) (?:in|of) (?:these|those|other) countries (?:may )?(?:differ|not)', 'list of (?:the )?countries to which'))) return true;
  if (has(t, any('consent to (?:this|the|such|these|any such) transfer', 'do not agree with (?:the )?(?:above[- ]stated )?(?:overseas )?transfers', 'agree to (?:the )?transfer of (?:your )?(?:personal )?(?:data|information) to'))) return true;
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
const relocationNoNotice = (s: SentenceContext): boolean =>
  has(s.text, any('(?:change|modify|update) (?:the )?(?:location|region|data ?cent)', '\\b(?:move|migrate|relocate|replicate)\\w* (?:your |customer |the )?(?:data|content|information)', 'automatically (?:transferred|moved|replicated)', 'replicated across (?:regions|data ?cent|locations)', 'list of (?:locations|data ?centers) (?:[a-z]+ ){0,6}updated')) &&
  !has(s.text, any('will not (?:move|migrate|relocate|change)', 'shall not (?:move|migrate|relocate|change)', 'without (?:the )?(?:customer|client|your)\'?s? (?:prior )?(?:written )?(?:consent|approval|agreement)', 'with (?:prior )?notice'));

/** Staff or contractors (possibly abroad) can reach customer data remotely. */
const operationalAccess = (s: SentenceContext): boolean => {
  const t = s.text;
  if (!has(t, any('remote(?:ly)? (?:access|process)', 'access (?:to )?(?:such |your |the )?(?:personal )?(?:data|information|content)\\w* (?:[a-z]+ ){0,3}from', 'accessed from', 'allow access to that information from', 'access (?:[a-z]+ ){0,4}from (?:around the world|other countries|countries)', 'follow[- ]the[- ]sun', 'support personnel (?:[a-z]+ ){0,4}(?:outside|located)'))) return false;
  return has(t, foreignPlaceRe) || has(t, any('except from', 'other countries', 'countries in which', 'around the world'));
};

/** A local contracting entity with a parent elsewhere. */
const contractingEntity = (s: SentenceContext): boolean =>
  has(s.text, any('contracting (?:party|entity)', 'wholly[- ]owned subsidiary', 'our parent company', 'ultimate parent')) &&
  has(s.text, any('united states', 'u\\.s\\.', '\\bus\\b', 'ireland', 'luxembourg', 'europe', 'emea', 'located', 'parent', 'inc\\.'));

/** The provider commits to keep data in a region (incl. the one the customer picks). */
const residencyCommitment = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, any('data residency', 'data boundary', 'in-country', 'data locali[sz]ation', 'geo-?fenc'))) return true;
  if (has(t, any('(?:remain|stay|kept|keep|be stored|be hosted|be processed|store|host)\\w* (?:[a-z]+ ){0,4}(?:with)?in (?:the )?(?:territory of )?(?:the )?(?:eu|european union|eea|european economic area|member states|switzerland|selected|chosen|region|germany|france)'))) {
    if (has(t, any('united states', '\\bu\\.s\\.'))) return false;
    return has(t, any('will', 'shall', 'only', 'remain', 'exclusively', 'within', 'must', 'is kept', 'are kept', 'are stored', 'is stored'));
  }
  if (has(t, any('(?:will|shall) not (?:be )?(?:transfer|move|store|process|copy|replicat|relocat)\\w*[a-z ,]{0,80}(?:outside|to a country|without)', 'not (?:be )?(?:transfer|mov)\\w* (?:[a-z]+ ){0,5}(?:outside|to a country which is not)', 'no (?:sub-?contractors?|sub-?processors?) (?:[a-z]+ ){0,6}outside')) && has(t, any('eu', 'european', 'eea', 'switzerland', 'region', 'country', 'data ?cent', 'location', 'consent'))) return true;
  if (has(t, homeRegionRe) && has(t, any('data ?cent(?:er|re)s?', 'region', 'location')) && has(t, any('select', 'chos', 'choice', 'designat')) && has(t, any('stor', 'host', 'process', 'located', 'not (?:be )?(?:changed|modified)', 'location'))) return true;
  return false;
};

/** Sovereign operations: local entity, local staff, no technical means of access from abroad. */
const sovereignOperations = (s: SentenceContext): boolean =>
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
  '(?:our|its|corporate|affiliated|group|[a-z]+\'s) affiliat',
  'affiliated compan',
  'among (?:[a-z]+ )?(?:corporate )?affiliates',
  'group compan',
  'company group',
  'companies (?:in|within) (?:our|the|its) group',
  'another company in our group',
  'delegatees?',
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
  'employees?,? (?:or |and )?contractors',
  'contractors?,? (?:or |and )?temporary',
  '(?:customer|entity\'s|customer\'s) affiliates',
  'third-party (?:offerings|products|platform)',
  'integrations?',
  'shall have the same meaning',
  'supervisory authority',
);

const definitionRe = any('^"?[a-z\' -]+"? (?:means|refers to|shall mean)', '" (?:means|shall mean)', '\' means', 'are interpreted as defined', 'have the meaning');

function subprocessorTableRow(s: SentenceContext): boolean {
  if (!s.isTableRow) return false;
  // A row with one filled cell is a sub-heading inside the table, not a sub-processor.
  if (s.text.split('|').filter((c) => c.trim().length > 0).length < 2) return false;
  const h = s.tableHeader;
  return (has(h, any('processor', 'entity', 'vendor', 'provider', 'company', 'name', 'delegatee', 'third part', 'recipient')) && has(h, any('country', 'location', 'purpose', 'function', 'service', 'activit', 'task', 'categor', 'transfer', 'headquarters'))) || has(s.heading, any('sub-?processor', 'delegat', 'service provider'));
}

/** Affiliates, sub-processors or vendors handle the data, or how they are added and changed. */
const subprocessorsAbroad = (s: SentenceContext): boolean => {
  const t = s.text;
  if (s.isTableRow) return subprocessorTableRow(s);
  if (has(t, definitionRe)) return false;
  if (has(t, subprocessorRe)) {
    if (has(t, notSubprocessorRe) && !has(t, any('sub-? ?processors? (?:[a-z]+ ){0,3}(?:to|shall|will|must|may)', 'engage', 'list of'))) return false;
    return has(t, any('data', 'information', 'content', 'process', 'perform', 'services', 'obligations', 'list', 'engage', 'use', 'object', 'notice', 'notify', 'liab', 'responsib', 'authori', 'appoint', 'behalf', 'confidential', 'share', 'disclos'));
  }
  // Sentences of a sub-processor section that say how changes, objections and liability work.
  if (has(s.heading, any('sub-?processor', 'sub-?contract', 'subprocessing')) || has(s.previous, any('sub-?processor', 'sub-?contractor'))) {
    if (has(t, notSubprocessorRe)) return false;
    return has(t, any('object', 'terminat', 'liab', 'engage', 'replace', 'sub-processor change', 'alternative solution'));
  }
  return false;
};

/** The provider can change lists, locations or terms by posting a new version. */
const unilateralUpdate = (s: SentenceContext): boolean =>
  has(s.text, any('from time to time', 'at any time', 'by posting', 'then[- ]current', 'as updated', 'effective upon posting', 'continued use', 'may (?:update|change|modify|amend)')) &&
  has(s.text, any('sub-?processor', 'locations?\\b', 'data ?cent', 'regions?\\b')) &&
  has(s.text, any('update', 'change', 'modif', 'amend', 'add', 'replace', 'posting'));

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

const transferMechanism = (s: SentenceContext): boolean | ['location.subprocessor'] => {
  const t = s.text;
  if (s.isTableRow) return subprocessorTableRow(s) && has(t, any('\\bsccs?\\b', 'standard contractual', 'bcr', 'adequacy', 'dpf'));
  if (has(t, any('(?:impact )?assessment')) && has(t, any('transfer')) && has(t, any('complete', 'carry out', 'conduct', 'perform', 'obtain'))) return true;
  if (!has(t, mechanismRe)) return false;
  // Recourse, complaints and arbitration under the DPF are about redress, not the transfer basis.
  if (has(t, any('complain', 'arbitration', 'recourse', 'federal trade commission', '\\bftc\\b', 'investigatory and enforcement', 'dispute resolution', 'jams', 'independent recourse'))) return false;
  // A bare cross-reference to an SCC clause on audit, deletion or liability.
  if (has(t, any('clause \\d+')) && has(t, any('audit', 'delet', 'liab', 'indemn', 'third[- ]party beneficiar')) && !has(t, any('transfer'))) return false;
  if (has(t, any('adequate level of protection')) && !has(t, any('transfer', 'countr', 'process', 'third', 'outside'))) return false;
  if (has(t, any('derogation')) && !has(t, any('transfer', 'art', 'gdpr'))) return false;
  return true;
};

// ---------------------------------------------------------------- records, keys, law

/** The customer owns its content, or the provider's use is limited. */
const customerOwnership = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, any('feedback', 'suggestions'))) return false;
  return has(t, any(
    '(?:you|customer|client|users?)(?: and (?:your|its) [a-z ]+)? (?:will )?(?:retains?|keeps?|owns?|maintains?) (?:all )?(?:right|ownership|title|intellectual|control|full control|the rights)',
    'remain(?:s)? (?:the property of|yours|your property|owned by)',
    'it is your data',
    'you own (?:the |your |all )?(?:content|data)',
    'claim no ownership',
    '(?:does|do|will) not (?:grant|give|transfer) (?:[a-z]+ ){0,3}(?:any )?(?:right|ownership|title)',
    'not grant (?:[a-z]+ ){0,2}the right to (?:sell|distribute|use)',
    '(?:will|shall) only (?:access, )?(?:access|use)(?:,? (?:and )?(?:otherwise )?(?:use|process))* (?:customer |your )?(?:data|content)',
    'moral rights',
    'retain ownership',
    'still have control',
    'licen[cs]es? (?:you grant|granted) (?:to us )?(?:will )?end',
  ));
};

/** The provider takes rights in customer content, usage data, or de-identified/aggregated data. */
const providerDataRights = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, any('feedback', 'suggestions', 'trademark', 'logo'))) return false;
  if (has(t, any('(?:grant|give)s? (?:to )?(?:us|[a-z]+ and (?:its|our) [a-z ]+|provider|the company|[a-z]+) (?:a |an |the )?(?:[a-z,-]+ ){0,8}(?:licen[cs]e|right to|rights? (?:to|in)|permission)', 'licen[cs]e (?:to|that) (?:use|host|store|copy|display|reproduce)', 'the right to (?:store|archive|parse|display|host|use|copy)'))) return has(t, any('content', 'data', 'materials', 'information', 'submission'));
  if (has(t, any('de-?identified', 'aggregated?', 'anonymi[sz]ed?', 'pseudonymi[sz]ed')) && has(t, any('use', 'retain', 'process', 'purpose', 'develop', 'improve', 'share', 'may'))) return true;
  if (has(t, any('usage data', 'service data', 'telemetry', 'diagnostic data', 'network data', 'metadata')) && has(t, any('(?:may|will) (?:generate|collect|use|retain)', 'own', 'right', 'for (?:its|our|other) (?:own )?(?:lawful )?(?:business )?purposes', 'improve'))) return true;
  if (has(t, any('retains? all right, title,? and interest in (?:all )?(?:models|observations|data|information|analyses|statistics)', 'we own (?:all )?(?:data|information)'))) return true;
  if (has(t, any('legal (?:right|permissions?)')) && has(t, any('content'))) return true;
  return false;
};

/** Retention after termination or deletion, and what happens to data on exit. */
const deletionReturn = (s: SentenceContext): boolean =>
  has(s.text, any('(?:may|will) retain (?:[a-z]+ ){0,4}(?:copies|data|information|content) (?:[a-z]+ ){0,6}(?:after|following) (?:termination|deletion|expiry|the end)', 'retain (?:[a-z]+ ){0,3}copies (?:[a-z]+ ){0,4}(?:as required by|for) (?:law|legal|archiv|backup)', 'legal hold'));

/** Encryption under keys the customer holds, or the provider cannot read the content. */
const encryptionKeys = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, any('customer[- ]managed keys?', 'bring your own key', '\\bbyok\\b', '\\bhyok\\b', 'hold your own key', 'customer key\\b', 'external key manage', 'keys? (?:are |remain )?(?:under|in) (?:your|the customer\'s|customer\'s) (?:sole )?control', '(?:you|customer|user) (?:holds?|controls?|manages?|keeps?) (?:the |your |its )?(?:own )?(?:encryption |decryption |private )?keys', 'end-to-end encrypt', 'zero[- ]knowledge', 'encrypted (?:locally )?on your (?:local )?device', 'client-side encrypt'))) return true;
  if (has(t, any('(?:does|do|will) not (?:hold|have|possess|store|keep) (?:[a-z]+ ){0,2}(?:the )?(?:decryption |encryption |private )?keys'))) return true;
  if (has(t, any('(?:cannot|can not|can\'t|unable to|no (?:ability|way|means) to|not able to) (?:[a-z]+ ){0,3}(?:read|access|decrypt|recover|see|view)')) && has(t, any('encrypt', 'password', 'key', 'data', 'content', 'messages', 'vault'))) {
    return !has(t, any('you (?:cannot|can\'t|are unable to) (?:access|use) the service', 'if you cannot'));
  }
  return false;
};

/** Governing law, courts, venue and arbitration. */
const governingLawForum = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, any('must comply with', 'lodge a complaint', 'supervisory authority', 'copyright law'))) return false;
  if (has(t, any('data privacy framework', '\\bdpf\\b', 'annex i of the')) && has(t, any('arbitrat'))) return false;
  return has(t, any(
    'governed (?:in all respects )?by (?:and construed in accordance with )?(?:the )?(?:federal |substantive )?laws?',
    'governed by,? and (?:interpreted|construed)',
    'governing law',
    'laws of (?:the )?(?:state of|country|[a-z]+) (?:shall|will) govern',
    'shall govern the (?:standard contractual )?clauses',
    '(?:exclusive|personal) jurisdiction',
    'submit to (?:the )?(?:personal and )?(?:exclusive )?jurisdiction',
    'choice of (?:forum|jurisdiction|law)',
    '\\bvenue\\b(?! to)',
    'agree(?:ment)? to (?:use )?(?:arbitrat|binding arbitration)',
    'arbitration (?:to resolve|rather than)',
    '(?:settled|resolved|decided) (?:exclusively )?(?:by|through|in) (?:final and )?(?:binding )?arbitration',
    'administered by',
    'arbitration (?:rules|procedures) of',
    'arbitration hearings? (?:will|shall) (?:take place|be held)',
    '(?:seat|place) of (?:the )?arbitration',
    'arbitration (?:agreement )?(?:[a-z,]+ ){0,6}(?:are |is )?governed by',
    'refer the dispute to the courts',
    'courts? (?:of|located in|in) (?:[a-z.,]+ ){1,8}(?:shall|will) (?:have|resolve|settle)',
    'litigated exclusively',
    'silent regarding governing law',
    'brought in any jurisdiction',
    'may be commenced only in',
    '(?:disputes|claims)[a-z ,()-]{0,200}(?:shall|will) be (?:resolved|settled|brought|heard) (?:exclusively )?(?:in|by) (?:the )?(?:courts?|arbitration)',
  ));
};

// ---------------------------------------------------------------- the ordered list

/** Every clause rule's matcher, most specific first within each category. */
export const clauseRules: readonly ClauseRule[] = [
  // location.anywhere
  { id: 'cl-relocation-no-notice', match: relocationNoNotice },
  { id: 'cl-operational-access', match: operationalAccess },
  { id: 'cl-contracting-entity', match: contractingEntity },
  { id: 'cl-location-unrestricted', match: locationUnrestricted },
  // location.commitment
  { id: 'cl-sovereign-operations', match: sovereignOperations },
  { id: 'cl-residency-commitment', match: residencyCommitment },
  { id: 'cl-transfer-mechanism', match: transferMechanism },
  // location.subprocessor
  { id: 'cl-unilateral-update', match: unilateralUpdate },
  { id: 'cl-subprocessors-abroad', match: subprocessorsAbroad },
  // gov.disclosure
  { id: 'cl-mlat-only', match: mlatOnly },
  { id: 'cl-disclosure-required-by-law', match: disclosureRequiredByLaw },
  // gov.voluntary
  { id: 'cl-no-backdoor', match: noBackdoor },
  { id: 'cl-emergency-disclosure', match: emergencyDisclosure },
  { id: 'cl-voluntary-disclosure', match: voluntaryDisclosure },
  // gov.foreign-law
  { id: 'cl-natsec-secrecy', match: natsecSecrecy },
  { id: 'cl-cloud-act-mention', match: cloudActMention },
  { id: 'cl-conflict-notice', match: conflictNotice },
  { id: 'cl-foreign-access-ack', match: foreignAccessAck },
  // notice, challenge, transparency
  { id: 'cl-notice-of-demand', match: noticeOfDemand },
  { id: 'cl-no-notice', match: noNotice },
  { id: 'cl-redirect-challenge', match: redirectChallenge },
  { id: 'cl-transparency-report', match: transparencyReport },
  // records, keys, law
  { id: 'cl-customer-ownership', match: customerOwnership },
  { id: 'cl-provider-data-rights', match: providerDataRights },
  { id: 'cl-deletion-return', match: deletionReturn },
  { id: 'cl-encryption-keys', match: encryptionKeys },
  { id: 'cl-governing-law-forum', match: governingLawForum },
];

