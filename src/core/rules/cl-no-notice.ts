/** cl-no-notice: disclosure without telling, or a bar on telling (gag orders, delayed notice, secrecy periods). */
import type { ClauseRule } from './rule';
import type { SentenceContext, MatchDetail } from './context';
import { any, has } from './phrases';
import { isNatsecSecrecy } from './cl-natsec-secrecy';
import { anyAuthorityRe, handOverRe, isGovContext, isOrdinaryNotice, notGovernmentRe, noticePromised, noticeReadings, noticeWithheld, withLeadIn } from './shared/government';

/**
 * Named cases of not telling that stand on their own (the frame reads the plain "will not notify",
 * "without notice", "may delay notice", "prohibited from telling"): gag and secrecy orders, an
 * exception for emergencies or investigations, a request kept confidential for a period.
 */
const namedCaseRe = any(
  '\\bgag orders?',
  // The US statute under which a court orders a provider not to tell its user (18 U.S.C. 2705(b)).
  '\\b2705 ?\\(?b\\)?',
  'non-?disclosure (?:order|provision|period|requirement|obligation)',
  'secrecy (?:order|obligation|requirement|provision)',
  'confidentiality of (?:a |the |an )?(?:law enforcement |criminal |ongoing |official )?investigation',
  'exception (?:for|of) legal disclosure',
  'except (?:in the case of|for) legal disclosure',
  '(?:notice|notify)[^.]{0,80}unless[^.]{0,20}(?:for legal disclosure|to comply with (?:our |its )?legal obligations)',
  'rather than notif',
  '(?:notice|notify|tell)[^.]{0,120}except (?:in )?(?:some |certain |limited )?(?:emergenc|exigent)',
  'in (?:an )?emergenc\\w{0,4}[a-z ,]{0,60}(?:without|not|delay)',
  'exceptions? to (?:our|the|its) (?:user |customer )?notice',
  '\\b(?:keep|keeps|kept|treat|treats|treated|hold|holds|held)\\b (?:[a-z-]{1,20} ){0,3}?(?:request|demand|order|preservation)s? (?:as )?(?:confidential|secret)',
  '(?:confidential|secret) (?:for|during) (?:a |the |that )?(?:period|\\d{1,3}|[a-z]{1,20} (?:days|months))',
);

const exceptionalCaseRe = any('\\b(?:unless|except)\\b[^.;]{0,120}(?:exceptional|exigent|emergenc|counterproductive|child (?:sexual )?exploitation|threat to (?:life|safety)|danger to life|risk of (?:death|serious (?:physical )?(?:injury|harm)))');

// Reasons not to tell, which count only in a sentence about notice: an investigation it could obstruct.
const obstructRe = any('obstruct', 'prejudice (?:a |an |the )?(?:[a-z]{1,20} )?investigation', 'ongoing (?:[a-z]{1,20} )?investigation', 'jeopardi[sz]e (?:an? |the )?investigation');

const pleaseRe = any('\\bplease\\b');
const noticeWordRe = any('\\bnoti(?:ce|f)', '\\binform(?!ation)', '\\btell', '\\blet (?:[a-z]{1,20} ){1,3}?know\\b');
const noticeOrWaiverRe = any('\\bnotif', '\\bnotice', '\\binform(?!ation)', '\\btell', '(?:will|shall|does|do) not apply', 'need not');
const secrecyWordRe = any('\\bgag', 'non-?disclosure', 'secrecy', 'confidential', '\\b2705 ?\\(?b');
const noticeWithheldRe = any('prohibited (?:by [a-z ]{1,30})?from (?:notifying|informing|telling|providing notice)', '(?:delay|withhold|postpone)\\w{0,3} (?:the )?(?:notice|notification)');
const governmentContextRe = any('law enforcement', 'legal', 'government', 'request', 'authorit', 'notice', 'notification');
const governmentRequestRe = any('request', 'law enforcement', 'government', 'legal process', 'authorit');
const instrumentWordRe = any('law enforcement', 'subpoena', 'court', 'warrant\\b', 'legal process', 'government', 'investigation');
const withheldReasonRe = any('investigation', 'legal disclosure', 'emergenc', 'law enforcement', 'counterproductive', 'child (?:sexual )?(?:exploitation|abuse)', 'gag order', 'non-?disclosure order', 'requests? for (?:their|your|customer|user) data', 'preservation');

const noNoticeMatch = (s: SentenceContext, withheld: boolean): boolean => {
  const t = s.text;
  // Guidelines telling a requester how to claim a prohibition ("if you believe we are barred from telling, please say why").
  if (has(t, pleaseRe)) return false;
  // An exception for emergencies or exceptional cases counts in a sentence that speaks of telling.
  const named = has(t, namedCaseRe) || (has(t, exceptionalCaseRe) && has(t, noticeWordRe));
  const reason = !withheld && !named && has(t, obstructRe) && has(t, noticeOrWaiverRe);
  if (!withheld && !named && !reason) return false;
  if (isOrdinaryNotice(t)) return false;
  // A legal bar, a deliberate delay or a gag carries its own context.
  if ((named && has(t, secrecyWordRe)) || has(t, noticeWithheldRe)) {
    if (!has(t, notGovernmentRe)) return true;
  }
  if (has(s.heading, governmentContextRe) && has(`${s.heading} ${s.previous}`, governmentRequestRe)) return true;
  if (has(t, notGovernmentRe) && !has(t, instrumentWordRe)) return false;
  // Handing data to an authority without telling is the plainest case.
  if (withheld && has(t, anyAuthorityRe) && has(t, handOverRe)) return true;
  return isGovContext(s) || has(t, withheldReasonRe);
};

const exceptionReasonRe = any('emergenc', 'exigent', 'exceptional', 'counterproductive', 'discretion', 'investigation would', 'legal disclosure');
const noticeResumesRe = any('(?:prohibition|order|restriction)[^.;]{0,40}(?:lifted|narrowed|shortened|challenged)', '(?:once|as soon as|when|after) (?:[a-z]{1,20} ){0,3}(?:permitted|allowed|lifted|passed|ended|over|no longer (?:prohibited|applies|exists?))');

/** Disclosure without telling, or a bar on telling (gag orders, delayed notice, secrecy periods). */
const noNotice = (s: SentenceContext): boolean | MatchDetail => {
  // cl-natsec-secrecy already reports a national-security gag as no-notice, with its own explanation.
  if (isNatsecSecrecy(s.text)) return false;
  const hit = noNoticeMatch(s, noticeWithheld(noticeReadings(s.text)));
  if (!hit) return false;
  const readings = noticeReadings(withLeadIn(s));
  // A gag the provider promises to fight, with notice once it lifts, is a bounded risk; so is a notice
  // promise whose only exception is a legal bar, even when it names the gag (SCC-style "unless prohibited").
  const first = readings[0];
  const promisedWithBar = noticePromised(readings) && first!.frame.exception === 'legal-bar' && !has(s.text, exceptionReasonRe);
  const fought = has(s.text, noticeResumesRe);
  return promisedWithBar || fought ? { risk: 'medium' } : true;
};

/**
 * The gate. A hit needs a named case, a reason (obstructRe) or a withheld reading. Named cases and
 * reasons either carry a standalone gate word (gag, 2705, secrecy, investigation, emergency...) or
 * need "unless"/"except"/"rather than"/"confidential"/"nondisclosure"; a withheld reading is a notice
 * word the frame (frame.ts) finds negated (negationRe), barred (barredRe, "not allowed to") or put off
 * (deferredRe, deferredAfterRe). So without a standalone word, a sentence needs a notice word and one
 * of those. "no"/"not" count only before a non-word character (ASCII, as the scan sees it).
 */
const wordEnd = [...' !"#$%&\'()*+,-./:;<=>?@[\\]^`{|}~'];
const withheldOrExceptionWords = [
  'unless', 'except', 'rather than', 'confidential', 'nondisclos',
  'prohibit', 'forbid', 'bar', 'prevent', 'stop', 'preclud', 'restrain',
  'delay', 'postpon', 'defer', 'withh',
  'never', 'neither', 'nor', 'cannot', "'t", 'without', 'none',
  ...wordEnd.flatMap((c) => [`no${c}`, `not${c}`]),
];

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-no-notice',
  category: 'gov.no-notice',
  risk: 'high',
  arguments: ['arg-secrecy', 'arg-business-records'],
  gate: {
    words: ['2705', 'gag', 'disclosure order', 'non-disclosure', 'secrecy', 'secret', 'confidential for', 'confidential during', 'request confidential', 'requests confidential', 'investigation', 'legal disclosure', 'emergenc', 'obstruct', 'jeopardi', 'prejudice'],
    both: [['notif', 'notice', 'inform', 'tell', 'told', 'alert', 'advis', 'warn', 'you know', 'customer know', 'client know', 'user know', 'users know', 'them know', 'holder know', 'owner know', 'controller know', 'hear from'], withheldOrExceptionWords],
  },
  match: noNotice,
  fixtures: 'test/fixtures/rules/cl-no-notice.md',
};
