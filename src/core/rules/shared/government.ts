/** Phrase families and helpers several government-access rules share. */
import type { SentenceContext } from '../context';
import { frameAt, type Frame } from '../frame';
import { any, has } from '../phrases';
import { isRecipientLeadIn } from '../../text/structure';
import { recipientCell } from './table';
import { authorities, authorityRe as lexAuthorityRe, noticeAnchorRe, ordinaryNoticeRe, wordsSource } from '../../lexicon';

/** Words that put a sentence in the world of government demands. */
export const govDemandRe = any(
  'law enforcement',
  'government(?:al)? (?:authorit|agenc|request|demand|order|bod|entit|investigation)',
  'public authorit',
  '(?:competent|judicial|tax|supervisory|foreign|requesting|issuing|administrative|non-[a-z.]{1,20}|u\\.s\\.|us) (?:legal or judicial )?authorit',
  'legal process',
  'subpoena',
  'court order',
  'search warrant',
  'warrant\\b',
  'lawful (?:request|demand|order)',
  'binding order',
  'legally binding',
  'third[- ]party (?:request|demand)s?',
  'requests? (?:from|by|of) (?:a |any |the )?(?:competent|law enforcement|government|public|judicial|authorit)',
  'disclosure (?:request|order|demand)',
  'requests? (?:for|to disclose) (?:customer |user |personal |account |non-public |private )?(?:data|information|records|content)',
  'legal (?:request|demand)',
  'request or decision of authorit',
  'required by law',
  'compelled',
  'legal disclosure',
  'government(?:al)? (?:or|and) (?:law enforcement|regulatory)',
  'authorities',
  'protective order',
  'official (?:request|demand|order)s?',
  '\\border(?:s)? (?:requiring|compelling|to disclose|for (?:the )?disclosure)',
  'government(?:al)? (?:[a-z]{1,20} )?(?:request|demand|order)s?',
);

/** Topics that look like a demand but are not one (data-subject rights, breaches, takedowns, registries). */
export const notGovernmentRe = any(
  'data subject',
  'personal data breach',
  'security (?:breach|incident)',
  '\\bbreach(?:es)?\\b(?! of (?:this|the) (?:agreement|terms))',
  'exercis\\w{1,20} (?:their|your|its) rights',
  'lodge a complaint',
  'complaint',
  'dmca',
  'copyright',
  'takedown',
  // Requests to withhold or take down content are about publication, not about handing data over.
  '\\b(?:content|posts?|material|accounts?) (?:to be |be |being )?(?:withheld|taken down|geo-?blocked)\\b',
  'icann',
  'registr(?:y|ies|ar)',
);

const demandVerbRe = any('\\b(?:asks?|asked|requests?|requested|demands?|demanded|orders?|ordered|seeks?|requires?|required|serves?|served|compels?)\\b');
const governmentHeadingRe = any('law enforcement', 'legal request', 'government', 'legal disclosure', 'authorit', 'legal process', 'requests for (?:user |customer )?(?:data|information)');
const demandNounRe = any('request', 'order', 'demand', 'process');

export const isGovContext = (s: SentenceContext, t = s.text): boolean =>
  has(t, govDemandRe) ||
  // An authority of the shared lexicon that asks, orders or requires something.
  (has(t, lexAuthorityRe) && has(t, demandVerbRe)) ||
  (has(s.heading, governmentHeadingRe) && has(t, demandNounRe));

/** Sentences about the document or its reader, not clauses: "For more information, see ...". */
const pointerWordsRe = any(
  '^\\W{0,3}(?:for (?:more|further|additional) (?:information|details)|to learn more|learn more|please (?:see|refer|read)|see (?:our|the|section)|you can (?:read|find|learn)|are you a)',
  '(?:would like|want|wish) to know',
  'you can review',
);
// Apart from the words: its one-character literal would leave the whole pattern without a pre-test.
const questionEndRe = /\?\W{0,3}$/;
export const isPointer = (t: string): boolean => has(t, pointerWordsRe) || (t.includes('?') && questionEndRe.test(t));

/** Disclosures that are not to authorities: to the user themself, or in a merger or acquisition. */
const otherDisclosureRe = /disclos\w{0,20} to you\b|(?:requires?|make) certain disclosures|disclos\w{0,20} in connection with (?:the |a |any )?(?:acquisition|merger|sale|business transfer)/g;
// Every alternative needs "disclos": without it the replace would change nothing.
export const withoutOtherDisclosures = (t: string): string => (t.includes('disclos') ? t.replace(otherDisclosureRe, ' ') : t);

/** Confidentiality clauses where only the customer discloses the provider's information. */
export const customerDisclosesRe = any(
  '^(?:the )?(?:customer|client|you) (?:may|shall|will|must) (?:not )?disclose (?:the )?(?:provider|company|[a-z]{1,20})\'s',
  '(?:customer|client|you) (?:shall|will|must|may) not disclose',
  '(?:customer|client|you) (?:agrees?|undertakes?) not to disclose',
  '(?:you|customer|client) (?:are|is) (?:legally )?(?:required|compelled) to disclose',
  '(?:the )?(?:customer|client|controller) (?:is|are) (?:authori[sz]ed|permitted|entitled) to (?:answer|respond|disclose)',
  '(?:customer|client|controller) (?:must|shall|will|may) (?:respond|answer) to',
  '^\\W{0,3}(?:the )?(?:customer|client|you) (?:is|are) (?:solely )?responsible',
  '\\byou (?:attest|certify|represent|confirm)\\b',
  '(?:you|customer|client) (?:are|is) (?:solely )?responsible for (?:responding|complying|answering)',
  '(?:if|when|where) (?:you|customer|the customer|client|the client) (?:receive|receives|get|gets) (?:a |an |any )?(?:subpoena|request|order|warrant|demand|legal process)',
);

/**
 * A test of `re` that remembers its answer for the last text. Rules run sentence by sentence and
 * several of them (or one rule several times) test the same costly family on the same text.
 */
export function lastTextMemo(re: RegExp): (text: string) => boolean {
  let lastText: string | undefined;
  let last = false;
  return (text) => {
    if (text !== lastText) {
      lastText = text;
      last = has(text, re);
    }
    return last;
  };
}

/** Who may be on the other side of a demand. */
export const authorityRe = any(
  'law enforcement',
  'government(?:al)? (?:authorit|agenc|bod|entit|request|demand|order)',
  'governments?\\b',
  'public (?:authorit|bod)',
  '(?:state|state security|security) bod(?:y|ies)',
  '(?:competent|judicial|supervisory|regulatory|tax|foreign|state|federal|administrative) (?:legal or judicial )?(?:authorit|agenc)',
  'data protection (?:supervisory )?authorit',
  '(?:tax|revenue) (?:administration|office|service)',
  'authorities',
  'regulators?\\b',
  '(?:banking|financial|prudential|insurance|securities) supervisors?\\b',
  '\\bcourts?\\b',
  '\\btribunals?\\b',
  '\\bpolice\\b',
  'national security',
  'intelligence (?:agenc|service)',
);

/** Memoised tests of the two families several rules ask about the same sentence. */
export const hasAuthority = (text: string): boolean => authorityMemo(text);
export const hasEmergency = (text: string): boolean => emergencyMemo(text);

export const emergencyRe = any(
  'emergenc',
  'exigent',
  'danger of death',
  'imminent (?:risk|threat|danger|harm)',
  'serious (?:bodily |physical )?(?:injury|harm)',
  'risk of (?:death|serious)',
  'vital interests',
  'threat to (?:life|the life|someone\'s life|a person\'s life)',
  'life-threatening',
  'prevent(?:ing)? (?:imminent |serious )?harm to (?:a |an |any )?(?:person|individual)',
  'life is at risk',
  'risk to (?:someone\'s|a person\'s|any person\'s|the) (?:life|safety)',
  '(?:life|lives|safety|health) (?:is |are )?(?:at stake|in danger|at risk)',
  'danger to (?:life|lives|someone|a person|any person)',
);

const authorityMemo = lastTextMemo(authorityRe);
const emergencyMemo = lastTextMemo(emergencyRe);

export const noticeVerbRe = any(
  '\\bnotif(?:y|ies|ied|ying|ication)\\b',
  '\\binform(?!ation)',
  'giv(?:e|es|ing) (?:[a-z]{1,20} ){0,4}notice',
  'provid(?:e|es|ing) (?:[a-z]{1,20} ){0,3}notice',
  '\\bnotice (?:to|of|regarding|about)\\b',
  '\\btell\\b',
  '\\btold\\b',
  '\\balert\\b',
  '\\bwarn(?:s|ed|ing)?\\b',
  '\\badvis(?:e|es|ed|ing)\\b',
  'let (?:[a-z]{1,20} ){1,3}?know',
  'forward (?:the |a )?(?:copy|request|demand)',
  '\\bforward\\w{0,3} to (?:the )?(?:[a-z]{1,20} )?(?:controller|customer|client|you|user|data exporter)s? (?:the |a |any |all |each |such )?(?:[a-z]{1,20} )?(?:copy|cop(?:y|ies)|requests?|demands?|orders?)',
  '\\be-?mail (?:the|you|affected|customer)',
  '\\bsend (?:[a-z]{1,20} ){0,3}(?:an? )?(?:e-?mail|message|notice|notification)',
  '\\bcontact (?:the |any )?(?:affected |relevant )?(?:customer|client|user|account holder)s?\\b',
  '\\bsend\\w{0,2} (?:[a-z]{1,20} ){0,3}?(?:a )?cop(?:y|ies) of',
  // Passing the demand itself on to the customer, like forwarding it.
  '\\bpass(?:es|ed|ing)? on to (?:the )?(?:[a-z]{1,20} )?(?:controller|customer|client|you|user|data exporter)s?\\b',
);

/** A promise (or policy) to tell the customer. */
export const noticeCommitRe = any(
  '(?:will|shall|must|agrees? to|undertakes? to|efforts? to|attempt to|try to|policy (?:is )?to) (?:\\([a-z]\\) )?(?:promptly |first |[a-z]{1,20} )?(?:notify|inform|tell|give|provide|forward|e-?mail|send)',
  'may notify',
  "\\b(?:we|it)'ll (?:promptly |first )?(?:notify|inform|tell|e-?mail|send|forward|let)",
  '(?:will|shall|must|agrees? to|undertakes? to) (?:promptly |first |[a-z]{1,20} )?(?:let (?:[a-z]{1,20} ){1,3}?know|pass(?:es)? on to)\\b',
  'notifies the other',
  'notify (?:the )?(?:other party|customer|client|controller|user|you|affected|account|data exporter)',
  'inform (?:the )?(?:other party|customer|client|controller|you|data exporter)',
  'forward\\w{0,3} to (?:the )?(?:customer|client|controller|you|user|data exporter)',
  'we notify',
  'prior notice',
  'advance notice',
  'provide you with notice',
  'notice to (?:the )?(?:customer|client|you|user|controller|other party)',
  '\\bwe (?:send|e-?mail)',
  '(?:provided|subject to|on condition) (?:that )?[a-z ]{0,40}(?:giv|provid|notif|send)',
);

/** Sentences that continue the previous one: "In that case, ...". */
export const anaphoricRe = /^\W{0,3}(?:in (?:that|such|this|either|each) (?:a )?(?:case|event)|if (?:so|that happens|this happens)|where this happens|in such circumstances|likewise|similarly)\b/;

/** The sentence read with a lead-in that ends in a colon, or with the previous sentence it refers back to. */
export const withLeadIn = (s: SentenceContext): string => (s.previous && (/:\s{0,3}$/.test(s.previous) || anaphoricRe.test(s.text)) ? `${s.previous} ${s.text}` : s.text);

// ---------------------------------------------------------------- clauses read through the frame

/** How a clause speaks of telling the customer about a demand, decided by the clause frame. */
export type NoticeStance = 'promised' | 'soft' | 'denied' | 'deferred' | 'barred';

export interface NoticeReading {
  stance: NoticeStance;
  frame: Frame;
  /** Where the notice word stands in the folded text. */
  at: number;
}

// "Notification ... may be withheld": a notice noun put off by what follows it.
const deferredAfterRe = /^(?:\s[\w'-]{1,20}){0,6}? (?:may|will|can|shall|could|might|is|are) (?:be )?(?:delayed|withheld|postponed|deferred)\b/;

/**
 * Every word of telling in `t` outside the clause's own exception ("unless we are barred from telling
 * you" only qualifies a promise), each with its stance: barred by someone else, put off, denied, a
 * softened promise, or a promise. Negation, modality and exceptions come from the clause frame.
 */
export function noticeReadings(t: string): NoticeReading[] {
  // Several rules read the same sentence (alone or with its lead-in): remember the last few.
  const known = readingsCache.get(t);
  if (known) return known;
  const out: NoticeReading[] = [];
  noticeAnchorRe.lastIndex = 0;
  // A clause has a few words of telling; past twelve, a run-on text gains nothing from reading more.
  let seen = 0;
  for (let m = noticeAnchorRe.exec(t); m && seen++ < maxNoticeAnchors; m = noticeAnchorRe.exec(t)) {
    const f = frameAt(t, m.index);
    if (f.inException) continue;
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 160);
    const stance: NoticeStance = f.barred
      ? 'barred'
      : f.deferred || deferredAfterRe.test(after)
        ? 'deferred'
        : f.negated
          ? 'denied'
          : f.soft || f.modality === 'permission'
            ? 'soft'
            : 'promised';
    out.push({ stance, frame: f, at: m.index });
  }
  if (readingsCache.size >= 4) readingsCache.clear();
  readingsCache.set(t, out);
  return out;
}
const maxNoticeAnchors = 12;
const readingsCache = new Map<string, NoticeReading[]>();

/** True when some reading says the customer may not be told: denied, put off or barred. */
export const noticeWithheld = (readings: readonly NoticeReading[]): boolean => readings.some((r) => r.stance === 'denied' || r.stance === 'deferred' || r.stance === 'barred');

/** True when the first reading is a promise to tell (firm or soft). */
export const noticePromised = (readings: readonly NoticeReading[]): boolean => readings.length > 0 && (readings[0]!.stance === 'promised' || readings[0]!.stance === 'soft');

const processOrAuthorityRe = any('law enforcement', 'subpoena', 'warrant\\b', 'legal process', 'government', 'authorit', 'court order', 'legal (?:request|demand)');

/** Notices that are ordinary contract business (prices, renewals, audits, changes to the terms), not demands. */
export const isOrdinaryNotice = (t: string): boolean => ordinaryNoticeRe.test(t) && !has(t, processOrAuthorityRe);

/** Compulsion named in the clause: an instrument of legal process or a requirement of law. */
export const compulsionRe = any(
  'required (?:to do so )?(?:by|under)',
  '(?:law|statute|legislation|regulation|rule|order|court|authority)\\w{0,2} (?:so )?(?:(?:may|can|could|might|will) )?(?:requires?|compels?|obliges?|demands?|mandates?)',
  'in accordance with (?:[a-z]{1,20} ){0,3}?laws?\\b',
  'statutory (?:obligation|duty|requirement)',
  '\\bcompel\\w{0,4}',
  '\\b(?:required|obliged|obligated|compelled|bound) to\\b',
  '\\bobliged\\b',
  '\\bobligated\\b',
  'legal(?:ly)? (?:obligation|requirement|required|binding)',
  'subpoena',
  'warrant\\b',
  'court order',
  '\\border(?:s|ed)? (?:of|from|by|issued)',
  'legal process',
  'lawful (?:request|order|demand|process)',
  'binding (?:order|request|demand)',
  'judg(?:e)?ments?\\b',
  'comply with (?:the |a |any |applicable )?(?:law|legal|order|request)',
);

/** An authority of the shared lexicon. */
export const anyAuthorityRe = lexAuthorityRe;

/** Verbs of handing data over, including those that do not say "disclose". */
export const handOverRe = any(
  '\\bdisclos\\w{0,6}',
  '\\bshar(?:e|es|ed|ing)\\b',
  '\\breleas\\w{0,4}',
  '\\bpass(?:es|ed|ing)? (?:on )?(?:[a-z-]{1,20} ){0,3}?(?:to|on)\\b',
  '\\bgiv(?:e|es|ing) (?:[a-z-]{1,20} ){0,5}?(?:access|data|information|details|records)',
  '\\bprovid(?:e|es|ing) (?:[a-z-]{1,20} ){0,3}?(?:access|data|information|details|records|content|log)',
  '\\bhand(?:s|ed|ing)? (?:over|(?:[a-z-]{1,20} ){1,3}?to)\\b',
  '\\bturn(?:s|ed|ing)? over',
  '\\bfurnish\\w{0,4}',
  '\\bma(?:ke|kes|king|de) (?:[a-z-]{1,20} ){0,4}?available to',
  '\\btransmit\\w{0,4}',
  '\\breport\\w{0,4}',
);

/**
 * A disclosure the provider permits itself with no compulsion named in its clause: "Provider may
 * disclose Customer Data to any government", "we may pass information to the police if we think it
 * helps". The frame decides: an affirmed permission (not negated, not confined, no exception that
 * names the law) to hand data to an authority.
 */
/** "Without any legal obligation to do so": compulsion named only to be denied. */
const permissionWordRe = /\b(?:may|might|can|could|permitted|allowed|entitled|free to|right to)\b/;

export const noObligationRe = /\b(?:without|with no|under no) (?:any |a |being )?(?:legal |legally )?(?:obligation|requirement|duty|compulsion|required|compelled|obliged)\b[^,;.]{0,20}/g;

export function unrestrictedDisclosure(text: string): boolean {
  // A permission word first (the frame below needs one): its pre-test turns most sentences away unrun.
  if (!has(text, permissionWordRe) || !has(text, lexAuthorityRe)) return false;
  // "With no legal duty to do so" denies compulsion, not the disclosure.
  const t = text.replace(noObligationRe, ' ');
  const m = handOverRe.exec(t);
  if (!m) return false;
  // The provider hands over, not someone it asks to ("we may ask you to provide information").
  if (/\b(?:ask|asks|require|requires|request|requests|invite|invites) (?:you|the customer|customer|the user|users?|the consumer|them) to\s?$/.test(t.slice(Math.max(0, m.index - 40), m.index))) return false;
  const f = frameAt(t, m.index);
  if (f.negated || f.restricted || f.inException || f.modality !== 'permission') return false;
  if (f.exception === 'law-requires' || has(f.clause.replace(noObligationRe, ' '), compulsionRe)) return false;
  return authorityRecipientRe.test(f.clause);
}

/** An authority as the one data goes to or is shared with ("to any government", "with the police"). */
const authorityRecipientRe = new RegExp(
  `\\b(?:to|with)\\s(?:[\\w,'-]{1,20}\\s){0,5}?${wordsSource(authorities)}|\\b(?:give|gives|giving|send|sends|pass|passes|show|shows)\\s(?:(?:the|any|a|an|relevant|appropriate|competent)\\s){0,3}${wordsSource(authorities)}`,
);

/** Disclosure the provider's own judgement decides: "if we think", "where we consider", "on our own initiative". */
export const ownJudgementRe = any(
  '\\b(?:if|where|when|whenever) (?:we|it|provider|the provider|the company|the supplier) (?:reasonably )?(?:think|thinks|consider|considers|believe|believes|judge|judges|deem|deems|suspect|suspects)\\b',
  '\\b(?:on|at) (?:our|its) own (?:initiative|motion|discretion)',
  '\\bat (?:our|its) (?:sole |absolute )?discretion',
  '\\bwe (?:judge|consider|deem) (?:it )?appropriate',
  '\\bwhere (?:we|it) (?:judges?|considers?|deems?) (?:it )?appropriate',
);

/**
 * A sentence that tells a requester how to send a request (guidelines for authorities), not a term about
 * disclosure. The pattern's pre-test turns most sentences away for less than a scan for its words.
 */
export const isRequesterInstruction = (t: string): boolean => has(t, requesterInstructionRe);

export const requesterInstructionRe = any(
  '\\bplease\\b',
  '\\bshould (?:be )?(?:submit|address|send|direct|include|contain|expect|attach|state|make clear|indicate|specify)',
  '\\bmay (?:expeditiously )?(?:submit|send)\\b',
  '\\b(?:may|can|should) be (?:submitted|sent|addressed|directed|served)\\b',
  '\\bshould:\\s?$',
  '\\bexpect (?:longer|delays)',
);

/** A sentence addressed to the requester ("your request", "you're submitting", users told whom to contact). */
export const addressedToRequesterRe = any(
  '\\byour (?:legal |emergency |formal )?(?:request|submission|cover sheet|letterhead)',
  '\\byou(?:\'re| are) (?:submitting|requesting|sending)',
  '\\b(?:you|users?|officials?|officers?|investigators?|requesters?)\\b[^.;]{0,50}\\b(?:should|will need to|need to)\\b',
  '\\bsubmitting (?:an? |the |your )?(?:[a-z]{1,20} )?request',
);

/** A list lead-in ("We may share your data in the following cases:"): the items are the clauses. */
export const isLeadIn = (t: string): boolean =>
  /:\W{0,3}$/.test(t) &&
  /\b(?:following|as follows|below|these|those|kinds? of|types? of|categories of|in (?:the |such )?(?:cases|circumstances|situations))\b[^:]{0,120}:\W{0,3}$/.test(t) && !/\bwhich (?:may |can |will )?includes?\b/.test(t);

const shareWordRe = any('\\bshar', 'disclos', 'recipient');
const recipientHeadingRe = any('\\bshar', 'disclos', 'recipient', 'third part', 'who (?:we|receives)');
const authorityLeadsRe = any('^\\W{0,4}(?:[a-z,]{1,20} ){0,3}?(?:regulators?|courts?|law enforcement|judicial|government|public authorit|authorities|police)');

// Authorities of the shared lexicon as recipients; but a bare "agency" may be an advertising or recruiting one.
// Nor "security services", which a vendor may sell.
const notRecipientAuthority = ['agency', 'agencies', 'security service', 'security services'];
const recipientAuthorityWords = wordsSource(authorities.filter((w) => !notRecipientAuthority.includes(w)));
const recipientAuthorityRe = new RegExp(recipientAuthorityWords);
const leadingAuthorityRe = new RegExp(`^\\W{0,4}(?:[a-z,]{1,20} ){0,3}?${recipientAuthorityWords}`);
const noRecipientRe = /^\W{0,3}(?:none|no one|nobody|not|never|n\/a)\b/;
const deniedLeadInRe = /\b(?:not|never|no)\b|n't\b/;

/**
 * The recipients this table row or list item names are authorities (LABELLING: a row is labelled by its
 * recipients): a recipient-column cell that names one ("Shared with: Tax authorities and regulators"),
 * or an item that starts with one under a lead-in that passes data on ("We may share data with:" +
 * "Courts and the police."). Not when the cell or the lead-in denies it ("None", "We never share with:").
 */
export const namesAuthorityRecipient = (s: SentenceContext): boolean => {
  const cell = recipientCell(s);
  if (cell !== undefined) return has(cell, recipientAuthorityRe) && !noRecipientRe.test(cell);
  if (!s.isListItem || !s.leadIn || deniedLeadInRe.test(s.leadIn) || !isRecipientLeadIn(s.leadIn)) return false;
  const item = s.text.startsWith(s.leadIn) ? s.text.slice(s.leadIn.length) : s.text;
  return has(item, leadingAuthorityRe);
};

/** A row or list item of a recipient list whose recipients are authorities ("Regulators, courts and police, for ..."). */
export const isAuthorityRecipientItem = (s: SentenceContext): boolean =>
  namesAuthorityRecipient(s) ||
  ((s.isTableRow || (s.isListItem && (has(s.previous, shareWordRe) || has(s.heading, recipientHeadingRe)))) &&
    has(s.text, authorityLeadsRe));

/** A foreign authority sent the treaty route (MLAT, letters rogatory): about process, not where data is kept. */
export const treatyRouteRe = any('mutual legal assistance', '\\bmlats?\\b', 'letters? rogatory', 'executive agreement', 'diplomatic (?:procedure|channel)');
