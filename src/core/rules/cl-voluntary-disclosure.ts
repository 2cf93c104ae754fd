/** cl-voluntary-disclosure: disclosure without compulsion: good-faith belief, rights and safety, fraud. */
import { type ClauseRule, authorityWords } from './rule';
import type { MatchDetail, SentenceContext } from './context';
import { frameAt } from './frame';
import { any, has } from './phrases';
import { isAuthorityRecipientItem, isLeadIn, anyAuthorityRe, hasAuthority, hasEmergency, namesAuthorityRecipient, handOverRe, noticeReadings, noticeWithheld, withoutOtherDisclosures, ownJudgementRe, isPointer, unrestrictedDisclosure } from './shared/government';

/** Purposes that make a disclosure discretionary: rights, safety, fraud, enforcement of terms. */
const voluntaryPurposeRe = any(
  'protect\\w{0,20} (?:[a-z]{1,20} ){0,3}(?:rights|property|safety|security|users|customers|interests|integrity|the public)',
  'protect\\w{0,3} against (?:[a-z]{1,20} ){0,2}(?:misuse|abuse|fraud|unauthori[sz]ed|harm|illegal)',
  '(?:rights|property),? (?:[a-z]{1,20} ){0,2}safety',
  'safety of',
  'prevent\\w{0,20},? (?:[a-z,]{1,20} ){0,4}(?:fraud|harm|abuse|illegal|crime|attacks)',
  'fraud(?:ulent)? (?:prevention|detection|activit)',
  'suspected fraud',
  'illegal activit',
  'enforce (?:or apply )?(?:our|its|these|this|the) (?:[a-z]{1,20} )?(?:terms|agreement|policies|rights|contract)',
  'investigat\\w{0,20} (?:[a-z]{1,20} ){0,2}(?:violations?|fraud|abuse|illegal|breach)',
  'defend (?:against )?(?:[a-z]{1,20} )?(?:legal )?claims',
  'exercise (?:our )?legal rights',
  'threats? to (?:the )?(?:physical )?safety',
  'at (?:our|its) (?:sole )?discretion',
  'whether or not (?:it is )?(?:legally )?required',
  'without (?:being )?(?:legally )?(?:compelled|required)',
  '(?:without|with no|under no) (?:any |a )?(?:legal )?(?:obligation|duty)',
);

const dataSubjectOrCustomerDutyRe = any('data subject', '^\\W{0,3}(?:the )?(?:customer|client|you) (?:will|shall|must|may) not');
const complianceMotiveRe = any('to comply with', 'reason to believe');
const customerMayRe = any('(?:customer|client|you) (?:may|can)');
const voluntaryRe = any('voluntar', '\\bvolunteer');
const reportToAuthorityRe = any('(?:notify|report|alert)\\w{0,20} (?:[a-z ]{0,40})?(?:the )?(?:appropriate|relevant|competent) (?:authorit|law enforcement|police)', '(?:notify|report|alert)\\w{0,20} (?:suspected|potential|possible|apparent)[^.;]{0,100}to (?:the )?(?:appropriate |relevant |competent )?(?:authorit|law enforcement|police)', 'report\\w{0,20} (?:suspected|potential|possible) (?:[a-z]{1,20} ){0,2}(?:activit|crime|fraud|abuse)[a-z ]{0,30}to (?:the )?(?:[a-z]{1,20} )?(?:authorit|law enforcement|police)');
const cooperateWithAuthorityRe = any('cooperat\\w{0,20} with (?:[a-z]{1,20} ){0,3}(?:law enforcement|authorit|police|government)');
const discretionCueRe = any('discretion', 'voluntar', 'believe', 'appropriate', 'illegal', 'unlawful', 'suspect');
const referToPoliceRe = any('(?:report|refer)\\w{0,20} (?:[a-z ]{0,40})?to (?:the )?(?:[a-z]{1,20} )?(?:law enforcement|police|authorit)');
const wrongdoingRe = any('unlawful', 'illegal', 'suspect', 'crim', 'fraud', 'abuse', 'violat', 'good[- ]faith', 'believe');
const safetyPurposeRe = any('\\bsafety\\b', '\\bsecurity\\b', 'prevent\\w{0,3} harm', 'protect');
const withServiceProvidersRe = any('with (?:our |its )?(?:[a-z-]{1,20} ){0,2}?(?:service providers|vendors|processors|sub-?processors|contractors)\\b');
// Recipients described by the service they perform for the provider ("companies that provide services such
// as fraud prevention", "providers of identity-check services", "fraud-prevention vendors"): the purpose
// words there name their service, not a reason to disclose, so they are masked before purposes are read.
const companiesThatProvide = '\\b(?:companies|businesses|firms|organi[sz]ations|third parties|partners|entities|providers|vendors|suppliers) (?:that|who|which) (?:[a-z]{1,20} )?(?:provide|perform|offer|supply|deliver|carry out|help|assist|support|run|handle)s?\\b[^,;.]{0,80}';
const serviceDescriptionRe = new RegExp([
  companiesThatProvide,
  '\\b(?:providers|vendors|suppliers) of (?:[a-z-]{1,20} ){0,3}?services\\b',
  '(?:\\b[a-z-]{1,20} ){1,3}?(?:service providers|vendors|suppliers)\\b',
].join('|'), 'g');
// Every alternative above needs one of these words: without them the replace would change nothing.
const serviceWordRe = /companies|businesses|firms|organi[sz]ations|third parties|partners|entities|providers|vendors|suppliers/;
// Without "providers", "vendors" or "suppliers" only the first alternative can match anywhere, and it
// alone scans faster than the last one, which starts at every word: the same replacement, cheaper.
const companiesThatProvideRe = new RegExp(companiesThatProvide, 'g');
const vendorNounRe = /providers|vendors|suppliers/;
const strongDisclosureVerbRe = any('(?<!non-)disclos', 'releas', '\\bshar(?:e|es|ed|ing)\\b', 'exchang', 'hand(?:ed|ing)? over', 'turn(?:ed|ing)? over', '\\bhand(?:ed|ing|s)? to (?:the )?(?:[a-z]{1,20} )?(?:authorit|police|law enforcement|government)');
// "In the good-faith belief that such action is necessary": the provider's own judgement, whoever receives.
const copyrightRe = any('copyright', 'infring');
const goodFaithBeliefRe = any('good[- ]faith belief', 'believe in good faith', 'believes in good faith');
const ownBeliefRe = any('good[- ]faith', '\\bbelieves?\\b', 'considers? (?:it )?appropriate', 'deems? (?:it )?(?:appropriate|necessary)');
const complianceOrCopyrightRe = any('to comply with', 'copyright', 'infring', 'reason to believe');
const shareVerbRe = any('disclos', '\\bshar(?:e|ing)\\b', 'releas');
const shareContextRe = any('disclos', '\\bshar(?:e|ing)\\b', 'releas', 'recipient', 'third part');
const weakDisclosureVerbRe = any('provid\\w{0,20} (?:[a-z]{1,20} ){0,3}(?:data|information|records|content)', '\\breport', '\\bnotify', 'preserv', 'give access', 'cooperat');
// A stated purpose of sharing with the police or authorities, with no compulsion in that purpose itself:
// "To share information with others, including law enforcement, and to respond to legal requests."
const sharePurposeRe = any('^\\W{0,3}to (?:share|disclose|provide|pass on)\\b (?:[a-z]{1,20} ){0,3}(?:information|data|details|records)\\b[^.;]{0,40}?\\b(?:with|to) (?:[a-z,]{1,20} ){0,4}?(?:law enforcement|police|public authorities|authorities|government agencies)\\b(?![^.;]{0,30}\\b(?:when|where|if|as) (?:required|compelled|obliged|legally|the law|a court|ordered))');
// Compulsion named in the same purpose (before any "and to ..." that starts another one).
const compelledPurposeRe = any('to comply with', 'as required', 'required by', 'compelled', 'obliged', 'pursuant to', 'in response to', 'subpoena', 'court order', 'warrant', 'legal process', 'legally');
const purposeFragmentRe = /^\W{0,3}(?:to )?(?:protect|prevent|enforce|investigate|defend|detect)\b/;
const namedRecipientRe = any('law enforcement', 'government', 'authorit', 'third[- ]part', 'others', 'other (?:companies|organi[sz]ations)', 'regulat', 'court');

/** Disclosure without compulsion: good-faith belief, rights and safety, fraud, or a bare permission. */
const voluntaryDisclosure = (s: SentenceContext): boolean | MatchDetail => {
  const t = withoutOtherDisclosures(s.text);
  if (isPointer(t) || isLeadIn(t)) return false;
  if (has(t, dataSubjectOrCustomerDutyRe)) return false;
  // Authorities named as the recipients of a row or item are gov.disclosure (cl-disclosure-required-by-law);
  // the row is voluntary too only when it names a purpose of the provider's own choosing.
  if (namesAuthorityRecipient(s)) return has(t, voluntaryPurposeRe) || has(t, safetyPurposeRe) || has(t, ownBeliefRe) || has(t, ownJudgementRe) || has(t, voluntaryRe) || hasEmergency(t);
  // A permission to hand data to authorities with no compulsion named ("may disclose Customer Data to
  // any government"), read through the clause frame; without notice it is also gov.no-notice.
  if (unrestrictedDisclosure(t)) return noticeWithheld(noticeReadings(t)) ? { categories: ['gov.no-notice'] } : true;
  // The provider's own judgement or initiative decides, affirmed or denied ("never on our own initiative").
  if (has(t, ownJudgementRe) && has(t, anyAuthorityRe) && has(t, handOverRe) && !has(t, complianceMotiveRe)) return true;
  // Cooperation with authorities that the provider permits itself ("may cooperate with police investigations").
  const coop = /\bcooperat\w{0,6}/.exec(t);
  if (coop && has(t, anyAuthorityRe) && frameAt(t, coop.index).modality === 'permission' && !has(t, customerMayRe)) return true;
  if (has(t, voluntaryRe) && hasAuthority(t)) return true;
  // The two report tests below start with an alternation V8 cannot scan ahead for: their verbs go first.
  if ((t.includes('notify') || t.includes('report') || t.includes('alert')) && has(t, reportToAuthorityRe)) return true;
  if (has(t, cooperateWithAuthorityRe) && has(t, discretionCueRe)) return true;
  // Reporting suspected wrongdoing to the police or authorities on the provider's own initiative.
  if ((t.includes('report') || t.includes('refer')) && has(t, referToPoliceRe) && has(t, wrongdoingRe)) return true;
  // The sharing purpose stands on its own when the only compulsion named comes after it as a separate purpose ("and to respond to legal requests").
  const share = sharePurposeRe.exec(t);
  if (share && !has(`${share[0]} ${t.slice(share.index + share[0].length).split(/\band to\b|;/, 1)[0]}`, compelledPurposeRe)) return true;
  const purpose = has(has(t, serviceWordRe) ? t.replace(vendorNounRe.test(t) ? serviceDescriptionRe : companiesThatProvideRe, ' ') : t, voluntaryPurposeRe);
  // A recipient row or item naming authorities for safety, security or protection.
  if (isAuthorityRecipientItem(s) && (purpose || has(t, safetyPurposeRe))) return true;
  // Sharing with the provider's own service providers is sub-processing (location.subprocessor), not disclosure to others.
  if (has(t, withServiceProvidersRe) && !hasAuthority(t)) return false;
  const strongVerb = has(t, strongDisclosureVerbRe);
  // Disclosure on the provider's own judgement ("whenever it believes in good faith that doing so is appropriate"),
  // unless the only purpose named is complying with the law.
  if (strongVerb && has(t, ownBeliefRe) && hasAuthority(t) && !has(t, complianceOrCopyrightRe)) return true;
  if (strongVerb && has(t, goodFaithBeliefRe) && !has(t, copyrightRe)) return true;
  // A purpose fragment in a list of disclosure purposes: "To protect the security of the Service."
  // The lead-in may stand several items back: the heading ("How we share information") says the same.
  if (s.isListItem && purpose && has(t, purposeFragmentRe) && (has(s.previous, shareVerbRe) || has(s.heading, shareContextRe))) return true;
  if (!purpose) return false;
  if (strongVerb) return true;
  // Weaker verbs count only when the sentence names who receives the data.
  return has(t, weakDisclosureVerbRe) &&
    has(t, namedRecipientRe);
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-voluntary-disclosure',
  category: 'gov.voluntary',
  risk: 'high',
  arguments: ['arg-sca-focus', 'arg-trust', 'arg-business-records'],
  gate: { words: [...authorityWords, 'third part', 'third-part', 'others', 'other compan', 'other organi', 'disclos', 'releas', 'share', 'sharing', 'exchang', 'hand over', 'handed over', 'turn over', 'voluntar', 'public bod', 'officials', 'magistrate', 'prosecutor', 'judge', 'tribunal', 'customs', 'tax auth', 'tax admin', 'tax off', 'revenue', 'security service', 'emergency service', 'rescue', 'fiscal', 'prosecution', 'administrative bod', 'state bod', 'security bod', 'state security', 'investigator', 'social serv', 'child protection', 'child-protection', 'child welfare', 'safeguarding'], previous: true },
  match: voluntaryDisclosure,
  fixtures: 'test/fixtures/rules/cl-voluntary-disclosure.md',
};
