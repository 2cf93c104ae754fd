/**
 * The clause rules (`cl-*`) in matching order: when two rules of one category hit a sentence, the
 * first one listed here wins. The matchers live by theme in location.ts, government.ts and records.ts.
 * Each rule also has a gate: words without one of which its matcher cannot succeed. Gates are plain
 * substring tests, so most rules skip most sentences for the price of a few `includes` calls.
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
  /** Also look in the previous sentence (rules that read "In that case, ..." with it). */
  previous?: boolean;
  /** Also look in the heading and the previous sentence (sub-processor sections). */
  context?: readonly string[];
  /** Table rows always pass. */
  rows?: boolean;
}

const words = (...list: string[]): Gate => ({ words: list });
const rowsOr = (...list: string[]): Gate => ({ words: list, rows: true });
const withPrevious = (...list: string[]): Gate => ({ words: list, previous: true });

const foreignWords = ['united', 'u.s', 'usa', ' us', 'outside', 'other', 'any ', 'multiple', 'various', 'variety', 'world', 'global', 'overseas', 'abroad', 'third countr', 'international', 'wherever', 'countr', 'india', 'china', 'singapore', 'consent to', 'agree', 'american', 'delaware', 'headquarter', 'located', 'based', 'incorporat', 'infrastructure', 'group', 'jurisdiction', 'state', 'province', 'brazil', 'japan', 'korea', 'canada', 'australia'];
// "Stored in Kenya": an unfamiliar place after a storage verb is left to the NLP parser.
const storageVerbs = ['stor', 'process', 'host', 'transferr'];
const subprocessorWords = ['processor', 'processing', 'contract', 'provider', 'third', 'vendor', 'affiliat', 'group', 'delegat', 'perform', 'behalf', 'agent', 'external', 'payment', 'onward'];

/** Every clause rule, most specific first within each category. */
export const clauseRules: readonly (ClauseRule & { gate: Gate })[] = [
  // location.anywhere
  { id: 'cl-relocation-no-notice', gate: words('locat', 'region', 'cent', 'move', 'moving', 'migrat', 'relocat', 'replicat', 'automatically'), match: loc.relocationNoNotice },
  { id: 'cl-operational-access', gate: words('access', 'remote', 'follow', 'review', 'view', ' see'), match: loc.operationalAccess },
  { id: 'cl-contracting-entity', gate: words('contracting', 'subsidiar', 'parent', 'owned by'), match: loc.contractingEntity },
  { id: 'cl-location-unrestricted', gate: rowsOr(...foreignWords, ...storageVerbs), match: loc.locationUnrestricted },
  // location.commitment
  { id: 'cl-sovereign-operations', gate: words('sovereign', 'operated by', 'resident', 'outside', 'technical means', 'secnumcloud', 'autonomy', 'board of'), match: loc.sovereignOperations },
  { id: 'cl-residency-commitment', gate: rowsOr('eu', 'europe', 'eea', 'member state', 'switzerland', 'germany', 'france', 'ireland', 'kingdom', 'region', 'select', 'choos', 'chos', 'choice', 'location', 'countr', 'cent', 'geographic', 'residency', 'boundary', 'in-country', 'locali', 'geo', 'never leave', 'solely', 'exclusively'), match: loc.residencyCommitment },
  // location.transfer-mechanism
  { id: 'cl-transfer-mechanism', gate: rowsOr('standard', 'scc', 'model clause', 'framework', 'dpf', 'shield', 'safe harbo', 'adequa', 'binding corporate', 'bcr', '46', '49', 'derogation', 'safeguard', 'assessment', 'addendum', 'transfer agreement', 'extension', '2021/914', '2010/87', 'chapter v', 'mechanism', 'consent to', 'overseas', 'department of commerce'), match: loc.transferMechanism },
  // location.subprocessor
  { id: 'cl-subprocessors-abroad', gate: { words: subprocessorWords, rows: true, context: ['processor', 'contract', 'provider', 'vendor', 'behalf'] }, match: loc.subprocessorsAbroad },
  // gov.disclosure
  { id: 'cl-mlat-only', gate: words('mutual legal', 'mlat', 'rogatory', 'executive agreement', 'diplomatic', 'appropriate legal', 'provide data to foreign', 'non-us', 'outside the u.s'), match: gov.mlatOnly },
  { id: 'cl-disclosure-required-by-law', gate: words('law', 'legal', 'court', 'authorit', 'government', 'subpoena', 'warrant', 'compel', 'regulat', 'supervisory', 'police', 'tax', 'instruction', 'request', 'order', 'mlat', 'oblig', 'requir', 'security', 'intelligence', 'preserv', 'public', 'binding', '2703', 'stored communications', 'rogatory', 'enforce'), match: gov.disclosureRequiredByLaw },
  // gov.voluntary
  { id: 'cl-no-backdoor', gate: words('backdoor', 'back door', 'direct', 'unfettered', 'blanket', 'bulk access', 'encryption', 'standing access'), match: gov.noBackdoor },
  { id: 'cl-emergency-disclosure', gate: words('emergenc', 'exigent', 'danger', 'imminent', 'serious', 'risk of', 'vital interest', 'threat to', 'life', 'harm to'), match: gov.emergencyDisclosure },
  { id: 'cl-voluntary-disclosure', gate: words('voluntar', 'authorit', 'enforcement', 'police', 'government', 'cooperat', 'report', 'refer', 'good faith', 'good-faith', 'believ', 'consider', 'deem', 'protect', 'safety', 'prevent', 'fraud', 'illegal', 'enforce', 'investigat', 'defend', 'legal rights', 'threat', 'discretion', 'whether or not', 'without'), match: gov.voluntaryDisclosure },
  // gov.foreign-law
  { id: 'cl-natsec-secrecy', gate: words('national security', 'intelligence', 'fisa', '702', '12333', 'nsl'), match: gov.natsecSecrecy },
  { id: 'cl-cloud-act-mention', gate: words('cloud act', 'clarifying lawful', '2713', 'fisa', '702', '12333', 'patriot', 'national security letter', 'foreign intelligence', 'stored communications'), match: gov.cloudActMention },
  { id: 'cl-conflict-notice', gate: words('law', 'legislation', 'democratic'), match: gov.conflictNotice },
  { id: 'cl-foreign-access-ack', gate: words('court', 'authorit', 'government', 'enforcement', 'agenc', 'intelligence', 'access', 'subject to', 'national security'), match: gov.foreignAccessAck },
  // notice, challenge, transparency
  { id: 'cl-notice-of-demand', gate: withPrevious('notif', 'inform', 'notice', 'tell', 'alert', 'let ', 'forward', 'mail', 'send'), match: gov.noticeOfDemand },
  { id: 'cl-no-notice', gate: words('without', 'not ', 'unless', 'cannot', 'prohibit', 'prevent', 'stop', 'bar', 'delay', 'withhold', 'gag', 'disclosure order', 'confidentiality of', 'except', 'unable', 'rather than', 'emergenc', 'obstruct', 'investigation', 'jeopardi'), match: gov.noNotice },
  { id: 'cl-redirect-challenge', gate: withPrevious('redirect', 'quash', 'protective order', 'confidential treatment', 'broad', 'narrow', 'directly', 'object', 'default', 'appeal', 'challeng', 'contest', 'seek', 'minimum', 'only', 'scrutini', 'review', 'assess', 'evaluat', 'examin', 'limit', 'refuse', 'push back', 'reject', 'verify', 'oppos', 'request that', 'all legal', 'unable to process', 'obtain', 'request'), match: gov.redirectChallenge },
  { id: 'cl-transparency-report', gate: words('transparency', 'requests report', 'canary', 'publish', 'report', 'break out', 'breaks out'), match: gov.transparencyReport },
  // records, keys, law
  { id: 'cl-customer-ownership', gate: words('retain', 'keep', 'own', 'maintain', 'remain', 'your data', 'belong', 'claim no', 'not grant', 'not give', 'not transfer', 'only', 'moral', 'control', 'licen', 'acquire', 'not access', 'not use'), match: rec.customerOwnership },
  { id: 'cl-provider-data-rights', gate: words('grant', 'give', 'licen', 'right', 'identif', 'aggregat', 'anonymi', 'pseudonymi', 'usage', 'service data', 'telemetry', 'diagnostic', 'network data', 'metadata', 'own', 'controller', 'does not include', 'is not customer', 'is not your', 'belong', 'legal'), match: rec.providerDataRights },
  { id: 'cl-deletion-return', gate: words('delet', 'return', 'export', 'purg', 'destroy', 'overwrit', 'keep', 'retain', 'backup', 'certify', 'legal hold'), match: rec.deletionReturn },
  { id: 'cl-encryption-keys', gate: words('key', 'byok', 'hyok', 'end-to-end', 'zero', 'encrypt', 'client-side', 'cannot', 'can not', "can't", 'unable', 'no ability', 'no way', 'no means', 'not able', 'not hold', 'not have', 'not possess', 'not store', 'unreadable', 'revok'), match: rec.encryptionKeys },
  { id: 'cl-governing-law-forum', gate: words('govern', 'jurisdiction', 'choice of', 'venue', 'arbitra', 'administered', 'refer the dispute', 'court', 'litigated', 'brought in any', 'commenced only', 'law of', 'law governs', 'sue', 'bring', 'dispute', 'claims'), match: rec.governingLawForum },
  // terms
  { id: 'cl-unilateral-update', gate: words('update', 'chang', 'modif', 'amend', 'revis', 'time to time', 'any time', 'posting', 'current', 'continued use', 'discretion'), match: loc.unilateralUpdate },
];

// ---------------------------------------------------------------- one scan for all gates

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const allWords = [...new Set(clauseRules.flatMap((r) => [...r.gate.words, ...(r.gate.context ?? [])]))].sort((a, b) => b.length - a.length);
// A look-ahead at every position finds overlapping words; the longest word at a position is reported,
// so each word's mask also carries the masks of the gate words inside it ("lawful" holds "law").
const gateRe = new RegExp(`(?=(${allWords.map(escape).join('|')}))`, 'g');

function masksFor(pick: (r: (typeof clauseRules)[number]) => readonly string[]): Map<string, number> {
  const direct = new Map<string, number>();
  clauseRules.forEach((r, i) => {
    for (const w of pick(r)) direct.set(w, (direct.get(w) ?? 0) | (1 << i));
  });
  const closed = new Map<string, number>();
  for (const w of allWords) {
    let m = 0;
    for (const [inner, mask] of direct) if (w.includes(inner)) m |= mask;
    closed.set(w, m);
  }
  return closed;
}

const wordMasks = masksFor((r) => r.gate.words);
const previousMasks = masksFor((r) => (r.gate.previous ? r.gate.words : []));
const contextMasks = masksFor((r) => r.gate.context ?? []);
const rowMask = clauseRules.reduce((m, r, i) => (r.gate.rows ? m | (1 << i) : m), 0);

function scan(text: string, masks: Map<string, number>): number {
  let mask = 0;
  gateRe.lastIndex = 0;
  for (let m = gateRe.exec(text); m !== null; m = gateRe.exec(text)) {
    mask |= masks.get(m[1]!) ?? 0;
    gateRe.lastIndex++;
  }
  return mask;
}

/** Bit i set: clause rule i may match this sentence. All bits are set when gating is off. */
export function candidateRules(text: string, previous: string, heading: string, isTableRow: boolean): number {
  if (!gating.enabled) return -1;
  let mask = scan(text, wordMasks);
  if (previous) mask |= scan(previous, previousMasks) | scan(previous, contextMasks);
  if (heading) mask |= scan(heading, contextMasks);
  if (isTableRow) mask |= rowMask;
  return mask;
}
