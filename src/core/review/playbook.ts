/**
 * The playbook: an organisation's positions on data location and government access, as data, and the
 * check of a document's findings against it.
 *
 * API (read by the review step, and by the TIA and gap matrix):
 * - `Playbook`: `locations.allowed` / `locations.forbidden` (RegionId[]), `requiredProtections`
 *   (ProtectionId[]), `transferMechanisms` (the acceptable TransferMechanismId[]), `refused` (rule or
 *   category ids the organisation will not accept), `severity` of a break.
 * - `starterPlaybooks` / `getStarterPlaybook(id)`: the shipped positions ("eu-controller",
 *   "uk-public-body", "us-company").
 * - `normalizePlaybook(raw)`: untrusted JSON to a `Playbook`, with problems in plain words.
 * - `evaluatePlaybook(playbook, findings, text)`: the breaks (`PlaybookBreak[]`), each with the clause
 *   it is about (or the document, for a required protection it never gives) and a message such as
 *   "Playbook requires storage in the EU/EEA; this clause allows the United States".
 * - `protectionStatus(playbook, findings)`: per required protection, whether the document gives it.
 * - `breakFindings(breaks)`: the breaks as findings (rule ids `playbook-*`), which every surface shows.
 * Pure: text and findings in, breaks out.
 */
import { categories } from '../data/categories';
import { placeMentions, regionIds, regionLabels, type RegionId } from '../data/places';
import { mechanismsIn, transferMechanismIds, transferMechanisms, type TransferMechanismId } from '../data/transferTools';
import { hashText } from '../text/normalize';
import type { AnyCategoryId, ArgumentId, Finding, RuleDoc, Severity } from '../types';

/** Protections a playbook may require; each is given by a clause of one category. */
export const protectionIds = ['location-commitment', 'transfer-mechanism', 'notice', 'challenge', 'transparency', 'customer-keys'] as const;
export type ProtectionId = (typeof protectionIds)[number];

/** The category whose clause gives each protection, and the categories of the clauses it qualifies. */
export const protections: Record<ProtectionId, { category: AnyCategoryId; label: string; qualifies: AnyCategoryId[]; missing?: AnyCategoryId; missingRule?: string }> = {
  'location-commitment': { category: 'location.commitment', label: 'a commitment on where data is stored', qualifies: ['location.anywhere', 'location.subprocessor'], missing: 'missing.location.commitment', missingRule: 'missing-location' },
  'transfer-mechanism': { category: 'location.transfer-mechanism', label: 'a legal basis for transfers abroad', qualifies: ['location.anywhere', 'location.subprocessor'], missing: 'missing.location.transfer-mechanism', missingRule: 'missing-transfer-mechanism' },
  notice: { category: 'gov.notice', label: 'notice of government demands', qualifies: ['gov.disclosure', 'gov.voluntary', 'gov.foreign-law', 'gov.no-notice'], missing: 'missing.gov.notice', missingRule: 'missing-notice' },
  challenge: { category: 'gov.challenge', label: 'a promise to redirect or challenge demands', qualifies: ['gov.disclosure', 'gov.voluntary', 'gov.foreign-law'], missing: 'missing.gov.challenge', missingRule: 'missing-challenge' },
  'customer-keys': { category: 'security.customer-keys', label: 'encryption under customer-held keys', qualifies: ['gov.disclosure', 'gov.foreign-law'] },
  transparency: { category: 'gov.transparency', label: 'transparency reports on government requests', qualifies: ['gov.disclosure'] },
};

/** An organisation's positions. Every field is optional: an empty playbook breaks nothing. */
export interface Playbook {
  /** Starter id or a name of the organisation's own. */
  id: string;
  name: string;
  description?: string;
  locations?: { allowed?: RegionId[]; forbidden?: RegionId[] };
  requiredProtections?: ProtectionId[];
  /** Acceptable legal bases for transfers; a transfer clause naming only others breaks. */
  transferMechanisms?: TransferMechanismId[];
  /** Rule ids (`cl-voluntary-disclosure`) or category ids (`gov.voluntary`) the organisation refuses. */
  refused?: string[];
  /** Severity of a break (default `error`). */
  severity?: Exclude<Severity, 'off'>;
}

export type PlaybookBreakKind = 'location' | 'protection' | 'transfer' | 'refused';

/** One way a document breaks the playbook. */
export interface PlaybookBreak {
  kind: PlaybookBreakKind;
  /** `playbook-location`, `playbook-protection`, `playbook-transfer` or `playbook-refused`. */
  ruleId: string;
  message: string;
  /** The clause finding it is about; absent for a protection the document never gives. */
  finding?: Finding;
  /** For `protection` breaks. */
  protection?: ProtectionId;
  /** For `location` breaks: the regions the clause names or allows that the playbook does not. */
  regions?: RegionId[];
  /** For `transfer` breaks. */
  mechanisms?: TransferMechanismId[];
}

const regionList = (ids: readonly RegionId[]) => joinOr(ids.map((r) => regionLabels[r]), 'or');

function joinOr(items: readonly string[], word: 'or' | 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${word} ${items[items.length - 1]}`;
}

/** Shipped starting points; copy one into `.warrant-lens.json` and adapt it. */
export const starterPlaybooks: readonly Playbook[] = [
  {
    id: 'eu-controller',
    name: 'EU controller',
    description: 'A controller under the GDPR: data stays in the EU/EEA unless a Chapter V mechanism covers it; notice and challenge of every demand.',
    locations: { allowed: ['eu-eea'] },
    requiredProtections: ['notice', 'challenge', 'location-commitment', 'transfer-mechanism'],
    transferMechanisms: ['adequacy', 'scc', 'bcr'],
    refused: ['cl-voluntary-disclosure', 'cl-no-notice', 'cl-provider-data-rights'],
    severity: 'error',
  },
  {
    id: 'uk-public-body',
    name: 'UK public body',
    description: 'A UK public-sector body: data kept in the UK, UK transfer tools only, customer-held keys, and no disclosure the body does not hear about.',
    locations: { allowed: ['uk'] },
    requiredProtections: ['notice', 'challenge', 'location-commitment', 'customer-keys'],
    transferMechanisms: ['adequacy', 'uk-idta', 'uk-addendum'],
    refused: ['cl-voluntary-disclosure', 'cl-emergency-disclosure', 'cl-no-notice', 'cl-natsec-secrecy', 'cl-provider-data-rights'],
    severity: 'error',
  },
  {
    id: 'us-company',
    name: 'US company, no foreign-storage limits',
    description: 'A US business that lets data be stored anywhere but wants to hear about, and be able to fight, every demand.',
    requiredProtections: ['notice', 'challenge'],
    refused: ['cl-voluntary-disclosure'],
    severity: 'warning',
  },
];

/** A starter playbook by id. */
export function getStarterPlaybook(id: string): Playbook | undefined {
  return starterPlaybooks.find((p) => p.id === id);
}

const severities = ['error', 'warning', 'info', 'hint'];

/**
 * Turns untrusted JSON (a starter's id, or an object that may `extends` a starter) into a playbook.
 * Unknown values are dropped and reported; never throws.
 */
export function normalizePlaybook(raw: unknown, knownIds: readonly string[] = []): { playbook?: Playbook; problems: string[] } {
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { problems };
  if (typeof raw === 'string') {
    const p = getStarterPlaybook(raw);
    if (!p) problems.push(`playbook: "${raw}" is not a starter playbook (${starterPlaybooks.map((s) => s.id).join(', ')}); ignored.`);
    return p ? { playbook: p, problems } : { problems };
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) return { problems: ['playbook must be the name of a starter playbook or an object; ignored.'] };
  const r = raw as Record<string, unknown>;
  let base: Playbook = { id: 'custom', name: 'Custom playbook' };
  if (typeof r.extends === 'string') {
    const p = getStarterPlaybook(r.extends);
    if (p) base = { ...p };
    else problems.push(`playbook.extends: "${r.extends}" is not a starter playbook; ignored.`);
  }
  const list = <T extends string>(value: unknown, allowed: readonly string[], where: string): T[] | undefined => {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) {
      problems.push(`${where} must be a list; ignored.`);
      return undefined;
    }
    const out: T[] = [];
    for (const v of value) {
      if (typeof v === 'string' && (allowed.length === 0 || allowed.includes(v))) out.push(v as T);
      else problems.push(`${where}: "${String(v)}" is not one of ${allowed.join(', ')}; ignored.`);
    }
    return out;
  };
  const pb: Playbook = { ...base };
  if (typeof r.id === 'string') pb.id = r.id;
  if (typeof r.name === 'string') pb.name = r.name;
  else if (typeof r.id === 'string') pb.name = r.id;
  if (typeof r.description === 'string') pb.description = r.description;
  if (r.locations !== undefined) {
    if (typeof r.locations === 'object' && r.locations !== null && !Array.isArray(r.locations)) {
      const l = r.locations as Record<string, unknown>;
      const allowed = list<RegionId>(l.allowed, regionIds, 'playbook.locations.allowed');
      const forbidden = list<RegionId>(l.forbidden, regionIds, 'playbook.locations.forbidden');
      pb.locations = { ...(allowed ? { allowed } : {}), ...(forbidden ? { forbidden } : {}) };
    } else problems.push('playbook.locations must be an object with "allowed" and/or "forbidden"; ignored.');
  }
  const required = list<ProtectionId>(r.requiredProtections, protectionIds, 'playbook.requiredProtections');
  if (required) pb.requiredProtections = required;
  const mechanisms = list<TransferMechanismId>(r.transferMechanisms, transferMechanismIds, 'playbook.transferMechanisms');
  if (mechanisms) pb.transferMechanisms = mechanisms;
  const refused = list<string>(r.refused, [...knownIds, ...Object.keys(categories)], 'playbook.refused');
  if (refused) pb.refused = refused;
  if (r.severity !== undefined) {
    if (typeof r.severity === 'string' && severities.includes(r.severity)) pb.severity = r.severity as Playbook['severity'];
    else problems.push(`playbook.severity must be one of ${severities.join(', ')}; ignored.`);
  }
  return { playbook: pb, problems };
}

/** A mechanism's name ("EU-U.S. Data Privacy Framework", "UK Addendum") names no storage place. */
function withoutMechanismNames(sentence: string): string {
  return sentence.replace(/\b(?:EU|Swiss)[-\u2013/ ]+U\.?S\.?(?=[-\u2013 ]+(?:Data Privacy Framework|Privacy Shield|DPF))|\bUK (?=Addendum|International Data Transfer|IDTA)/g, (m) => ' '.repeat(m.length));
}

const exceptedRe = /\b(?:except|excluding|other than|apart from)\b[^.;:,]{0,30}$/i;

const locationCategories: readonly AnyCategoryId[] = ['location.anywhere', 'location.subprocessor', 'location.transfer-mechanism', 'location.commitment'];

/** Whether the document gives each required protection (categories of active clause findings). */
export function protectionStatus(playbook: Playbook, findings: readonly Pick<Finding, 'categories' | 'ruleId'>[]): { protection: ProtectionId; label: string; given: boolean }[] {
  const present = new Set<AnyCategoryId>();
  for (const f of findings) if (!f.ruleId.startsWith('missing-') && !f.ruleId.startsWith('playbook-')) for (const c of f.categories) present.add(c);
  return (playbook.requiredProtections ?? []).map((p) => ({ protection: p, label: protections[p].label, given: present.has(protections[p].category) }));
}

/**
 * The breaks of a document: `findings` are the clause findings a reviewer still sees (not suppressed,
 * accepted or off); `text` the analysed text their offsets point into.
 */
export function evaluatePlaybook(playbook: Playbook, findings: readonly Finding[], text: string): PlaybookBreak[] {
  const out: PlaybookBreak[] = [];
  const allowed = playbook.locations?.allowed ?? [];
  const forbidden = playbook.locations?.forbidden ?? [];
  const clauseFindings = findings.filter((f) => !f.ruleId.startsWith('missing-') && !f.ruleId.startsWith('playbook-'));
  // One location break per sentence, however many location rules matched it.
  const seen = new Set<string>();
  for (const f of clauseFindings) {
    if (!f.categories.some((c) => locationCategories.includes(c))) continue;
    // A low-risk location finding names where a company sits (the contracting entity), not where data goes.
    if (f.risk === 'low') continue;
    if (allowed.length === 0 && forbidden.length === 0) break;
    const span = `${f.start}:${f.end}`;
    if (seen.has(span)) continue;
    const before = out.length;
    const sentence = withoutMechanismNames(text.slice(f.start, f.end));
    // "may process it from anywhere, except from the United States": an excepted place is not allowed by the clause.
    const named = [...new Set(placeMentions(sentence).flatMap((p) => (p.ruledOut && exceptedRe.test(sentence.slice(Math.max(0, p.start - 40), p.start)) ? [] : (p.region ?? []))))];
    const commitment = f.risk === 'mitigating';
    const outside = named.filter((r) => allowed.length > 0 && !allowed.includes(r));
    const banned = named.filter((r) => forbidden.includes(r));
    if (commitment) {
      // A commitment that names an allowed place keeps data there (other names are usually exclusions).
      if (allowed.length > 0 && named.length > 0 && outside.length === named.length) {
        out.push({ kind: 'location', ruleId: 'playbook-location', finding: f, regions: outside, message: `Playbook requires storage in ${regionList(allowed)}; this clause commits to ${regionList(outside)}.` });
      } else if (banned.length > 0 && banned.length === named.length) {
        out.push({ kind: 'location', ruleId: 'playbook-location', finding: f, regions: banned, message: `Playbook forbids storage in ${regionList(banned)}; this clause commits to it.` });
      }
      if (out.length > before) seen.add(span);
      continue;
    }
    if (banned.length > 0) {
      out.push({ kind: 'location', ruleId: 'playbook-location', finding: f, regions: banned, message: `Playbook forbids storage in ${regionList(banned)}; this clause allows it.` });
    } else if (outside.length > 0) {
      out.push({ kind: 'location', ruleId: 'playbook-location', finding: f, regions: outside, message: `Playbook requires storage in ${regionList(allowed)}; this clause allows ${regionList(outside)}.` });
    } else if (allowed.length > 0 && named.length === 0 && f.categories.includes('location.anywhere')) {
      out.push({ kind: 'location', ruleId: 'playbook-location', finding: f, regions: [], message: `Playbook requires storage in ${regionList(allowed)}; this clause allows storage anywhere the provider operates.` });
    }
    if (out.length > before) seen.add(span);
  }

  const acceptable = playbook.transferMechanisms ?? [];
  if (acceptable.length > 0) {
    for (const f of clauseFindings) {
      if (!f.categories.includes('location.transfer-mechanism')) continue;
      const named = mechanismsIn(text.slice(f.start, f.end));
      if (named.length === 0 || named.some((m) => acceptable.includes(m))) continue;
      out.push({
        kind: 'transfer',
        ruleId: 'playbook-transfer',
        finding: f,
        mechanisms: named,
        message: `Playbook accepts transfers only under ${joinOr(acceptable.map((m) => transferMechanisms[m].label), 'or')}; this clause relies on ${joinOr(named.map((m) => transferMechanisms[m].label), 'and')}.`,
      });
    }
  }

  const refused = playbook.refused ?? [];
  if (refused.length > 0) {
    for (const f of clauseFindings) {
      const hit = refused.find((id) => id === f.ruleId || f.categories[0] === id);
      if (!hit) continue;
      const title = categories[f.categories[0]!]?.title ?? f.message;
      out.push({ kind: 'refused', ruleId: 'playbook-refused', finding: f, message: `Playbook refuses this clause type (${title.toLowerCase()}): ${f.message}.` });
    }
  }

  for (const s of protectionStatus(playbook, clauseFindings)) {
    if (s.given) continue;
    const p = protections[s.protection];
    const anchor = clauseFindings.find((f) => f.risk !== 'mitigating' && f.categories.some((c) => p.qualifies.includes(c)));
    out.push({ kind: 'protection', ruleId: 'playbook-protection', protection: s.protection, ...(anchor ? { finding: anchor } : {}), message: `Playbook requires ${s.label}; the document gives none.` });
  }
  return out;
}

/** Case arguments a break bears on, by kind (the underlying clause's arguments come first). */
const breakArguments: Record<PlaybookBreakKind, ArgumentId[]> = {
  location: ['arg-territoriality', 'arg-data-mobility'],
  transfer: ['arg-comity-conflict'],
  refused: ['arg-trust'],
  protection: ['arg-trust'],
};

/** The first line of the text that is not blank: where a document-level break with no clause sits. */
function firstLine(text: string): { start: number; end: number } {
  const m = /\S[^\r\n]*/.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : { start: 0, end: 0 };
}

/** The breaks as findings: high risk, the playbook's severity, anchored on the clause they concern. */
export function breakFindings(playbook: Playbook, breaks: readonly PlaybookBreak[], text: string): Finding[] {
  const severity = playbook.severity ?? 'error';
  return breaks.map((b) => {
    const f = b.finding;
    const span = f ? { start: f.start, end: f.end } : firstLine(text);
    const key = b.kind === 'protection' ? `protection:${b.protection}` : `${b.kind}:${f?.fingerprint ?? ''}`;
    const args = [...(f?.arguments ?? []), ...breakArguments[b.kind]].filter((a, i, all) => all.indexOf(a) === i);
    const out: Finding = {
      ruleId: b.ruleId,
      ...span,
      categories: f ? [...f.categories] : [protections[b.protection!].category],
      risk: 'high',
      severity,
      arguments: args,
      message: b.message,
      excerpt: f?.excerpt ?? text.slice(span.start, span.end).slice(0, 200),
      clause: f?.clause ?? span,
      fingerprint: hashText(`${playbook.id}:${key}`),
    };
    if (f) out.related = { start: f.start, end: f.end, ruleId: f.ruleId };
    return out;
  });
}

/** Rule pages and SARIF rule entries for the break kinds. */
export const playbookRules: readonly RuleDoc[] = [
  { id: 'playbook-location', title: 'Breaks the playbook: data location', category: 'location.anywhere', risk: 'high', severity: 'error', arguments: ['arg-territoriality', 'arg-data-mobility'], explanation: 'The clause allows storage or processing in a place your playbook does not allow, or commits to one outside the allowed places.', askFor: 'A commitment to store and process the data only in the places your playbook allows, with notice before any change.', fixes: [] },
  { id: 'playbook-transfer', title: 'Breaks the playbook: transfer mechanism', category: 'location.transfer-mechanism', risk: 'high', severity: 'error', arguments: ['arg-comity-conflict'], explanation: 'The clause moves data abroad on a legal basis your playbook does not accept.', askFor: 'Transfers only under a mechanism your playbook lists.', fixes: [] },
  { id: 'playbook-refused', title: 'Breaks the playbook: refused clause type', category: 'gov.voluntary', risk: 'high', severity: 'error', arguments: ['arg-trust'], explanation: 'Your playbook says the organisation does not accept this kind of clause.', askFor: 'Strike the clause, or replace it with the language the rule page suggests.', fixes: [] },
  { id: 'playbook-protection', title: 'Breaks the playbook: required protection missing', category: 'gov.notice', risk: 'high', severity: 'error', arguments: ['arg-trust'], explanation: 'Your playbook requires a protection that the document never gives.', askFor: 'Add the protection; the rule page of its clause type has model language.', fixes: [] },
];
