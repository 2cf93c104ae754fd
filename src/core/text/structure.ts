/**
 * Structure that is never a clause of its own: contents lines, cross-references and survival lists;
 * and the test that tells a title line that is a whole clause from a heading. Reads folded text.
 */

// A finite verb or modal: what a heading needs to be a clause rather than a title.
const verbRe = /\b(?:may|will|shall|must|can|cannot|could|might|would|is|are|was|were|be|been|has|have|does|do|agrees?|consents?|acknowledges?|stores?|hosts?|keeps?|transfers?|discloses?|processes|shares?|provides?|remains?|governs?|applies|retains?|owns?|uses?)\b/;
const referenceWord = '(?:sections?|clauses?|articles?|schedules?|annex(?:es)?|exhibits?|appendix|appendices|paragraphs?|parts?)';
// A line of a table of contents: dot leaders, or a title and a page number and nothing else.
const leaderRe = /(?:\.\s?){4,}\s*\d{1,4}$|(?:_{4,}|-{4,}|\u2026+)\s*\d{1,4}$/;
const titleAndPageRe = /^(?:[\d.()a-z§]{1,10} )?[a-z][a-z ,&'/-]{1,80} \d{1,4}$/;
// "see Section 12 (Governing Law)", "refer to Clause 8.2", "as set out in Schedule 3" and nothing more.
const crossReferenceRe = new RegExp(`^\\(?(?:see|refer to|cf\\.?|as (?:set out|described|defined|provided) in)(?: also)? (?:the )?${referenceWord} [\\d.()a-z]{1,12}\\b`);
const survivalRe = /\bsurviv/;
const referenceNumberRe = /\b\d{1,2}(?:\.\d{1,2}){0,3}\b/g;
const referenceWordRe = new RegExp(`\\b${referenceWord}\\b`);

/** Why a sentence is structure rather than a clause ('' when it may be a clause). */
export function structureKind(folded: string): '' | 'contents' | 'cross-reference' | 'survival list' {
  if (folded.length > 400) return '';
  if (leaderRe.test(folded) || (titleAndPageRe.test(folded) && !verbRe.test(folded))) return 'contents';
  if (crossReferenceRe.test(folded) && !verbRe.test(folded.replace(crossReferenceRe, ''))) return 'cross-reference';
  // "Sections 3, 5, 9 (Data Location) and 12 (Governing Law) survive any termination."
  if (survivalRe.test(folded) && referenceWordRe.test(folded) && (folded.match(referenceNumberRe)?.length ?? 0) >= 2) return 'survival list';
  return '';
}

/** True when a heading or title line is a whole clause ("Provider may store data in any country."). */
export function isWholeClause(folded: string): boolean {
  return folded.split(' ', 6).length >= 6 && verbRe.test(folded);
}
