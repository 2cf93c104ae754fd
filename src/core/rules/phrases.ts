/** Phrase families shared by several rules, as regular expressions over folded (lower-case) text. */
import { mayMatch, testPattern } from './prefilter';

// Buckets keyed by the first alternative: literal strings are interned, so the look-up hashes once
// and the comparison is by reference. Identical lists in different rules share one compiled regex.
const compiled = new Map<string, { parts: string[]; re: RegExp }[]>();

function samePatterns(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A regex matching any of the alternatives (a non-capturing group). Rules build their patterns with it
 * once, at module level: a call inside a matcher would cost an array and a look-up per sentence.
 */
export const any = (...parts: string[]): RegExp => {
  const key = parts[0] ?? '';
  let bucket = compiled.get(key);
  if (bucket) {
    for (const entry of bucket) if (samePatterns(entry.parts, parts)) return entry.re;
  } else {
    bucket = [];
    compiled.set(key, bucket);
  }
  const re = new RegExp(`(?:${parts.join('|')})`);
  bucket.push({ parts, re });
  return re;
};

/** Every pattern built with any() so far (for tests). */
export const compiledPatterns = (): RegExp[] => [...compiled.values()].flatMap((bucket) => bucket.map((entry) => entry.re));

// Places that are "abroad" from an EU/UK reviewer's seat, or say "anywhere".
export const foreignPlaceRe = any(
  'united states',
  '\\bu\\.s\\.(?:a\\.)?(?=[\\s,;)]|$)',
  '\\busa\\b',
  '\\bus\\b(?= (?:company|government|law|authorit|entity|subsidiar|corporation))',
  '\\bin the us\\b',
  'outside (?:of )?(?:the |your |its |their )?(?:state|province|country|countries|eea|e\\.e\\.a|eu\\b|european|united kingdom|uk\\b|switzerland|jurisdiction|region|member states|brazil|japan|korea|canada|australia|[a-z]{1,30} (?:economic area|union))',
  'other (?:[a-z]{1,20} )?(?:countries|jurisdictions|locations|regions)',
  'any (?:other )?(?:country|countries|jurisdiction|location)',
  'multiple countries',
  'various (?:countries|locations)',
  'variety of locations',
  'around the world',
  'anywhere in the world',
  'throughout the world',
  '(?:transfer|process|store|access|shar)\\w{0,20} (?:[a-z]{1,30} ){0,4}globally',
  '\\bglobal (?:network|infrastructure)',
  'worldwide',
  'overseas',
  'abroad',
  'third countr',
  'international (?:transfer|organi[sz]ation)',
  'wherever',
  'countries (?:in which|where)',
  'india',
  'china',
  'singapore',
);

// EU-side places a commitment usually names.
export const homeRegionRe = any(
  'european union',
  '\\beu\\b',
  '\\beea\\b',
  'european economic area',
  'switzerland',
  'member states?',
  'germany',
  'france',
  'ireland',
  'united kingdom',
  'selected (?:region|location|data ?cent)',
  '(?:region|location|data ?cent(?:er|re)s?(?:\'s)?(?: location)?) (?:selected|chosen|designated|specified) by',
  '(?:customer|client|you)(?:\'s)? (?:selected|chosen) (?:region|location|data ?cent)',
  'chosen (?:region|location)',
  'region(?:s)? (?:you|customer|client) (?:select|choose)',
);

// Exceptions that keep a prohibition partial: "unless legally prohibited".
export const unlessProhibitedRe = any(
  'unless (?:legally |otherwise )?(?:prohibited|barred|forbidden|precluded)',
  'unless (?:the |such |applicable )?laws? (?:prohibits?|forbids?)',
  'unless (?:[a-z]{1,30} ){0,3}(?:prohibited|forbidden)',
  'to the extent (?:legally |lawfully )?(?:permitted|permissible|allowed)',
  'where (?:legally )?(?:permitted|permissible|possible|allowed)',
  'if (?:legally )?(?:permitted|allowed)',
  'unless (?:it is )?(?:legally )?(?:not )?(?:permitted|allowed)',
  'where (?:the )?law (?:allows|permits)',
  'unless (?:we are|it is|provider is|processor is) (?:legally )?(?:prohibited|not permitted)',
);

/**
 * A sentence that only defines a term ("Service Data" means ...; usage data refers to ...): reviewers
 * flag the clauses that use the term, not the definition.
 */
export const definitionRe = any(
  '^(?:[\\d.()a-z]{1,8} )?(?:"[^"]{1,80}"|\'[^\']{1,80}\')(?: or "[^"]{1,80}")?(?: \\([^)]{1,40}\\))? (?:means|shall mean|refers to|has the meaning|is defined as|includes)\\b',
  // "This means that ..." explains, it does not define; "every lawful means", "no technical means"
  // use "means" as a noun (a determiner or adjective before it).
  '^(?!(?:this|that|it|which|what|doing so|in other words)\\b)(?:\\W{0,3}"[^"]{1,80}"|[a-z][a-z ()\'-]{0,60})(?=\\W{0,3} (?:means|shall mean|refers to|is defined as)\\b)(?<!\\b(?:every|all|any|no|other|this|that|these|those|some|various|several|same|lawful|legal|reasonable|technical|practical|possible|feasible|physical|available|appropriate|effective|electronic|secure|alternative|such|by|the|its|our|their))\\W{0,3} (?:means|shall mean|refers to|is defined as)\\b',
  '" (?:mean|means|shall mean)\\b',
  '\' means',
  'are interpreted as defined',
  'have the meaning',
);

// Every alternative of definitionRe holds one of these words: a literal test turns most sentences
// away for a fraction of what the anchored alternatives cost (test/core/phrases.test.ts keeps it so).
export const definitionCueRe = /mean|refers to|defined|includes/;

/** True if the folded sentence only defines a term (see definitionRe). */
export const isDefinition = (text: string): boolean => has(text, definitionCueRe) && definitionRe.test(text);

/**
 * True if `re` matches `text` (see prefilter.ts: most patterns are ruled out by their literals without
 * running). Prefer a module-level pattern: a regex literal inside a matcher is a new object per call,
 * found again by its source.
 */
export const has = (text: string, re: RegExp): boolean => testPattern(text, re);

/** `re.exec(text)`, not run where the pre-test shows `re` cannot match (most texts, for most patterns). */
export const firstMatch = (text: string, re: RegExp): RegExpExecArray | null => (mayMatch(text, re) ? re.exec(text) : null);
