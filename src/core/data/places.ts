/**
 * The one place model: every country of the place lexicon, the EU and the EEA, each with its EEA
 * membership and the playbook region it falls in. The panel's "places named", the playbook's
 * allowed/forbidden locations, the TIA, the gap matrix and sub-processor lists all read this table.
 */
import { ambiguousPlaces, countries, eeaNonEu, euMemberStates } from '../lexicon/places';

/** Regions (and single countries) a playbook may allow or forbid. */
export const regionIds = ['eu-eea', 'uk', 'us', 'switzerland', 'canada', 'australia', 'india', 'china', 'singapore', 'japan', 'brazil', 'israel', 'philippines', 'south-korea', 'russia'] as const;
export type RegionId = (typeof regionIds)[number];

export const regionLabels: Record<RegionId, string> = {
  'eu-eea': 'the EU/EEA',
  uk: 'the United Kingdom',
  us: 'the United States',
  switzerland: 'Switzerland',
  canada: 'Canada',
  australia: 'Australia',
  india: 'India',
  china: 'China',
  singapore: 'Singapore',
  japan: 'Japan',
  brazil: 'Brazil',
  israel: 'Israel',
  philippines: 'the Philippines',
  'south-korea': 'South Korea',
  russia: 'Russia',
};

/** A place a contract may name: a country, or a group of countries such as the EEA. */
export interface Place {
  /** Name shown to the reviewer, e.g. "United States". */
  name: string;
  /** "EU" or "EEA" for the groups, "US", "GB", "CH", "CA", "AU", "IS", "LI", "NO" for the countries other code compares against; else the name. */
  code: string;
  /** Inside the European Economic Area (or the EEA/EU itself). */
  eea: boolean;
  /** A group of countries rather than one country. */
  group?: boolean;
  /** The playbook region it belongs to, when a playbook can speak of it. */
  region?: RegionId;
}

// Lexicon names of the countries that are playbook regions of their own (the EEA members are 'eu-eea').
const countryRegions: Record<string, RegionId> = {
  'united kingdom': 'uk', 'united states': 'us', switzerland: 'switzerland', canada: 'canada', australia: 'australia', india: 'india', china: 'china',
  singapore: 'singapore', japan: 'japan', brazil: 'brazil', israel: 'israel', philippines: 'philippines', 'south korea': 'south-korea', russia: 'russia',
};
const codes: Record<string, string> = { 'united states': 'US', 'united kingdom': 'GB', switzerland: 'CH', canada: 'CA', australia: 'AU', iceland: 'IS', liechtenstein: 'LI', norway: 'NO' };
const titleCase = (s: string) => s.replace(/(^|[\s(-])([a-z])/g, (_, p: string, c: string) => p + c.toUpperCase()).replace(/\bAnd\b|\bOf\b|\bThe\b/g, (w) => w.toLowerCase());
const eeaNames = new Set([...euMemberStates, ...eeaNonEu]);

// Built from the place lexicon: [name, adjective, ...other names]. Adjectives ("Danish"), names that are
// also ordinary words ("Jersey", "Chad") and "America" (as in "Latin America") are not read as places.
const table: [Place, string[]][] = [
  [{ name: 'European Union', code: 'EU', eea: true, group: true, region: 'eu-eea' }, ['european union', 'eu', 'e.u.']],
  [{ name: 'European Economic Area', code: 'EEA', eea: true, group: true, region: 'eu-eea' }, ['european economic area', 'eea', 'e.e.a.']],
  ...countries.map(([name, , ...others]): [Place, string[]] => {
    const region = eeaNames.has(name!) ? 'eu-eea' : countryRegions[name!];
    return [{ name: titleCase(name!), code: codes[name!] ?? titleCase(name!), eea: eeaNames.has(name!), ...(region ? { region } : {}) }, [name!, ...others.filter((o) => o !== 'america')]];
  }),
];
// "united-states" as some contracts hyphenate it; "us" is read case-sensitively below.
table.find(([p]) => p.code === 'US')![1].push('united-states', 'united-states of america');

/** Every place the model knows. */
export const places: readonly Place[] = table.map(([p]) => p);

const byAlias = new Map<string, Place>();
for (const [place, aliases] of table) for (const a of aliases) if (!byAlias.has(a) && (!ambiguousPlaces.includes(a) || a === 'us')) byAlias.set(a, place);
for (const [place] of table) if (!byAlias.has(place.code.toLowerCase()) && place.code.length === 2 && place.group !== true) byAlias.set(place.code.toLowerCase(), place);

// Looser words a reviewer reads as a place in a location clause ("Swiss data centres", "hosted in Europe")
// but that do not name a destination precisely enough for the TIA to state one.
const loose = new Map<string, Place>([
  ['swiss', byAlias.get('switzerland')!],
  ['europe', byAlias.get('european union')!],
]);

// Two-letter codes other than the group ids are too ambiguous in prose ("in", "it", "no", "be").
const prose = [...byAlias.keys(), ...loose.keys()].filter((a) => a.length > 2 || a === 'eu' || a === 'uk' || a === 'us').sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Longest alias first ("United States of America" before "United States", "Northern Ireland" before
// "Ireland"); a word boundary on both sides ("US" never matches inside "USB").
const placeRe = new RegExp(`(?<![\\w.])(?:${prose.map(escape).join('|')})(?![\\w])`, 'gi');

// "except from the United States", "outside the EEA", "not in China": the place is named to rule it out.
const ruledOutRe = /\b(?:except|excluding|exclusive of|other than|apart from|not|never|no|outside(?: of)?|beyond)\b[^.;:,]{0,30}$/i;

/** A place named in a text: where, and which. */
export interface PlaceMention {
  start: number;
  end: number;
  /** The place's name (as `place.name`). */
  name: string;
  /** The playbook region, when the place has one. */
  region?: RegionId;
  place: Place;
  /** Named by a looser word ("Swiss", "Europe"). */
  loose: boolean;
  /** Named to be ruled out: "except from the United States", "outside the EEA", "not in China". */
  ruledOut: boolean;
}

/** Every place named in `text`, in order, repeats included. Linear: one regular expression pass. */
export function placeMentions(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(placeRe)) {
    const word = m[0];
    // Upper-case "US" only: the pronoun "us" is everywhere in terms of service.
    if (word.toLowerCase() === 'us' && word !== 'US') continue;
    const key = word.toLowerCase();
    const place = byAlias.get(key) ?? loose.get(key);
    if (place) out.push({ start: m.index, end: m.index + word.length, name: place.name, ...(place.region ? { region: place.region } : {}), place, loose: !byAlias.has(key), ruledOut: ruledOutRe.test(text.slice(Math.max(0, m.index - 40), m.index)) });
  }
  return out;
}

/**
 * The places a piece of prose names precisely, in order of first mention, without repeats. With
 * `affirmative`, places named only to be ruled out ("outside the EEA", "except from the United States")
 * are left out.
 */
export function placesIn(text: string, affirmative = false): Place[] {
  const out: Place[] = [];
  for (const m of placeMentions(text)) {
    if (m.loose || out.includes(m.place)) continue;
    if (affirmative && m.ruledOut) continue;
    out.push(m.place);
  }
  return out;
}

/** One place by any of its names or its code (for playbooks and sub-processor lists), or undefined. */
export function placeNamed(name: string): Place | undefined {
  const key = name.trim().toLowerCase().replace(/\s+/g, ' ');
  return byAlias.get(key) ?? byAlias.get(key.replace(/^the /, ''));
}

/** The places a playbook region stands for: the EEA group for 'eu-eea', else its country. */
export function regionPlace(region: RegionId): Place {
  return region === 'eu-eea' ? byAlias.get('eea')! : places.find((p) => p.region === region && !p.group)!;
}

/** Is `place` covered by `allowed` (a country by itself or by the EU/EEA group it belongs to)? */
export function placeCovered(place: Place, allowed: readonly Place[]): boolean {
  const outsideEu = ['IS', 'LI', 'NO', 'EEA'];
  return allowed.some((a) => a === place || (a.code === 'EEA' && place.eea) || (a.code === 'EU' && place.eea && !outsideEu.includes(place.code)));
}
