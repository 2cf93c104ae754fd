/** cl-location-unrestricted: data may be stored, processed or reached anywhere, abroad, or in a named foreign country. */
import { type ClauseRule, foreignWords } from './rule';
import type { SentenceContext } from './context';
import { countryWords, foreignAreaRe, placesIn, usStateRe, usStates } from '../lexicon';
import { frameAt, polarity } from './frame';
import { any, firstMatch, has, foreignPlaceRe } from './phrases';
import { subprocessorTableRow } from './shared/location';
import { isTitle } from './shared/title';
import { fewerSpacesThan } from '../text/normalize';

/** A row or clause confined to customers in Europe: "(EU customers)", "(for EEA customers)". */
const europeOnlyRowRe = /\((?:for |only for )?(?:eu|eea|european|uk) customers(?: only)?\)/;

const customerChoiceRe = any(
  'on (?:the )?(?:documented )?instructions? (?:of|from) (?:the )?(?:customer|client|controller|you)',
  'on (?:the )?(?:customer|client|controller)\'s (?:documented )?instruction',
  '(?:selected|chosen|designated) by (?:the )?(?:customer|client|you)',
  '(?:customer|client|you) (?:may |can )?(?:select|choose|elect|decide)',
  'at (?:the )?(?:customer|client|controller)\'s (?:request|choice|option)',
  'if (?:the )?(?:customer|client|you) (?:so )?(?:request|instruct|choose)',
  '(?:customer|client|you) (?:itself |yourself )?(?:chooses|selects|elects|instructs)',
  // Approval the customer gives first is a restriction the customer controls.
  'unless (?:the )?(?:customer|client|controller) has (?:first |previously )?(?:approved|consented|agreed|authori[sz]ed)',
  'without (?:the )?(?:customer|client|controller)\'s (?:prior |express )?(?:written )?(?:consent|approval|authori[sz]ation)',
  'with (?:the )?(?:customer|client|controller)\'s (?:prior )?(?:written )?(?:consent|approval)',
);

// A verb of keeping or moving data, then a place that is abroad or anywhere, close together.
// The stems start at a word boundary and their endings are bounded (issue #9): `\w*` restarted at
// every stem of a long run of letters and took seconds per sentence.
const placeTieRe = new RegExp(
  `\\b(?:sub-?)?(?:transfer|stor|process|host|access|locat|operat|maintain|replicat|collect|transmit|shar)\\w{0,20}[^.;]{0,90}?(?:\\b(?:in|to|from|throughout|across|around|into|at|within|with)\\b[^.;]{0,40}?)?${foreignPlaceRe.source}` +
    `|${foreignPlaceRe.source}[^.;]{0,60}?(?:transfer|stor|process|host|access|locat|operat)\\w{0,20}`,
);

// A verb of keeping or moving data, then any foreign country, region or "anywhere" the place lexicon knows.
const lexiconTieRe = new RegExp(`\\b(?:transfer|stor|process|host|access|locat|maintain|replicat|transmit|shar|sen[dt]|kept|held|cop(?:y|ie)|(?:us(?:e|es|ing)|runs? on|rel(?:y|ies) on)\\b[^.;]{0,40}\\b(?:infrastructure|data ?cent|servers))\\w{0,12}\\b[^.;]{0,90}?\\b(?:in|to|throughout|across|into|within)\\b[^.;]{0,40}?(?:${foreignAreaRe.source})`);
const actionVerbRe = /\b(?:transfer|stor|process|host|access|locat|operat|maintain|replicat|collect|transmit|shar|cop(?:y|ie)|sen[dt]|kept|held)/;
// "Never leaves Germany", "remains within the EU": the place is a limit, not a destination.
const neverLeavesRe = any('never (?:leaves?|be (?:moved|transferred|copied))', '\\bremains? (?:with)?in (?:the )?(?:eu|eea|european|region|country)');
// The provider, or who answers for the data, sits abroad: "the data controller is X, based in Texas".
const controllerAbroadRe = new RegExp(`\\b(?:data )?controller\\b[^.;]{0,120}\\b(?:based|located|headquartered|established|incorporated|registered) in\\b[^.;]{0,40}?(?:${foreignAreaRe.source}|${usStateRe.source})`);
// Destinations without adequate protection, scattered storage, or no fixed place at all.
const noFixedPlaceRe = any(
  '(?:countries|jurisdictions?) (?:that|which) (?:[a-z]{1,30} ){0,8}not (?:been )?(?:recogni[sz]ed|found|deemed|considered)(?: [a-z]{1,30}){0,6} adequate',
  '\\b(?:stor|host|kept|held|locat|cop(?:y|ie)|backups?|servers|data cent|access)\\w{0,6}\\b[^.;]{0,60}\\bin (?:several |multiple |many )?(?:different|various) (?:jurisdictions|countries)',
  '\\b(?:stor|replicat|mirror|cop(?:y|ie)|back(?:ed)? up|distribut|spread)\\w{0,6}\\b[^.;]{0,40}\\bacross (?:multiple |several |different |many |various )?(?:regions|countries|jurisdictions|continents)\\b',
  '\\bno matter where (?:our |the |your )?(?:servers|data|information)',
  '\\b(?:stor|host|process|transfer|access|kept|held)\\w{0,6}\\b[^.;]{0,60}\\bcountr(?:y|ies) other than\\b',
);
/** Words without which no alternative of noFixedPlaceRe can match. */
const mayHaveNoFixedPlace = (t: string): boolean => t.includes('adequate') || t.includes('different') || t.includes('various') || t.includes('no matter where') || t.includes('other than') || t.includes('across');
// Place words that are not about where data goes: export rules, state privacy notices, device location, treaty routes for police.
const notDataPlaceRe = any(
  '(?:consumer|state) privacy (?:act|rights|law)',
  '\\bccpa\\b',
  'sales tax',
  'geolocation',
  'location (?:information|data|services|features)',
  'mutual legal assistance',
  '\\bmlat',
  'located at \\d',
  '(?:published|posted|shared) (?:on|to|with) (?:the internet|other|others|the public)',
  'publicly',
  'on a worldwide basis',
  // Call and message rates: "counts as an international text message to the United States".
  '\\binternational (?:text |sms |voice )?(?:messages?|calls?|rates|roaming|charges)\\b',
  '\\b(?:they|others|other people|recipients) (?:may|can|will)\\b',
);

// Where the reader lives is not where data goes, unless the sentence goes on to say so. Kept apart
// from the list below: its look-ahead would slow every other alternative down.
const readerLivesRe = /\b(?:if|where|when|whenever) you (?:are|reside|live|travel) (?:located |based )?(?:in|outside)(?![^;]{0,200}(?:will|may) be (?:transferred|stored|processed))/;

const notLocationRe = any(
  'sanction',
  'export (?:control|administration)',
  'individuals (?:located )?in the',
  'governed by',
  '(?:exclusive|personal) jurisdiction',
  'jurisdiction (?:and|or) venue',
  'submit to the jurisdiction',
  '\\bvenue\\b',
  'data privacy framework',
  '\\bdpf\\b',
  'learn more',
  'data subject',
  'stored communications act',
  'government (?:list|authori[sz]ation)',
  'adher\\w{1,20} to the',
  'certified',
  'department of commerce',
  'dpf principles',
  'complaint',
  'safe harbor for',
  'copyright',
  europeOnlyRowRe.source,
  'subject to appropriate safeguards',
  'adequacy decision',
  'appropriate safeguards',
  'article 46',
);

const vendorListLeadRe = any('\\b(?:vendors|(?:sub-?)?processors|service providers|providers|suppliers|firms|(?:sub-?)?contractors|delegatees)\\b');
const modalRe = any('\\b(?:must|shall|will|may|can|should|agrees?|is|are)\\b');
const legalFormDotRe = /\b(inc|ltd|corp|llc|plc|pty|gmbh|ulc|pte)\.(?=[\s,)]|$)/g;
const foreignAffiliatesRe = any('\\b(?:foreign|overseas) (?:[a-z]{1,20} )?(?:affiliates|subsidiaries|group compan(?:y|ies)|entities|offices)\\b');
const dataUseRe = any('\\b(?:us(?:e|es|ed|ing)|shar|transfer|process|disclos|access|provid|sen[dt])');
const vendorsEverywhereRe = any('\\b(?:service providers|providers|vendors|processors|sub-?processors|suppliers|contractors)\\b[^.;]{0,30}\\b(?:around the (?:world|globe)|across the (?:world|globe)|in (?:many|various|different|other|several|multiple) countries)\\b');
const customerLeadsRe = any('^(?:the )?(?:customer|client|you|controller)\\b');
// The customer's own things lead the sentence ("Customer Data may be...", "You'll find..."): not the customer acting.
const customerThingRe = /^(?:the )?(?:customer|client|you|controller)(?:'s|s'|'ll|'re|'ve|'d| data| content| personal| account| support| backups?| environments?| obligations?| of)\b/;
// The customer, then a verb or modal: "You may choose", "Customer acknowledges", "Client hereby instructs".
const customerVerbRe = /^(?:the )?(?:customer|client|you|controller) (?:also|hereby|expressly|further|therefore|itself|yourself|solely|may|must|shall|will|can|cannot|could|should|would|might|agrees?|acknowledges?|understands?|accepts?|consents?|confirms?|represents?|warrants?|assumes?|is|are|has|have|remains?|retains?|owns?|controls?|decides?|determines?|selects?|chooses?|instructs?|authori[sz]es?|grants?|appoints?|uses?|access(?:es)?|stores?|hosts?|transfers?|sends?|uploads?|provides?|submits?|enables?|configures?|creates?|receives?|want|wish|need|do|does|did|don't|doesn't|never|only)\b/;
// A clause the parser would not take as the main one ("Customer acknowledges that, where ..., the authorities may").
const subordinateRe = /\b(?:after|although|as|because|before|if|since|than|that|though|when|whenever|where|whereas|wherever|whether|while|why|unless|until|once|which|whichever|who|whoever|whom|whose)\b/;
const clauseBreakRe = /[,;:(]\s?|\s[-\u2013\u2014]\s/;
// "Customer acknowledges that, where ..., the authorities may ...": a condition set in after "that,";
// the clause acknowledged after it says who acts.
const acknowledgesThatRe = /^(?:the )?(?:customer|client|you|controller) (?:(?:also|hereby|expressly|further|therefore) )?(?:[a-z]{1,20} )?(?:and [a-z]{1,20} )?that$/;
const opensConditionRe = /^(?:where|if|when|whenever|while|although|though|unless|because|as|since|once|to the extent|in the event|by|in|for|with|after|before|notwithstanding|subject to|save|except)\b/;

/**
 * Who acts: the customer choosing or configuring is not the provider moving data. Decided from the
 * words where the sentence is one clause, its first clause is a main clause, or a condition is set in
 * after "acknowledges that,"; the NLP parser reads the rest, where which clause is the main one
 * decides the subject. (On the 611 sentences of the corpus and fixtures that open with the customer,
 * the words decide 485 and agree with the parser on 480; the parser is wrong on the other five, e.g.
 * "customer grants the provider the", where it takes the verb for the subject.)
 */
function customerActs(s: SentenceContext): boolean {
  const t = s.text;
  if (!has(t, customerLeadsRe)) return false;
  if (customerThingRe.test(t)) return false;
  if (customerVerbRe.test(t)) {
    const first = t.split(clauseBreakRe, 1)[0]!;
    if (first === t || !subordinateRe.test(first)) return true;
    const clauses = t.split(clauseBreakRe);
    if (clauses.length > 2 && acknowledgesThatRe.test(first) && opensConditionRe.test(clauses[1]!)) {
      const acknowledged = clauses.slice(2).find((c) => !opensConditionRe.test(c));
      if (acknowledged !== undefined) return has(acknowledged, customerLeadsRe);
    }
  }
  const subject = s.parse().subject;
  return /^(?:the )?(?:customer|client|you|controller)$/.test(subject);
}

// Someone placed abroad who can reach the data: "a firm we engage in the Philippines, which can see your
// account". The place is any few words after "in"; the place lexicon then confirms it is abroad.
const reachFromPlaceRe = /\bin ((?:the )?[a-z][a-z'-]{1,20}(?: [a-z][a-z'-]{1,20}){0,2}),? (?:which|who) (?:can|may|will|could) (?:also )?(?:see|view|read|access|process|handle|store|receive|use)\b/;
function reachFromPlace(t: string): RegExpExecArray | null {
  if (!t.includes('which ') && !t.includes('who ')) return null;
  if (!t.includes(' can ') && !t.includes(' may ') && !t.includes(' will ') && !t.includes(' could ')) return null;
  const m = reachFromPlaceRe.exec(t);
  return m && placesIn(m[1]!).foreign ? m : null;
}
// The provider says it sits in a US state and keeps the data there: "we are headquartered in Texas,
// and your information is processed there" (the US-company ruling, with the state named instead).
const providerInPlaceRe = any('\\b(?:we are|we\'re|(?:the )?(?:company|provider|vendor|supplier) is) (?:headquartered|based|located) in\\b');
const keptThereRe = any('\\b(?:process|stor|host|kept|held|keep)\\w{0,5}\\b');

/** A verb tied to a place abroad that the place lexicon confirms. The pattern runs first: it costs a
 * fraction of the word-by-word look-up, and a sentence it misses needs no look-up at all. */
function lexiconTie(t: string): RegExpExecArray | null {
  const m = lexiconTieRe.exec(t);
  return m && placesIn(t).foreign ? m : null;
}

const usaRe = any('\\busa?\\b');
const worldwideLicenceRe = any('worldwide,? (?:non-exclusive|royalty|perpetual|irrevocable|fully|license|licence|right)', '(?:license|licence|right) (?:[a-z,-]{1,30} ){0,6}worldwide', 'worldwide (?:[a-z,-]{1,30} ){0,4}(?:license|licence)', 'non-exclusive');
const usProviderRe = any('(?:is|are) (?:a )?(?:u\\.s\\.|us|united states|american|delaware) (?:company|corporation|entity)(?! based in california, [a-z]{1,30} is not)', '(?<!you )(?:is|are) (?:headquartered|located|based|incorporated|operated) in the (?:u\\.s|us\\b|united states)', 'data infrastructure (?:is |are )?located in the (?:u\\.s|us|united states)');
const notForeignDemandRe = any('not required to provide data to foreign');
const countriesDifferRe = any('countries (?:[a-z]{1,30} ){0,4}(?:may not|do not|might not) (?:have|provide|offer)', '(?:laws|protection) (?:in|of) (?:these|those|other) countries (?:may )?(?:differ|not)', 'list of (?:the )?countries to which');
const transferConsentRe = any('consent to (?:this|the|such|these|any such) transfer', 'do not agree with (?:the )?(?:above[- ]stated )?(?:overseas )?transfers', 'agree to (?:the )?transfer of (?:your )?(?:personal )?(?:data|information) to');
const groupTransferRe = any('transfer\\w{0,20} (?:[a-z]{1,30} ){0,3}within (?:its|our|the) (?:company |corporate )?group');
const butRe = any('however', 'except', 'unless');
const keptInsideRe = any('(?:will|shall|do|does|may) not (?:be )?(?:transfer|store|process|move|host|replicat|use)\\w{0,20}[a-z ,-]{0,60}outside', 'not (?:be )?transferred (?:[a-z]{1,30} ){0,4}outside', 'remain within', 'only (?:be )?(?:store|process|host)\\w{0,20} (?:with)?in (?:the )?(?:eu|european|eea)');

/** Data may be stored, processed or reached anywhere, abroad, or in a named foreign country. */
const locationUnrestricted = (s: SentenceContext): boolean => {
  // "Example, Inc., located in the United States": the full stop of a company's legal form does not end
  // the clause the verb-and-place ties below read.
  const t = s.text.includes('.') ? s.text.replace(legalFormDotRe, '$1') : s.text;
  // A sub-processor row places data where it names a country outside the EU/EEA (the place lexicon),
  // unless the row is confined to customers in Europe.
  if (s.isTableRow) return subprocessorTableRow(s) && !has(t, europeOnlyRowRe) && (foreignAreaRe.test(t) || has(t, usaRe));
  // An item of a vendor list ("These firms host data for us:") places data where it names a country
  // outside the EU/EEA, as a sub-processor table row does.
  if (s.isListItem && s.leadIn && has(s.leadIn, vendorListLeadRe)) {
    const item = t.startsWith(s.leadIn) ? t.slice(s.leadIn.length) : t;
    // An entry ("Example Ltd (hosting, Japan)"), not a clause with its own verb ("must only process in...").
    const entry = fewerSpacesThan(item, 20) && !has(item, modalRe);
    if (entry && (foreignAreaRe.test(item) || has(item, usaRe)) && !has(item, europeOnlyRowRe)) return true;
  }
  if (fewerSpacesThan(t, 5) || isTitle(s)) return false;
  // Each whole-sentence test below is guarded by a word all of its alternatives contain: most of them
  // start with a class or an alternation, which V8 cannot skip ahead for, and most sentences lack the word.
  if ((t.includes('worldwide') || t.includes('non-exclusive')) && has(t, worldwideLicenceRe)) return false;
  if ((t.includes('company') || t.includes('corporation') || t.includes('entity') || t.includes('in the u')) && has(t, usProviderRe) && !has(t, notForeignDemandRe)) return true;
  if (t.includes('countries') && has(t, countriesDifferRe)) return true;
  if (t.includes('transfer') && has(t, transferConsentRe)) return true;
  if (t.includes('group') && has(t, groupTransferRe)) return true;
  // Affiliates abroad, or vendors spread over the world, that use or receive the data.
  if ((t.includes('foreign') || t.includes('overseas')) && has(t, foreignAffiliatesRe) && has(t, dataUseRe)) return true;
  if ((t.includes('world') || t.includes('globe') || t.includes('countries')) && has(t, vendorsEverywhereRe)) return true;
  if (has(t, notDataPlaceRe)) return false;
  if ((t.includes('headquartered') || t.includes('based in') || t.includes('located in')) && has(t, providerInPlaceRe) && has(t, keptThereRe) && placesIn(t).usState) return true;
  if ((t.includes('controller') && controllerAbroadRe.test(t)) || (mayHaveNoFixedPlace(t) && has(t, noFixedPlaceRe))) return true;
  if (has(t, notLocationRe) || (t.includes('you ') && readerLivesRe.test(t))) return false;
  const tie = firstMatch(t, placeTieRe) ?? lexiconTie(t) ?? reachFromPlace(t);
  // "Personnel outside the EU have no technical means to access the data": a denied or confined action
  // protects. The frame is read at the verb, which may come after the place ("staff in X have no access").
  if (tie) {
    const verb = tie[0].search(actionVerbRe);
    if (polarity(frameAt(t, tie.index + Math.max(0, verb))) === 'protection' && !has(t, butRe)) return false;
  }
  if (has(t, neverLeavesRe)) return false;
  // Every country, its adjective and the usual regions are in the place lexicon, so a sentence the two
  // ties above miss names no place abroad: no NLP parse is needed to look for one.
  if (!tie) return false;
  if (has(t, customerChoiceRe) || customerActs(s)) return false;
  // A promise not to move data outside a region is a commitment, not permission.
  if (has(t, keptInsideRe) && !has(t, butRe)) return false;
  return true;
};

/**
 * The gate words for places, abroad or anywhere; "consent to" only where transferConsentRe needs it
 * ("consent to the transfer"): the place ties and the lexicon read places, not consent. "any other"
 * is not needed: "any other country/jurisdiction/location" holds "other countr/juris/locat", and
 * foreignPlaceRe's "other <word> jurisdictions/locations/regions" holds the plural itself.
 */
const placeWords = [...foreignWords.filter((w) => w !== 'consent to' && w !== 'any other'), 'jurisdictions', 'locations', 'regions', ...['this', 'the', 'such', 'these', 'any such'].map((d) => `consent to ${d} transfer`)];

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-location-unrestricted',
  category: 'location.anywhere',
  risk: 'high',
  arguments: ['arg-territoriality', 'arg-comity-conflict', 'arg-data-mobility', 'arg-control-not-location'],
  gate: { words: [...placeWords, ...countryWords, 'foreign', 'across', 'other geographic', 'other regions', 'globally', 'data cent', 'infrastructure', 'matter where', 'anywhere', 'controller', 'different juris', 'different countr', 'adequa'], both: [['headquartered', 'based in', 'located in'], usStates], rows: true },
  match: locationUnrestricted,
  fixtures: 'test/fixtures/rules/cl-location-unrestricted.md',
};
