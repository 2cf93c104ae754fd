/**
 * What the TIA reads from one contract: its sentences, its findings grouped by what they answer, and
 * a few clues the clause rules do not look for (roles, group structure, onward transfers, suspension).
 * Every piece of evidence is a sentence of the contract, so every statement built on it can cite it.
 */
import { maskMarkup, formatOf } from '../text/mask';
import { excerptOf, normalizeForMatching } from '../text/normalize';
import { LineIndex } from '../text/lineIndex';
import { segment } from '../text/segment';
import type { Finding, Risk } from '../types';
import type { Citation, SourceRef } from './types';

/** Rule ids the TIA reads by name, kept in one table so a rule rename is one edit here. */
export const tiaRules = {
  contractingEntity: ['cl-contracting-entity'],
  operationalAccess: ['cl-operational-access'],
  foreignLaw: ['cl-cloud-act-mention', 'cl-foreign-access-ack', 'cl-natsec-secrecy'],
  noBackdoor: ['cl-no-backdoor'],
  conflictNotice: ['cl-conflict-notice'],
  subprocessors: ['cl-subprocessors-abroad'],
} as const;

/** One sentence of the contract, with its folded text for the clue patterns. */
export interface DocSentence {
  start: number;
  end: number;
  folded: string;
  isTableRow: boolean;
  isHeading: boolean;
  /** The nearest heading above, folded. */
  heading: string;
  /** Index of the enclosing block (paragraph, list item, table row). */
  block: number;
}

export interface TiaSourceInput {
  /** The contract's name as the reviewer knows it (file name or title). */
  document: string;
  text: string;
  /** The engine's findings for this text (`analyze(text).findings`). */
  findings: readonly Finding[];
  /** 'markdown', 'html' or 'plaintext'; guessed from `document` when unset. */
  format?: 'markdown' | 'html' | 'plaintext';
  /** Maps an offset to a citation position; Word and PDF adapters add page and paragraph. Default: 1-based line. */
  locate?: (offset: number) => SourceRef;
}

/** The contract as the TIA sees it. */
export class Evidence {
  readonly sentences: DocSentence[];
  readonly findings: readonly Finding[];
  private readonly locate: (offset: number) => SourceRef;

  constructor(readonly input: TiaSourceInput) {
    this.findings = input.findings;
    const masked = maskMarkup(input.text, input.format ?? formatOf(input.document));
    const { blocks, sentences } = segment(masked);
    this.sentences = sentences.map((s) => {
      const h = s.heading >= 0 ? blocks[s.heading] : undefined;
      return { start: s.start, end: s.end, folded: normalizeForMatching(masked.slice(s.start, s.end)), isTableRow: blocks[s.block]?.kind === 'table-row', isHeading: blocks[s.block]?.kind === 'heading' || s.end - s.start < 32, heading: h ? normalizeForMatching(masked.slice(h.start, h.end)) : '', block: s.block };
    });
    if (input.locate) this.locate = input.locate;
    else {
      const index = new LineIndex(input.text);
      this.locate = (o) => ({ line: index.positionAt(o).line + 1 });
    }
  }

  /** A citation of a span of the contract. */
  cite(span: { start: number; end: number }, ruleId?: string): Citation {
    return { ...this.locate(span.start), start: span.start, end: span.end, excerpt: excerptOf(this.input.text.slice(span.start, span.end), 240), ...(ruleId ? { ruleId } : {}) };
  }

  /** Findings carrying any of these categories (and, when given, not of these risks). */
  byCategory(categories: readonly string[], exceptRisk?: Risk): Finding[] {
    return this.findings.filter((f) => f.categories.some((c) => categories.includes(c)) && f.risk !== exceptRisk);
  }

  byRule(ids: readonly string[]): Finding[] {
    return this.findings.filter((f) => ids.includes(f.ruleId));
  }

  /** Sentences that match every pattern; definitions and headings (which state nothing) excluded. */
  clue(...patterns: RegExp[]): DocSentence[] {
    // The draft and the matrix ask for some families twice; each family is read once per document.
    const key = patterns.map((p) => p.source).join('\u0000');
    let found = this.clueCache.get(key);
    if (!found) {
      this.stating ??= this.sentences.filter((s) => !s.isHeading && !definitionRe.test(s.folded));
      found = this.stating.filter((s) => patterns.every((p) => p.test(s.folded)));
      this.clueCache.set(key, found);
    }
    return [...found];
  }

  /** The sentences that state something (not headings, not definitions), computed on the first clue. */
  private stating: DocSentence[] | undefined;
  private readonly clueCache = new Map<string, DocSentence[]>();

  /** Sentences, definitions included, that match every pattern (to read what a defined term refers to). */
  anySentence(...patterns: RegExp[]): DocSentence[] {
    return this.sentences.filter((s) => patterns.every((p) => p.test(s.folded)));
  }

  /** The text of a span, folded. */
  folded(span: { start: number; end: number }): string {
    return normalizeForMatching(this.input.text.slice(span.start, span.end));
  }

  /** The folded text of every sentence of the block (paragraph, list item) that holds a span's start. */
  blockOf(span: { start: number }): string {
    const at = this.sentences.find((s) => s.start <= span.start && span.start < s.end);
    return at ? this.sentences.filter((s) => s.block === at.block).map((s) => s.folded).join(' ') : this.folded({ start: span.start, end: span.start + 1 });
  }

  /**
   * A span that runs over several lines (list items a finding read as one sentence) cut down to the lines
   * that hold `re`, so the citation shows the words that answer, not the item above them. Unchanged when
   * it is one line or no line matches.
   */
  narrow<T extends { start: number; end: number }>(span: T, re: RegExp): T {
    const text = this.input.text.slice(span.start, span.end);
    if (!text.includes('\n')) return span;
    let offset = span.start;
    for (const line of text.split('\n')) {
      if (re.test(normalizeForMatching(line))) return { ...span, start: offset + (line.length - line.trimStart().length), end: Math.min(span.end, offset + line.length) };
      offset += line.length + 1;
    }
    return span;
  }
}

// `"Processor" means ...`: a definition names a thing without saying anything about this contract.
const definitionRe = /^(?:[\d.()a-z]{1,8}\s+)?["'][^"']{1,60}["'] (?:means|shall mean|has the meaning|refers to|includes)\b/;

/** "obliged to do so pursuant to the law of ...", "required by applicable laws or other legal requirements". */
export const requiredByLawRe = /\b(?:required|obliged|obligated|compelled) (?:to do so )?(?:by|under|pursuant to) (?:the )?(?:[\w-]+ ){0,3}(?:laws?|legislation|legal requirements?)\b/;

/**
 * Clue patterns (folded text) for what the clause rules do not cover; each describes what a clause does.
 * A family whose pattern is slow to fail opens with a plain test of words every match contains.
 */
export const clues = {
  // A role given to a party: "acts as the processor", "is the controller", ", as a Processor,", "(as data importer)",
  // "processes it as your processor" (a sub-processor named in apposition is not a party).
  roles: [/\b(?:is|are|acts? as|shall act as|will act as|is acting as|acting as|shall be|will be|in (?:its|their) capacity as|appoints?)\s+(?:the |a |an |its |their )?(?:sole |independent |joint )?(?:data )?(?:controller|processor|sub-?processor|exporter|importer)s?\b|(?:,|\() ?as (?:the |a |an )?(?:data )?(?:controller|processor|exporter|importer)\b|\bas (?:your|our|its|their) (?:data )?(?:controller|processor)\b/],
  group: [/subsidiar|parent|headquarter|group/, /\b(?:wholly[- ]owned subsidiary|subsidiary of|parent (?:company|corporation)|ultimate parent|headquartered in|member of the [\w ]{1,30} group|corporate group)\b/],
  // The importer's own group handles the data: it is shared with, moved within or received from the group's
  // companies ("within its company group", "with our affiliates"), or the group's companies are located somewhere.
  groupData: [/affiliat|group/, /\b(?:transfer\w*|shar(?:e|es|ed|ing)|disclos\w*|provid\w*|pass(?:es|ed)?|receiv\w*)\b (?:[\w.,'-]+ ){0,10}(?:with|to|within|among|between|from) (?:[\w.,'-]+ ){0,4}(?:(?:corporate |company )?affiliates?|(?:its|our) (?:company |corporate )?group|(?:company|corporate) group|group of companies|group (?:companies|company|entities|members)|intra-?group)\b|\b(?:its|our|[a-z]+) (?:corporate )?affiliates?\b[^.;]{0,40}\b(?:located|established|incorporated) in\b/],
  // "categories of data subjects", "types of customer personal data", "group of data subjects", "special categories".
  dataCategories: [/\b(?:categories|types|kinds|groups?) of (?:[\w-]+ ){0,2}(?:personal (?:data|information)|data subjects?)\b|\bcategories of data\b|\bspecial categories\b/, /\b(?:include|includes|including|are|is|described|set out|listed|specified|consist|following|such as)\b/],
  onward: [/\b(?:sub-?processors?|subcontractors?|third part(?:y|ies)|onward)\b/, /\b(?:same|no less (?:protective|onerous)|equivalent|substantially (?:similar|the same)|at least (?:as protective|the same|the level)|as a minimum|meet the (?:same )?obligations|flow[- ]?down|imposes?|impose on|bound by|binding|written (?:contract|agreement)|enter into (?:a |an )?(?:written )?(?:agreement|contract)|fulfils? (?:the )?(?:\w+'s )?(?:duties|obligations))\b/, /\b(?:obligations?|duties|protections?|terms|requirements?|restrictions?|safeguards?|contract|agreement|dpa|addendum)\b/],
  onwardPhrase: [/\bonward transfers?\b/, /\b(?:only|not|unless|subject to|provided that|ensure|comply|in accordance with (?:the )?(?:requirements|terms|conditions|principles))\b/],
  conflictDuty: [/\b(?:notify|inform|tell|advise|alert)\b/, /\b(?:laws?|legislation|legal requirements?|practices?)\b/, /\b(?:prevent\w*|unable to comply|cannot comply|not able to comply|conflict|inconsistent|beyond what|changes? (?:in|to|of) (?:the |this |its |that )?(?:applicable )?(?:laws?|legislation)|no longer able|fulfil|fulfill)\b/],
  suspension: [/\b(?:suspend|suspension|terminate|termination|stop|cease)\b/, /\b(?:transfers?|processing|services?|agreement|contract|clauses)\b/, /\b(?:unable to comply|cannot comply|not able to comply|in conflict|conflicting|change in (?:the )?(?:applicable )?law|laws? (?:and|or) practices?|public authorit|government access|beyond what|prevents? it from (?:complying|fulfilling|meeting))/],
  subprocessorChange: [/\b(?:sub-?processors?|sub-?contractors?)\b/, /\b(?:new|add|adding|addition|replac\w*|appoint\w*|engag\w*|chang\w*|removal|intended)\b/, /\b(?:notify|notice|inform|object|objection)\b/],
  // Fallbacks for wordings the location rules miss; the TIA keeps only those that name a place.
  storage: [/\b(?:stor(?:e|ed|es|ing|age)|host(?:s|ed|ing)?|keep|kept|process(?:es|ed)?|data cent(?:re|er)s?|located)\b/, /\b(?:only|solely|exclusively|located|within)\b/, /\b(?:data|content|information)\b/],
  remote: [/\bremote(?:ly)? (?:access|administ|support|maint)|\bfollow[- ]the[- ]sun\b|\baccess\w* (?:[a-z]+ ){0,4}from\b/],
  purpose: [/\bserves? the purposes? of\b|\bfor (?:any|no) other purposes? (?:than|except|besides|beyond)\b[^.;]{0,40}\b(?:provid|perform|deliver|carry(?:ing)? out|operat)|\bprocess\w* (?:[\w,]+ ){0,12}only (?:to the extent|as far as|insofar as) (?:\w+ ){0,3}(?:necessary|needed|required) (?:[\w,]+ ){0,4}to (?:provide|perform|deliver|carry out)\b|\b(?:purposes?|nature|subject[- ]matter|duration) of (?:the )?(?:data )?processing\b(?:[^.;:]{0,90}?\b(?:is|are|includes?|described|set out|specified|consists?)\b|(?: of [\w' ]{0,30})?\W{0,3}:)|\bprocess(?:es|ing)? (?:\w+ ){0,6}(?:only|solely|exclusively) (?:for|to) (?:the purposes?|provide|perform|deliver)/],
  security: [/\b(?:encrypt\w*|pseudonymi[sz]\w*|technical and organi[sz]ational (?:security )?measures|access controls?|iso(?:\/iec)? 27001|soc 2)\b/, /\b(?:will|shall|must|maintain|implement|uses?|ensure|take|has|have|are|is|undertakes?|set up|put in place|appl(?:y|ies))\b/],
  audit: [/\b(?:audits?|inspections?)\b/, /\b(?:customer|client|controller|exporter|you|auditor)\b/, /\b(?:right|may|allow|permit|submit|make available|contribute|conduct|entitled)\b/],
  complianceInformation: [/\bmake\w* available\b[^.;]{0,80}\binformation\b[^.;]{0,60}\bdemonstrate (?:\w+ )?compliance\b/],
  warranty: [/\b(?:no reason to believe|not aware|knows? of no|has no reason|warrants?|represents?)\b/, /\b(?:laws?|legislation)\b/, /\b(?:prevent|fulfil|fulfill|comply|complying|conflict|disclos)/],
  // Processing the law requires beyond the customer's instructions (GDPR Art. 28(3)(a) wording), with the notice
  // that goes with it: the contract's own terms for compelled disclosure when it has no clause on authorities.
  requiredByLaw: [requiredByLawRe, /\bprocess/, /\b(?:notify|inform)\w* (?:the )?(?:customer|client|controller|you|data exporter)\b/],
  importerExposure: [/\b(?:subject to|governed by|under|pursuant to)\b[^.;]{0,80}\b(?:laws? of (?:the )?(?:united states|u\.s\.)|u\.s\. law|cloud act|fisa|foreign intelligence surveillance|patriot act|national security letters?|executive order 12333)/],
};

/** A clause whose recipients never touch the data ("to the extent such providers do not process the personal data") says nothing about where it goes. */
export const nonDataRecipientRe = /\b(?:do|does|will|shall) not (?:process|access|have access to|store|host|receive)\b(?: (?:any|the))?(?: \w+'s)?(?: \w+)? (?:personal )?data\b/;

/**
 * Clauses that say who the sub-processors are name a recipient: a sub-processor or vendor by that word, a
 * provider, partner, agent or third party, a group company, or a company by its legal form ("Kapa Inc.").
 */
export const subprocessorWordRe = /\bsub-?processors?|\bsub-?contract\w*|\bsubprocessing\b|\bvendors?\b|\bproviders?\b|\bpartners?\b|\bagents?\b|\bthird[- ]part(?:y|ies)\b|\bcompan(?:y|ies)\b|\bgroup (?:members?|entit\w+)\b|\baffiliat\w*|\b(?:inc|ltd|llc|gmbh|sarl|ag|ab|oy|bv|b\.v|plc|corp|limited)\b/;

/** Postal addresses ("in writing to ..., 59100 Roubaix (France)"): a place named there is where mail goes, not data. */
const addressRe = /\b(?:address(?:ed)?|in writing to|by (?:post|mail|letter|courier) to|attn|attention of|c\/o)\b[^.;]{0,140}/gi;

/** The text with postal addresses blanked (same length, so offsets hold). */
export function withoutAddresses(text: string): string {
  return text.replace(addressRe, (m) => ' '.repeat(m.length));
}

/**
 * Where people or their devices are ("if you are located in the EEA, we ...", "users based in Canada"),
 * up to the verb of the main clause: a place named there is the reader's, not the data's.
 */
const peoplesPlaceRe = /\b(?:you|users?|customers?|individuals?|persons?|people|visitors?|residents?|browsers?|devices?|members?|data subjects?)\b(?: [\w']+){0,5}? (?:located|based|resident|residing|living)\b(?:(?! (?:is|are|will|shall|may|must|we|our|it|they)\b)[^.;:])*/gi;

/** The text with the places of people blanked (same length, so offsets hold). */
export function withoutPeoplesPlaces(text: string): string {
  return text.replace(peoplesPlaceRe, (m) => ' '.repeat(m.length));
}

/** Wording that makes a promise a choice: a protection that "may" be given is weaker than one that "will". */
export const discretionaryRe = /\b(?:may|might|can|could)\b (?:\w+ ){0,2}(?:notify|inform|tell|challenge|contest|publish|seek|object|redirect|encrypt|suspend|terminate)\b|\bsole discretion\b|\breserves? the right\b|\b(?:commercially )?reasonable efforts\b|\bwhere (?:practicable|feasible|possible)\b|\bto the extent (?:practicable|possible|feasible)\b/;

const riskRank: Record<Risk, number> = { mitigating: 0, low: 1, medium: 2, high: 3 };

/** The riskiest risk of a set of findings. */
export function highestRisk(findings: readonly Finding[]): Risk | undefined {
  let best: Risk | undefined;
  for (const f of findings) if (best === undefined || riskRank[f.risk] > riskRank[best]) best = f.risk;
  return best;
}

/** Citations in document order without two for the same sentence; at most `max`. */
export function distinct(cites: Citation[], max = 6): Citation[] {
  const seen = new Set<number>();
  const out: Citation[] = [];
  // A run-in title ("Customer-managed keys.") says nothing alone: drop it when its clause is cited too.
  const short = (c: Citation) => c.excerpt.length < 40 && cites.some((o) => o !== c && o.line === c.line && o.page === c.page && o.excerpt.length >= 40);
  for (const c of [...cites].sort((a, b) => a.start - b.start)) {
    if (short(c)) continue;
    if (out.some((o) => c.start < o.end && o.start < c.end) || seen.has(c.start)) continue;
    seen.add(c.start);
    out.push(c);
    if (out.length >= max) break;
  }
  return out;
}
