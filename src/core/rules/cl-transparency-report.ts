/** cl-transparency-report: a commitment to publish reports or figures about government requests. */
import { type ClauseRule } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';
import { countRe, publishRe } from '../lexicon';

/** What is counted: demands from authorities or for user data. */
const demandNounRe = any('\\b(?:requests?|demands?|orders?|subpoenas?|warrants?)\\b');

const transparencyReportRe = any('transparency report', 'law enforcement requests report', 'warrant canary');
const toCustomerOnlyRe = any('(?:to|with) (?:you|the customer|customer|the client|client)\\b(?! (?:and|or) (?:the )?public)');
const governmentRequestRe = any('government', 'authorit', 'law enforcement', 'legal', 'data requests?', 'requests? for (?:[a-z]{1,20} ){0,2}?(?:data|information)', 'police', 'court', 'national security', 'intelligence', 'subpoena', 'warrant');

/**
 * A report named as such, a canary, or a frame of publishing (publish, make public, on our website)
 * a count (statistics, figures, how many, number of) of demands, in one clause. Figures given only to
 * the customer are not published.
 */
const transparencyReport = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, transparencyReportRe)) return true;
  if (has(t, toCustomerOnlyRe)) return false;
  return has(t, publishRe) && has(t, countRe) && has(t, demandNounRe) && has(t, governmentRequestRe);
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-transparency-report',
  category: 'gov.transparency',
  risk: 'mitigating',
  arguments: ['arg-trust', 'arg-secrecy', 'arg-reciprocity'],
  gate: { words: ['transparency', 'requests report', 'canary'], both: [['publish', 'make public', 'makes public', 'made public', 'public report', 'on our website', 'on its website', 'publicly', 'break out', 'breaks out', 'release a report', 'releases a report', 'issue a report', 'issues a report'], ['request', 'demand', 'order', 'subpoena', 'warrant']] },
  match: transparencyReport,
  fixtures: 'test/fixtures/rules/cl-transparency-report.md',
};
