/** cl-deletion-return: what happens to data at the end: return, deletion, backups and retention after the account closes. */
import { type ClauseRule, words } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';

const atTerminationRe = any('(?:upon|on|after|following|at) (?:the )?(?:termination|expiry|expiration|end|close|closure|cancell?ation)', 'after (?:you|customer|the account) (?:close|cancel|delete)', 'at the end of the (?:provision|services?|agreement|term)', 'after (?:the )?(?:primary copy|account) is (?:deleted|closed)', 'in the trash', 'account is active');
const deletionOrReturnRe = any('\\bdelet', '\\breturn (?:or|and)', '(?:return|export)\\w{0,20} (?:[a-z]{1,30} ){0,3}(?:customer |personal |your )?(?:data|content)', 'purg', 'destroy', 'overwritten', '(?:keep|retain)\\w{0,20} (?:[a-z]{1,30} ){0,3}(?:copies|data|information|content)', 'backups?', 'certify (?:the )?deletion', 'available for export');
const notCustomerDataRe = any('confidential information', 'spam', 'invoice', 'fees');
const deletionDetailRe = any('certify (?:the )?deletion', 'legal hold', 'retain (?:[a-z]{1,30} ){0,3}copies (?:[a-z]{1,30} ){0,4}(?:as required by|for) (?:law|legal|archiv|backup|our legitimate)', 'within \\d+ days');

/** What happens to data at the end: return, deletion, backups and retention after the account closes. */
const deletionReturn = (s: SentenceContext): boolean => {
  const t = s.text;
  const endOfContract = atTerminationRe;
  const dataFate = deletionOrReturnRe;
  if (!has(t, dataFate)) return false;
  // The customer returning the provider's confidential information is not about the customer's data.
  if (has(t, notCustomerDataRe)) return false;
  return has(t, endOfContract) || has(t, deletionDetailRe);
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-deletion-return',
  category: 'records.retention',
  risk: 'medium',
  arguments: ['arg-control-not-location', 'arg-law-enforcement-need'],
  gate: words('delet', 'return', 'export', 'purg', 'destroy', 'overwrit', 'keep', 'retain', 'backup', 'certify', 'legal hold'),
  match: deletionReturn,
  fixtures: 'test/fixtures/rules/cl-deletion-return.md',
};
