/** Country and region names as data: which places a clause names, and whether each is inside the EEA. */

/** A place a contract may name: a country, or a group of countries such as the EEA. */
export interface Place {
  /** Canonical name shown to the reviewer, e.g. "United States". */
  name: string;
  /** ISO 3166 alpha-2 code for countries; a short id for groups ("EU", "EEA"). */
  code: string;
  /** Inside the European Economic Area (or the EEA/EU itself). */
  eea: boolean;
  /** A group of countries rather than one country. */
  group?: boolean;
}

// name, code, EEA member, other spellings (lower case; matched on word boundaries).
const table: [string, string, boolean, string[]][] = [
  ['European Union', 'EU', true, ['eu', 'european union', 'union']],
  ['European Economic Area', 'EEA', true, ['eea', 'european economic area']],
  ['Austria', 'AT', true, []], ['Belgium', 'BE', true, []], ['Bulgaria', 'BG', true, []], ['Croatia', 'HR', true, []],
  ['Cyprus', 'CY', true, []], ['Czechia', 'CZ', true, ['czech republic']], ['Denmark', 'DK', true, []], ['Estonia', 'EE', true, []],
  ['Finland', 'FI', true, []], ['France', 'FR', true, []], ['Germany', 'DE', true, []], ['Greece', 'GR', true, []],
  ['Hungary', 'HU', true, []], ['Ireland', 'IE', true, []], ['Italy', 'IT', true, []], ['Latvia', 'LV', true, []],
  ['Lithuania', 'LT', true, []], ['Luxembourg', 'LU', true, []], ['Malta', 'MT', true, []], ['Netherlands', 'NL', true, ['the netherlands', 'holland']],
  ['Poland', 'PL', true, []], ['Portugal', 'PT', true, []], ['Romania', 'RO', true, []], ['Slovakia', 'SK', true, []],
  ['Slovenia', 'SI', true, []], ['Spain', 'ES', true, []], ['Sweden', 'SE', true, []],
  ['Iceland', 'IS', true, []], ['Liechtenstein', 'LI', true, []], ['Norway', 'NO', true, []],
  ['United States', 'US', false, ['united states of america', 'united-states of america', 'united-states', 'u.s.a.', 'u.s.', 'usa', 'us']],
  ['United Kingdom', 'GB', false, ['uk', 'u.k.', 'great britain', 'england', 'scotland', 'wales', 'northern ireland']],
  ['Switzerland', 'CH', false, ['swiss confederation']], ['Canada', 'CA', false, []], ['Australia', 'AU', false, []],
  ['New Zealand', 'NZ', false, []], ['Japan', 'JP', false, []], ['South Korea', 'KR', false, ['republic of korea', 'korea']],
  ['China', 'CN', false, ["people's republic of china", 'prc', 'mainland china']], ['Hong Kong', 'HK', false, []], ['Taiwan', 'TW', false, []],
  ['Singapore', 'SG', false, []], ['India', 'IN', false, []], ['Israel', 'IL', false, []], ['Brazil', 'BR', false, []],
  ['Argentina', 'AR', false, []], ['Uruguay', 'UY', false, []], ['Chile', 'CL', false, []], ['Colombia', 'CO', false, []],
  ['Mexico', 'MX', false, []], ['Philippines', 'PH', false, ['the philippines']], ['Malaysia', 'MY', false, []], ['Indonesia', 'ID', false, []],
  ['Vietnam', 'VN', false, ['viet nam']], ['Thailand', 'TH', false, []], ['South Africa', 'ZA', false, []], ['Nigeria', 'NG', false, []],
  ['Kenya', 'KE', false, []], ['Egypt', 'EG', false, []], ['United Arab Emirates', 'AE', false, ['uae']], ['Saudi Arabia', 'SA', false, []],
  ['Turkey', 'TR', false, ['turkiye', 'türkiye']], ['Russia', 'RU', false, ['russian federation']], ['Ukraine', 'UA', false, []], ['Serbia', 'RS', false, []],
  ['Belarus', 'BY', false, []], ['Pakistan', 'PK', false, []], ['Bangladesh', 'BD', false, []], ['Sri Lanka', 'LK', false, []],
  ['Costa Rica', 'CR', false, []], ['Peru', 'PE', false, []], ['Morocco', 'MA', false, []], ['Tunisia', 'TN', false, []],
];

export const places: readonly Place[] = table.map(([name, code, eea]) => ({ name, code, eea, ...(code === 'EU' || code === 'EEA' ? { group: true } : {}) }));

const byAlias = new Map<string, Place>();
for (const [i, [name, code, , aliases]] of table.entries()) {
  for (const a of [name.toLowerCase(), code.toLowerCase(), ...aliases]) if (!byAlias.has(a)) byAlias.set(a, places[i]!);
}
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
    if (word.toLowerCase() === 'union' && !/european|\beu\b/i.test(text)) continue;
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
