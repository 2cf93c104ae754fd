/** cl-customer-ownership: the customer owns its content, or the provider's use is limited. */
import { type ClauseRule, words } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';

/** The customer owns its content, or the provider's use is limited. */
const customerOwnership = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, any('" means', '^"?[a-z ]+"? means', 'licensors? retain', 'did not create', 'do not own'))) return false;
  if (has(t, any('feedback', 'suggestions')) && !has(t, any('content', 'data'))) return false;
  return has(t, any(
    '(?:you|customer|client|users?)\\b[^.;]{0,120}?\\b(?:retains?|keeps?|owns?|maintains?) (?:all )?(?:right|ownership|title|intellectual|control|full control|the rights)(?![^.;]{0,80}(?:in|to) the (?:services?|website|software|technology))',
    'remain(?:s)? (?:the property of|yours|your property|owned by)',
    'your data,? not ours',
    'it is your data',
    'you own (?:the |your |all )?(?:content|data)',
    'claim no ownership',
    '(?:does|do|will) not (?:grant|give|transfer) (?:[a-z]+ ){0,3}(?:any )?(?:right|ownership|title)',
    'not grant (?:[a-z]+ ){0,2}the right to (?:sell|distribute|use)',
    '(?:will|shall) only (?:access, )?(?:access|use)(?:,? (?:and )?(?:otherwise )?(?:use|process))* (?:customer |your )?(?:data|content)',
    'moral rights',
    'retain ownership',
    'still have control',
    'licen[cs]es? (?:you grant|granted) (?:to us )?(?:will )?end',
    'acquires? no (?:title|ownership|right)',
    'belongs? to (?:you|the customer|customer|the client)',
    '(?:will|shall) not (?:access|use)[^.;]{0,40}(?:content|data)[^.;]{0,30}(?:for any purpose other than|except (?:to|as))',
    '(?:may|will|shall) (?:only )?use [^.;]{0,60}\\bonly (?:to|for) (?:operate|provide|run|secure|maintain|bill|invoice|support|deliver)',
  ));
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-customer-ownership',
  category: 'records.ownership',
  risk: 'mitigating',
  arguments: ['arg-business-records', 'arg-trust'],
  gate: words('right', 'ownership', 'title', 'intellectual', 'control', 'property', 'yours', 'owned by', 'not ours', 'your data', 'you own', 'only access', 'only use', 'licen', 'belong', 'not access', 'not use', 'only to', 'only for', 'acquire'),
  match: customerOwnership,
  fixtures: 'test/fixtures/rules/cl-customer-ownership.md',
};
