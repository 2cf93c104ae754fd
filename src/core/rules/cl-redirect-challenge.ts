/** cl-redirect-challenge: redirect the authority, contest or narrow the demand, or disclose only the minimum. */
import { type ClauseRule, withPrevious } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';
import { anaphoricRe, isGovContext, notGovernmentRe } from './shared/government';

const demandWordRe = any('request', 'demand', 'order', 'subpoena', 'process', 'disclos', 'compel', '\\blaw', 'legal', 'authorit', 'government', 'enforcement', 'warrant', 'court');

/** Redirect the authority, contest or narrow the demand, or disclose only the minimum. */
const redirectChallenge = (s: SentenceContext): boolean => {
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

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-redirect-challenge',
  category: 'gov.challenge',
  risk: 'mitigating',
  arguments: ['arg-mlat', 'arg-comity-conflict', 'arg-business-records', 'arg-customer-nationality', 'arg-trust'],
  gate: withPrevious('redirect', 'quash', 'protective order', 'confidential treatment', 'broad', 'narrow', 'directly', 'object', 'default', 'appeal', 'challeng', 'contest', 'seek', 'minimum', 'only', 'scrutini', 'review', 'assess', 'evaluat', 'examin', 'limit', 'refuse', 'push back', 'reject', 'verify', 'oppos', 'request that', 'all legal', 'unable to process', 'obtain', 'request'),
  match: redirectChallenge,
  fixtures: 'test/fixtures/rules/cl-redirect-challenge.md',
};
