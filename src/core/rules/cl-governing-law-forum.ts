/**
 * cl-governing-law-forum: the clause chooses a law, courts, a venue or arbitration. Described as three
 * frames in any order within a clause: a law named (by place, adjective or statute) with a verb that
 * chooses it ("governs", "shall apply", "construed in accordance with"); a forum (courts of a place,
 * jurisdiction, venue) for disputes; or an agreement to arbitrate and how the arbitration runs.
 */
import { type ClauseRule, words } from './rule';
import type { SentenceContext } from './context';
import { frameAt } from './frame';
import { ambiguousPlaces, countryWords, europeanAreas, subnational, usStates, wordsSource } from '../lexicon';
import { any, has } from './phrases';
import { isTitle } from './shared/title';

// A law as a thing that can be chosen: "the laws of X", "X law" for a place X, "the Federal Arbitration Act".
const lawPlace = `${wordsSource([...countryWords, ...usStates, ...subnational, ...europeanAreas, ...ambiguousPlaces, 'federal', 'state', 'union', 'member state', 'cantonal', 'local'])} (?:federal |state |substantive |national |material )?`;
const placeLaw = `${lawPlace}laws?\\b(?! enforcement)`;
// The same, found from its word "law": a pattern that opens with the place list tries every name at
// every position; this one looks back for the place only where "law" stands. It starts later than
// placeLaw but ends at the same place, and the rule reads only where a law choice ends.
const placeLawFromLaw = `law(?<=${lawPlace}law)s?\\b(?! enforcement)`;
const lawNoun = `(?:\\blaws? (?:of|in force in)\\b|\\blegislation of\\b|${placeLawFromLaw}|\\barbitration act\\b)`;
// Verbs that choose it.
const chooseVerb = '\\b(?:govern(?:s|ed)?|appl(?:y|ies)|(?:shall|will|must|should) (?:exclusively )?(?:govern|apply)|prevails?)\\b';

/** "X law governs", "the laws of X shall apply", "governed by the laws of X", "construed under X law". */
const lawChoiceRe = any(
  `${lawNoun}[^.;]{0,160}?${chooseVerb}`,
  `\\b(?:governed|construed|interpreted|enforced|regulated)\\b[^.;]{0,90}?\\b(?:by|under|in accordance with|pursuant to|according to)\\b[^.;]{0,60}?(?:\\blaws?\\b|\\blegislation\\b|\\bact\\b|\\bcode\\b)`,
  '\\bsubject to (?:the )?(?:[a-z]{1,30} ){0,2}laws? of\\b',
  `\\bsubject to (?:the )?${placeLaw}`,
  '\\b(?:select|choose|designate|elect)\\w{0,2} (?:the )?laws? of\\b',
  '\\bgoverning law\\b[^.;]{0,80}\\b(?:is|are|shall|will|be|of)\\b',
  // "Applicable law: the laws of Sweden."
  '\\b(?:applicable|governing) laws?\\s?:\\s?(?:the )?(?:laws? of\\b|[a-z]{3,30} law\\b)',
  // The SCC option sentences: "The Parties agree that this shall be the law of Ireland."
  '\\b(?:this|that|which) shall be the laws? of\\b',
  // "The agreement is made under Finnish law."
  `\\b(?:agreement|contract|terms|dpa)\\b[^.;]{0,30}\\b(?:is|are) (?:made|entered into|concluded) (?:under|in accordance with|pursuant to) (?:the )?(?:laws? of\\b|${placeLaw})`,
  '\\bsilent (?:regarding|as to|on) governing law',
  // "This Agreement is to be read in accordance with the laws of X": read, like construed.
  `\\b(?:agreement|contract|terms|dpa|clauses|addendum)\\b[^.;]{0,30}\\b(?:is|are|shall be|will be) (?:to be )?read\\b[^.;]{0,30}\\b(?:in accordance with|under|according to) (?:the )?(?:laws? of\\b|${placeLaw})`,
  // "Disputes will be handled under Indian law": the disputes, not the contract, are put under a law.
  `\\b(?:disputes?|claims?|controvers\\w{1,4}|proceedings)\\b[^.;]{0,60}?\\b(?:handled|resolved|settled|decided|determined|adjudicated|heard|judged)\\b (?:exclusively |only |solely )?(?:under|in accordance with|pursuant to|according to) (?:the )?(?:laws? of\\b|${placeLaw})`,
  '\\bchoice of (?:law|forum|jurisdiction)\\b[^.;]{0,80}\\b(?:is|are|shall|will|stipulated|applies|apply|agreed)\\b',
);

/**
 * Words without which no alternative of lawChoiceRe can match. The pattern tries every place name at
 * every position, so a sentence that lacks them skips it: a law noun with a choosing verb, a
 * construing verb, "subject to", "law(s) of", "choice of", or a contract "made under" a law.
 */
const mayChooseLaw = (t: string): boolean =>
  ((t.includes('law') || t.includes('legislation') || t.includes('arbitration act')) && (t.includes('govern') || t.includes('appl') || t.includes('prevail'))) ||
  t.includes('governed') || t.includes('construed') || t.includes('interpreted') || t.includes('enforced') || t.includes('regulated') ||
  t.includes('subject to') || t.includes('law of') || t.includes('laws of') || t.includes('choice of') || (t.includes('law') && t.includes(' read ')) ||
  (t.includes('law') && (t.includes(' made ') || t.includes('entered into') || t.includes('concluded'))) ||
  // Disputes resolved under, according to, pursuant to or in accordance with a law (the last pattern above).
  (t.includes('law') && (t.includes('dispute') || t.includes('claim') || t.includes('controvers') || t.includes('proceedings')) && (t.includes('under') || t.includes('according to') || t.includes('pursuant to') || t.includes('in accordance with')));

/** Law of a kind rather than of a place: a duty to comply, not a choice of law. */
const notChoiceRe = any(
  '(?:data protection|privacy|copyright|export|sanctions?|tax|employment|competition|anti-?corruption|anti-?bribery) (?:and [a-z]{1,30} )?laws?',
  'applicable (?:data protection )?laws? (?:and regulations )?(?:shall|will|may)? ?appl',
  'must comply with',
  'in compliance with',
);

/** Courts, jurisdiction and venue for disputes. */
const forumRe = any(
  '\\b(?:exclusive|non-exclusive|nonexclusive|personal|sole) (?:and (?:exclusive|personal) )?jurisdiction\\b',
  '\\bjurisdiction (?:and|or) venue\\b',
  '\\b(?:place|seat|court) of (?:performance and )?(?:exclusive )?jurisdiction\\b',
  '\\bjurisdiction (?:is|shall be|will be|lies|rests|falls|belongs|vests)(?: (?:with|in|to))? (?:the )?[a-z]',
  '\\bvenue\\b(?! to)',
  '\\bsubmit\\w{0,3} (?:[a-z]{1,30} ){0,4}to (?:the )?(?:[a-z-]{1,30} ){0,4}(?:jurisdiction|courts?)\\b',
  '\\b(?:competent|exclusive) courts?\\b',
  '\\b(?:choose|choice of|select) the courts?\\b',
  '\\b(?:those|these|which) shall be the courts of\\b',
  '\\bsubject to the (?:exclusive |non-exclusive )?jurisdiction of\\b',
  // "The competent court shall be that of the consumer's place of residence."
  '\\bcourts? (?:shall be|is|are|will be) (?:that|those) of (?:the )?(?:consumer|user|customer|your|you)',
  '\\brefer (?:the|any) dispute to (?:the )?(?:[a-z]{1,20} )?(?:courts?|arbitration|tribunals?)\\b',
  '\\bcourts? (?:of|in|located in|located within|sitting in|at|for) [^.;]{1,120}?\\b(?:shall|will|have|has|resolve|settle|hear|decide|determine)\\b',
  '\\b(?:brought|heard|litigated|commenced|filed|resolved|settled|decided|determined|adjudicated|considered|examined|tried)\\b (?:exclusively |only |solely )?(?:in|before|by) (?:the |a )?(?:[a-z,]{1,30} ){0,6}(?:courts?|tribunals?)\\b',
  '\\blitigated exclusively\\b',
  '\\bbrought in any jurisdiction\\b',
  '\\b(?:sue|bring (?:a |legal )?(?:claims?|proceedings|actions?))\\b[^.;]{0,80}\\bin the courts of\\b',
  // Consumer carve-outs keep the law or courts of where the consumer lives.
  '\\b(?:laws?|courts?) of (?:the )?(?:[a-z]{1,30} ){0,4}(?:where|in which) (?:you|the consumer|the customer|the user|the data subject)s? (?:live|lives|reside|resides|habitually|ha(?:ve|s) (?:your|their|its) (?:habitual|principal))',
  '\\b(?:mandatory|consumer) (?:[a-z]{1,30} ){0,3}(?:laws?|protections?)\\b[^.;]{0,80}\\b(?:habitual residence|country of residence|where you live|reside)\\b',
  '\\b(?:bring|file|commence|start)\\w{0,3} (?:a |any |legal )?(?:claims?|proceedings?|actions?|lawsuits?|suits?)\\b[^.;]{0,40}\\bin (?:your |the )?(?:local|home|own) courts?\\b',
  // Proceedings brought in a named place: "you may bring proceedings in Scotland".
  `\\b(?:bring|file|commence|start)\\w{0,3} (?:a |any |legal )?(?:claims?|proceedings?|actions?|lawsuits?|suits?)\\b[^.;]{0,30}\\bin (?:the )?${wordsSource([...countryWords, ...usStates, ...subnational, ...europeanAreas])}\\b`,
);

/** Dispute words that a forum needs nearby: without them, "court" is usually a court order (the SCC forum option names none). */
const disputeRe = any('dispute', 'claim', 'action', 'proceeding', 'lawsuit', 'litigat', 'controvers', 'jurisdiction', 'venue', 'agreement', 'terms', 'clauses', '\\bdpa\\b', 'contract', 'resolve', 'settle', 'sue\\b', 'suits?\\b', 'shall be the courts of', 'place of residence', 'domicile');
/** Government demands: a court here orders disclosure, it does not hear disputes. */
const demandRe = any('court orders?', 'subpoena', 'warrant', 'law enforcement', 'legal process', 'disclos', 'lodge a complaint', 'supervisory authority', 'data protection authority');

/** An agreement to arbitrate, the body and rules that run it, where it sits, the law that governs it. */
const arbitrationRe = any(
  '\\b(?:resolved|settled|decided|determined|heard)\\b (?:exclusively |only |solely )?(?:by|through|in|under) (?:[a-z,-]{1,30} ){0,4}arbitration',
  '\\b(?:submit|refer)\\w{0,3} (?:[a-z]{1,30} ){0,4}to (?:[a-z,-]{1,30} ){0,8}arbitration',
  // An arbitral body named by what it does: "JAMS will administer any arbitration".
  '\\badminister\\w{0,2} (?:any|the|all|each) arbitration',
  '\\bagree\\w{0,2} (?:[a-z]{1,30} ){0,3}to (?:the use of |use )?(?:final and |final |binding )?arbitrat',
  '\\bagree\\w{0,2} that (?:any|all|each)\\b[^.;]{0,160}\\barbitration\\b',
  '\\b(?:through|by|via) (?:final and |final |mandatory |individual )?binding arbitration',
  '\\barbitration\\b[^.;]{0,120}\\b(?:administered by|under (?:the |its |their )?(?:[a-z]{1,30} ){0,4}rules|rules of)\\b',
  '\\b(?:administered by|under the (?:[a-z]{1,30} ){0,4}rules of)\\b[^.;]{0,80}\\barbitra',
  '\\b(?:seat|place|location|venue|language) of (?:the |any )?arbitration',
  '\\b(?:decided|resolved|settled|heard|determined) by (?:an? |one or more |a panel of )?(?:neutral |independent )?arbitrators?\\b',
  '\\barbitration (?:hearings?|proceedings?)?\\s?(?:will|shall) (?:take place|be held|be conducted|be seated)',
  '\\barbitration (?:agreement|provisions?|clause)?\\s?(?:[a-z,]{1,30} ){0,8}(?:are |is )?governed by',
);
/** Redress for individuals under a transfer framework is not a choice of forum between the parties. */
/** Who pays the arbitration's fees: how the arbitration is paid for, not where or under which law it runs. */
const arbitrationFeesRe = any('\\b(?:reimburse|pay|bear|advance|refund)\\w{0,3}\\b[^.;]{0,80}\\b(?:fees?|costs?)\\b', '\\b(?:fees?|costs?)\\b[^.;]{0,60}\\b(?:paid|borne|reimbursed|refunded)\\b');
/** The parts of an arbitration clause that choose something, which a sentence about fees may also carry. */
const arbitrationChoiceRe = any('administered by', '\\bseat(?:ed)?\\b', '(?:place|location|venue|language) of (?:the |any )?arbitration', '\\bresolved\\b', '\\bsettled\\b', '\\bagree\\w{0,2} (?:to|that) (?:[a-z]{1,30} ){0,3}(?:arbitrat|resolv|submit|settle)', '\\bsubmit', '\\brefer', 'binding arbitration', 'governed', 'take place', 'held in');
/** Excluding the UN sales convention (CISG) is part of the choice of law (its long name reads like a title). */
const salesConventionRe = any('international sale of goods', '\\bcisg\\b');
const salesConventionChoiceRe = any('appl(?:y|ies)', 'exclu', 'govern');
/** "Section 14 (Governing Law) survives termination": a survival cross-reference names the clause without choosing anything. */
const survivalChoiceRe = any('governed by', 'laws? of', 'courts?\\b', 'arbitrat', 'jurisdiction', 'venue');
/** A consumer's home law stated inside an arbitration or class-action clause still chooses a law. */
const stateLawAppliesRe = any('\\blaws? of\\b[^.;]{0,60}\\b(?:will|shall) (?:apply|govern)');
// A party said to be "subject to U.S. law" (exposure to a country's authorities), not the contract choosing that law.
const partySubjectToLawRe = any('\\b(?:parent|provider|company|we|it|they|affiliates?|subsidiar\\w{1,5}|entity|processor|importer|group|vendor|supplier|[a-z]{1,30} (?:inc|ltd|llc|gmbh|corporation))\\b,? (?:is|are|may be|remains?|will be|becomes?) (?:also )?subject to\\b');
const contractSubjectRe = any('\\b(?:this|these|the) (?:agreement|terms|contract|dpa|clauses|addendum|policy|order form)\\b[^.;]{0,40}\\bsubject to');
/** Most words capitalised, as in "Choice of Law and Where Disputes Are Heard." */
const titleCased = (raw: string): boolean => {
  const words = raw.split(' ').filter((w) => w.length > 3);
  return words.length > 0 && words.filter((w) => /^[^a-z]{0,3}[A-Z]/.test(w)).length >= words.length * 0.7;
};
const finiteVerbRe = any('\\b(?:applies|apply|governs?|shall|will|must|is|are)\\b');
const frameworkRedressRe = any('data privacy framework', '\\bdpf\\b', 'privacy shield', 'annex i of the', 'recourse mechanism', 'independent recourse', 'individuals may');

/** A consumer's home law kept: "you keep the mandatory protections of the law of the country where you live". */
const consumerHomeLawRe = any('\\blaws? of (?:the )?(?:[a-z]{1,30} ){0,4}(?:where|in which) (?:you|the consumer|the customer|the user)s? (?:live|lives|reside|resides|(?:are|is) (?:habitually )?resident)\\b', '\\blaws? of (?:your|the consumer\'s|the user\'s|their|his or her) (?:country|state|place) of (?:habitual )?residence\\b');
const consumerBenefitRe = any('mandatory', 'consumer', 'benefit', 'protection', 'rights? (?:under|given|granted)', 'appl(?:y|ies)', 'govern');
const complianceDutyRe = any('comply', 'complian', 'responsible for', 'obey', 'observe');

const crossReferenceRe = any('^\\W{0,3}(?:please )?(?:see|refer to)\\b', 'please see');
const forumWordRe = any('jurisdiction', 'venue', 'dispute');
const severabilityRe = any('invalid', 'unenforceable', 'class action', 'representative action');
const forumClauseRe = any('exclusive jurisdiction', 'venue', 'submit');
const governingInstrumentRe = any('govern(?:s|ed)? (?:by )?(?:this|these|the) (?:agreement|terms|clauses|dpa|contract|addendum)', '(?:this|these|the) (?:agreement|terms|clauses|dpa|contract|addendum)[^.;]{0,40}(?:governed|construed)');

const governingLawForum = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, crossReferenceRe)) return false;
  if (has(t, salesConventionRe) && has(t, salesConventionChoiceRe)) return true;
  // A short sentence with a full stop and a finite verb ("Italian law applies.") is a clause, not a title.
  if (isTitle(s) && !(/[.!]\s{0,3}$/.test(t) && has(t, finiteVerbRe) && !titleCased(s.raw))) return false;
  if (t.includes('surviv') && !has(t, survivalChoiceRe)) return false;
  const arbitration = t.includes('arbitra') && has(t, arbitrationRe) && !has(t, frameworkRedressRe) && !(has(t, arbitrationFeesRe) && !has(t, arbitrationChoiceRe));
  if (arbitration) return true;
  if (has(t, consumerHomeLawRe) && has(t, consumerBenefitRe) && !has(t, complianceDutyRe)) return true;
  if (has(t, forumRe) && has(t, disputeRe) && !(has(t, demandRe) && !has(t, forumWordRe))) {
    // Severability and class-action terms mention a court without choosing one.
    return !has(t, severabilityRe) || has(t, forumClauseRe) || has(t, stateLawAppliesRe);
  }
  // The choice pattern holds the place lexicon in many alternatives: has() tries only those whose
  // words are in the sentence, and the whole pattern runs for the match only when one of them matched.
  // Its pre-test is cheaper than mayChooseLaw's substring scans, so it goes first.
  const choice = has(t, lawChoiceRe) && mayChooseLaw(t) ? lawChoiceRe.exec(t) : null;
  if (!choice) return false;
  if (choice[0].startsWith('subject to') && has(t, partySubjectToLawRe) && !has(t, contractSubjectRe)) return false;
  // A duty to obey a kind of law is not a choice of law, unless the sentence names what it governs.
  if (has(t, notChoiceRe) && !has(t, governingInstrumentRe)) return false;
  // "These exclusions may not apply to you": a denied "apply" chooses nothing ("without regard to
  // conflict of laws" denies nothing, so only the verb's own clause is read).
  const f = frameAt(t, choice.index + choice[0].length - 1);
  return !(f.negated && /\b(?:not|never|cannot)\b[^.;]{0,25}$/.test(t.slice(0, choice.index + choice[0].length)));
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-governing-law-forum',
  category: 'law.governing',
  risk: 'low',
  arguments: ['arg-presumption', 'arg-comity-conflict'],
  gate: words('regulated by', 'applicable law', 'made under', 'concluded under', 'entered into under', 'shall be the law', 'shall be the courts', 'govern', 'jurisdiction', 'choice of', 'venue', 'arbitra', 'sale of goods', 'cisg', 'court', 'litigated', 'brought in any', 'laws of', 'law of', 'laws in', 'law appl', 'laws appl', 'law shall', 'laws shall', 'law will', 'laws will', 'law must', 'law prevail', 'subject to', 'habitual', 'legislation', 'construed', 'interpreted', 'enforced in accordance', 'proceedings in', 'dispute', 'claim', 'controvers'),
  match: governingLawForum,
  fixtures: 'test/fixtures/rules/cl-governing-law-forum.md',
};
