/** Which places a clause names, and whether each is inside the EEA (names from the shared lexicon). */
import { ambiguousPlaces, countries, eeaNonEu, euMemberStates } from '../lexicon/places';

/** A place a contract may name: a country, or a group of countries such as the EEA. */
export interface Place {
  /** Name shown to the reviewer, e.g. "United States". */
  name: string;
  /** "EU" or "EEA" for the groups, "US", "GB", "CH", "CA", "AU" for the countries other code compares against; else the name. */
  code: string;
  /** Inside the European Economic Area (or the EEA/EU itself). */
  eea: boolean;
  /** A group of countries rather than one country. */
  group?: boolean;
}

// Built from the shared lexicon (src/core/lexicon/places.ts): [name, adjective, ...other names]. Adjectives
// ("Danish"), names that are also ordinary words ("Jersey", "Chad") and "America" (as in "Latin America")
// are not read as places here.
const codes: Record<string, string> = { 'united states': 'US', 'united kingdom': 'GB', switzerland: 'CH', canada: 'CA', australia: 'AU', iceland: 'IS', liechtenstein: 'LI', norway: 'NO' };
const titleCase = (s: string) => s.replace(/(^|[\s-])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase()).replace(/\bAnd\b|\bOf\b|\bThe\b/g, (w) => w.toLowerCase());
const eeaNames = new Set([...euMemberStates, ...eeaNonEu]);

const table: [Place, string[]][] = [
  [{ name: 'European Union', code: 'EU', eea: true, group: true }, ['european union', 'eu', 'e.u.']],
  [{ name: 'European Economic Area', code: 'EEA', eea: true, group: true }, ['european economic area', 'eea', 'e.e.a.']],
  ...countries.map(([name, , ...others]): [Place, string[]] => [{ name: titleCase(name!), code: codes[name!] ?? titleCase(name!), eea: eeaNames.has(name!) }, [name!, ...others.filter((o) => o !== 'america')]]),
];
// "united-states" as some contracts hyphenate it; "us" is read case-sensitively below.
table.find(([p]) => p.code === 'US')![1].push('united-states', 'united-states of america');

export const places: readonly Place[] = table.map(([p]) => p);

const byAlias = new Map<string, Place>();
for (const [place, aliases] of table) for (const a of aliases) if (!byAlias.has(a) && (!ambiguousPlaces.includes(a) || a === 'us')) byAlias.set(a, place);
for (const [place] of table) if (!byAlias.has(place.code.toLowerCase()) && place.code.length === 2 && place.group !== true) byAlias.set(place.code.toLowerCase(), place);
// Two-letter codes other than the group ids are too ambiguous in prose ("in", "it", "no", "be").
const prose = [...byAlias.keys()].filter((a) => a.length > 2 || a === 'eu' || a === 'uk' || a === 'us').sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Upper-case "US" only: the pronoun "us" is everywhere in terms of service.
const placeRe = new RegExp(`(?<![\\w.])(?:${prose.map(escape).join('|')})(?![\\w])`, 'gi');

// "except from the United States", "outside the EEA", "not in China": the place is named to rule it out.
const ruledOutRe = /\b(?:except|excluding|exclusive of|other than|apart from|not|never|no|outside(?: of)?|beyond)\b[^.;:,]{0,30}$/i;

/**
 * The places a piece of prose names, in order of first mention, without repeats. With `affirmative`,
 * places named only to be ruled out ("outside the EEA", "except from the United States") are left out.
 */
export function placesIn(text: string, affirmative = false): Place[] {
  const out: Place[] = [];
  for (const m of text.matchAll(placeRe)) {
    const word = m[0];
    if (affirmative && ruledOutRe.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (word.toLowerCase() === 'us' && word !== 'US') continue;
    // "U.S." ends in a dot the lookahead allows; a trailing dot is part of the alias.
    const p = byAlias.get(word.toLowerCase());
    if (p && !out.includes(p)) out.push(p);
  }
  return out;
}

/** One place by any of its names or its code (for playbooks and sub-processor lists), or undefined. */
export function placeNamed(name: string): Place | undefined {
  const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
  return byAlias.get(key) ?? byAlias.get(key.replace(/^the /, ''));
}

/** Is `place` covered by `allowed` (a country by itself or by the EU/EEA group it belongs to)? */
export function placeCovered(place: Place, allowed: readonly Place[]): boolean {
  const outsideEu = ['IS', 'LI', 'NO', 'EEA'];
  return allowed.some((a) => a === place || (a.code === 'EEA' && place.eea) || (a.code === 'EU' && place.eea && !outsideEu.includes(place.code)));
}
