/** Matchers for government access: disclosure, voluntary and emergency disclosure, foreign law, notice, challenge, transparency. */
import type { SentenceContext } from './context';
import {
  any,
  authorityRe,
  discloseVerbRe,
  has,
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
export const disclosureRequiredByLaw = (s: SentenceContext): boolean => {
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
export const mlatOnly = (s: SentenceContext): boolean =>
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
export const voluntaryDisclosure = (s: SentenceContext): boolean => {
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

export const emergencyDisclosure = (s: SentenceContext): boolean =>
  has(s.text, any('emergenc', 'danger of death', 'imminent (?:risk|threat|danger)', 'serious (?:physical )?(?:injury|harm)', 'risk of (?:death|serious)', 'vital interests', 'threat to (?:life|the life)', 'life-threatening')) &&
  has(s.text, any('disclos', 'share', 'releas', 'provide', 'request', 'respond', 'law enforcement', 'authorit'));

export const noBackdoor = (s: SentenceContext): boolean =>
  has(s.text, any('backdoor', 'back door', 'direct (?:or unfettered )?access', 'unfettered access', 'blanket access', 'bulk access', 'encryption keys? to (?:any )?government', 'break (?:our )?encryption', 'standing access')) &&
  has(s.text, any('government', 'authorit', 'law enforcement', 'agenc'));

export const natsecSecrecy = (s: SentenceContext): boolean | ['gov.no-notice'] => {
  const t = s.text;
  if (!has(t, any('national security', 'intelligence', 'fisa\\b', 'national security letter', 'nsls?\\b', 'foreign intelligence', 'section 702', '12333'))) return false;
  if (!has(t, any('request', 'disclos', 'access', 'order', 'requirement', 'letter', 'surveillance', 'demand'))) return false;
  return has(t, any('prohibit\\w* from (?:disclos|notify|telling|reveal)', 'gag', 'non-?disclosure (?:order|requirement)', 'not (?:be )?(?:able|permitted|allowed) to (?:notify|disclose|inform|tell)')) ? ['gov.no-notice'] : true;
};

export const cloudActMention = (s: SentenceContext): boolean =>
  has(s.text, any('cloud act', 'clarifying lawful overseas use', '2713', 'fisa\\b', 'section 702', 'executive order 12333', 'eo 12333', '\\b12333\\b', 'patriot act', 'national security letters?', 'foreign intelligence surveillance'));

/** Conflict-of-laws duty: laws of the destination that could stop the importer honouring the clauses. */
export const conflictNotice = (s: SentenceContext): boolean => {
  const t = s.text;
  return (
    has(t, any('laws and practices', 'legislation', 'laws? (?:of|in) the (?:third|destination) country', 'local laws? (?:and|or) practices')) &&
    has(t, any('public authorit', 'disclos\\w* (?:of )?personal data', 'access by (?:public )?authorit', 'government access', 'measures authori[sz]ing access')) &&
    !has(t, any('\\bcomplaint'))
  );
};

/** Data held in a country may be reached by that country's authorities (incl. national-security access). */
export const foreignAccessAck = (s: SentenceContext): boolean => {
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
export const noticeOfDemand = (s: SentenceContext): boolean => {
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
export const noNotice = (s: SentenceContext): boolean => {
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
export const redirectChallenge = (s: SentenceContext): boolean => {
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

export const transparencyReport = (s: SentenceContext): boolean =>
  has(s.text, any('transparency report', 'law enforcement requests report', 'warrant canary', 'publish\\w* (?:[a-z]+ ){0,6}(?:statistics|number|numbers|report)s? (?:[a-z]+ ){0,6}(?:requests|demands)', 'report (?:on )?(?:the )?(?:number|volume) of (?:government|law enforcement|legal) requests'));

