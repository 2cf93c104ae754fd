/** cl-disclosure-required-by-law: disclosure because a law, order or authority requires it (incl. processing beyond instructions). */
import { type ClauseRule, authorityWords } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';
import { frameAt } from './frame';
import { isAuthorityRecipientItem, namesAuthorityRecipient, noObligationRe, isLeadIn, handOverRe, ownJudgementRe, isRequesterInstruction, unrestrictedDisclosure } from './shared/government';
import { hasAuthority, customerDisclosesRe, hasEmergency, lastTextMemo, notGovernmentRe, noticeCommitRe, noticeVerbRe, withoutOtherDisclosures, isPointer, withLeadIn } from './shared/government';
import { fewerSpacesThan } from '../text/normalize';

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
const contactRe = any('[a-z0-9._-]@[a-z0-9-]{1,20}\\.[a-z]', '\\bvia (?:e-?mail|post|fax|mail)\\b', 'should contact', 'may contact', 'can be sent to', '(?:access to|assistance with|help with) (?:our |the |this )?(?:[a-z]{1,20} ){0,4}(?:site|portal|web ?form|form|website|page)\\b');

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
  '\\bcompel(?:s|ling)?\\b',
  'production (?:order|request)s?',
  '(?:final |court |judicial )?(?:judg(?:e)?ments?|decisions?) (?:of|by|from) (?:a |an |the |any )?(?:competent )?(?:public )?(?:court|tribunal|judge|authorit|regulator|agenc|bod(?:y|ies))',
  '(?:court|judicial) (?:judg(?:e)?ments?|decisions?)',
  'orders? (?:of|from|issued by|signed by|made by) (?:a |an |the |any )?(?:competent )?(?:public )?(?:court|judge|magistrate|tribunal|prosecutor|authorit|regulator|bod(?:y|ies))',
  '(?:mandated|ordered|compelled) by\\b',
  '(?:signed|issued|made) an order',
  '(?:lawful|valid|binding|judicial|official) (?:orders?|data requests?|demands?)',
  'enforceable governmental request',
  'legal (?:request|demand)s?',
  '(?:law )?enforcement requests?',
  'requests? (?:received )?(?:from|by|of|issued by) (?:a |any |the )?(?:competent|law enforcement|government|public|judicial|court|authorit|tax|u\\.s\\.|foreign)',
  'requests? or decisions? of (?:the )?authorit',
  // The court or judge as the one ordering: "where a judge orders it".
  '\\b(?:courts?|judges?|magistrates?|tribunals?) (?:so )?(?:orders?|ordered|directs?|directed|compels?|compelled)\\b',
  'mutual legal assistance',
  '\\bmlats?\\b',
  'preservation (?:requests?|demands?|orders?)',
  '(?:enforceable|formal) (?:legal )?(?:requests?|demands?|orders?)',
  'binding (?:instruction|direction)s?',
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
  'legally (?:obliged|obligated|compelled|bound)',
  '(?:laws?|legislation|statutes?|regulations?) (?:so )?(?:obliges?|requires?|compels?|mandates?)\\b',
  'statutory (?:obligation|duty|requirement)s?',
  '(?:law|laws|rules?|statute|legislation|regulations?) (?:so )?(?:(?:may|can|could|might|will) )?(?:demand|require|oblige|mandate)s?\\b',
  'required or permitted by',
  'comply with (?:the |a |any |applicable |relevant )?(?:law|legal)',
  'compliance with (?:[a-z]{1,20} ){0,3}laws',
);

// The rule asks both families of the same text up to three times.
const hasInstrument = lastTextMemo(instrumentRe);
const hasLawRequirement = lastTextMemo(lawRequirementRe);

/** The authority is the one receiving, asking or compelling (not a bystander). */
const authorityRoleRe = any(
  '(?:to|with)\\s{1,3}(?:[a-z,]{1,20}\\s{1,3}){0,4}?(?:authorit|law enforcement|government|regulators?\\b|courts?\\b|tribunals?\\b|police|agenc|(?:state|security|public) bod(?:y|ies)\\b)',
  '(?:requests?|demands?|orders?|process) (?:[a-z.]{1,20} ){0,3}(?:from|by|of)\\s{1,3}(?:[a-z.]{1,20} ){0,3}(?:authorit|law enforcement|government|regulator|court)',
  '(?:authorit\\w{0,20}|law enforcement|government\\w{0,20}|regulators?|(?:banking|financial|prudential|insurance|securities) supervisors?|courts?|police(?: forces?| services?)?|agenc\\w{0,20}) (?:may |can |to |formally |lawfully |legally |officially |that )?(?:request|require|ask|obtain|compel|seek|order|submit|receive)',
  '(?:respond|responding) to (?:[a-z]{1,20} ){0,3}(?:government|law enforcement|authorit)',
  'required (?:to do so )?by (?:a |an |the |any )?(?:[a-z]{1,20} )?(?:authorit|court|government|regulator|law enforcement)',
  '(?:ask|asked|requested|directed|instructed|served|ordered|required) (?:[a-z]{1,20} ){0,4}?by (?:a |an |the |any )?(?:[a-z]{1,20} )?(?:authorit|law enforcement|government|regulator|court|police|prosecutor|judge|magistrate|agenc)',
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
  'give (?:[a-z]{1,20} )?access',
  'access to',
  '\\bpreserv\\w{0,5}\\b(?! (?:our |its |their |your |the |any )?(?:legal )?(?:rights|claims|defen))',
  'give effect to',
  '\\baccessible (?:to|by)\\b',
  '\\banswer\\w{0,3}\\b',
  '\\bfreez\\w{0,3}',
  '\\bsnapshot',
  '\\bdeliver\\w{0,3}',
  '\\bhand(?:s|ed|ing)? (?:[a-z-]{1,20} ){0,3}?to\\b',
  '\\bact (?:up)?on\\b',
  '\\b(?:obey|honou?r)\\w{0,2}\\b',
  '\\baccessed by',
  'respond(?:s|ing)? to',
  '\\bsubmit',
  'cooperat',
);

/** Strictly outward verbs, for the weaker "required by law" family. */
const narrowOutwardRe = any(
  'disclos',
  '\\b(?:retain|keep|keeps|kept|store|stores|hold|holds)\\w{0,3} (?:[a-z]{1,20} ){0,3}?for (?:the )?(?:police|authorit|law enforcement|investigat)',
  '\\bhand(?:s|ed|ing)? (?:[a-z-]{1,20} ){0,3}?to\\b',
  'releas',
  '\\bshar(?:e|es|ed|ing)\\b',
  '\\bproduc(?:e|es|ed|ing|tion)\\b',
  'hand(?:ed|ing)? over',
  'turn(?:ed|ing)? over',
  // Preserving data, not preserving one's own legal rights or claims.
  '\\bpreserv\\w{0,5}\\b(?! (?:our |its |their |your |the |any )?(?:legal )?(?:rights|claims|defen))',
  'give (?:[a-z]{1,20} )?access',
  'make (?:[a-z]{1,20} ){0,4}available to',
  '\\baccess(?:ed|ible) (?:by|to) (?:[a-z,]{1,20} ){0,3}(?:regulators?|courts?|law enforcement|authorit|police|government)',
  '\\bprovide (?:[a-z-]{1,20} ){0,3}(?:data|information|records|content)s? to',
);

/** A condition that names receiving process: "only if we receive", "only once we are served with". */
const answerConditionRe = any('^\\W{0,3}(?:a:\\s{0,3})?(?:yes,? (?:but )?|no,? |not )?(?:only )?(?:if|when|after|once|unless) (?:we|it|they|the provider|the government|the police|an? (?:authority|agency|court)) (?:receive[sd]?|(?:is|are) served with|gets?|obtains?|has|have|presents?|produces?)\\b');
/** Process the authority must bring: "must serve legal process", "needs a warrant". */
const servedProcessRe = any('\\b(?:must|needs? to|has to|have to|shall) (?:first )?(?:serve|present|obtain|send|use|go through) (?:[a-z]{1,20} ){0,3}?(?:legal process|subpoenas?|warrants?|court orders?|production orders?)');
const requesterRe = any('authorit', 'police', 'law enforcement', 'government', 'agenc', 'prosecutor', 'requesters?\\b');
/** A question that asks whether an authority can reach the user's data. */
const reachQuestionRe = any('\\b(?:see|access|get|obtain|read|reach)\\b[^.;?]{0,30}\\b(?:my|our|your|the) (?:data|files|messages|information|account|content|records)');
const questionEndRe = /\?\W{0,3}$/;
const deletionRe = any('\\bdestroy', '\\bdelet', '\\beras(?:e|ure)');

/** The sentence itself permits a disclosure (as opposed to only promising notice of one). */
const disclosurePermissionRe = any(
  '(?:may|can|will|shall|must|would)(?: also| only| not)? (?:be (?:required|compelled|obliged) to )?(?:disclose|provide(?!(?: [a-z]{1,20}){0,3} notice)|produce|release|share|communicate|process|hand over)',
  'making disclosures',
  '(?:required|compelled|obliged) to (?:disclose|provide|produce|communicate|do so)',
  'requires? (?:us|it) to disclose',
  'limit\\w{0,20} the (?:communication|disclosure) of',
);

const lawRequiresProcessingRe = any(
  '(?:required|requires?|obliged|obligated)[^.;]{0,60}(?:union|member state|applicable (?:data protection )?laws?|\\blaw\\b|legal requirement)',
  '(?:union|member state|applicable) law[^.;]{0,60}requires?',
);
const instructionRe = any('instruction');
const pursuantToLawRe = any('obliged to do so pursuant to (?:the )?law', 'pursuant to the law of the (?:european )?union');
const processRe = any('process');

/** GDPR Art. 28(3)(a): processing beyond instructions where Union or Member State law requires it. */
const beyondInstructions = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, deletionRe)) return false;
  const lawRequires = has(t, lawRequiresProcessingRe);
  if (has(t, instructionRe) && lawRequires) return true;
  return has(t, pursuantToLawRe) && has(`${s.previous} ${t}`, processRe);
};

const regulatorPowerRe = any(
  '(?:supervisory authorit\\w{0,20}|data protection authorit\\w{0,20}|regulators?|regulatory (?:authorit\\w{0,20}|body|agenc\\w{0,20})) (?:has|have|shall have|may|will|can) (?:[a-z]{1,20} ){0,2}(?:right|power|request|audit|inspect|carry out|conduct)',
  '(?:audits?|inspections?|examinations?) (?:by|of|from) (?:the |a |any )?(?:[a-z\'-]{1,20} ){0,2}?(?:competent )?(?:supervisory|regulat|data protection authorit)',
  'request (?:of|from|by) (?:[a-z/ ]{0,40})(?:supervisory authorit|regulator)',
  'audits? (?:by|of|from) (?:the |a |any )?(?:competent )?(?:supervisory|regulat)',
  '(?:regulatory|supervisory authority) audit',
  'available to (?:a |the |any )?(?:[a-z\'-]{1,20} ){0,4}?(?:competent )?(?:supervisory|regulat|data protection (?:supervisory )?authorit)',
  '(?:allow|permit|enable)s? (?:the |a |any )?(?:competent )?(?:supervisory|regulat|data protection)[a-z ]{0,30}? to (?:audit|inspect|access|examine|review)',
);
const auditOrAccessRe = any('right to (?:conduct )?(?:an )?(?:audit|inspect)', '\\b(?:may|can|shall|will) (?:audit|inspect|examine)\\b', '(?:conduct|carry out|perform)\\w{0,20} (?:an? )?(?:audit|inspection)', 'submit[^.;]{0,60}(?:audit|inspection)', 'cooperat', 'to (?:audit|inspect|access|examine)', 'provid\\w{0,20} access', 'ma(?:k|d)e[^.;]{0,60}available to', '(?:shall|will|must|is|are) be available to', 'access to[^.;]{0,40}(?:records|facilities|premises|data)');
const notRegulatorAccessRe = any('deposit', 'impact assessment', 'consult', 'lodge', 'complaint', '^(?:the )?customer (?:must|has|shall)', 'notification of');

/** A supervisory authority or regulator may audit or access the processor and its records. */
const regulatorAccess = (t: string): boolean =>
  has(t, regulatorPowerRe) &&
  has(t, auditOrAccessRe) &&
  !has(t, notRegulatorAccessRe);

/** "Without a subpoena": disclosure that does not wait for process (voluntary), or, negated, a process requirement. */
const withoutProcessRe = /without (?:a |an |any |the )?(?:valid |prior )?(?:[a-z]{1,20} ){0,2}?(?:subpoena|court order|warrant|legal process|order)s?\b/;

const withoutProcessAll = new RegExp(withoutProcessRe.source, 'g');

// Both frame cases need one of these: an exception ("unless legally obliged") or "in accordance with".
const frameCaseRe = /\b(?:unless|except|save|other than|accordance)\b/;
const denialOrLimitRe = /\b(?:not|never|no|nor|neither|none|without|cannot|only|solely|exclusively|strictly)\b|n't\b/;
const noObligationTestRe = new RegExp(noObligationRe.source);

const otherGovernmentCueRe = any('(?:informal|unofficial|oral|verbal|telephone) (?:requests?|demands?)', 'instruction', 'pursuant to the law', 'supervisory', 'regulat', 'data protection authorit', '\\btax ', '\\brevenue ', 'customs', 'in accordance with [^.;]{0,40}\\blaws?\\b');
const notDisclosureTermRe = any('reimburs', 'costs? (?:associated|incurred)', '(?:has|have) (?:not|never) received', 'received no (?:such )?(?:[a-z]{1,20} )?(?:requests|demands|orders)');
const processOrGovernmentRe = any('law enforcement', 'subpoena', 'court order', 'warrant\\b', 'legal process', 'government');
const userWarrantyOrDisclaimerRe = any('^\\W{0,3}(?:each |the |every )?(?:member|user|customer|client|you)s?\\b[^.;]{0,20}\\b(?:represents?|warrants?)\\b', '\\b(?:shall|will) not be (?:held )?liable', 'under no circumstances shall');
const disclosRe = any('disclos');
const userDutyToProvideRe = any('(?:obligation|requirement|duty) (?:for|on) (?:you|the customer|customers|users?) to (?:provide|give|supply)', '(?:if|where) you (?:do not|don\'t) provide');
const briberyRe = any('\\bbrib', 'anything of value', 'corrupt', '\\bpayments?\\b');
const disclosureOrDataRe = any('disclos', 'data', 'records');
const legalCueRe = any('law', 'legal', 'request', 'comply', 'required');
const inAccordanceWithLawRe = any('in accordance with (?:[a-z ]{0,40})?(?:applicable |the )?laws?\\b');
const taxAuthorityRe = any('\\b(?:tax|fiscal) (?:authorit|administration|office|agenc)', '\\brevenue (?:authorit|service|agenc)', 'customs authorit');
const taxHandOverRe = any('disclos', 'share', 'provid', 'audit', '\\banswer', '\\brespond');
const retentionRequiredRe = any('authorit', 'requires? otherwise', 'preservation (?:request|order)');
const accountActionRe = any('\\b(?:terminat|suspend|remov|block|disabl|clos)\\w{0,8} (?:[a-z]{1,20} ){0,2}?(?:accounts?|content|access)');
const dataMovesRe = any('disclos', 'data', 'information', 'records', 'preserv');
const bindingInstrumentRe = any('compel', 'subpoena', 'court order', 'warrant\\b', 'legally binding', 'comply with[^.;]{0,60}(?:legal process|law|request)');
const complyWithRe = any('compl(?:y|ies|ied|ying) with');
const requestOrOrderRe = any('request', 'order', 'comply', 'process');
const dataObjectRe = any('data', 'information', 'content', 'records', 'account');
// Refusing informal requests means only formal process gets data: "we do not hand over data in response to informal requests".
const informalRefusedRe = any('\\b(?:do not|does not|don\'t|doesn\'t|will not|won\'t|never|cannot)\\b[^.;]{0,20}\\b(?:disclose|provide|produce|hand over|share|release|act on|respond to)\\b[^.;]{0,40}\\b(?:in response to |on the basis of |based on |to )?(?:informal|unofficial|oral|verbal|e-?mailed|telephone)(?: or (?:informal|unofficial|oral|verbal|e-?mailed|telephone))? (?:requests?|demands?)');
const processAsConditionRe = any('(?:require|requires|required|need|insist on|only (?:with|upon|on receipt of|in response to)|unless (?:we receive|compelled|served with)) (?:a |an |the )?(?:valid |proper |appropriate )?(?:[a-z]{1,20} ){0,2}?(?:subpoena|search warrant|warrant\\b|court order|legal process)');
const negationRe = any('\\b(?:not|never|no)\\b');
const voluntarRe = any('voluntar');
const authorityDisclosureVerbRe = any('provide (?:[a-z]{1,20} ){0,2}(?:access|interfaces?|means of access)\\b', '\\bgiven to\\b', '\\b(?:may|will|can|shall) receive\\b', 'disclos', '\\bproduc(?:e|es|ed|ing|tion)\\b', 'releas', '\\bshar(?:e|es|ed|ing)\\b', 'provide (?:[a-z]{1,20} ){0,3}(?:data|information|records)', 'respond to (?:[a-z]{1,20} ){0,3}requests', 'requests? (?:for|from) (?:[a-z-]{1,20} ){0,3}(?:data|information|records|content|authorit|law enforcement|government|court|agenc)', 'process(?:ed)? if submitted', 'preserv', '\\bkeep (?:a )?cop(?:y|ies)', '\\bretain\\w{0,3}', '\\bfreez\\w{0,3}', 'communicat', 'hand over', 'give access', 'access to',
  // Access or inspection granted to the asking authority: "we will give it access", "records made available to the regulator".
  '\\b(?:give|gives|grant|grants|allow|allows) (?:it|them|the (?:[a-z-]{1,20} ){1,2}) (?:access|to inspect|to examine)\\b', '\\bma(?:ke|kes|de|king) (?:[a-z-]{1,20} ){0,4}?available to\\b');
const reportToAuthorityRe = any('notify\\w{0,20} (?:the )?(?:appropriate|relevant) authorit', 'report\\w{0,20} [a-z ]{0,40}to (?:the )?(?:appropriate |relevant )?authorit');
const dataOrItRe = any('data', 'information', 'content', 'records', 'account', 'logs?\\b', 'it\\b');
const privateRecipientRe = any('to (?:our |its )?(?:professional )?(?:representatives|advisors|advisers|attorneys|lawyers|accountants|auditors|affiliates|service providers|vendors|partners|buyers?|acquirers?|insurers)');

/** Disclosure because a law, order or authority requires it (incl. processing beyond instructions). */
const disclosureRequiredByLaw = (s: SentenceContext): boolean => {
  // A row or item whose recipients are authorities is labelled by them, whatever its purpose says;
  // an emergency alone leaves it to cl-voluntary-disclosure.
  if (namesAuthorityRecipient(s)) return !hasEmergency(s.text) || hasLawRequirement(s.text) || hasInstrument(s.text);
  // Every way to a match needs an instrument, an authority, a legal requirement, instructions, a
  // regulator or tax: test those first, since most sentences that reach this rule have none.
  if (!hasInstrument(s.text) && !hasAuthority(s.text) && !hasLawRequirement(s.text) && !has(s.text, withoutProcessRe) && !has(s.text, otherGovernmentCueRe)) return false;
  const t = withoutOtherDisclosures(s.text);
  if (fewerSpacesThan(t, 3) || isPointer(t)) return false;
  if (has(t, notDisclosureTermRe)) return false;
  if (has(t, notGovernmentRe) && !has(t, processOrGovernmentRe)) return false;
  if (has(t, customerDisclosesRe) || has(t, governmentCustomerRe)) return false;
  // The user's own representations, and liability disclaimers that name no disclosure, are not disclosure terms.
  if (has(t, userWarrantyOrDisclaimerRe) && !has(t, disclosRe)) return false;
  if (isLeadIn(t)) return false;
  // The user's own duty (or none) to give data to the provider is not a disclosure by the provider.
  if (has(t, userDutyToProvideRe)) return false;
  // Anti-bribery covenants name officials and payments, not data.
  if (has(t, briberyRe) && !has(t, disclosureOrDataRe)) return false;
  // A row or list item naming authorities among the recipients (LABELLING: a row is labelled by its recipients).
  if (isAuthorityRecipientItem(s) && has(t, legalCueRe)) return true;
  // The frame: a denied disclosure that an exception reopens for what the law requires ("will not
  // disclose ... unless legally obliged to") still permits compelled disclosure.
  // (The frame is read only where a word of denial or confinement could make it say either.)
  const anchor = denialOrLimitRe.test(t) && frameCaseRe.test(t) ? /\b(?:disclos|releas|shar(?:e|es|ed|ing)\b|hand\w{0,3} over|produc(?:e|es|ed|ing)\b)/.exec(t) : null;
  if (anchor) {
    const f = frameAt(t, anchor.index);
    if (f.negated && !f.inException && f.exception === 'law-requires') return true;
    if (!f.negated && f.restricted && has(f.clause, inAccordanceWithLawRe)) return true;
  }
  if (beyondInstructions(s)) return true;
  if (regulatorAccess(t)) return true;
  if (has(t, taxAuthorityRe) && (has(t, handOverRe) || has(t, taxHandOverRe))) return true;
  // Proper process demanded of the authority itself: "any authority wanting Customer Data must serve legal process on us".
  if (has(t, servedProcessRe) && has(t, requesterRe) && has(t, dataObjectRe)) return true;
  // Guidelines telling a requester how to send a request are not terms about disclosure.
  if (isRequesterInstruction(t) && !has(t, disclosurePermissionRe)) return false;
  // A permission with no compulsion named, or the provider's own judgement, is voluntary disclosure (cl-voluntary-disclosure).
  const denied = noObligationTestRe.test(t);
  const uncompelled = denied ? t.replace(noObligationRe, ' ') : t;
  if (denied || (!hasInstrument(uncompelled) && !hasLawRequirement(uncompelled) && (unrestrictedDisclosure(t) || has(t, ownJudgementRe)))) return false;
  // Where to send requests is not a term about disclosure.
  if (has(t, contactRe) && !has(t, disclosurePermissionRe)) return false;
  // A deletion promise with an exception for a warrant is not a disclosure (but retention an authority requires is).
  if (has(t, deletionRe) && !has(t, retentionRequiredRe)) return false;
  // A promise to tell the customer about a demand is notice, unless the sentence also permits the disclosure.
  const withLead = withLeadIn(s);
  if (has(withLead, noticeVerbRe) && has(withLead, noticeCommitRe) && !has(t, disclosurePermissionRe)) return false;
  const instrument = hasInstrument(t);
  // Closing or suspending accounts on an authority's order moves no data.
  if (has(t, accountActionRe) && !has(t, dataMovesRe)) return false;
  // Emergencies are voluntary disclosure unless a binding instrument is also named.
  if (hasEmergency(t) && !hasLawRequirement(t) && !has(t.replace(withoutProcessAll, ' '), bindingInstrumentRe)) return false;
  const authority = hasAuthority(t);
  if (instrument && (has(t, outwardRe) || has(t, complyWithRe) || (authority && has(t, requestOrOrderRe) && has(t, dataObjectRe)))) return true;
  // Proper process as a condition: "we would require a subpoena", "only with a search warrant".
  if (has(t, processAsConditionRe)) return true;
  if (has(t, informalRefusedRe)) return true;
  // The same condition as a short answer to a question about handing data over ("Will you give my data to the police?" "Only if we receive a court order.").
  if (instrument && has(t, answerConditionRe) && (has(t, outwardRe) || (questionEndRe.test(s.previous) && (has(s.previous, handOverRe) || has(s.previous, reachQuestionRe)) && hasAuthority(s.previous)))) return true;
  if (has(t, negationRe) && has(t, withoutProcessRe)) return true;
  // "We do not voluntarily share data with governments" is about voluntary disclosure only.
  if (!instrument && has(t, voluntarRe)) return false;
  if (authority && has(t, authorityRoleRe) && has(t, authorityDisclosureVerbRe)) {
    // Reporting suspected wrongdoing to the authorities is voluntary, not compelled.
    if (!instrument && has(t, reportToAuthorityRe)) return false;
    return true;
  }
  // "We release information when we believe release is appropriate to comply with the law".
  return hasLawRequirement(t) && has(t, narrowOutwardRe) && has(t, dataOrItRe) &&
    !has(t, privateRecipientRe);
};

/**
 * The gate. Every hit needs an authority recipient (namesAuthorityRecipient) or the guard at the top
 * of the matcher: an instrument, an authority, a legal requirement, "without a subpoena" or another
 * government cue. Where those say "law" or "legal", they also say what the law does (requires,
 * obliges, compels, mandates, comply, in accordance with, pursuant to) or name the process (legal
 * process, lawful order, request, demand, mutual legal assistance, law enforcement); "u.s." and
 * "foreign" count only in "requests from U.S. / foreign ...".
 */
const lawDutyWords = ['requir', 'oblig', 'compel', 'compl', 'bound', 'mandat', 'demand', 'process', 'request', 'order', 'assistance', 'enforcement', 'pursuant', 'accordance', 'binding'];

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-disclosure-required-by-law',
  category: 'gov.disclosure',
  risk: 'medium',
  arguments: ['arg-sca-focus', 'arg-warrant-vs-subpoena', 'arg-comity-conflict', 'arg-control-not-location'],
  gate: {
    words: [...authorityWords, 'informal', 'unofficial', 'oral request', 'verbal request', 'telephone request', 'judg', 'magistrate', 'public bod', 'mandated', 'ordered by', 'fiscal', 'investigator', 'statut', 'prosecutor', 'revenue', 'customs', 'police', 'officials', 'official request', 'official demand', 'subpoena', 'warrant', 'compel', 'supervisor', 'tax', 'instruction', 'mlat', 'required by', 'requires us', 'preserv', 'binding', 'valid', 'from foreign', 'by foreign', 'of foreign', 'from u.s', 'by u.s', 'of u.s', '2703', 'stored communications', 'rogatory', 'enforce', 'tribunal', 'prosecution', 'administrative bod', 'state bod', 'security bod', 'state security', 'rescue'],
    both: [['law', 'legal'], lawDutyWords],
  },
  match: disclosureRequiredByLaw,
  fixtures: 'test/fixtures/rules/cl-disclosure-required-by-law.md',
};
