/** cl-encryption-keys: encryption under keys the customer holds, or the provider cannot read the content. */
import { type ClauseRule, words } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';

/** Encryption under keys the customer holds, or the provider cannot read the content. */
// Keys only the customer (and whoever it writes to) knows.
const ownKeysRe = any(
  '\\bkeys?\\b[^.;]{0,40}\\b(?:known|held|stored|kept|controlled|generated|created|made)\\b (?:only )?(?:to|by|on) (?:you|the user|the customer|customer|your device|users|the sender|(?:the )?(?:participants\'?|users\'|your|their|each user\'s|each participant\'s) (?:own )?devices?)',
  // A key made from something only the user knows, or that never leaves the user's machine.
  '\\bkeys?\\b[^.;]{0,40}\\b(?:derived|generated|created) from (?:your|the user\'s|a user\'s|their) (?:own )?(?:passphrase|password|master password|recovery phrase)',
  '\\b(?:passphrase|password|master password|private key|keys?)\\b[^.;]{0,40}\\b(?:never|does not|doesn\'t|do not|don\'t) leaves? (?:your|the user\'s|their) (?:own )?(?:device|computer|phone|browser)',
  // Only the people talking can read it; the user's secret is never sent.
  '\\bonly (?:the )?(?:intended )?(?:recipients?|participants|sender and (?:the )?recipients?|you and (?:the )?(?:people|person) you [a-z]{1,20}(?: with)?) (?:can|could|are able to|will be able to) (?:decrypt|read|see|access)',
  '\\b(?:master password|passphrase|private key|encryption key|recovery (?:key|phrase|code))s?\\b[^.;]{0,30}\\b(?:is|are) never (?:transmitted|sent|shared|uploaded|stored|disclosed)',
  '\\bencrypted client[- ]side\\b', '\\bonly (?:ever )?(?:store|receive|see|hold) (?:the )?(?:ciphertext|encrypted (?:data|blobs?|files))',
  // "Nobody, including us, can decrypt it."
  '\\b(?:nobody|no one|no-one)\\b[^.;]{0,10}\\b(?:including|not even|even) (?:us|we)\\b[^.;]{0,10}\\b(?:can|could|is able to|will be able to)\\b[^.;]{0,10}\\b(?:decrypt|read|access|see)',
  '\\bkeys? (?:that|which) only (?:you|the user|the customer|users)',
  '\\bkeys? only (?:you|the user|the customer|users) (?:hold|holds|have|has|possess|possesses|know|knows|control|controls)\\b',
  // Encrypted on the user's side before anything is sent; the provider never gets the readable form.
  '\\bencrypted (?:[a-z]{1,20} ){0,2}before (?:it|they|the data|your data|the files?|files?) (?:leaves? (?:your|the user\'s|their) (?:own )?(?:device|computer|phone|browser|machine)|(?:is|are) (?:sent|uploaded) to (?:us|our servers|the service))\\b',
  '\\b(?:we|the provider|provider) (?:never|do not|don\'t|does not|doesn\'t) (?:receive|see|get|store|hold)\\b[^.;]{0,40}\\bin (?:readable|plain|clear|unencrypted|decrypted)(?: ?text| form)?\\b',
  '\\bkeys?\\b[^.;]{0,30}\\bnot known to (?:the server|us|provider|[a-z]{1,30})',
  '\\bkeys? (?:that|which) we (?:do not|don\'t|never) (?:have|hold|see|know)',
  '\\bwe (?:do not|don\'t|never) (?:have|hold|see|know|store) (?:the |your |any )?(?:encryption |decryption |private )?keys?\\b',
  '\\b(?:indecipherable|unreadable|unintelligible|random (?:data|garbage|sequences))\\b[^.;]{0,60}\\b(?:except|without|to (?:us|everyone))',
);
// The provider cannot read the content at all (not: some staff, intruders, or people abroad cannot).
const cannotReadRe = any(
  '\\b(?:cannot|can ?not|can\'t|(?:is|are) unable to|(?:has|have) no (?:[a-z]{1,20} )?(?:way|means|ability)(?: or obligation)? to|no way for us)\\b[^.;]{0,60}\\b(?:access|read|see|decrypt|view|learn|know)\\b',
  '\\b(?:does|do) not have access to (?:the |your |any )?(?:actual )?(?:[a-z]{1,30} )?(?:content|contents|data|messages|files|vault)',
  '\\b(?:has|have) no access to (?:the |your |any )?(?:[a-z]{1,30} )?(?:content|contents|data|messages|files|vault)',
);
// A private key the user sets up for its own backups; "we do not know what this data says".
const userPrivateKeyRe = any('\\b(?:your|a|an|their) (?:own )?private (?:encryption )?key\\b(?![^.;]{0,40}\\b(?:we|our) (?:hold|keep|store|manage))');
const opaqueRe = any('\\bwe (?:do not|don\'t|cannot|can\'t) (?:know|see|tell) what\\b[^.;]{0,30}\\b(?:data|content|messages?|files?)\\b[^.;]{0,20}\\b(?:means?|stands? for|says?|contains?)');
// Content that exists in readable form only on the user's (and the recipient's) devices, never on the provider's servers.
const onDeviceOnlyRe = any('\\b(?:processed|stored|kept|decrypted|readable|held) (?:only|solely|exclusively) on (?:your|the user\'s|users\'|their|the sender\'s|each) (?:own )?(?:[a-z]{1,20} )?(?:devices?|phones?|computers?)');
const deviceContentRe = any('\\b(?:messages?|media|files?|contents?|calls?|chats?|vault|notes|photos|conversations)\\b');
const contentWordRe = any('content', 'data', 'messages?', 'files?', 'vault', 'chats?', 'notification', 'what (?:content|you)');
const partialSubjectRe = any('intruders?', 'attackers?', 'unauthori[sz]ed', 'engineers', '\\blocal (?:staff|personnel|employees|authorit\\w{0,4}|engineers|teams?)\\b', 'personnel', 'staff', 'employees', 'third parties', 'outside (?:of )?the', 'other users', 'hackers?');

// End-to-end encryption names who can read ("not even our staff"): the partial-subject exclusion below does not apply.
const endToEndRe = any('end-to-end encrypt', 'zero[- ]knowledge');
// End-to-end encryption denied, contrasted or only planned, or the provider saying it can read: no claim at all.
const endToEndDeniedRe = any('\\b(?:not|never|no longer|isn\'t|aren\'t|without)\\b (?:[a-z]{1,20} )?(?:end-to-end|zero[- ]knowledge)', '\\bunlike\\b[^.;]{0,60}(?:end-to-end|zero[- ]knowledge)', '(?:in the future|plans? to|intend to|roadmap)', '\\bwe (?:can|may|are able to|will) (?:read|access|see|view|scan)\\b');
const pointerRe = any('white ?paper', 'download', 'learn more');
const adminCannotReadRe = any('(?:administrator|admin|owner|manager|member|parent|organi[sz]er)s? (?:cannot|can\'t|can not|does not|do not|has no|have no|is unable|are unable)');
const withoutAuthorisationRe = any('without authori');
const lostPasswordRe = any('you (?:cannot|can\'t|are unable to) (?:access|use)', 'if you cannot', 'password', 'lose|lost|forget');
const customerKeysRe = any('customer[- ]managed keys?', 'bring your own key', '\\bbyok\\b', '\\bhyok\\b', 'hold your own key', 'customer key\\b', 'external key manage', 'keys? (?:are |remain )?(?:under|in) (?:your|the customer\'s|customer\'s) (?:sole )?control', '(?:you|customer|user) (?:may |can |will )?(?:holds?|controls?|manages?|keeps?) (?:the |your |its )?(?:own )?(?:encryption |decryption |private )?key(?:s| material)?\\b', 'end-to-end encrypt', 'zero[- ]knowledge', 'encrypted (?:locally )?on your (?:local )?device', 'client-side encrypt', '(?:keys?|key material) (?:that )?(?:it|you|the customer|customer) (?:holds?|controls?|keeps?)', 'unreadable to (?:us|provider|the provider|[a-z]{1,30}) ', 'revok\\w{0,20} (?:the |its |your )?(?:encryption )?keys?');
const providerHoldsNoKeysRe = any('(?:does|do|will) not (?:hold|have|possess|store|keep) (?:[a-z]{1,30} ){0,2}(?:the )?(?:decryption |encryption |private )?keys');
const providerCannotReadRe = any('(?:cannot|can not|can\'t|unable to|no (?:ability|way|means)(?: or obligation)? to|not able to) (?:[a-z]{1,30} ){0,3}(?:read|access|decrypt|recover|see|view)');
const keyWordRe = any('encrypt', 'password', 'keys?\\b', 'zero[- ]knowledge');
const userLockedOutRe = any('you (?:cannot|can\'t|are unable to) (?:access|use) the service', 'if you cannot');

const encryptionKeys = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, pointerRe)) return false;
  // Another user (an account administrator, a family owner) being unable to see data is sharing, not encryption.
  if (has(t, adminCannotReadRe)) return false;
  if (has(t, ownKeysRe)) return true;
  if (has(t, endToEndRe) && has(t, endToEndDeniedRe)) return false;
  if (t.includes(' on ') && has(t, onDeviceOnlyRe) && has(t, deviceContentRe)) return true;
  if ((t.includes('private') && has(t, userPrivateKeyRe)) || (t.includes(' what') && has(t, opaqueRe))) return true;
  if (has(t, endToEndRe)) return true;
  // Some people (intruders, staff abroad) being kept out is security, not the provider being unable to read.
  if (has(t, partialSubjectRe) || has(t, withoutAuthorisationRe)) return false;
  if (has(t, cannotReadRe) && has(t, contentWordRe) && !has(t, partialSubjectRe) && !has(t, lostPasswordRe)) return true;
  if (has(t, customerKeysRe)) return true;
  if (has(t, providerHoldsNoKeysRe)) return true;
  if (has(t, providerCannotReadRe) && has(t, keyWordRe) && !has(t, withoutAuthorisationRe)) {
    return !has(t, userLockedOutRe);
  }
  return false;
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-encryption-keys',
  category: 'security.customer-keys',
  risk: 'mitigating',
  arguments: ['arg-control-not-location', 'arg-trust', 'arg-comity-conflict'],
  gate: words('key', 'recovery', 'decrypt', 'ciphertext', 'client side', 'no technical', 'no practical', 'nobody', 'no one', 'passphrase', 'cannot', 'can not', "can't", 'unable', 'no way', 'no access', 'not have access', 'no means', 'no ability', 'indecipherable', 'unreadable', 'random', 'byok', 'hyok', 'end-to-end', 'zero', 'encrypt', 'client-side', 'unreadable', 'revok', 'password', 'know what', 'only on', 'solely on', 'exclusively on'),
  match: encryptionKeys,
  fixtures: 'test/fixtures/rules/cl-encryption-keys.md',
};
