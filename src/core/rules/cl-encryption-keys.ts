/** cl-encryption-keys: encryption under keys the customer holds, or the provider cannot read the content. */
import { type ClauseRule, words } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';

/** Encryption under keys the customer holds, or the provider cannot read the content. */
const encryptionKeys = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, any('customer[- ]managed keys?', 'bring your own key', '\\bbyok\\b', '\\bhyok\\b', 'hold your own key', 'customer key\\b', 'external key manage', 'keys? (?:are |remain )?(?:under|in) (?:your|the customer\'s|customer\'s) (?:sole )?control', '(?:you|customer|user) (?:holds?|controls?|manages?|keeps?) (?:the |your |its )?(?:own )?(?:encryption |decryption |private )?keys', 'end-to-end encrypt', 'zero[- ]knowledge', 'encrypted (?:locally )?on your (?:local )?device', 'client-side encrypt', '(?:keys?|key material) (?:that )?(?:it|you|the customer|customer) (?:holds?|controls?|keeps?)', 'unreadable to (?:us|provider|the provider|[a-z]+) ', 'revok\\w* (?:the |its |your )?(?:encryption )?keys?'))) return true;
  if (has(t, any('(?:does|do|will) not (?:hold|have|possess|store|keep) (?:[a-z]+ ){0,2}(?:the )?(?:decryption |encryption |private )?keys'))) return true;
  if (has(t, any('(?:cannot|can not|can\'t|unable to|no (?:ability|way|means)(?: or obligation)? to|not able to) (?:[a-z]+ ){0,3}(?:read|access|decrypt|recover|see|view)')) && has(t, any('encrypt', 'password', 'keys?\\b', 'zero[- ]knowledge')) && !has(t, any('without authori'))) {
    return !has(t, any('you (?:cannot|can\'t|are unable to) (?:access|use) the service', 'if you cannot'));
  }
  return false;
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-encryption-keys',
  category: 'security.customer-keys',
  risk: 'mitigating',
  arguments: ['arg-control-not-location', 'arg-trust', 'arg-comity-conflict'],
  gate: words('key', 'byok', 'hyok', 'end-to-end', 'zero', 'encrypt', 'client-side', 'unreadable', 'revok', 'password'),
  match: encryptionKeys,
  fixtures: 'test/fixtures/rules/cl-encryption-keys.md',
};
