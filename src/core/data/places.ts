/**
 * Places named in location clauses and the regions a playbook speaks of. Data, not code: the panel's
 * "places named" list and the playbook's allowed/forbidden locations both read this table.
 */
import { eeaNonEu, euMemberStates } from '../lexicon/places';

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

interface Place {
  /** How the place is shown ("Ireland", "United States"). */
  name: string;
  region: RegionId;
  /** Case-sensitive spellings: abbreviations such as "US" or "UK" must not match ordinary words. */
  spellings: string[];
}

/** "czech republic" -> "Czech Republic": the lexicon's lower-case names, as a contract writes them. */
const titleCase = (name: string) => name.replace(/\b[a-z]/g, (c) => c.toUpperCase());

// The member states come from the reviewed lexicon (src/core/lexicon/places.ts), not a second list.
const eeaCountries = [...euMemberStates, ...eeaNonEu].map(titleCase);

export const places: readonly Place[] = [
  { name: 'European Union', region: 'eu-eea', spellings: ['European Union', 'European Economic Area', 'EU', 'EEA', 'E.U.', 'Europe'] },
  ...eeaCountries.map((c) => ({ name: c, region: 'eu-eea' as const, spellings: [c] })),
  { name: 'United Kingdom', region: 'uk', spellings: ['United Kingdom', 'UK', 'U.K.', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'] },
  { name: 'United States', region: 'us', spellings: ['United States of America', 'United States', 'USA', 'U.S.A.', 'U.S.', 'US'] },
  { name: 'Switzerland', region: 'switzerland', spellings: ['Switzerland', 'Swiss'] },
  { name: 'Canada', region: 'canada', spellings: ['Canada'] },
  { name: 'Australia', region: 'australia', spellings: ['Australia'] },
  { name: 'India', region: 'india', spellings: ['India'] },
  { name: 'China', region: 'china', spellings: ['China', "People's Republic of China", 'PRC'] },
  { name: 'Singapore', region: 'singapore', spellings: ['Singapore'] },
  { name: 'Japan', region: 'japan', spellings: ['Japan'] },
  { name: 'Brazil', region: 'brazil', spellings: ['Brazil'] },
  { name: 'Israel', region: 'israel', spellings: ['Israel'] },
  { name: 'Philippines', region: 'philippines', spellings: ['Philippines'] },
  { name: 'South Korea', region: 'south-korea', spellings: ['South Korea', 'Republic of Korea'] },
  { name: 'Russia', region: 'russia', spellings: ['Russia', 'Russian Federation'] },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const bySpelling = new Map<string, Place>();
for (const p of places) for (const s of p.spellings) bySpelling.set(s, p);
// Longest spelling first, so "United States of America" wins over "United States"; a word boundary
// on both sides ("US" never matches inside "USB"; "Northern Ireland" is tried before "Ireland").
const placeRe = new RegExp(`(?<![\\w.])(?:${[...bySpelling.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\w])`, 'g');

/** A place named in a text: where, which, and its region. */
export interface PlaceMention {
  start: number;
  end: number;
  name: string;
  region: RegionId;
}

/** Every place named in `text`, in order. Linear: one regular expression pass. */
export function placesIn(text: string): PlaceMention[] {
  const out: PlaceMention[] = [];
  placeRe.lastIndex = 0;
  for (let m = placeRe.exec(text); m; m = placeRe.exec(text)) {
    const p = bySpelling.get(m[0]);
    if (p) out.push({ start: m.index, end: m.index + m[0].length, name: p.name, region: p.region });
  }
  return out;
}

/** Legal bases for moving personal data across borders that a playbook may accept. */
export const transferMechanismIds = ['scc', 'adequacy', 'bcr', 'dpf', 'uk-idta', 'uk-addendum', 'consent', 'derogation'] as const;
export type TransferMechanismId = (typeof transferMechanismIds)[number];

export const transferMechanisms: Record<TransferMechanismId, { label: string; pattern: RegExp }> = {
  scc: { label: 'standard contractual clauses', pattern: /\b(?:standard|model) (?:data protection |contractual )?clauses\b|\bSCCs?\b/i },
  adequacy: { label: 'an adequacy decision', pattern: /\badequa(?:cy|te)\b/i },
  bcr: { label: 'binding corporate rules', pattern: /\bbinding corporate rules\b|\bBCRs?\b/i },
  dpf: { label: 'the Data Privacy Framework', pattern: /\b(?:Data Privacy Framework|Privacy Shield|DPF)\b/i },
  'uk-idta': { label: 'the UK International Data Transfer Agreement', pattern: /\bInternational Data Transfer Agreement\b|\bIDTA\b/i },
  'uk-addendum': { label: 'the UK Addendum to the SCCs', pattern: /\b(?:UK|International Data Transfer) Addendum\b/i },
  consent: { label: 'consent', pattern: /\bexplicit(?:ly)? consent\b/i },
  derogation: { label: 'a derogation for specific situations', pattern: /\bderogations?\b/i },
};

/** The transfer mechanisms a clause names. */
export function mechanismsIn(text: string): TransferMechanismId[] {
  return transferMechanismIds.filter((id) => transferMechanisms[id].pattern.test(text));
}
