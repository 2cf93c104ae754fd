/**
 * The clause rules (`cl-*`) in matching order: when two rules of one category hit a sentence, the
 * first one listed here wins. The matchers live by theme in location.ts, government.ts and records.ts.
 * Each rule also has a gate: words without one of which its matcher cannot succeed. One scan of the
 * sentence finds every gate word at once, so most rules skip most sentences almost for free.
 */
import type { ClauseRule } from './context';
import * as gov from './government';
import * as loc from './location';
import * as rec from './records';

/** Tests may switch gates off to prove they never change a result. */
export const gating = { enabled: true };

/** Words (folded, lower case) of which a sentence must contain one for the rule's matcher to run. */
interface Gate {
  words: readonly string[];
  /** Or: a word of each list (for matchers that need, say, a verb and an object). */
  both?: readonly [readonly string[], readonly string[]];
  /** The words may also stand in the previous sentence (rules that read "In that case, ..." with it). */
  previous?: boolean;
  /** Or one of these in the heading or the previous sentence (sub-processor sections). */
  context?: readonly string[];
  /** Table rows always pass. */
  rows?: boolean;
}

const words = (...list: string[]): Gate => ({ words: list });
const rowsOr = (...list: string[]): Gate => ({ words: list, rows: true });
const withPrevious = (...list: string[]): Gate => ({ words: list, previous: true });

const foreignWords = ['united', 'u.s', 'usa', 'in the us', 'us company', 'us government', 'us law', 'us authorit', 'us entity', 'us subsidiar', 'us corporation', 'outside', 'other countr', 'other juris', 'other locat', 'any countr', 'any other', 'any juris', 'any locat', 'countries', 'multiple', 'various', 'variety', 'world', 'global', 'overseas', 'abroad', 'third countr', 'international', 'wherever', 'india', 'china', 'singapore', 'consent to', 'agree with', 'agree to the transfer', 'american', 'delaware', 'group', 'brazil', 'japan', 'korea', 'canada', 'australia'];
const authorityWords = ['authorit', 'enforcement', 'police', 'government', 'regulat', 'court', 'agenc', 'national security', 'intelligence'];
const subprocessorWords = ['processor', 'processing', 'contract', 'provider', 'third', 'vendor', 'affiliat', 'group', 'delegat', 'perform', 'behalf', 'agent', 'external', 'payment', 'onward'];

/** Every clause rule, most specific first within each category. */
export const clauseRules: readonly (ClauseRule & { gate: Gate })[] = [
  // location.anywhere
  { id: 'cl-relocation-no-notice', gate: words('locat', 'region', 'cent', 'move', 'moving', 'migrat', 'relocat', 'replicat', 'automatically'), match: loc.relocationNoNotice },
  { id: 'cl-operational-access', gate: words('access', 'remote', 'follow', 'review', 'view', ' see'), match: loc.operationalAccess },
  { id: 'cl-contracting-entity', gate: words('contracting', 'subsidiar', 'parent', 'owned by', 'owned and controlled by'), match: loc.contractingEntity },
  // "Stored in Kenya": an unfamiliar place after a storage verb is left to the NLP parser.
  { id: 'cl-location-unrestricted', gate: { words: foreignWords, rows: true, both: [['stor', 'host', 'transferr'], [' in ']] }, match: loc.locationUnrestricted },
  // location.commitment
  { id: 'cl-sovereign-operations', gate: words('sovereign', 'operated by', 'resident', 'outside', 'technical means', 'secnumcloud', 'autonomy', 'board of'), match: loc.sovereignOperations },
  { id: 'cl-residency-commitment', gate: rowsOr('eu', 'europe', 'eea', 'member state', 'switzerland', 'germany', 'france', 'ireland', 'kingdom', 'region', 'select', 'choos', 'chos', 'choice', 'location', 'countr', 'cent', 'geographic', 'residency', 'boundary', 'in-country', 'locali', 'geo', 'never leave', 'solely', 'exclusively'), match: loc.residencyCommitment },
  // location.transfer-mechanism
  { id: 'cl-transfer-mechanism', gate: rowsOr('standard', 'scc', 'model clause', 'framework', 'dpf', 'shield', 'safe harbo', 'adequa', 'binding corporate', 'bcr', '46', '49', 'derogation', 'safeguard', 'assessment', 'addendum', 'transfer agreement', 'extension', '2021/914', '2010/87', 'chapter v', 'mechanism', 'consent to', 'overseas', 'department of commerce'), match: loc.transferMechanism },
  // location.subprocessor
  { id: 'cl-subprocessors-abroad', gate: { words: subprocessorWords, rows: true, context: ['processor', 'contract', 'provider', 'vendor', 'behalf'] }, match: loc.subprocessorsAbroad },
  // gov.disclosure
  { id: 'cl-mlat-only', gate: words('mutual legal', 'mlat', 'rogatory', 'executive agreement', 'diplomatic', 'appropriate legal', 'provide data to foreign', 'non-us', 'outside the u.s'), match: gov.mlatOnly },
  { id: 'cl-disclosure-required-by-law', gate: words(...authorityWords, 'law', 'legal', 'subpoena', 'warrant', 'compel', 'supervisory', 'tax', 'instruction', 'mlat', 'required by', 'requires us', 'preserv', 'binding', 'valid', 'foreign', 'u.s', '2703', 'stored communications', 'rogatory', 'enforce'), match: gov.disclosureRequiredByLaw },
  // gov.voluntary
  { id: 'cl-no-backdoor', gate: words('voluntarily', 'discretion', 'backdoor', 'back door', 'direct', 'unfettered', 'blanket', 'bulk access', 'encryption', 'standing access'), match: gov.noBackdoor },
  { id: 'cl-emergency-disclosure', gate: words('emergenc', 'exigent', 'danger', 'imminent', 'serious', 'risk of', 'vital interest', 'threat to', 'life', 'harm to'), match: gov.emergencyDisclosure },
  { id: 'cl-voluntary-disclosure', gate: { words: [...authorityWords, 'third part', 'third-part', 'others', 'other compan', 'other organi', 'disclos', 'releas', 'share', 'sharing', 'exchang', 'hand over', 'handed over', 'turn over', 'voluntar'], previous: true }, match: gov.voluntaryDisclosure },
  // gov.foreign-law
  { id: 'cl-natsec-secrecy', gate: words('national security', 'intelligence', 'fisa', '702', '12333', 'nsl'), match: gov.natsecSecrecy },
  { id: 'cl-cloud-act-mention', gate: words('cloud act', 'clarifying lawful', '2713', 'fisa', '702', '12333', 'patriot', 'national security letter', 'foreign intelligence', 'stored communications'), match: gov.cloudActMention },
  { id: 'cl-conflict-notice', gate: words('law', 'legislation', 'democratic'), match: gov.conflictNotice },
  { id: 'cl-foreign-access-ack', gate: words(...authorityWords, 'state access'), match: gov.foreignAccessAck },
  // notice, challenge, transparency
  { id: 'cl-notice-of-demand', gate: withPrevious('notif', 'inform ', 'informs', 'informed', 'informing', 'notice', 'tell', 'alert', 'know', 'forward', 'mail', 'send'), match: gov.noticeOfDemand },
  { id: 'cl-no-notice', gate: words('notif', 'notice', 'inform', 'tell', 'gag', 'disclosure order', 'investigation', 'legal disclosure', 'emergenc', 'obstruct', 'jeopardi'), match: gov.noNotice },
  { id: 'cl-redirect-challenge', gate: withPrevious('redirect', 'quash', 'protective order', 'confidential treatment', 'broad', 'narrow', 'directly', 'object', 'default', 'appeal', 'challeng', 'contest', 'seek', 'minimum', 'only', 'scrutini', 'review', 'assess', 'evaluat', 'examin', 'limit', 'refuse', 'push back', 'reject', 'verify', 'oppos', 'request that', 'all legal', 'unable to process', 'obtain', 'request'), match: gov.redirectChallenge },
  { id: 'cl-transparency-report', gate: { words: ['transparency', 'requests report', 'canary'], both: [['publish', 'report', 'break out', 'breaks out'], ['request', 'demand']] }, match: gov.transparencyReport },
  // records, keys, law
  { id: 'cl-customer-ownership', gate: words('right', 'ownership', 'title', 'intellectual', 'control', 'property', 'yours', 'owned by', 'not ours', 'your data', 'you own', 'only access', 'only use', 'licen', 'belong', 'not access', 'not use', 'only to', 'only for', 'acquire'), match: rec.customerOwnership },
  { id: 'cl-provider-data-rights', gate: words('licen', 'right', 'permission', 'identif', 'aggregat', 'anonymi', 'pseudonymi', 'usage', 'service data', 'telemetry', 'diagnostic', 'network data', 'metadata', 'we own', 'controller', 'does not include', 'is not customer', 'is not your', 'belong'), match: rec.providerDataRights },
  { id: 'cl-deletion-return', gate: words('delet', 'return', 'export', 'purg', 'destroy', 'overwrit', 'keep', 'retain', 'backup', 'certify', 'legal hold'), match: rec.deletionReturn },
  { id: 'cl-encryption-keys', gate: words('key', 'byok', 'hyok', 'end-to-end', 'zero', 'encrypt', 'client-side', 'unreadable', 'revok', 'password'), match: rec.encryptionKeys },
  { id: 'cl-governing-law-forum', gate: words('govern', 'jurisdiction', 'choice of', 'venue', 'arbitra', 'administered by', 'court', 'litigated', 'brought in any', 'commenced only'), match: rec.governingLawForum },
  // terms
  { id: 'cl-unilateral-update', gate: words('update', 'chang', 'modif', 'amend', 'revis', 'time to time', 'any time', 'posting', 'current', 'continued use', 'discretion'), match: loc.unilateralUpdate },
];

// ---------------------------------------------------------------- one scan for all gates

// The scan looks only where words start, so gate words that also occur inside longer words are
// listed in those longer forms too; each form opens the rules of the gate words it contains.
const compounds = ['subprocessor', 'subprocessing', 'subcontract', 'sublicen', 'email', 'nondisclos', 'deidentif', 'unlawful', 'datacent', 'datacenter'];
const allWords = [...new Set([...clauseRules.flatMap((r) => [...r.gate.words, ...(r.gate.context ?? []), ...(r.gate.both?.flat() ?? [])]), ...compounds])];

/** Per word: the rules it opens alone, as half of a pair, from the previous sentence, from context. */
interface WordMasks {
  any: number;
  first: number;
  second: number;
  previous: number;
  context: number;
}

const none = (): WordMasks => ({ any: 0, first: 0, second: 0, previous: 0, context: 0 });

function orInto(into: WordMasks, m: WordMasks): void {
  into.any |= m.any;
  into.first |= m.first;
  into.second |= m.second;
  into.previous |= m.previous;
  into.context |= m.context;
}

const wordMasks = new Map<string, WordMasks>();
{
  const direct = new Map<string, WordMasks>();
  const add = (w: string, key: keyof WordMasks, bit: number): void => {
    const m = direct.get(w) ?? none();
    m[key] |= bit;
    direct.set(w, m);
  };
  clauseRules.forEach((r, i) => {
    const bit = 1 << i;
    for (const w of r.gate.words) {
      add(w, 'any', bit);
      if (r.gate.previous) add(w, 'previous', bit);
    }
    for (const w of r.gate.both?.[0] ?? []) add(w, 'first', bit);
    for (const w of r.gate.both?.[1] ?? []) add(w, 'second', bit);
    for (const w of r.gate.context ?? []) add(w, 'context', bit);
  });
  for (const w of allWords) {
    const m = none();
    for (const [inner, d] of direct) if (w.includes(inner)) orInto(m, d);
    wordMasks.set(w, m);
  }
}
const rowMask = clauseRules.reduce((m, r, i) => (r.gate.rows ? m | (1 << i) : m), 0);

// The gate words as a trie over the characters they use (all ASCII), one row of `trieNext` per node
// (0: no child; the root is node 0 and never a child). A walk from each word boundary (where a regex
// \b matches) finds every gate word that starts there, far cheaper than a regex alternation.
const alphabet = new Int8Array(128).fill(-1);
let alphabetSize = 0;
for (const w of allWords) for (let i = 0; i < w.length; i++) if (alphabet[w.charCodeAt(i)] === -1) alphabet[w.charCodeAt(i)] = alphabetSize++;
const trieRows: number[][] = [[]];
const trieWord: (WordMasks | undefined)[] = [undefined];
for (const w of allWords) {
  let node = 0;
  for (let i = 0; i < w.length; i++) {
    const a = alphabet[w.charCodeAt(i)]!;
    let child = trieRows[node]![a];
    if (child === undefined) {
      child = trieRows.length;
      trieRows[node]![a] = child;
      trieRows.push([]);
      trieWord.push(undefined);
    }
    node = child;
  }
  trieWord[node] = wordMasks.get(w);
}
const trieNext = new Int32Array(trieRows.length * alphabetSize);
trieRows.forEach((row, node) => row.forEach((child, a) => (trieNext[node * alphabetSize + a] = child)));
// What a regex \w matches: [A-Za-z0-9_].
const isWordChar = new Uint8Array(128);
for (let c = 0; c < 128; c++) isWordChar[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;

function scan(text: string): WordMasks {
  const out = none();
  const n = text.length;
  let prevWord = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const word = c < 128 ? isWordChar[c]! : 0;
    if (word === prevWord) continue;
    prevWord = word;
    // The longest word starting here: its masks hold those of the shorter ones inside it.
    let node = 0;
    let longest: WordMasks | undefined;
    for (let j = i; j < n; j++) {
      const d = text.charCodeAt(j);
      const a = d < 128 ? alphabet[d]! : -1;
      if (a < 0) break;
      node = trieNext[node * alphabetSize + a]!;
      if (node === 0) break;
      longest = trieWord[node] ?? longest;
    }
    if (longest) orInto(out, longest);
  }
  return out;
}

/** Remembers its last scan: a sentence is read again as the next one's `previous`, a heading by each sentence under it. */
function lastScanOf(): (text: string) => WordMasks {
  let last: string | undefined;
  let masks = none();
  return (text) => {
    if (text !== last) {
      masks = scan(text);
      last = text;
    }
    return masks;
  };
}
const scanSentence = lastScanOf();
const scanHeading = lastScanOf();

/** Bit i set: clause rule i may match this sentence. All bits are set when gating is off. */
export function candidateRules(text: string, previous: string, heading: string, isTableRow: boolean): number {
  if (!gating.enabled) return -1;
  let mask = 0;
  // The previous sentence first: it is most often the last one scanned.
  if (previous) {
    const p = scanSentence(previous);
    mask |= p.previous | p.context;
  }
  const own = scanSentence(text);
  mask |= own.any | (own.first & own.second) | own.context;
  if (heading) mask |= scanHeading(heading).context;
  if (isTableRow) mask |= rowMask;
  return mask;
}
