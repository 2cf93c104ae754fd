/** cl-emergency-disclosure: cl-emergency-disclosure */
import { type ClauseRule, words } from './rule';
import type { SentenceContext, MatchDetail } from './context';
import { any, has } from './phrases';
import { addressedToRequesterRe, hasEmergency, noticeCommitRe, noticePromised, noticeReadings, isRequesterInstruction } from './shared/government';

/** Limits an emergency clause can set itself: a narrow trigger, the minimum data, a record, notice afterwards. */
const emergencyLimits = [
  any('only (?:where|if|when)', 'strictly necessary'),
  any('only (?:the )?(?:data|information|minimum)[^.;]{0,40}(?:needed|necessary|required)', 'minimum (?:data|information)'),
  any('\\brecord', '\\blog\\b'),
  any('\\btell', '\\bnotify', '\\binform(?!ation)'),
];

const emergencyDisclosure = (s: SentenceContext): boolean | MatchDetail => {
  const t = s.text;
  if (!hasEmergency(t)) return false;
  // Guidelines for requesters ("your cover sheet", "users should contact the police") are not terms.
  if (has(t, any('\\bplease\\b', 'should (?:be )?(?:submit|address|send|include)', '(?:may|can|should) be submitted')) || has(t, addressedToRequesterRe) || has(t, any('emergency calls?'))) return false;
  if (s.isListItem && (isRequesterInstruction(s.previous) || has(s.previous, any('\\b(?:must|should) (?:include|contain|state)')))) return false;
  if (has(t, any('emergency contact', 'reimburs', '\\bcharge', '\\bfees?\\b', 'emergency (?:maintenance|number|service(?!s))'))) return false;
  // "We notify users before disclosing, except in emergencies" is a notice term with an exception.
  if (has(t, noticeCommitRe) && has(t, any('except (?:in )?(?:some |certain |limited )?(?:emergenc|exigent)')) && !has(t, any('(?:not|without) (?:tell|notify|notice|informing)'))) return false;
  if (!has(t, any('disclos', '\\bshar(?:e|es|ed|ing)\\b', 'releas', 'provide', 'request', 'respond', 'law enforcement', 'authorit', 'give (?:[a-z]{1,20} ){0,2}information', '\\b(?:given|passed|handed|sent) to'))) return false;
  // "We notify users ... unless ... emergencies": the frame reads a notice promise whose exception names emergencies.
  if (has(t, any('\\b(?:unless|except)\\b[^.;]{0,160}(?:emergenc|exigent)')) && noticePromised(noticeReadings(t))) return false;
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
