/** cl-no-notice: disclosure without telling, or a bar on telling (gag orders, delayed notice). */
import { type ClauseRule, words } from './rule';
import type { SentenceContext, MatchDetail } from './context';
import { any, has } from './phrases';
import { isGovContext, notGovernmentRe } from './shared/government';

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

/** Disclosure without telling, or a bar on telling (gag orders, delayed notice). */
const noNotice = (s: SentenceContext): boolean | MatchDetail => {
  const hit = noNoticeMatch(s);
  // A gag the provider promises to fight, with notice once it lifts, is a bounded risk.
  return hit && has(s.text, any('(?:prohibition|order|restriction)[^.;]{0,40}(?:lifted|narrowed|shortened|challenged)', '(?:once|as soon as|when) (?:[a-z]+ ){0,3}(?:permitted|allowed|lifted|no longer (?:prohibited|applies))')) ? { risk: 'medium' } : hit;
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-no-notice',
  category: 'gov.no-notice',
  risk: 'high',
  arguments: ['arg-secrecy', 'arg-business-records'],
  gate: words('notif', 'notice', 'inform', 'tell', 'gag', 'disclosure order', 'investigation', 'legal disclosure', 'emergenc', 'obstruct', 'jeopardi'),
  match: noNotice,
  fixtures: 'test/fixtures/rules/cl-no-notice.md',
};
