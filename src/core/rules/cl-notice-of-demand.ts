/** cl-notice-of-demand: a promise to tell the customer about a demand for its data. */
import { type ClauseRule, withPrevious } from './rule';
import type { SentenceContext } from './context';
import { any, has, unlessProhibitedRe } from './phrases';
import { customerDisclosesRe, isGovContext, isOrdinaryNotice, noticePromised, noticeReadings, noticeWithheld, notGovernmentRe, noticeCommitRe, noticeVerbRe, isPointer, withLeadIn } from './shared/government';

// "A legally binding request" is how the transfer clauses name a public authority's demand.
const emergencyHandOverRe = any('\\b(?:produc|disclos|hand\\w{0,3} over|releas|provid)\\w{0,4}\\b[^.;]{0,40}\\bin (?:an |a |the )?emergenc');
const strongGovRe = any('law enforcement', 'subpoena', 'court order', 'warrant\\b', 'legal process', 'government', 'authorit', 'legally binding request');

/** Phrases like "at Customer's request" that are not a demand from a third party. */
const ownRequestRe = /at (?:the )?(?:customer|client|controller|your)(?:'s)? (?:written )?request|upon (?:the )?(?:customer|client|controller)(?:'s)? (?:written )?request/g;

const complaintOrTakedownRe = any('(?:file|lodge|make|submit) a complaint', 'right to complain', 'requests? to (?:withhold|remove|take down|block|restrict) (?:[a-z]{1,20} )?content');
const demandWordRe = any('request', 'demand', '\\basks? (?:us |it |the provider |the supplier |the vendor )?for\\b', 'order', 'hand\\w{0,3} over', '\\bproduc(?:e|es|ed|ing|tion)\\b', 'subpoena', 'legal process', 'warrants?\\b', 'disclos', 'legal requirement', 'required by (?:[a-z]{1,20} ){0,2}?(?:law|applicable)', 'requirement of (?:[a-z]{1,20} ){0,3}?law', 'compelled', 'legally required', '\\baccess\\b');
const legalBarRe = any('prohibited (?:by|under) (?:the )?(?:applicable )?law', 'legally prohibited', 'gag order', 'non-?disclosure order', 'prevents? (?:us|it|provider|[a-z]{1,20}) from', 'unless (?:[a-z]{1,20} ){0,3}forbids?', 'unless (?:legally )?(?:barred|forbidden|precluded)', 'unless (?:a |the )?(?:court|judge|law|authorit\\w{0,4}|order) (?:tells|orders|instructs|directs|forbids|prohibits|bars) (?:us|it|them|the provider)', 'as far as the law allows', 'to the extent permi(?:tted|ssible)');
const lawRequirementRe = any('requirement of (?:[a-z]{1,20} ){0,3}?law', 'legal requirement', 'required by (?:the )?(?:applicable )?(?:law|union|member state)', 'legal disclosure', 'legally required');
const demandOrAccessRe = any('request', 'demand', 'subpoena', 'warrants?\\b', 'disclos', '\\baccess\\b', 'hand\\w{0,3} over');
const customerNotifiesRe = /^\W{0,3}(?:the )?(?:customer|client|you) (?:shall|will|must|agrees? to|should) (?:promptly |immediately )?(?:notify|inform|tell)/;
const noticePromiseRe = any('to inform', 'to notify', 'notice (?:to|of)', 'make (?:a )?reasonable (?:attempt|effort)s? to (?:notify|contact)', 'unless (?:prohibited|legally|that law|the law|applicable)');

/** A promise to tell the customer about a demand for its data. */
const noticeOfDemand = (s: SentenceContext): boolean => {
  const t0 = /\bsuch (?:events?|requests?|demands?|orders?|disclosures?|cases?)\b/.test(s.text) && s.previous ? `${s.previous} ${s.text}` : withLeadIn(s);
  if (has(s.text, complaintOrTakedownRe)) return false;
  // Both alternatives of ownRequestRe hold "request": most sentences need no scan for them.
  const t = t0.includes('request') ? t0.replace(ownRequestRe, ' ') : t0;
  if (!has(t, noticeVerbRe)) return false;
  if (isPointer(s.text)) return false;
  if (has(t, notGovernmentRe) && !has(t, strongGovRe)) return false;
  if (has(t, customerDisclosesRe)) return false;
  // The customer telling the provider is not the provider's promise.
  if (has(s.text, customerNotifiesRe)) return false;
  const demand = has(t, demandWordRe);
  const prohibited = has(t, unlessProhibitedRe) || has(t, legalBarRe);
  // Data handed over in an emergency goes to the authorities even when the sentence does not name them.
  const gov = isGovContext(s, t) || has(t, lawRequirementRe) ||
    (prohibited && has(t, demandOrAccessRe)) || (has(t, emergencyHandOverRe));
  if (!demand || !gov) return false;
  // The frame decides whether the clause promises notice or withholds it ("will not notify", "without notice").
  const readings = noticeReadings(t);
  const promised = noticePromised(readings);
  if (!promised && noticeWithheld(readings) && !has(t, unlessProhibitedRe)) return false;
  // Notices about prices, renewals, audits or changes to the terms are ordinary contract business.
  if (isOrdinaryNotice(t)) return false;
  return has(t, noticeCommitRe) || (promised && (readings[0]!.frame.modality !== 'statement' || prohibited)) || readings.some((r) => r.stance === 'soft') || has(t, noticePromiseRe);
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-notice-of-demand',
  category: 'gov.notice',
  risk: 'mitigating',
  arguments: ['arg-secrecy', 'arg-business-records', 'arg-trust'],
  gate: withPrevious('notif', 'inform ', 'informs', 'informed', 'informing', 'notice', 'tell', 'told', 'alert', 'advis', 'warn', 'know', 'forward', 'mail', 'send', 'pass on', 'passes on'),
  match: noticeOfDemand,
  fixtures: 'test/fixtures/rules/cl-notice-of-demand.md',
};
