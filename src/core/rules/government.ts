/** Matchers for government access: disclosure, voluntary and emergency disclosure, foreign law, notice, challenge, transparency. */
import type { MatchDetail, SentenceContext } from './context';
import { any, foreignPlaceRe, has, unlessProhibitedRe } from './phrases';

// ---------------------------------------------------------------- shared phrase families

/** Words that put a sentence in the world of government demands. */
const govDemandRe = any(
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

const strongGovRe = any('law enforcement', 'subpoena', 'court order', 'warrant\\b', 'legal process', 'government', 'authorit');

const isGovContext = (s: SentenceContext, t = s.text): boolean =>
  has(t, govDemandRe) ||
  (has(s.heading, any('law enforcement', 'legal request', 'government', 'legal disclosure', 'authorit', 'legal process', 'requests for (?:user |customer )?(?:data|information)')) && has(t, any('request', 'order', 'demand', 'process')));


/** Sentences about the document or its reader, not clauses: "For more information, see ...". */
const pointerRe = any(
  '^\\W{0,3}(?:for (?:more|further|additional) (?:information|details)|to learn more|learn more|please (?:see|refer|read)|see (?:our|the|section)|you can (?:read|find|learn)|are you a)',
  '\\?\\W{0,3}$',
  '(?:would like|want|wish) to know',
  'you can review',
);

/** Disclosures that are not to authorities: to the user themself, or in a merger or acquisition. */
const otherDisclosureRe = /disclos\w* to you\b|(?:requires?|make) certain disclosures|disclos\w* in connection with (?:the |a |any )?(?:acquisition|merger|sale|business transfer)/g;

/** Confidentiality clauses where only the customer discloses the provider's information. */
const customerDisclosesRe = any(
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

/** The government as a customer (U.S. commercial-software clauses), not as an authority. */
const governmentCustomerRe = any(
  '(?:agency|department|instrumentality|entity)[a-z ,]{0,40} of the (?:united states|u\\.s\\.|us|federal) government',
  'commercial (?:computer )?(?:software|item)',
  'restricted rights',
  'government end users?',
  '\\bdfars\\b',
  '48 c\\.?f\\.?r',
);

/** Contact details for authorities: where to send requests, not a term about disclosure. */
// Only tested: one character before the @ finds the same addresses as the whole local part.
const contactRe = any('[a-z0-9._-]@[a-z0-9-]+\\.[a-z]', '\\bvia (?:e-?mail|post|fax|mail)\\b', 'should contact', 'may contact', 'can be sent to');

/** Instruments of compulsion and requests from authorities. */
const instrumentRe = any(
  'subpoenas?',
  'court orders?',
  '(?:search )?warrants?\\b(?! that| to| and represent)',
  'legal process',
  'lawful (?:request|order|demand|process)',
  'legally binding',
  'binding (?:order|request|demand|decision)',
  'valid (?:and binding )?(?:legal|order|request|subpoena)',
  'civil investigative demand',
  'letters? rogatory',
  'compelled',
  '\\bcompels?\\b',
  'enforceable governmental request',
  'legal (?:request|demand)s?',
  '(?:law )?enforcement requests?',
  'requests? (?:received )?(?:from|by|of|issued by) (?:a |any |the )?(?:competent|law enforcement|government|public|judicial|court|authorit|tax|u\\.s\\.|foreign)',
  'requests? or decisions? of (?:the )?authorit',
  'mutual legal assistance',
  '\\bmlats?\\b',
  'preservation requests?',
  'stored communications act',
  '2703',
  'required by (?:applicable |relevant |any )?(?:legal process|court)',
  'required (?:to do so )?by (?:a |an |any |the )?(?:competent |public |government(?:al)? |judicial |law enforcement )?(?:authorit|courts?\\b|regulators?\\b)',
);

/** A requirement of law in general (weaker than an instrument). */
const lawRequirementRe = any(
  'required (?:to do so )?by (?:applicable |relevant |any |the )?(?:law|statute|regulation)',
  'as required by',
  'obliged (?:to do so )?(?:by|under|pursuant to) (?:the )?(?:law|applicable)',
  'law (?:obliges|requires|compels)',
  'legal (?:requirement|obligation)s?',
  'legally required',
  'required or permitted by',
  'comply with (?:the |a |any |applicable |relevant )?(?:law|legal)',
  'compliance with (?:[a-z]+ ){0,3}laws',
);

/** Who may be on the other side of a demand. */
const authorityRe = any(
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

/** The authority is the one receiving, asking or compelling (not a bystander). */
const authorityRoleRe = any(
  '(?:to|with)\\s+(?:[a-z,]+\\s+){0,4}?(?:authorit|law enforcement|government|regulators?\\b|courts?\\b|police|agenc)',
  '(?:requests?|demands?|orders?|process) (?:[a-z.]+ ){0,3}(?:from|by|of)\\s+(?:[a-z.]+ ){0,3}(?:authorit|law enforcement|government|regulator|court)',
  '(?:authorit\\w*|law enforcement|government\\w*|regulators?|courts?|police|agenc\\w*) (?:may |can |to |formally |that )?(?:request|require|ask|obtain|compel|seek|order|submit)',
  '(?:respond|responding) to (?:[a-z]+ ){0,3}(?:government|law enforcement|authorit)',
  'required (?:to do so )?by (?:a |an |the |any )?(?:[a-z]+ )?(?:authorit|court|government|regulator|law enforcement)',
);

/** Verbs that move data to someone else. */
const outwardRe = any(
  'disclos',
  '\\bprovid(?:e|es|ing)\\b',
  '\\bprovided (?:to|with)\\b',
  '\\bproduc(?:e|es|ed|ing|tion)\\b',
  'releas',
  '\\bshar(?:e|es|ed|ing)\\b',
  'hand(?:ed|ing)? over',
  'turn(?:ed|ing)? over',
  'communicat',
  'furnish',
  'give (?:[a-z]+ )?access',
  'access to',
  'preserv',
  'respond(?:s|ing)? to',
  '\\bsubmit',
  'cooperat',
);

/** Strictly outward verbs, for the weaker "required by law" family. */
const narrowOutwardRe = any(
  'disclos',
  'releas',
  '\\bshar(?:e|es|ed|ing)\\b',
  '\\bproduc(?:e|es|ed|ing|tion)\\b',
  'hand(?:ed|ing)? over',
  'turn(?:ed|ing)? over',
  'preserv',
  'give (?:[a-z]+ )?access',
  'make (?:[a-z]+ ){0,4}available to',
  '\\bprovide (?:[a-z-]+ ){0,3}(?:data|information|records|content)s? to',
);

const emergencyRe = any(
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

const deletionRe = any('\\bdestroy', '\\bdelet', '\\beras(?:e|ure)');

const noticeVerbRe = any(
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
const noticeCommitRe = any(
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

/** The sentence itself permits a disclosure (as opposed to only promising notice of one). */
const disclosurePermissionRe = any(
  '(?:may|can|will|shall|must|would)(?: also| only| not)? (?:be (?:required|compelled|obliged) to )?(?:disclose|provide(?!(?: [a-z]+){0,3} notice)|produce|release|share|communicate|process|hand over)',
  'making disclosures',
  '(?:required|compelled|obliged) to (?:disclose|provide|produce|communicate|do so)',
  'requires? (?:us|it) to disclose',
  'limit\\w* the (?:communication|disclosure) of',
);

/** Sentences that continue the previous one: "In that case, ...". */
const anaphoricRe = /^\W{0,3}(?:in (?:that|such|this|either|each) (?:a )?(?:case|event)|if (?:so|that happens|this happens)|where this happens|in such circumstances|likewise|similarly)\b/;

/** The sentence read with a lead-in that ends in a colon, or with the previous sentence it refers back to. */
const withLeadIn = (s: SentenceContext): string => (s.previous && (/:\s*$/.test(s.previous) || anaphoricRe.test(s.text)) ? `${s.previous} ${s.text}` : s.text);

// ---------------------------------------------------------------- government access

/** GDPR Art. 28(3)(a): processing beyond instructions where Union or Member State law requires it. */
const beyondInstructions = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, deletionRe)) return false;
  const lawRequires = has(t, any(
    '(?:required|requires?|obliged|obligated)[^.;]{0,60}(?:union|member state|applicable (?:data protection )?laws?|\\blaw\\b|legal requirement)',
    '(?:union|member state|applicable) law[^.;]{0,60}requires?',
  ));
  if (has(t, any('instruction')) && lawRequires) return true;
  return has(t, any('obliged to do so pursuant to (?:the )?law', 'pursuant to the law of the (?:european )?union')) && has(`${s.previous} ${t}`, any('process'));
};

/** A supervisory authority or regulator may audit or access the processor and its records. */
const regulatorAccess = (t: string): boolean =>
  has(t, any(
    '(?:supervisory authorit\\w*|regulators?|regulatory (?:authorit\\w*|body|agenc\\w*)) (?:has|have|shall have|may|will|can) (?:[a-z]+ ){0,2}(?:right|power|request|audit|inspect|carry out|conduct)',
    'request (?:of|from|by) (?:[a-z/ ]{0,40})(?:supervisory authorit|regulator)',
    'audits? (?:by|of|from) (?:the |a |any )?(?:competent )?(?:supervisory|regulat)',
    '(?:regulatory|supervisory authority) audit',
    'available to (?:a |the |any )?(?:competent )?(?:supervisory|regulat|data protection authorit)',
  )) &&
  has(t, any('right to (?:conduct )?(?:an )?(?:audit|inspect)', '(?:conduct|carry out|perform)\\w* (?:an? )?(?:audit|inspection)', 'submit[^.;]{0,60}(?:audit|inspection)', 'cooperat', 'provid\\w* access', 'make[^.;]{0,60}available to', 'access to[^.;]{0,40}(?:records|facilities|premises|data)')) &&
  !has(t, any('deposit', 'impact assessment', 'consult', 'lodge', 'complaint', '^(?:the )?customer (?:must|has|shall)', 'notification of'));

/** "Without a subpoena": disclosure that does not wait for process (voluntary), or, negated, a process requirement. */
const withoutProcessRe = /without (?:a |an |any |the )?(?:valid |prior )?(?:[a-z]+ ){0,2}?(?:subpoena|court order|warrant|legal process|order)s?\b/;
const withoutProcessAll = new RegExp(withoutProcessRe.source, 'g');

/** Disclosure because a law, order or authority requires it (incl. processing beyond instructions). */
export const disclosureRequiredByLaw = (s: SentenceContext): boolean => {
  // Every way to a match needs an instrument, an authority, a legal requirement, instructions, a
  // regulator or tax: test those first, since most sentences that reach this rule have none.
  if (!has(s.text, instrumentRe) && !has(s.text, authorityRe) && !has(s.text, lawRequirementRe) && !has(s.text, withoutProcessRe) && !has(s.text, any('instruction', 'pursuant to the law', 'supervisory', 'regulat', 'tax authorit'))) return false;
  const t = s.text.replace(otherDisclosureRe, ' ');
  if (t.split(' ', 4).length < 4 || has(t, pointerRe)) return false;
  if (has(t, any('reimburs', 'costs? (?:associated|incurred)', '(?:has|have) (?:not|never) received', 'received no (?:such )?(?:[a-z]+ )?(?:requests|demands|orders)'))) return false;
  if (has(t, notGovernmentRe) && !has(t, any('law enforcement', 'subpoena', 'court order', 'warrant\\b', 'legal process', 'government'))) return false;
  if (has(t, customerDisclosesRe) || has(t, governmentCustomerRe)) return false;
  if (beyondInstructions(s)) return true;
  if (regulatorAccess(t)) return true;
  if (has(t, any('tax authorit')) && has(t, any('disclos', 'share', 'provid', 'audit'))) return true;
  // Where to send requests is not a term about disclosure.
  if (has(t, contactRe) && !has(t, disclosurePermissionRe)) return false;
  // A deletion promise with an exception for a warrant is not a disclosure (but retention an authority requires is).
  if (has(t, deletionRe) && !has(t, any('authorit', 'requires? otherwise', 'preservation (?:request|order)'))) return false;
  // A promise to tell the customer about a demand is notice, unless the sentence also permits the disclosure.
  const withLead = withLeadIn(s);
  if (has(withLead, noticeVerbRe) && has(withLead, noticeCommitRe) && !has(t, disclosurePermissionRe)) return false;
  const instrument = has(t, instrumentRe);
  // Emergencies are voluntary disclosure unless a binding instrument is also named.
  if (has(t, emergencyRe) && !has(t, lawRequirementRe) && !has(t.replace(withoutProcessAll, ' '), any('compel', 'subpoena', 'court order', 'warrant\\b', 'legally binding', 'comply with[^.;]{0,60}(?:legal process|law|request)'))) return false;
  const authority = has(t, authorityRe);
  if (instrument && (has(t, outwardRe) || has(t, any('comply with')) || (authority && has(t, any('request', 'order', 'comply', 'process')) && has(t, any('data', 'information', 'content', 'records', 'account'))))) return true;
  // Proper process as a condition: "we would require a subpoena", "only with a search warrant".
  if (has(t, any('(?:require|requires|required|need|insist on|only (?:with|upon|on receipt of|in response to)|unless (?:we receive|compelled|served with)) (?:a |an |the )?(?:valid |proper |appropriate )?(?:[a-z]+ ){0,2}?(?:subpoena|search warrant|warrant\\b|court order|legal process)'))) return true;
  if (has(t, any('\\b(?:not|never|no)\\b')) && has(t, withoutProcessRe)) return true;
  // "We do not voluntarily share data with governments" is about voluntary disclosure only.
  if (!instrument && has(t, any('voluntar'))) return false;
  if (authority && has(t, authorityRoleRe) && has(t, any('disclos', '\\bproduc(?:e|es|ed|ing|tion)\\b', 'releas', '\\bshar(?:e|es|ed|ing)\\b', 'provide (?:[a-z]+ ){0,3}(?:data|information|records)', 'respond to (?:[a-z]+ ){0,3}requests', 'requests? (?:for|from) (?:[a-z-]+ ){0,3}(?:data|information|records|content|authorit|law enforcement|government|court|agenc)', 'process(?:ed)? if submitted', 'preserv', 'communicat', 'hand over', 'give access', 'access to'))) {
    // Reporting suspected wrongdoing to the authorities is voluntary, not compelled.
    if (!instrument && has(t, any('notify\\w* (?:the )?(?:appropriate|relevant) authorit', 'report\\w* [a-z ]{0,40}to (?:the )?(?:appropriate |relevant )?authorit'))) return false;
    return true;
  }
  // "We release information when we believe release is appropriate to comply with the law".
  return has(t, lawRequirementRe) && has(t, narrowOutwardRe) && has(t, any('data', 'information', 'content', 'records', 'account', 'it\\b')) &&
    !has(t, any('to (?:our |its )?(?:professional )?(?:representatives|advisors|advisers|attorneys|lawyers|accountants|auditors|affiliates|service providers|vendors|partners|buyers?|acquirers?|insurers)'));
};

/** Only through treaties or recognised process: MLATs, letters rogatory, "only valid legal process from". */
export const mlatOnly = (s: SentenceContext): boolean =>
  has(s.text, any('mutual legal assistance', '\\bmlats?\\b', 'letters? rogatory', 'executive agreement', 'diplomatic (?:procedure|channel)', 'appropriate legal (?:channel|mechanism)s?', 'not required to provide data to foreign', 'non-us authority', 'authorities outside the u\\.s'));

/** Purposes that make a disclosure discretionary: rights, safety, fraud, enforcement of terms. */
const voluntaryPurposeRe = any(
  'protect\\w* (?:[a-z]+ ){0,3}(?:rights|property|safety|security|users|customers|interests|integrity|the public)',
  '(?:rights|property),? (?:[a-z]+ ){0,2}safety',
  'safety of',
  'prevent\\w*,? (?:[a-z,]+ ){0,4}(?:fraud|harm|abuse|illegal|crime|attacks)',
  'fraud(?:ulent)? (?:prevention|detection|activit)',
  'suspected fraud',
  'illegal activit',
  'enforce (?:or apply )?(?:our|its|these|this|the) (?:[a-z]+ )?(?:terms|agreement|policies|rights|contract)',
  'investigat\\w* (?:[a-z]+ ){0,2}(?:violations?|fraud|abuse|illegal|breach)',
  'defend (?:against )?(?:[a-z]+ )?(?:legal )?claims',
  'exercise (?:our )?legal rights',
  'threats? to (?:the )?(?:physical )?safety',
  'at (?:our|its) (?:sole )?discretion',
  'whether or not (?:it is )?(?:legally )?required',
  'without (?:being )?(?:legally )?(?:compelled|required)',
);

/** Disclosure without compulsion: good-faith belief, rights and safety, fraud. */
export const voluntaryDisclosure = (s: SentenceContext): boolean => {
  const t = s.text.replace(otherDisclosureRe, ' ');
  if (has(t, pointerRe)) return false;
  if (has(t, any('data subject', '^\\W{0,3}(?:the )?(?:customer|client|you) (?:will|shall|must|may) not'))) return false;
  if (has(t, any('voluntar')) && has(t, authorityRe)) return true;
  if (has(t, any('(?:notify|report|alert)\\w* (?:[a-z ]{0,40})?(?:the )?(?:appropriate|relevant|competent) (?:authorit|law enforcement|police)', '(?:notify|report|alert)\\w* (?:suspected|potential|possible|apparent)[^.;]{0,100}to (?:the )?(?:appropriate |relevant |competent )?(?:authorit|law enforcement|police)', 'report\\w* (?:suspected|potential|possible) (?:[a-z]+ ){0,2}(?:activit|crime|fraud|abuse)[a-z ]{0,30}to (?:the )?(?:[a-z]+ )?(?:authorit|law enforcement|police)'))) return true;
  if (has(t, any('cooperat\\w* with (?:[a-z]+ ){0,3}(?:law enforcement|authorit|police|government)')) && has(t, any('discretion', 'voluntar', 'believe', 'appropriate', 'illegal', 'unlawful', 'suspect'))) return true;
  // Reporting suspected wrongdoing to the police or authorities on the provider's own initiative.
  if (has(t, any('(?:report|refer)\\w* (?:[a-z ]{0,40})?to (?:the )?(?:[a-z]+ )?(?:law enforcement|police|authorit)')) && has(t, any('unlawful', 'illegal', 'suspect', 'crim', 'fraud', 'abuse', 'violat', 'good[- ]faith', 'believe'))) return true;
  const purpose = has(t, voluntaryPurposeRe);
  const strongVerb = has(t, any('disclos', 'releas', '\\bshar(?:e|es|ed|ing)\\b', 'exchang', 'hand(?:ed|ing)? over', 'turn(?:ed|ing)? over'));
  // Disclosure on the provider's own judgement ("whenever it believes in good faith that doing so is appropriate"),
  // unless the only purpose named is complying with the law.
  if (strongVerb && has(t, any('good[- ]faith', '\\bbelieves?\\b', 'considers? (?:it )?appropriate', 'deems? (?:it )?(?:appropriate|necessary)')) && has(t, authorityRe) && !has(t, any('to comply with', 'copyright', 'infring', 'reason to believe'))) return true;
  // A purpose fragment in a list of disclosure purposes: "To protect the security of the Service."
  if (s.isListItem && purpose && has(t, /^\W{0,3}to (?:protect|prevent|enforce|investigate|defend|detect)\b/) && has(s.previous, any('disclos', '\\bshar(?:e|ing)\\b', 'releas'))) return true;
  if (!purpose) return false;
  if (strongVerb) return true;
  // Weaker verbs count only when the sentence names who receives the data.
  return has(t, any('provid\\w* (?:[a-z]+ ){0,3}(?:data|information|records|content)', '\\breport', '\\bnotify', 'preserv', 'give access', 'cooperat')) &&
    has(t, any('law enforcement', 'government', 'authorit', 'third[- ]part', 'others', 'other (?:companies|organi[sz]ations)', 'regulat', 'court'));
};

/** Limits an emergency clause can set itself: a narrow trigger, the minimum data, a record, notice afterwards. */
const emergencyLimits = [
  any('only (?:where|if|when)', 'strictly necessary'),
  any('only (?:the )?(?:data|information|minimum)[^.;]{0,40}(?:needed|necessary|required)', 'minimum (?:data|information)'),
  any('\\brecord', '\\blog\\b'),
  any('\\btell', '\\bnotify', '\\binform(?!ation)'),
];

export const emergencyDisclosure = (s: SentenceContext): boolean | MatchDetail => {
  const t = s.text;
  if (!has(t, emergencyRe)) return false;
  if (has(t, any('emergency contact', 'reimburs', '\\bcharge', '\\bfees?\\b', 'emergency (?:maintenance|number|service(?!s))'))) return false;
  // "We notify users before disclosing, except in emergencies" is a notice term with an exception.
  if (has(t, noticeCommitRe) && has(t, any('except (?:in )?(?:some |certain |limited )?(?:emergenc|exigent)')) && !has(t, any('(?:not|without) (?:tell|notify|notice|informing)'))) return false;
  if (!has(t, any('disclos', '\\bshar(?:e|es|ed|ing)\\b', 'releas', 'provide', 'request', 'respond', 'law enforcement', 'authorit', 'give (?:[a-z]+ ){0,2}information'))) return false;
  // Confined to the minimum and reported afterwards: still an emergency disclosure, but a bounded one.
  if (emergencyLimits.filter((re) => has(t, re)).length >= 2) return { risk: 'medium' };
  return true;
};

export const noBackdoor = (s: SentenceContext): boolean =>
  // "Will not disclose voluntarily or at its own discretion": the negated form keeps the voluntary category.
  has(s.text, any('(?:shall|will|does|do|must) not (?:voluntarily )?(?:disclose|provide|share|give|hand over)[^.;]{0,100}(?:voluntarily|at its (?:own |sole )?discretion)')) ||
  has(s.text, any('backdoor', 'back door', 'direct (?:or unfettered )?access', 'unfettered access', 'blanket access', 'bulk access', 'encryption keys? to (?:any )?government', 'break (?:our |such |the |its )?encryption', 'weaken (?:the |our |its )?encryption', 'standing access')) &&
  (has(s.text, any('government', 'authorit', 'law enforcement', 'agenc')) || has(s.text, any('(?:blanket|unfettered) (?:[a-z]+ )?access', 'backdoor', 'ability to break')) && has(s.text, any('third part')));

const natsecRe = any('national security', 'foreign intelligence', 'intelligence (?:agenc|service|communit|purpose|activit|gathering|authorit)', 'signals intelligence', 'fisa\\b', 'section 702', '12333', '\\bnsls?\\b');
const secrecyRe = any(
  'prohibit\\w* (?:[a-z]+ ){0,2}from (?:disclos|notify|telling|reveal|informing)',
  'legally prohibited from disclosing',
  '\\bgag',
  'non-?disclosure (?:order|requirement)',
  'secrecy',
  'not (?:be )?(?:able|permitted|allowed) to (?:notify|disclose|inform|tell)',
  '(?:stop|prevent)\\w* (?:[a-z]+ ){0,2}from (?:informing|notifying|telling|disclosing)',
  'only in (?:aggregate|ranges|bands)',
);

/** National-security demands, and the secrecy that comes with them. */
export const natsecSecrecy = (s: SentenceContext): boolean | ['gov.no-notice'] => {
  const t = s.text;
  if (!has(t, natsecRe)) return false;
  if (has(t, secrecyRe) && has(t, any('request', 'demand', 'order', 'letter', 'directive', 'disclos', 'access'))) return ['gov.no-notice'];
  // "To meet national security requirements", "national security requests": access for national-security purposes.
  return has(t, any('national security (?:or [a-z]+ (?:[a-z]+ )?)?(?:request|letter|demand|order|purpose|requirement|reason|agenc|authorit)', 'in connection with national security')) ||
    (has(t, any('national security')) && has(t, any('disclos', 'hand over', 'access', 'requir')) && has(t, any('public authorit', 'law enforcement', 'government', 'lawful request')));
};

export const cloudActMention = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, any('cloud act', 'clarifying lawful overseas use', '2713', 'fisa\\b', 'section 702', 'executive order 12333', 'eo 12333', '\\b12333\\b', 'patriot act', 'national security letters?', 'foreign intelligence surveillance'))) return true;
  // The Stored Communications Act named together with the U.S. location of the data or the provider.
  return has(t, any('stored communications act')) && has(t, any('(?:located|stored?|stores|hosted|held) [a-z ]{0,20}in the (?:u\\.s|us\\b|united states)', '(?:u\\.s\\.|us|united states) company'));
};

/** Conflict-of-laws duty: laws of the destination that could stop the importer honouring the clauses. */
export const conflictNotice = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, any('\\bcomplaint'))) return false;
  const conflict = has(t, any(
    'laws? (?:and|or) practices',
    'local laws? (?:and|or) practices',
    'laws? (?:of|in) the (?:third|destination) country',
    'laws? of the country of destination',
    'legislation',
    'no (?:law|legislation|laws)\\b',
    'subject to (?:any )?(?:laws|legislation) that',
    'conflict with (?:applicable |any |local )?laws?',
    'democratic society',
    'change in (?:its |the )?(?:applicable )?(?:laws?|legislation)',
  ));
  return conflict && has(t, any('public authorit', 'government', 'disclos\\w* (?:of )?personal data', 'access by (?:public )?authorit', 'measures authori[sz]ing access')) &&
    has(t, any('disclos', 'access', 'requir'));
};

/** Data held in a country may be reached by that country's authorities (incl. national-security access). */
export const foreignAccessAck = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, any(
    '(?:courts|authorities|governments?|law enforcement|agencies)[a-z ,]{0,40}(?:of|in) (?:that|those|such|the relevant|other|foreign) (?:country|countries|jurisdictions?)',
    '(?:of|in) the countr(?:y|ies) (?:in which|where) [a-z ,]{0,60}(?:authorit|courts|government|law enforcement)',
    '(?:courts|authorities|governments?|law enforcement)[a-z ,]{0,40}(?:of|in) the countr(?:y|ies) (?:concerned|in question|involved)',
    '(?:that|the relevant|such|those|each) countr(?:y|ies)\'s? (?:government|authorit|courts|law enforcement)',
    'foreign (?:governments?|courts|authorit\\w*|law enforcement)[a-z ,]{0,60}(?:may|might|could|can) (?:be able to )?(?:obtain|access|compel|require)',
    'subject to (?:access|disclosure|the laws)[a-z ,]{0,40}(?:of|in) (?:that|those|the) (?:countr|jurisdiction)',
    'accessible to (?:the )?(?:authorities|law enforcement|government)',
    '(?:local|foreign) laws?[a-z ,]{0,40}(?:disclos|access)[a-z ,]{0,40}(?:authorit|government)',
    '(?:authorities|governments?|courts|law enforcement) there\\b',
  ))) return true;
  // "Service providers located in India ... may be subject to law enforcement access".
  if (has(t, any('(?:subject to|accessible (?:by|to)|available to) (?:[a-z]+ ){0,2}(?:law enforcement|government(?:al)?|public authorit\\w*|intelligence|state) access')) && has(t, foreignPlaceRe)) return true;
  // "Because our servers are in Singapore, ... may be disclosed to Singapore authorities".
  const place = /\b(?:located|stored|hosted|held|processed|are|is) (?:[a-z]+ )?in (?:the )?([a-z][a-z.]+(?: [a-z]+)?)\b/.exec(t);
  if (place && !/^(?:accordance|connection|order|response|addition|the|which|any|this|that|our|your|its)\b/.test(place[1]!)) {
    const name = place[1]!.replace(/[.]/g, '\\.');
    if (new RegExp(`\\b${name}(?:'s)? (?:authorities|law enforcement|government|courts|intelligence)`).test(t)) return true;
  }
  // National-security language tied to a disclosure duty.
  if (has(t, any('national security')) && has(t, any('disclos', 'request', 'access')) && has(t, any('public authorit', 'law enforcement', 'government', 'lawful request'))) return true;
  // "As a US company with data located in the US ... compelled by US authorities".
  if (has(t, any('non-u\\.?s\\.?')) || !has(t, any('compel', 'warrant\\b', 'subpoena', 'court order', 'legally binding', 'must comply', 'requir'))) return false;
  return has(t, any('(?:u\\.s\\.|us|united states) (?:law enforcement|government|authorit|court)')) && (has(t, any('located in the (?:u\\.s|us|united states)', 'us company', 'u\\.s\\. company')) || has(s.previous, any('located in the (?:u\\.s|us|united states)', 'u\\.s\\. company')));
};

/** Phrases like "at Customer's request" that are not a demand from a third party. */
const ownRequestRe = /at (?:the )?(?:customer|client|controller|your)(?:'s)? (?:written )?request|upon (?:the )?(?:customer|client|controller)(?:'s)? (?:written )?request/g;

/** A promise to tell the customer about a demand for its data. */
export const noticeOfDemand = (s: SentenceContext): boolean => {
  const t0 = withLeadIn(s);
  const t = t0.replace(ownRequestRe, ' ');
  if (!has(t, noticeVerbRe)) return false;
  if (has(s.text, pointerRe)) return false;
  if (has(t, notGovernmentRe) && !has(t, strongGovRe)) return false;
  if (has(t, any('without (?:prior |advance |any )?notice', '(?:do|does|will) not (?:notify|inform|tell)', 'not notify', 'no notice', 'not (?:be )?(?:required|obligated|obliged) to,? (?:notify|inform|tell)', 'right not to')) && !has(t, unlessProhibitedRe)) return false;
  if (has(t, customerDisclosesRe)) return false;
  // The customer telling the provider is not the provider's promise.
  if (has(s.text, /^\W{0,3}(?:the )?(?:customer|client|you) (?:shall|will|must|agrees? to|should) (?:promptly |immediately )?(?:notify|inform|tell)/)) return false;
  const demand = has(t, any('request', 'demand', 'order', 'subpoena', 'legal process', 'warrant\\b', 'disclos', 'legal requirement', 'required by (?:law|applicable)', 'compelled', 'legally required', '\\baccess\\b'));
  const prohibited = has(t, unlessProhibitedRe) || has(t, any('prohibited (?:by|under) (?:the )?(?:applicable )?law', 'legally prohibited', 'gag order', 'non-?disclosure order', 'prevents? (?:us|it|provider|[a-z]+) from', 'unless (?:[a-z]+ ){0,3}forbids?', 'as far as the law allows', 'to the extent permi(?:tted|ssible)'));
  const gov = isGovContext(s, t) || has(t, any('legal requirement', 'required by (?:the )?(?:applicable )?(?:law|union|member state)', 'legal disclosure', 'legally required')) ||
    (prohibited && has(t, any('request', 'demand', 'subpoena', 'disclos', '\\baccess\\b')));
  if (!demand || !gov) return false;
  return has(t, noticeCommitRe) || has(t, any('to inform', 'to notify', 'notice (?:to|of)', 'make (?:a )?reasonable (?:attempt|effort)s? to (?:notify|contact)', 'unless (?:prohibited|legally|that law|the law|applicable)'));
};

/** Disclosure without telling, or a bar on telling (gag orders, delayed notice). */
export const noNotice = (s: SentenceContext): boolean | MatchDetail => {
  const hit = noNoticeMatch(s);
  // A gag the provider promises to fight, with notice once it lifts, is a bounded risk.
  return hit && has(s.text, any('(?:prohibition|order|restriction)[^.;]{0,40}(?:lifted|narrowed|shortened|challenged)', '(?:once|as soon as|when) (?:[a-z]+ ){0,3}(?:permitted|allowed|lifted|no longer (?:prohibited|applies))')) ? { risk: 'medium' } : hit;
};

const noNoticeMatch = (s: SentenceContext): boolean => {
  const t = s.text;
  const cue = has(t, any(
    'without (?:prior |advance |any )?(?:notice|notification|notifying|informing|telling)',
    '(?:will|do|does|shall) not (?:notify|inform|tell)',
    'not (?:be )?(?:able|permitted|allowed|required|obligated|obliged) to,? (?:notify|inform|tell|give notice)',
    'right not to (?:notify|inform|tell)',
    '(?:might|may|will|would|do|does|shall) not (?:give|provide|send) (?:[a-z]+ )?(?:notice|notification)',
    'prohibited (?:by law )?from (?:notifying|disclosing|informing|telling|providing notice)',
    '(?:prevents?|stops?|bars?) (?:[a-z]+ ){0,2}from (?:telling|notifying|informing)',
    '(?:cannot|can not|may not) (?:notify|inform|tell)',
    '(?:delay|withhold)\\w* (?:the )?(?:notice|notification)',
    '\\bgag order',
    'non-?disclosure order',
    'confidentiality of (?:a |the )?(?:law enforcement )?investigation',
    'exception (?:for|of) legal disclosure',
    'except (?:in the case of|for) legal disclosure',
    '(?:notice|notify)[^.]{0,80}unless[^.]{0,20}(?:for legal disclosure|to comply with (?:our |its )?legal obligations)',
    'may not be able to notify',
    'unable to notify',
    'rather than notif',
    '(?:notice|notify|tell)[^.]{0,120}except (?:in )?(?:some |certain |limited )?(?:emergenc|exigent)',
    '(?:not|without) (?:tell|notify|notice|informing)[^.]{0,60}emergenc',
    'in (?:an )?emergenc\\w*[a-z ,]{0,60}(?:without|not|delay)',
  ));
  // Reasons not to tell, which count only in a sentence about notice: an investigation it could obstruct.
  const reason = !cue && has(t, any('obstruct', 'ongoing (?:[a-z]+ )?investigation', 'jeopardi[sz]e (?:an? |the )?investigation')) && has(t, any('\\bnotif', '\\bnotice', '\\binform(?!ation)', '\\btell', '(?:will|shall|does|do) not apply', 'need not'));
  if (!cue && !reason) return false;
  // Cues that speak of a legal bar or a deliberate delay carry their own context.
  if (has(t, any('prohibited (?:by [a-z ]{1,30})?from (?:notifying|informing|telling|providing notice)', '(?:delay|withhold)\\w* (?:the )?(?:notice|notification)', '\\bgag order', 'non-?disclosure order')) && !has(t, notGovernmentRe)) return true;
  if (has(s.heading, any('law enforcement', 'legal', 'government', 'request', 'authorit', 'notice', 'notification')) && has(`${s.heading} ${s.previous}`, any('request', 'law enforcement', 'government', 'legal process', 'authorit'))) return true;
  if (has(t, notGovernmentRe) && !has(t, any('law enforcement', 'subpoena', 'court', 'warrant\\b', 'legal process', 'government', 'investigation'))) return false;
  return isGovContext(s) || has(t, any('investigation', 'legal disclosure', 'emergenc', 'law enforcement', 'gag order', 'non-?disclosure order', 'requests? for (?:their|your|customer|user) data'));
};

const demandWordRe = any('request', 'demand', 'order', 'subpoena', 'process', 'disclos', 'compel', '\\blaw', 'legal', 'authorit', 'government', 'enforcement', 'warrant', 'court');

/** Redirect the authority, contest or narrow the demand, or disclose only the minimum. */
export const redirectChallenge = (s: SentenceContext): boolean => {
  const t = s.previous && anaphoricRe.test(s.text) ? `${s.previous} ${s.text}` : s.text;
  // Every way to a match needs a demand, a disclosure or a legal word in the sentence (or a demand-like heading).
  if (!has(t, demandWordRe) && !has(s.heading, demandWordRe)) return false;
  const strongCue = any(
    'redirect\\w* (?:the |any |such )?(?:[a-z]+ ){0,2}(?:authorit|agenc|request|law enforcement|government|requester|demand)',
    'quash',
    'protective order',
    'confidential treatment',
    'overly broad',
    'narrow (?:it|them|the (?:request|demand|order|scope))',
    'seek to narrow',
    '(?:obtain|seek|request|get)\\w* (?:[a-z]+ ){0,4}directly from (?:the )?(?:customer|client|you|user)',
    '(?:obtain|seek|request|get)\\w* (?:[a-z]+ ){0,4}from (?:the )?(?:customer|client|user)s? directly',
    'reserves? the right to object',
    'default (?:stance|position) is to refuse',
    'choose not to appeal',
  );
  const cue = has(t, strongCue) || has(t, any(
    'challeng\\w* (?:[a-z]+ ){0,3}(?:request|demand|order|subpoena|process|disclosure|it\\b|them\\b|validity|legality)',
    'contest\\w* (?:[a-z]+ ){0,3}(?:request|demand|order|subpoena|process|disclosure|it\\b|them\\b|validity|legality)',
    '\\bobject\\b(?! to (?:a |the |any )?(?:sub|new))',
    'narrow (?:it|them|the|its|any|a)\\b',
    'seek (?:a |an )?(?:remedy|order)',
    '(?:bare )?minimum',
    'only (?:[a-z]+ ){0,3}(?:the )?(?:personal )?(?:data|information)(?: [a-z]+){0,6}? (?:strictly |specifically |expressly |legally )?(?:required|necessary|requested|obliged|compelled)',
    '(?:scrutini[sz]|review|assess|evaluat|examin)\\w* (?:the legality of )?(?:every|each|all|any)[a-z ]{0,30}requests?',
    'limit (?:the )?(?:communication|disclosure|scope)',
    'limited (?:emergency )?(?:disclosure|information|data)',
    'refuse',
    'push back',
    'reject',
    '\\bappeal\\b',
    'verify (?:the )?(?:validity|legitimacy)',
    'review\\w* (?:[a-z]+ ){0,3}requests? (?:for|to (?:ensure|confirm|verify)) (?:[a-z]+ ){0,2}(?:validity|legal sufficiency|legality|lawfulness)',
    'oppos',
    'request (?:that )?(?:the )?(?:authority|agency|requester) (?:obtain|seek)',
    'all legal avenues',
    'unable to process',
  ));
  if (!cue) return false;
  if (has(t, any('sub-?processor', 'subcontractor')) && !has(t, any('authorit', 'law enforcement', 'government'))) return false;
  if (has(s.text, notGovernmentRe) && !has(s.text, any('law enforcement', 'subpoena', 'court order', 'warrant\\b', 'legal process', 'government'))) return false;
  // The customer's own chance to challenge (after notice) is notice, not a provider commitment.
  if (has(t, any('(?:they|you|customer|users?|owners?)(?:s)? (?:can|may|could) (?:have an opportunity to )?(?:challenge|contest|seek|object)', 'opportunity to (?:challenge|contest|object|seek)')) && !has(t, any('cooperat', 'assist', 'help', 'support'))) return false;
  if (isGovContext(s, t)) return true;
  if (has(t, strongCue) && has(t, any('request', 'demand', 'order', 'subpoena', 'process', 'disclos'))) return true;
  // Contesting an order as unlawful is itself about a legal demand.
  if (has(t, any('\\b(?:orders?|requests?|demands?|subpoenas?|warrants?)\\b')) && has(t, any('unlawful', 'invalid', 'illegal', 'overbroad', 'overly broad', 'legality', 'lawfulness'))) return true;
  return has(t, any('disclos', 'compelled', 'legal process', 'required by law')) && has(t, any('minimum', 'narrow', 'contest', 'challenge', 'protective order', 'confidential treatment', 'oppos', 'appeal', 'verify', 'limited', 'review', 'only (?:disclose|provide|produce|share)'));
};

export const transparencyReport = (s: SentenceContext): boolean =>
  has(s.text, any(
    'transparency report',
    'law enforcement requests report',
    'warrant canary',
    'publish\\w*,? (?:[a-z,]+ ){0,16}(?:statistics|number|numbers|report)s? (?:[a-z]+ ){0,6}(?:requests|demands)',
    'report (?:on )?(?:the )?(?:number|volume) of (?:government|law enforcement|legal) requests',
    'break(?:s)? out (?:the )?(?:number|volume) of (?:[a-z]+ ){0,3}(?:requests|demands)',
  ));
