/** cl-customer-ownership: the customer owns its content, or the provider's use is limited. */
import { type ClauseRule, words } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';
import { trainingUse, withoutInnerDots } from './shared/records';
import { fewerSpacesThan } from '../text/normalize';

// A use limit stated of the data itself and tied to a named rule set: "may only be used according to our privacy notice".
const passiveUseLimitRe = any('\\b(?:data|information|content|files|material)\\b[^.;]{0,120}\\b(?:will|may|shall|can|is to|are to) only be (?:used|processed|accessed)\\b[^.;]{0,60}\\b(?:in accordance with|according to|in compliance with|as (?:described|set out) in|as permitted by)\\b');
// A processor bound to instructions (GDPR Art. 28, not labelled in DPAs) or a vendor's limit is not the provider's use limit.
const instructionsOrVendorRe = any('instructions?', 'sub-?processors?', 'subcontractors?', 'vendors?', 'third[- ]part');
// Who holds the rights in what an AI feature produces for the user.
const outputRightsRe = any('\\b(?:rights?|ownership|title)\\b[^.;]{0,40}\\bin (?:the |any |all |your )?(?:ai[- ])?(?:outputs?|output content|generated content)\\b');
const userPartyRe = any('\\byou\\b', '\\byour\\b', 'customer', 'users?\\b');
// Keeping data because a law requires it is a retention duty, not a statement of who may use it.
const retainedByLawRe = any('\\b(?:may|will|shall|must) (?:retain|keep|store|hold)\\b[^.;]{0,80}\\b(?:to the extent|where|as|if|for as long as) (?:it is )?(?:required|mandated|demanded) by\\b');
const onlyUseRe = any('\\b(?:only|solely|exclusively) (?:use|process|access|handle)\\w{0,3} (?:[a-z]{1,20} ){0,2}(?:content|data|files|information|documents) (?:to|for|as)\\b');

const definitionOrOthersWorkRe = any('" means', '^"?[a-z ]{1,30}"? means', 'licensors? retain', 'did not create', 'do not own');
const feedbackRe = any('feedback', 'suggestions');
const contentOrDataRe = any('content', 'data');
const ownershipOrIpRe = any('retains? (?:all )?ownership', 'intellectual property');
const providerServiceRe = any('(?:related to|in|of|to) the (?:website|services?|software|platform|site|technology)');
const customerContentRe = any('your (?:content|data)', 'customer (?:content|data)');
const deniedUseRe = any(
  '(?:do not|don\'t|does not|doesn\'t|will not|won\'t|shall not|never|no)\\b[^.;]{0,40}\\b(?:sell|rent|mine[ds]?|scan|analy[sz]e[ds]?|use|used|read)\\b[^.;]{0,40}\\b(?:files|contents?|chats?|messages|e-?mails?|documents|photos|mailbox|conversations|uploads|what you (?:say|write|store))\\b[^.;]{0,120}\\b(?:advertis|ads?\\b|ad targeting|marketing|commercial purposes|sponsored)',
  '(?:do not|don\'t|does not|doesn\'t|will not|won\'t|never) (?:claim|take|assert) (?:any )?(?:ownership|title|rights? (?:in|to|over))',
  '\\bno (?:[a-z]{1,20} ){0,3}(?:contents?|files|messages|chats|documents|photos)\\b[^.;]{0,60}\\b(?:mined|scanned|analy[sz]ed|used|read|sold)\\b[^.;]{0,40}\\b(?:advertis|ads?\\b|sponsored|marketing)',
  '(?:for|and) no other purposes?',
  '(?:disclose|access|use|process)\\w{0,3} (?:[a-z]{1,30} ){0,3}(?:files|content|data) only in (?:the )?(?:limited )?(?:circumstances|cases)',
);
const otherPartyLimitRe = any('confidential information', 'third[- ]part', 'vendors?', 'providers?', 'sub-?processors?', 'subcontractors?', '^\\W{0,3}(?:you|the customer|customer|each party)\\b');
const keptMoralRightsRe = any('\\b(?:retains?|keeps?|reserves?) (?:all )?(?:your )?moral rights');
const ownershipStatementRe = any(
  '(?:are|is|remain|remains) yours(?: and yours alone)?\\b',
  '\\b(?:content|data|files|work|uploads?|upload|create|creations?|documents|materials|everything|whatever|anything)\\b[^.;]{0,60}\\bstays? (?:entirely |always |solely )?yours\\b',
  'owned by (?:you|the customer|customer|the user|users)\\b',
  '(?:you|customer|client|users?)\\b[^.;]{0,120}?\\b(?:retains?|keeps?|owns?|maintains?) (?:all |any )?(?:right|ownership|title|intellectual|copyright|control|full control|the rights)(?![^.;]{0,80}(?:in|to) the (?:services?|website|software|technology))',
  'remain(?:s)? (?:yours|your property|owned by)',
  // The property of the customer (the provider's property is cl-provider-data-rights).
  '(?:remain(?:s)?|is|are|shall (?:be|remain)|will (?:be|remain)) (?:the (?:sole |exclusive )?property of (?:you|your|the customer|customer|the client|the user|users)\\b|your property)',
  'your data,? not ours',
  'it is your data',
  'you own (?:the |your |all )?(?:content|data|files|documents|materials|uploads|photos|videos|work)',
  'claim no (?:ownership|rights?|title)',
  // "Nothing in these terms transfers ownership of your data to us."
  'nothing in (?:these|this|the) (?:[a-z]{1,20} ){0,3}(?:transfers?|grants?|gives?|assigns?|conveys?) (?:[a-z]{1,20} ){0,2}(?:ownership|title|rights?)',
  // "Customer owns all Output generated for it."
  '(?:you|customer|client|users?) (?:owns?|retains?) (?:all |any )?(?:rights in )?(?:the )?(?:ai[- ])?outputs?\\b',
  '(?:does|do|will) not (?:grant|give|transfer) (?:[a-z]{1,30} ){0,3}(?:any )?(?:right|ownership|title)',
  'not grant (?:[a-z]{1,30} ){0,2}the right to (?:sell|distribute|use)',
  '(?:will|shall) only (?:access, )?(?:access|use)(?:,? (?:and )?(?:otherwise )?(?:use|process))* (?:customer |your )?(?:data|content)',
  'retain ownership',
  'still have control',
  'licen[cs]es? (?:you grant|granted) (?:to )?(?:us )?(?:will )?end',
  'acquires? no (?:title|ownership|right)',
  'belongs? to (?:you|the customer|customer|the client)',
  '\\b(?:rights?|title|ownership|copyright|data|content|files|materials)\\b[^.;]{0,60}\\bremain(?:s)? with (?:you|the customer|customer|the client|the user)\\b',
  '(?:will|shall) not (?:access|use|look at|read|view|open|inspect)[^.;]{0,40}(?:content|data|files|documents|messages|workspace|account)[^.;]{0,30}(?:for any purpose other than|except (?:to|as|when|where))',
  '(?:may|will|shall) (?:only )?(?:(?:access|collect|store|process|use)(?:,| and| or){1,2} ){0,3}(?:use|process|access) [^.;]{0,60}\\bonly (?:to|for) (?:operate|provide|run|secure|maintain|bill|invoice|support|deliver)',
);

/** The customer owns its content, or the provider's use is limited. */
const customerOwnership = (s: SentenceContext): boolean => {
  const t = withoutInnerDots(s.text);
  if (has(t, definitionOrOthersWorkRe)) return false;
  if (has(t, feedbackRe) && !has(t, contentOrDataRe)) return false;
  // Table cells and titles ("Devices we infer belong to you") and lead-ins ending in a colon state nothing.
  if ((fewerSpacesThan(t, 6) && !/[.!]\s{0,5}$/.test(t)) || /:\s{0,5}$/.test(t)) return false;
  // The provider's own IP in its service is not about the customer's data.
  if (has(t, ownershipOrIpRe) && has(t, providerServiceRe) && !has(t, customerContentRe)) return false;
  if (has(t, retainedByLawRe)) return false;
  if (trainingUse(t) === 'protection') return true;
  // Uses the provider denies itself: no selling, no ads, no mining of the customer's material.
  if (has(t, deniedUseRe)) return true;
  // "We only use your content to run the service": a use limit, unless it binds the customer, a vendor or confidential information.
  if (has(t, onlyUseRe) && !has(t, otherPartyLimitRe)) return true;
  if (has(t, passiveUseLimitRe) && !has(t, instructionsOrVendorRe)) return true;
  if (t.includes('output') && has(t, outputRightsRe) && has(t, userPartyRe)) return true;
  // Keeping moral rights is ownership; waiving them is not (the provider takes nothing by it).
  if (has(t, keptMoralRightsRe)) return true;
  return has(t, ownershipStatementRe);
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-customer-ownership',
  category: 'records.ownership',
  risk: 'mitigating',
  arguments: ['arg-business-records', 'arg-trust'],
  gate: words('look at', 'not read', 'not view', 'not open', 'not inspect', 'remain with', 'remains with', 'nothing in', 'access and use', 'access, use', 'output', 'only be used', 'only be processed', 'only be accessed', 'only use', 'only process', 'only access', 'only handle', 'solely', 'exclusively', 'mined', 'advertis', 'ads', 'ad targeting', 'marketing', 'commercial purposes', 'sponsored', 'claim', 'moral', 'right', 'ownership', 'title', 'intellectual', 'control', 'property', 'yours', 'owned by', 'not ours', 'your data', 'you own', 'licen', 'belong', 'not access', 'not use', 'only to', 'only for', 'only in', 'acquire', 'train', 'fine-tun', 'model', 'machine learning', 'artificial', 'ai ', 'no other purpose'),
  match: customerOwnership,
  fixtures: 'test/fixtures/rules/cl-customer-ownership.md',
};
