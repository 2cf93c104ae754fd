/** Matchers for ownership and use of data, customer-held keys, deletion, and governing law. */
import type { SentenceContext } from './context';
import {
  any,
  has,
} from './phrases';

// ---------------------------------------------------------------- records, keys, law

/** The customer owns its content, or the provider's use is limited. */
export const customerOwnership = (s: SentenceContext): boolean => {
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

/** The provider takes rights in customer content, usage data, or de-identified/aggregated data. */
export const providerDataRights = (s: SentenceContext): boolean => {
  const t = s.text;
  if (s.isTableRow) return false;
  if (has(t, any('trademark', 'logo', 'aggregate liability', 'represents and warrants', 'responsible for ensuring', '\\bour content', '(?:grant|give)s? (?:each|other|all) users?', 'give you', 'express permission', 'permission to do so', '" means', '^"?[a-z ]+"? means'))) return false;
  if (has(t, any('feedback', 'suggestions')) && !has(t, any('de-?identif', 'aggregat', 'content', 'usage'))) return false;
  if (has(t, any('(?:grant|give)s? (?:to )?(?:us|[a-z]+ and (?:its|our) [a-z ]+|provider|the company|[a-z]+) (?:a |an |the )?(?:[a-z,-]+ ){0,8}(?:licen[cs]e|right to|rights? (?:to|in|we need)|permission)', 'licen[cs]e (?:to|that) (?:use|host|store|copy|display|reproduce)', 'the right to (?:store|archive|parse|display|host|use|copy|do things)'))) return has(t, any('content', 'data', 'materials', 'information', 'submission'));
  if (has(t, any('(?:de-?identified|aggregated?|anonymi[sz]ed?|pseudonymi[sz]ed)(?: (?:and|or|and/or) (?:de-?identified|aggregated?|de-?identify))? (?:data|information|content|format)', '(?:data|information|content) (?:that (?:has|have) been |which (?:is|are|has been) )?(?:de-?identified|aggregated|anonymi[sz]ed)', 'aggregate (?:and/or |or |and )de-?identify', 'right to anonymi[sz]e')) && has(t, any('\\buse\\b', 'retain', 'process', 'purpose', 'develop', 'improve', 'share', 'may'))) return true;
  // Use limited to running the service is the customer-ownership side, not a grab.
  const limitedUse = has(t, any('\\bonly (?:to|for) (?:operate|provide|run|secure|maintain|bill|invoice|support|deliver)')) && !has(t, any('any purpose', 'other (?:lawful )?(?:business )?purposes', 'improve', 'develop', 'marketing'));
  if (!limitedUse && has(t, any('usage data', 'service data', 'telemetry', 'diagnostic data', 'network data', 'metadata')) && has(t, any('(?:may|will) (?:generate|collect|use|retain)', '\\bown', 'right', 'for (?:its|our|other) (?:own )?(?:lawful )?(?:business )?purposes', 'improve'))) return true;
  if (has(t, any('retains? all right, title,? and interest in (?:all )?(?:models|observations|data|information|analyses|statistics)', 'we own (?:all )?(?:data|information)'))) return true;
  // Data about the customer that the provider keeps as its own: excluded from "Customer Data", held as controller, or owned.
  if (has(t, any('(?:customer|your) (?:data|content) does not include', 'is not (?:customer|your) (?:data|content)')) && has(t, any('identifier', 'metadata', 'usage', 'service data', 'telemetry', 'log', 'account', 'configuration'))) return true;
  if (has(t, any('as (?:a|an independent) controller')) && has(t, any('service data', 'usage', 'account data', 'telemetry', 'diagnostic', 'metadata', 'log'))) return true;
  if (has(t, any('(?:data|information)[^.;]{0,80}belongs? to (?!you\\b|the customer|customer\\b)'))) return true;
  if (has(t, any('legal (?:right|permissions?)')) && has(t, any('content'))) return true;
  return false;
};

/** What happens to data at the end: return, deletion, backups and retention after the account closes. */
export const deletionReturn = (s: SentenceContext): boolean => {
  const t = s.text;
  const endOfContract = any('(?:upon|on|after|following|at) (?:the )?(?:termination|expiry|expiration|end|close|closure|cancell?ation)', 'after (?:you|customer|the account) (?:close|cancel|delete)', 'at the end of the (?:provision|services?|agreement|term)', 'after (?:the )?(?:primary copy|account) is (?:deleted|closed)', 'in the trash', 'account is active');
  const dataFate = any('\\bdelet', '\\breturn (?:or|and)', '(?:return|export)\\w* (?:[a-z]+ ){0,3}(?:customer |personal |your )?(?:data|content)', 'purg', 'destroy', 'overwritten', '(?:keep|retain)\\w* (?:[a-z]+ ){0,3}(?:copies|data|information|content)', 'backups?', 'certify (?:the )?deletion', 'available for export');
  if (!has(t, dataFate)) return false;
  // The customer returning the provider's confidential information is not about the customer's data.
  if (has(t, any('confidential information', 'spam', 'invoice', 'fees'))) return false;
  return has(t, endOfContract) || has(t, any('certify (?:the )?deletion', 'legal hold', 'retain (?:[a-z]+ ){0,3}copies (?:[a-z]+ ){0,4}(?:as required by|for) (?:law|legal|archiv|backup|our legitimate)', 'within \\d+ days'));
};

/** Encryption under keys the customer holds, or the provider cannot read the content. */
export const encryptionKeys = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, any('customer[- ]managed keys?', 'bring your own key', '\\bbyok\\b', '\\bhyok\\b', 'hold your own key', 'customer key\\b', 'external key manage', 'keys? (?:are |remain )?(?:under|in) (?:your|the customer\'s|customer\'s) (?:sole )?control', '(?:you|customer|user) (?:holds?|controls?|manages?|keeps?) (?:the |your |its )?(?:own )?(?:encryption |decryption |private )?keys', 'end-to-end encrypt', 'zero[- ]knowledge', 'encrypted (?:locally )?on your (?:local )?device', 'client-side encrypt', '(?:keys?|key material) (?:that )?(?:it|you|the customer|customer) (?:holds?|controls?|keeps?)', 'unreadable to (?:us|provider|the provider|[a-z]+) ', 'revok\\w* (?:the |its |your )?(?:encryption )?keys?'))) return true;
  if (has(t, any('(?:does|do|will) not (?:hold|have|possess|store|keep) (?:[a-z]+ ){0,2}(?:the )?(?:decryption |encryption |private )?keys'))) return true;
  if (has(t, any('(?:cannot|can not|can\'t|unable to|no (?:ability|way|means)(?: or obligation)? to|not able to) (?:[a-z]+ ){0,3}(?:read|access|decrypt|recover|see|view)')) && has(t, any('encrypt', 'password', 'keys?\\b', 'zero[- ]knowledge')) && !has(t, any('without authori'))) {
    return !has(t, any('you (?:cannot|can\'t|are unable to) (?:access|use) the service', 'if you cannot'));
  }
  return false;
};

/** Governing law, courts, venue and arbitration. */
export const governingLawForum = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, any('must comply with', 'lodge a complaint', 'supervisory authority', 'copyright law', 'sanction', 'please see', 'see (?:this|the) section'))) return false;
  // A bare title ("U.S. Governing Law.") names a topic; the clause under it is flagged instead.
  if (t.split(' ', 5).length < 5) return false;
  if (has(t, any('data privacy framework', '\\bdpf\\b', 'annex i of the')) && has(t, any('arbitrat'))) return false;
  return has(t, any(
    'governed (?:in all respects )?by (?:and construed in accordance with )?(?:the )?(?:federal |substantive )?laws?',
    'governed by,? and (?:interpreted|construed)',
    'governing law',
    '\\b[a-z]+ law governs? (?:this|these|the)',
    'law of [^.;]{0,90}\\bgoverns? (?:this|these|the)',
    '(?:sue|bring (?:a |legal )?(?:claims?|proceedings|actions?))[^.;]{0,80}in the courts of',
    'laws of (?:the )?(?:state of|country|[a-z]+) (?:shall|will) govern',
    'shall govern the (?:standard contractual )?clauses',
    '(?:exclusive|personal) jurisdiction',
    'submit to (?:the )?(?:personal and )?(?:exclusive )?jurisdiction',
    'choice of (?:forum|jurisdiction|law)',
    '\\bvenue\\b(?! to)',
    'agree (?:to (?:use )?arbitrat|to (?:the use of )?(?:binding )?arbitration)',
    'arbitration (?:to resolve|rather than)',
    '(?:settled|resolved|decided) (?:exclusively )?(?:by|through|in) (?:final and )?(?:binding )?arbitration',
    'administered by (?:the )?(?:american arbitration|aaa|jams|icc|lcia|[a-z ]{0,40}arbitration)',
    'arbitration (?:rules|procedures) of',
    'arbitration hearings? (?:will|shall) (?:take place|be held)',
    '(?:seat|place) of (?:the )?arbitration',
    'arbitration (?:agreement )?(?:[a-z,]+ ){0,6}(?:are |is )?governed by',
    'refer the dispute to the courts',
    'courts? (?:of|located in|in) (?:[a-z.,]+ ){1,8}(?:shall|will) (?:have|resolve|settle)',
    'litigated exclusively',
    'silent regarding governing law',
    'brought in any jurisdiction',
    'may be commenced only in',
    '(?:disputes|claims)[^.;]{0,600}(?:shall|will|must) be (?:resolved|settled|brought|heard|decided|determined) (?:exclusively |only |solely )?(?:in|by|through) (?:the )?(?:[a-z]+ ){0,4}(?:courts?|arbitration)',
    'subject to the (?:exclusive |non-exclusive )?jurisdiction of',
    'laws? of (?:the )?(?:state|commonwealth|province|country|republic|kingdom|grand duchy) (?:of|in which|where) [^.;]{0,80}(?:shall |will )?(?:govern|appl)',
  ));
};

