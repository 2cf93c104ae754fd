/** Phrase families and helpers several government-access rules share. */
import type { SentenceContext } from '../context';
import { any, has } from '../phrases';

/** Words that put a sentence in the world of government demands. */
export const govDemandRe = any(
  'law enforcement',
  'government(?:al)? (?:authorit|agenc|request|demand|order|bod|entit|investigation)',
  'public authorit',
  '(?:competent|judicial|tax|supervisory|foreign|requesting|issuing|administrative|non-[a-z.]+|u\\.s\\.|us) (?:legal or judicial )?authorit',
  'legal process',
  'subpoena',
  'court order',
  'search warrant',
  'warrant\\b',
  'lawful request',
  'binding order',
  'legally binding',
  'third[- ]party (?:request|demand)s?',
  'requests? (?:from|by|of) (?:a |any |the )?(?:competent|law enforcement|government|public|judicial|authorit)',
  'disclosure (?:request|order|demand)',
  'requests? (?:for|to disclose) (?:customer |user |personal |account |non-public |private )?(?:data|information|records|content)',
  'legal (?:request|demand)',
  'request or decision of authorit',
  'required by law',
  'compelled',
  'legal disclosure',
  'government(?:al)? (?:or|and) (?:law enforcement|regulatory)',
  'authorities',
  'protective order',
);

/** Topics that look like a demand but are not one (data-subject rights, breaches, takedowns, registries). */
export const notGovernmentRe = any(
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

export const isGovContext = (s: SentenceContext, t = s.text): boolean =>
  has(t, govDemandRe) ||
  (has(s.heading, any('law enforcement', 'legal request', 'government', 'legal disclosure', 'authorit', 'legal process', 'requests for (?:user |customer )?(?:data|information)')) && has(t, any('request', 'order', 'demand', 'process')));

/** Sentences about the document or its reader, not clauses: "For more information, see ...". */
export const pointerRe = any(
  '^\\W{0,3}(?:for (?:more|further|additional) (?:information|details)|to learn more|learn more|please (?:see|refer|read)|see (?:our|the|section)|you can (?:read|find|learn)|are you a)',
  '\\?\\W{0,3}$',
  '(?:would like|want|wish) to know',
  'you can review',
);

/** Disclosures that are not to authorities: to the user themself, or in a merger or acquisition. */
export const otherDisclosureRe = /disclos\w* to you\b|(?:requires?|make) certain disclosures|disclos\w* in connection with (?:the |a |any )?(?:acquisition|merger|sale|business transfer)/g;

/** Confidentiality clauses where only the customer discloses the provider's information. */
export const customerDisclosesRe = any(
  '^(?:the )?(?:customer|client|you) (?:may|shall|will|must) (?:not )?disclose (?:the )?(?:provider|company|[a-z]+)\'s',
  '(?:customer|client|you) (?:shall|will|must|may) not disclose',
  '(?:customer|client|you) (?:agrees?|undertakes?) not to disclose',
  '(?:you|customer|client) (?:are|is) (?:legally )?(?:required|compelled) to disclose',
  '(?:the )?(?:customer|client|controller) (?:is|are) (?:authori[sz]ed|permitted|entitled) to (?:answer|respond|disclose)',
  '(?:customer|client|controller) (?:must|shall|will|may) (?:respond|answer) to',
  '^\\W{0,3}(?:the )?(?:customer|client|you) (?:is|are) (?:solely )?responsible',
  '\\byou (?:attest|certify|represent|confirm)\\b',
  '(?:you|customer|client) (?:are|is) (?:solely )?responsible for (?:responding|complying|answering)',
  '(?:if|when|where) (?:you|customer|the customer|client|the client) (?:receive|receives|get|gets) (?:a |an |any )?(?:subpoena|request|order|warrant|demand|legal process)',
);

/** Who may be on the other side of a demand. */
export const authorityRe = any(
  'law enforcement',
  'government(?:al)? (?:authorit|agenc|bod|entit|request|demand|order)',
  'governments?\\b',
  'public (?:authorit|bod)',
  '(?:competent|judicial|supervisory|regulatory|tax|foreign|state|federal|administrative) (?:legal or judicial )?(?:authorit|agenc)',
  'authorities',
  'regulators?\\b',
  '\\bcourts?\\b',
  '\\bpolice\\b',
  'national security',
  'intelligence (?:agenc|service)',
);

export const emergencyRe = any(
  'emergenc',
  'exigent',
  'danger of death',
  'imminent (?:risk|threat|danger|harm)',
  'serious (?:bodily |physical )?(?:injury|harm)',
  'risk of (?:death|serious)',
  'vital interests',
  'threat to (?:life|the life|someone\'s life|a person\'s life)',
  'life-threatening',
  'prevent(?:ing)? (?:imminent |serious )?harm to (?:a |an |any )?(?:person|individual)',
  'life is at risk',
  'risk to (?:someone\'s|a person\'s|any person\'s|the) (?:life|safety)',
);

export const noticeVerbRe = any(
  '\\bnotif(?:y|ies|ied|ying|ication)\\b',
  '\\binform(?!ation)',
  'giv(?:e|es|ing) (?:[a-z]+ ){0,4}notice',
  'provid(?:e|es|ing) (?:[a-z]+ ){0,3}notice',
  '\\bnotice (?:to|of|regarding|about)\\b',
  '\\btell\\b',
  '\\balert\\b',
  'let (?:you|the customer|customer|users?) know',
  'forward (?:the |a )?(?:copy|request|demand)',
  '\\be-?mail (?:the|you|affected|customer)',
  '\\bsend (?:[a-z]+ ){0,3}(?:an? )?(?:e-?mail|message|notice|notification)',
);

/** A promise (or policy) to tell the customer. */
export const noticeCommitRe = any(
  '(?:will|shall|must|agrees? to|undertakes? to|efforts? to|attempt to|try to|policy (?:is )?to) (?:\\([a-z]\\) )?(?:promptly |first |[a-z]+ )?(?:notify|inform|tell|give|provide|forward|e-?mail)',
  'may notify',
  'notifies the other',
  'notify (?:the )?(?:other party|customer|client|controller|user|you|affected|account|data exporter)',
  'inform (?:the )?(?:other party|customer|client|controller|you|data exporter)',
  'we notify',
  'prior notice',
  'advance notice',
  'provide you with notice',
  'notice to (?:the )?(?:customer|client|you|user|controller|other party)',
  '\\bwe (?:send|e-?mail)',
  '(?:provided|subject to|on condition) (?:that )?[a-z ]{0,40}(?:giv|provid|notif|send)',
);

/** Sentences that continue the previous one: "In that case, ...". */
export const anaphoricRe = /^\W{0,3}(?:in (?:that|such|this|either|each) (?:a )?(?:case|event)|if (?:so|that happens|this happens)|where this happens|in such circumstances|likewise|similarly)\b/;

/** The sentence read with a lead-in that ends in a colon, or with the previous sentence it refers back to. */
export const withLeadIn = (s: SentenceContext): string => (s.previous && (/:\s*$/.test(s.previous) || anaphoricRe.test(s.text)) ? `${s.previous} ${s.text}` : s.text);
