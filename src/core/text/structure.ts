/**
 * Structure that is never a clause of its own: contents lines, cross-references and survival lists;
 * the test that tells a title line that is a whole clause from a heading; a table row's columns; the
 * lead-in a list item reads on from.
 */
import type { TableColumn } from '../rules/context';
import { fewerSpacesThan } from './normalize';

// A finite verb or modal: what a heading needs to be a clause rather than a title.
const verbRe = /\b(?:may|will|shall|must|can|cannot|could|might|would|is|are|was|were|be|been|has|have|does|do|agrees?|consents?|acknowledges?|stores?|hosts?|keeps?|transfers?|discloses?|processes|shares?|provides?|remains?|governs?|applies|retains?|owns?|uses?)\b/;
const referenceWord = '(?:sections?|clauses?|articles?|schedules?|annex(?:es)?|exhibits?|appendix|appendices|paragraphs?|parts?)';
// A line of a table of contents: dot leaders, or a title and a page number and nothing else.
const leaderRe = /(?:\.\s?){4,}\s*\d{1,4}$|(?:_{4,}|-{4,}|\u2026+)\s*\d{1,4}$/;
const titleAndPageRe = /^(?:[\d.()a-z§]{1,10} )?[a-z][a-z ,&'/-]{1,80} \d{1,4}$/;
// "see Section 12 (Governing Law)", "refer to Clause 8.2", "as set out in Schedule 3" and nothing more.
const crossReferenceRe = new RegExp(`^\\(?(?:see|refer to|cf\\.?|as (?:set out|described|defined|provided) in)(?: also)? (?:the )?${referenceWord} [\\d.()a-z]{1,12}\\b`);
const referenceNumberRe = /\b\d{1,2}(?:\.\d{1,2}){0,3}\b/g;
const referenceWordRe = new RegExp(`\\b${referenceWord}\\b`);

/** Why a sentence is structure rather than a clause ('' when it may be a clause). */
export function structureKind(folded: string): '' | 'contents' | 'cross-reference' | 'survival list' {
  if (folded.length > 400) return '';
  // Cheap tests first: this runs on every sentence.
  const last = folded.charCodeAt(folded.length - 1);
  if (last >= 48 && last <= 57 && (leaderRe.test(folded) || (titleAndPageRe.test(folded) && !verbRe.test(folded)))) return 'contents';
  const first = folded.charCodeAt(0);
  if ((first === 40 || first === 97 || first === 99 || first === 114 || first === 115) && crossReferenceRe.test(folded) && !verbRe.test(folded.replace(crossReferenceRe, ''))) return 'cross-reference';
  // "Sections 3, 5, 9 (Data Location) and 12 (Governing Law) survive any termination."
  if (folded.includes('surviv') && referenceWordRe.test(folded) && (folded.match(referenceNumberRe)?.length ?? 0) >= 2) return 'survival list';
  return '';
}

// A modal or auxiliary verb: a heading needs one to be a clause ("Transfers" and "Consent" are nouns in titles).
const clauseVerbRe = /\b(?:may|will|shall|must|can|cannot|could|might|would|is|are|was|were|be|been|has|have|does|do|agrees?|acknowledges?)\b/;

/**
 * True when a heading or title line is a whole clause ("Provider may store data in any country."),
 * not a title ("International Transfer And Storage Of Information"). Reads the folded text and the
 * text with its case: a line in Title Case is a title whatever its words.
 */
export function isWholeClause(folded: string, raw: string): boolean {
  if (fewerSpacesThan(folded, 5) || !clauseVerbRe.test(folded)) return false;
  const words = raw.match(/\b\p{L}{4,}/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised < words.length * 0.6;
}

// A row is split into at most this many cells: a 10,000-column table reads its first ones.
const maxColumns = 50;

/** The cells of a Markdown table row ("| a | b |"), trimmed, at most 50. */
export function cellsOf(row: string): string[] {
  const cells = row.split('|', maxColumns + 2).map((c) => c.trim());
  if (cells.length > 0 && cells[0] === '') cells.shift();
  if (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.slice(0, maxColumns);
}

/** Each cell of `row` with the header cell of its column ('' past the header's last column). */
export function columnsOf(headerCells: readonly string[], row: string): TableColumn[] {
  return cellsOf(row).map((value, k) => ({ header: headerCells[k] ?? '', value }));
}

/** A list is read back to its lead-in over at most this many items. */
export const maxListItems = 60;
// A lead-in hands the list its sentence: it ends with a colon, an ellipsis or a dash ("We may share with...").
const leadInEndRe = /(?::|\.\.\.|\u2026|\s[-\u2013\u2014])["'\u201d\u2019*_)\]]*$/;

/** A block as the lead-in search sees it (segment.ts Block, without importing the segmenter). */
interface ListBlock {
  kind: string;
  depth: number;
}

/**
 * The block that introduces the list holding list item `b` ("We share data with these providers:"),
 * or -1. Walks back over the item's siblings and their sub-items to the paragraph (or the parent item)
 * above the list; it is a lead-in when its text, given by `tail`, ends in a colon, an ellipsis or a dash.
 */
export function leadInBlock(blocks: readonly ListBlock[], b: number, tail: (index: number) => string): number {
  const item = blocks[b];
  if (!item || item.kind !== 'list-item') return -1;
  let k = b - 1;
  while (k >= 0 && b - k <= maxListItems && blocks[k]!.kind === 'list-item' && blocks[k]!.depth >= item.depth) k--;
  const lead = blocks[k];
  if (!lead || b - k > maxListItems || (lead.kind !== 'paragraph' && lead.kind !== 'list-item')) return -1;
  return leadInEndRe.test(tail(k)) ? k : -1;
}

/** A lead-in without its closing colon or ellipsis, so that it reads on into an item as one clause. */
export function openLeadIn(folded: string): string {
  return folded.replace(/\s*(?::|\.\.\.|\u2026|-|\u2013|\u2014)["'\u201d\u2019*_)\]]*\s*$/, '');
}

// A lead-in that hands its items the recipients of data: a verb of passing data on, and either an open
// recipient slot at its end ("We may share with...") or recipients named in it ("with service providers
// that run the following services:"). Items under it are read on from it; under other lead-ins ("we
// can provide the following information:", "requests should:") each item stands alone.
const passesOnRe = /\b(?:shar(?:e|es|ed|ing)|disclos(?:e|es|ed|ing)|transfer(?:s|red|ring)?|sen[dt]|mak(?:e|es|ing) (?:[a-z]{1,20} ){0,4}available|giv(?:e|es|ing) access|(?:pass(?:es|ed|ing)?|provid(?:e|es|ed|ing)) (?:[a-z]{1,20} ){0,4}(?:to|with))\b/;
const openSlotRe = /\b(?:with|to|among|between|including|such as|namely)$|\b(?:in|under) (?:the following|these|such|certain|the) (?:cases|circumstances|situations|ways)$|\bas follows$/;
const recipientRe = /\b(?:service providers?|providers|vendors|suppliers|(?:sub-?)?processors|contractors|affiliates|group compan(?:y|ies)|companies|firms|third parties|partners|recipients|authorities|law enforcement|agencies|entities|organi[sz]ations)\b/;

// Or it announces the recipients the items name, and what they do with data: "the following vendors
// process data for us:" (not "the following companies sponsor our conference:").
const followingRecipientsRe = /\b(?:the following|these|below)\b (?:[a-z-]{1,20} ){0,3}(?:vendors|(?:sub-?)?processors|service providers|providers|suppliers|recipients|third parties|compan(?:y|ies)|firms|affiliates|entities|partners|sub-?contractors)\b[^.;]{0,60}\b(?:process|handl|host|stor|receiv|access|us(?:e|es)\b|help|support|run|perform|act|provid|deliver|sen[dt])/;

/** True when a folded lead-in (its closing colon removed) passes data on to the recipients its items name. */
export function isRecipientLeadIn(openFolded: string): boolean {
  return (passesOnRe.test(openFolded) && (openSlotRe.test(openFolded) || recipientRe.test(openFolded))) || followingRecipientsRe.test(openFolded);
}
