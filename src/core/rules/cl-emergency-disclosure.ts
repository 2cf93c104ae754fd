/** cl-emergency-disclosure: cl-emergency-disclosure */
import { type ClauseRule, words } from './rule';
import type { SentenceContext, MatchDetail } from './context';
import { any, has } from './phrases';
import { addressedToRequesterRe, hasEmergency, noticeCommitRe, noticePromised, noticeReadings, isRequesterInstruction } from './shared/government';

const onlyWhenRe = any('only (?:where|if|when)', 'strictly necessary');
const minimumDataRe = any('only (?:the )?(?:data|information|minimum)[^.;]{0,40}(?:needed|necessary|required)', 'minimum (?:data|information)');
const recordOrLogRe = any('\\brecord', '\\blog\\b');
const tellRe = any('\\btell', '\\bnotify', '\\binform(?!ation)');

/** Limits an emergency clause can set itself: a narrow trigger, the minimum data, a record, notice afterwards. */
const emergencyLimits = [
  onlyWhenRe,
  minimumDataRe,
  recordOrLogRe,
  tellRe,
];

const requesterGuidanceRe = any('\\bplease\\b', 'should (?:be )?(?:submit|address|send|include)', '(?:may|can|should) be submitted');
const emergencyCallRe = any('emergency calls?');
const requestContentRe = any('\\b(?:must|should) (?:include|contain|state)');
const notDisclosureEmergencyRe = any('emergency contact', 'reimburs', '\\bcharge', '\\bfees?\\b', 'emergency (?:maintenance|number|service(?!s))');
const exceptEmergencyRe = any('except (?:in )?(?:some |certain |limited )?(?:emergenc|exigent)');
const withoutNoticeRe = any('(?:not|without) (?:tell|notify|notice|informing)');
const disclosureActRe = any('disclos', '\\bshar(?:e|es|ed|ing)\\b', 'releas', 'provide', 'request', 'respond', 'law enforcement', 'authorit', 'give (?:[a-z]{1,20} ){0,2}information', '\\b(?:given|passed|handed|sent) to');
const unlessEmergencyRe = any('\\b(?:unless|except)\\b[^.;]{0,160}(?:emergenc|exigent)');

const emergencyDisclosure = (s: SentenceContext): boolean | MatchDetail => {
  const t = s.text;
  if (!hasEmergency(t)) return false;
  // Guidelines for requesters ("your cover sheet", "users should contact the police") are not terms.
  if (has(t, requesterGuidanceRe) || has(t, addressedToRequesterRe) || has(t, emergencyCallRe)) return false;
  if (s.isListItem && (isRequesterInstruction(s.previous) || has(s.previous, requestContentRe))) return false;
  if (has(t, notDisclosureEmergencyRe)) return false;
  // "We notify users before disclosing, except in emergencies" is a notice term with an exception.
  if (has(t, noticeCommitRe) && has(t, exceptEmergencyRe) && !has(t, withoutNoticeRe)) return false;
  if (!has(t, disclosureActRe)) return false;
  // "We notify users ... unless ... emergencies": the frame reads a notice promise whose exception names emergencies.
  if (has(t, unlessEmergencyRe) && noticePromised(noticeReadings(t))) return false;
  // Confined to the minimum and reported afterwards: still an emergency disclosure, but a bounded one.
  if (emergencyLimits.filter((re) => has(t, re)).length >= 2) return { risk: 'medium' };
  return true;
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-emergency-disclosure',
  category: 'gov.voluntary',
  risk: 'medium',
  arguments: ['arg-law-enforcement-need', 'arg-sca-focus'],
  gate: words('emergenc', 'exigent', 'danger', 'imminent', 'serious', 'risk of', 'vital interest', 'threat to', 'life', 'harm to'),
  match: emergencyDisclosure,
  fixtures: 'test/fixtures/rules/cl-emergency-disclosure.md',
};
