/** cl-redirect-challenge: redirect the authority, contest or narrow the demand, or disclose only the minimum. */
import type { ClauseRule } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';
import { anaphoricRe, isGovContext, notGovernmentRe } from './shared/government';

const demandWordRe = any('request', 'demand', 'order', 'subpoena', 'process', 'disclos', 'compel', '\\blaw', 'legal', 'authorit', 'government', 'enforcement', 'warrant', 'court', 'jurisdiction', '(?:proper|improper|valid) service', '\\bprohibition');

const strongCueRe = any(
  'redirect\\w{0,20} (?:the |any |such )?(?:[a-z]{1,20} ){0,2}(?:authorit|agenc|request|law enforcement|government|requester|demand)',
  'quash',
  'protective order',
  'confidential treatment',
  'overly broad',
  'narrow (?:it|them|the (?:request|demand|order|scope))',
  'seek to narrow',
  '(?:obtain|seek|request|get)\\w{0,20} (?:[a-z]{1,20} ){0,4}directly from (?:the )?(?:customer|client|you|user)',
  '(?:obtain|seek|request|get)\\w{0,20} (?:[a-z]{1,20} ){0,4}from (?:the )?(?:customer|client|user)s? directly',
  'reserves? the right to object',
  'default (?:stance|position) is to refuse',
  'choose not to appeal',
  // Asking a court to lift, narrow or time-limit a gag; sending the requester to the customer; resisting.
  '(?:ask|asks|seek|seeks|apply|applies|move|moves|petition|petitions)\\w{0,3} (?:[a-z]{1,20} ){0,4}?to (?:have (?:it |them |the [a-z-]{1,20} )?)?(?:lift|set aside|vacate|modify|narrow|shorten|end|remove|limit)\\w{0,2}\\b',
  '(?:obtain|seek|request|get)\\w{0,3} (?:[a-z]{1,20} ){0,4}?from (?:you|the customer|the client|the user|customers?|clients?|users?) (?:instead|directly|themselves)',
  'exhaust\\w{0,3} (?:all |any |every )?(?:available )?(?:legal |lawful )?(?:remedies|means|avenues|options)',
  'push(?:es)? back',
  'more (?:data|information|records) than (?:[a-z]{1,20} ){0,4}?(?:necessary|needed|required|requires|requested)',
  '(?:tell|ask|direct|instruct|invite)\\w{0,3} (?:the |any |such )?(?:authorit|agenc|requester|police|law enforcement|official|them\\b)\\w{0,4} to (?:ask|contact|approach|request|seek)[^.;]{0,30}(?:customer|client|user|controller|account holder|company|business|organi[sz]ation|owner)',
  '\\bminimi[sz]\\w{0,4} (?:the )?(?:data|information|disclosure|scope)',
  '\\bhave (?:it |them |the |any |such )?(?:[a-z-]{1,20} ){0,2}?(?:orders?|gags?|prohibitions?|requests?|demands?|requirements?) (?:lifted|set aside|vacated|quashed|narrowed|modified|withdrawn)',
  '\\bonly (?:disclose|provide|produce|share|release|hand over)\\b[^.;]{0,40}(?:required|necessary|needed|requested)',
  '(?:ask|asks|request|requests|require|requires|insist|insists)\\w{0,3} (?:that )?(?:any |the |such |all )?(?:non-?disclosure|secrecy|gag|confidentiality) (?:[a-z]{1,20} ){0,6}?(?:include|be limited|specify|state|have|last|expire)',
  'refer\\w{0,3} (?:the |any |such )?(?:[a-z]{1,20} ){0,2}?(?:authorit\\w{0,4}|law enforcement|police|agenc\\w{0,4}|requesters?|government\\w{0,2}|officials?)\\b[^.;]{0,60}?\\bto (?:the |our |its |their )?(?:customer|client|user|account holder|controller|data controller)',
  '\\bresist\\w{0,3}\\b',
  '(?:every|all|any) (?:available )?(?:lawful|legal|reasonable) (?:means|remedies|steps)',
  'legal action to (?:contest|challenge|oppose|resist)',
  'not waive (?:any |its |our |their )?(?:objections?|rights? to object)',
  '(?:perform|performs|conduct|conducts|carry out|carries out|undertake|undertakes)\\w{0,3} (?:a |an )?(?:careful |legal |thorough |detailed |case-by-case )?(?:review|analysis|assessment|examination) of (?:the |each |every |any |all )?(?:[a-z]{1,20} ){0,3}?(?:requests?|demands?|orders?)',
  'review\\w{0,3} of (?:each|every|all|any) (?:[a-z]{1,20} ){0,3}?(?:requests?|demands?|orders?)',
  '(?:directed|referred|sent|pointed|told) to (?:obtain|request|get|access|download)[^.;]{0,60}(?:on (?:their|his|her) own|themselves|from (?:the |their |his |her )?(?:own )?(?:account|user|customer))',
  '(?:production|disclosure|release) of only\\b',
  // Refusing bulk access: only what a particular demand covers.
  '\\b(?:never|not|no|refuse\\w{0,2})\\b (?:[a-z]{1,20} ){0,3}?bulk (?:access|disclosure|collection|data|requests?)',
  // Sending the requester on to the customer; giving only the records an order names; getting a gag waived.
  '\\bsend\\w{0,3} (?:the |any |such )?(?:requester|requesting (?:party|authority|agency)|authorit\\w{0,4}|agenc\\w{0,4}|police|law enforcement|officials?)\\b (?:[a-z]{1,20} ){0,2}?to (?:you|the customer|the client|the user|the controller|the data controller|the account holder)\\b',
  '\\b(?:only|solely) (?:provide|disclose|produce|share|release|hand over)\\w{0,2} (?:the )?(?:specific |particular )?(?:records|data|information|content)\\b[^.;]{0,40}\\b(?:named|specified|listed|identified|described)\\b',
  '\\b(?:seek|obtain|request|ask for)\\w{0,3} (?:[a-z]{1,20} ){0,3}?(?:waiver|lifting|removal|release) (?:of|from) (?:any |the |such )?(?:prohibition|gag|non-?disclosure|secrecy|confidentiality)',
);
const challengeCueRe = any(
  'challeng\\w{0,20} (?:[a-z]{1,20} ){0,3}(?:request|demand|order|subpoena|process|disclosure|it\\b|them\\b|validity|legality)',
  'contest\\w{0,20} (?:[a-z]{1,20} ){0,3}(?:request|demand|order|subpoena|process|disclosure|it\\b|them\\b|validity|legality)',
  '\\bobject\\b(?! to (?:a |the |any )?(?:sub|new))',
  'narrow (?:it|them|the|its|any|a)\\b',
  'seek (?:a |an )?(?:remedy|order)',
  '(?:bare )?minimum',
  'only (?:[a-z]{1,20} ){0,3}(?:the )?(?:personal )?(?:data|information)(?: [a-z]{1,20}){0,6}? (?:strictly |specifically |expressly |legally )?(?:required|necessary|requested|obliged|compelled)',
  '(?:scrutini[sz]|review|assess|evaluat|examin)\\w{0,20} (?:the legality of )?(?:every|each|all|any)[a-z ]{0,30}requests?',
  'limit (?:the )?(?:communication|disclosure|scope)',
  'limited (?:emergency )?(?:disclosure|information|data)',
  'refuse',
  'push back',
  'reject',
  '\\bappeal\\b',
  'verify (?:the )?(?:validity|legitimacy)',
  '(?:scrutini[sz]|review|assess|evaluat|examin|check|verif)\\w{0,4} (?:[a-z]{1,20} ){0,4}?(?:legality|lawfulness|validity|legitimacy|proportionality|legal basis)',
  '(?:checks?|verif(?:y|ies)|assess(?:es)?|confirms?) (?:whether|that) (?:the |each |a |any |every )?(?:request|demand|order)s? (?:is|are) (?:valid|lawful|legal|proportionate|legitimate)',
  '\\b(?:disclose|provide|produce|share|hand over|release)s? only\\b',
  '\\bdecline\\w{0,2} (?:to (?:comply|respond|disclose|produce|provide|hand)|(?:the |such |any |those |these )?(?:requests?|demands?|orders?))\\b',
  'review\\w{0,20} (?:[a-z]{1,20} ){0,3}requests? (?:for|to (?:ensure|confirm|verify)) (?:[a-z]{1,20} ){0,2}(?:validity|legal sufficiency|legality|lawfulness)',
  'oppos',
  'request (?:that )?(?:the )?(?:authority|agency|requester) (?:obtain|seek)',
  'all legal avenues',
  'unable to process',
);
const subprocessorRe = any('sub-?processor', 'subcontractor');
const governmentRe = any('authorit', 'law enforcement', 'government');
const governmentProcessRe = any('law enforcement', 'subpoena', 'court order', 'warrant\\b', 'legal process', 'government');
const customerChallengesRe = any('(?:they|you|customer|users?|owners?)(?:s)? (?:can|may|could) (?:have an opportunity to )?(?:challenge|contest|seek|object)', 'opportunity to (?:challenge|contest|object|seek)');
const assistRe = any('cooperat', 'assist', 'help', 'support');
// Objections kept to jurisdiction or to how papers were served concern legal process too.
const demandRe = any('request', 'demand', 'order', 'subpoena', 'process', 'disclos', 'gag', 'secrecy', '\\bprohibition', '\\bjurisdiction', '(?:proper|improper|valid) service');
const governmentHeadingRe = any('law enforcement', 'legal', 'government', 'request', 'authorit');
const demandNounRe = any('\\b(?:orders?|requests?|demands?|subpoenas?|warrants?)\\b');
const unlawfulDemandRe = any('unlawful', 'invalid', 'illegal', 'overbroad', 'overly broad', 'legality', 'lawfulness', 'inconsistent with', 'contrary to', 'conflicts? with');
const compelledDisclosureRe = any('disclos', 'compelled', 'legal process', 'required by law');
const narrowingRe = any('minimum', 'narrow', 'contest', 'challenge', 'protective order', 'confidential treatment', 'oppos', 'appeal', 'verify', 'limited', 'review', 'only (?:disclose|provide|produce|share)');
const disclosureOrDemandRe = any('disclos', 'hand\\w{0,3} over', '\\b(?:orders?|demands?|warrants?|subpoenas?)\\b');
const ownRequestRe = any('your (?:rights )?request', 'deny', 'identity');
const onlyWhatIsNeededRe = any('(?:disclose|provide|produce|share|release)s? only', 'strictly necessary', '(?:whether|that) (?:the |each |a |any |every )?(?:request|demand|order)s? (?:is|are) (?:valid|lawful|legal|proportionate)');

/** Redirect the authority, contest or narrow the demand, or disclose only the minimum. */
const redirectChallenge = (s: SentenceContext): boolean => {
  const t = s.previous && anaphoricRe.test(s.text) ? `${s.previous} ${s.text}` : s.text;
  // Every way to a match needs a demand, a disclosure or a legal word in the sentence (or a demand-like heading).
  if (!has(t, demandWordRe) && !has(s.heading, demandWordRe)) return false;
  // The strong cues are asked twice: once for any cue, once for a cue that needs no demand word.
  const strong = has(t, strongCueRe);
  const cue = strong || has(t, challengeCueRe);
  if (!cue) return false;
  if (has(t, subprocessorRe) && !has(t, governmentRe)) return false;
  if (has(s.text, notGovernmentRe) && !has(s.text, governmentProcessRe)) return false;
  // The customer's own chance to challenge (after notice) is notice, not a provider commitment.
  if (has(t, customerChallengesRe) && !has(t, assistRe)) return false;
  if (isGovContext(s, t)) return true;
  if (strong && (has(t, demandRe) || has(s.heading, governmentHeadingRe))) return true;
  // Contesting an order as unlawful is itself about a legal demand.
  if (has(t, demandNounRe) && has(t, unlawfulDemandRe)) return true;
  if (has(t, compelledDisclosureRe) && has(t, narrowingRe)) return true;
  // Handing over only what is needed, or only after checking that the demand is valid.
  return has(t, disclosureOrDemandRe) && !has(t, ownRequestRe) &&
    has(t, onlyWhatIsNeededRe);
};

/**
 * The gate. Every hit needs a cue (strongCueRe or challengeCueRe) in the text the matcher reads: the
 * sentence, or the previous one with it only when the sentence opens like anaphoricRe. So the gate
 * needs a cue word in the sentence or one of those openers, not a cue word in any previous sentence.
 * Each cue alternative contains one of `cueWords` ("request" alone is not needed: the cues that say
 * it also say "directly", "to request", "request that", a gag or a prohibition), or is a "refer",
 * "send" or "only" cue with a word of the second list of `referSendOrOnly`.
 */
const cueWords = ['invite', 'directed', 'direct the', 'direct them', 'direct any', 'direct such', 'more data', 'more information', 'more records', 'to ask', 'to contact', 'to approach', 'to request', 'minimi', 'inconsistent', 'contrary', 'conflicts with', 'conflict with', 'exhaust', 'push back', 'pushes back', 'resist', 'lift', 'set aside', 'referred to', 'lawful means', 'legal means', 'legal action', 'waive', 'lawfulness', 'legality', 'validity', 'legitimacy', 'legal basis', 'proportion', 'decline', 'check whether', 'checks whether', 'checking whether', 'check that', 'checks that', 'checking that', 'confirm that', 'confirms that', 'verif', 'secrecy', 'non-disclosure', 'nondisclos', 'gag', 'confidentiality', 'prohibition', 'redirect', 'quash', 'protective order', 'confidential treatment', 'broad', 'narrow', 'directly', 'instead', 'themselves', 'object', 'default', 'appeal', 'challeng', 'contest', 'seek', 'minimum', ...['provide', 'disclose', 'produce', 'share', 'release', 'hand over'].map((v) => `solely ${v}`), 'scrutini', 'review', 'analysis of', 'assess', 'evaluat', 'examin',
  'limit the communication', 'limit the disclosure', 'limit the scope', 'limit communication', 'limit disclosure', 'limit scope', 'limited disclosure', 'limited information', 'limited data', 'limited emergency', 'to limit', 'to have', 'to vacate', 'to modify', 'to shorten', 'to end', 'to remove', 'vacated', 'modified', 'withdrawn',
  'legal remedies', 'legal steps', 'lawful remedies', 'lawful steps', 'reasonable means', 'reasonable remedies', 'reasonable steps', 'sent to', 'pointed to', 'told to',
  'refuse', 'reject', 'verify', 'oppos', 'request that', 'all legal', 'unable to process', 'obtain', 'bulk'];
/** "Refer" and "send" cues name the authority sent on; "only" cues name the disclosure or the data. */
const referSendOrOnly: readonly [string[], string[]] = [['refer', 'send', 'only'], ['authorit', 'enforcement', 'police', 'agenc', 'requester', 'requesting', 'government', 'official', 'disclos', 'provid', 'produc', 'shar', 'releas', 'hand over', 'data', 'information']];
/** The openers of anaphoricRe, with which the matcher reads the previous sentence too. */
const anaphoricOpeners = [...['that', 'such', 'this', 'either', 'each'].flatMap((d) => [`in ${d} case`, `in ${d} event`, `in ${d} a case`, `in ${d} a event`]), 'if so', 'if that happens', 'if this happens', 'where this happens', 'in such circumstances', 'likewise', 'similarly'];

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-redirect-challenge',
  category: 'gov.challenge',
  risk: 'mitigating',
  arguments: ['arg-mlat', 'arg-comity-conflict', 'arg-business-records', 'arg-customer-nationality', 'arg-trust'],
  gate: { words: [...cueWords, ...anaphoricOpeners], both: referSendOrOnly },
  match: redirectChallenge,
  fixtures: 'test/fixtures/rules/cl-redirect-challenge.md',
};
