/**
 * The shared lexicons (one reviewed list per file) and the bounded patterns compiled from them.
 * Rules use these instead of their own word lists, so a word added here helps every rule at once.
 */
import { authorities } from './authorities';
import { forumWords } from './lawWords';
import { legalProcess } from './legalProcess';
import { countWords, noticeVerbs, ordinaryNoticeTopics, publishWords } from './notice';
import { ambiguousPlaces, anywhereWords, countries, euMemberStates, eeaNonEu, europeanAreas, regions, subnational, usStates } from './places';

export { authorities, forumWords, legalProcess, countWords, noticeVerbs, ordinaryNoticeTopics, publishWords };
export { ambiguousPlaces, anywhereWords, countries, euMemberStates, eeaNonEu, europeanAreas, regions, subnational, usStates };

const escape = (w: string): string => w.replace(/[*+?^${}()|[\]\\.]/g, '\\$&').replace(/ /g, '\\s');

/**
 * A pattern source matching any of `phrases` as whole words (longest first, so "new south wales"
 * wins over "wales"). Bounded: a fixed alternation between word boundaries, no repeats.
 */
export function wordsSource(phrases: readonly string[]): string {
  const list = [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escape);
  return `(?<![\\w.])(?:${list.join('|')})(?![\\w])`;
}

/** A pattern source matching any of `stems` at a word start, with at most 20 more word characters. */
export function stemsSource(stems: readonly string[]): string {
  const list = [...new Set(stems)].sort((a, b) => b.length - a.length).map(escape);
  return `\\b(?:${list.join('|')})\\w{0,20}`;
}

const countryNames = countries.flat();
/** Every country name, short form and adjective that is not also a common word. */
export const countryWords: readonly string[] = countryNames.filter((w) => !ambiguousPlaces.includes(w));

/**
 * The EU, the EEA, a member state or an EEA country, by name or adjective, and the two neighbours EU
 * transfer rules treat as adequate and EU contracts usually list with it (Switzerland, the UK).
 */
export const homeAreaWords: readonly string[] = [
  ...europeanAreas,
  ...countries.filter((c) => euMemberStates.includes(c[0]!) || eeaNonEu.includes(c[0]!) || c[0] === 'switzerland' || c[0] === 'united kingdom').flat(),
].filter((w) => !ambiguousPlaces.includes(w));

/** Countries and regions outside the EU/EEA/Switzerland, and words for anywhere. */
const foreignAreaWords: readonly string[] = [...countryWords.filter((w) => !homeAreaWords.includes(w)), ...regions.filter((r) => r !== 'europe'), ...anywhereWords];

/** Any named place: a country (not an ambiguous word), a US state, a region or a major city or province. */
export const placeRe = new RegExp(wordsSource([...countryWords, ...usStates.filter((s) => !ambiguousPlaces.includes(s)), ...regions, ...subnational, ...europeanAreas]));
/** A place in the EU/EEA/Switzerland, or the EU itself. */
export const homeAreaRe = new RegExp(wordsSource(homeAreaWords));
/** A country or region outside the EU/EEA/Switzerland, or "anywhere". */
export const foreignAreaRe = new RegExp(wordsSource([...foreignAreaWords, 'the united states', 'the us', 'the u.s.']));
/** A US state named with a place cue: "the State of X", "X law", "laws of X". */
export const usStateRe = new RegExp(wordsSource(usStates));
/** An authority that may ask for data. */
export const authorityRe = new RegExp(wordsSource(authorities));
/** An instrument of legal process. */
export const legalProcessRe = new RegExp(wordsSource(legalProcess));
/** A word of forum. */
export const forumRe = new RegExp(stemsSource(forumWords));

/** A word of telling someone (the anchor of a notice clause). Global: callers walk every anchor. */
export const noticeAnchorRe = new RegExp(wordsSource(noticeVerbs), 'g');
/** A topic whose notices are ordinary contract business (prices, renewals, audits, changes), not demands. */
export const ordinaryNoticeRe = new RegExp(stemsSource(ordinaryNoticeTopics));
/** A word of publishing. */
export const publishRe = new RegExp(wordsSource(publishWords));
/** A count or report of something. */
export const countRe = new RegExp(wordsSource(countWords));

// Place look-up by words, not by a regex of hundreds of alternatives: each sentence is cut into words
// once and its one- to four-word runs are looked up in sets, which costs the same for any lexicon size.
const foreignSet = new Set([...foreignAreaWords, 'the us', 'the u.s', 'the u.s.']);
const homeSet = new Set(homeAreaWords);
const usStateSet = new Set(usStates);
// First words of the names that run over several words: only these start a longer look-up.
const leadWords = new Set([...foreignSet, ...homeSet, ...usStateSet].filter((p) => p.includes(' ')).map((p) => p.split(' ')[0]!));
// Every run of leading words that a longer name continues ("the", "united", "united states"): a
// look-up stops as soon as its words lead to no name, so "the" does not join the next three words.
const leadRuns = new Set([...foreignSet, ...homeSet, ...usStateSet].flatMap((p) => p.split(' ').slice(0, -1).map((_, n, ws) => ws.slice(0, n + 1).join(' '))));
const wordRe = /[a-z][a-z'-]{0,30}(?:\.[a-z]{1,3})*\.?/g;

// One look-up per word: bit 1 foreign, 2 home, 4 a US state.
const kinds = new Map<string, number>();
const mark = (set: Set<string>, bit: number): void => set.forEach((p) => kinds.set(p, (kinds.get(p) ?? 0) | bit));
mark(foreignSet, 1);
mark(homeSet, 2);
mark(usStateSet, 4);

const kindOf = (phrase: string, out: Places): void => {
  let k = kinds.get(phrase);
  if (k === undefined && phrase.endsWith('.')) k = kinds.get(phrase.slice(0, -1));
  if (k === undefined) return;
  if (k & 1) out.foreign = true;
  if (k & 2) out.home = true;
  if (k & 4) out.usState = true;
};

/** The places a folded sentence names, by kind. */
export interface Places {
  foreign: boolean;
  home: boolean;
  usState: boolean;
}

let lastText: string | undefined;
let lastPlaces: Places = { foreign: false, home: false, usState: false };

/** Which kinds of place the folded text names (remembers the last text: several rules ask about one sentence). */
export function placesIn(text: string): Places {
  if (text === lastText) return lastPlaces;
  const words = text.match(wordRe) ?? [];
  const out: Places = { foreign: false, home: false, usState: false };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    kindOf(w, out);
    if (!leadWords.has(w)) continue;
    let phrase = w;
    for (let n = 1; n < 4 && i + n < words.length; n++) {
      phrase = `${phrase} ${words[i + n]!}`;
      kindOf(phrase, out);
      if (!leadRuns.has(phrase)) break;
    }
  }
  lastText = text;
  lastPlaces = out;
  return out;
}
