/** The accepted-risks file (`.warrant-lens/accepted-risks.json`): parse, update and write it as reviewable JSON. */
import type { Finding } from '../types';

/** Path of the file, relative to a workspace folder. */
export const acceptedRisksPath = '.warrant-lens/accepted-risks.json';

/** One accepted risk: a rule's finding on a clause, identified by the clause text's fingerprint. */
export interface AcceptedRisk {
  ruleId: string;
  /** `Finding.fingerprint`: a hash of the normalised sentence, so it survives edits elsewhere and moves. */
  fingerprint: string;
  /** Why the reviewer accepted it. */
  reason: string;
  /** Workspace-relative path of the document where it was accepted (informative only). */
  file?: string;
  /** The flagged text when it was accepted, so a reviewer of the file sees what was accepted. */
  excerpt?: string;
  /** ISO date-time of acceptance. */
  acceptedAt?: string;
}

/** The whole file. */
export interface AcceptedRisksFile {
  version: 1;
  accepted: AcceptedRisk[];
}

/** An empty file. */
export function emptyAcceptedRisks(): AcceptedRisksFile {
  return { version: 1, accepted: [] };
}

/** The lookup key of a finding or an accepted risk. */
export function acceptedKey(entry: Pick<AcceptedRisk, 'ruleId' | 'fingerprint'>): string {
  return `${entry.ruleId}#${entry.fingerprint}`;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Parses the file's text. Never throws: a broken file yields no entries and a problem in plain words. */
export function parseAcceptedRisks(text: string): { file: AcceptedRisksFile; problems: string[] } {
  const problems: string[] = [];
  const file = emptyAcceptedRisks();
  if (text.trim() === '') return { file, problems };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    // The position only, never the parser's message: it quotes the file's bytes, and the file may be
    // a planted link to something else.
    const at = /position (\d+)/.exec(err instanceof Error ? err.message : '')?.[1];
    problems.push(`${acceptedRisksPath} is not valid JSON${at ? ` (at offset ${at})` : ''}; no risk is treated as accepted.`);
    return { file, problems };
  }
  const accepted = typeof raw === 'object' && raw !== null ? (raw as { accepted?: unknown }).accepted : undefined;
  if (!Array.isArray(accepted)) {
    problems.push(`${acceptedRisksPath} has no "accepted" list; no risk is treated as accepted.`);
    return { file, problems };
  }
  accepted.forEach((item: unknown, i) => {
    const e = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    const ruleId = str(e.ruleId);
    const fingerprint = str(e.fingerprint);
    if (!ruleId || !fingerprint) {
      problems.push(`${acceptedRisksPath}: entry ${i + 1} needs "ruleId" and "fingerprint"; ignored.`);
      return;
    }
    const entry: AcceptedRisk = { ruleId, fingerprint, reason: str(e.reason) ?? '' };
    const f = str(e.file);
    if (f !== undefined) entry.file = f;
    const x = str(e.excerpt);
    if (x !== undefined) entry.excerpt = x;
    const at = str(e.acceptedAt);
    if (at !== undefined) entry.acceptedAt = at;
    file.accepted.push(entry);
  });
  return { file, problems };
}

/** Adds (or replaces, by rule id and fingerprint) an entry; returns a new file object. */
export function addAcceptedRisk(file: AcceptedRisksFile, entry: AcceptedRisk): AcceptedRisksFile {
  const key = acceptedKey(entry);
  return { version: 1, accepted: [...file.accepted.filter((e) => acceptedKey(e) !== key), entry] };
}

/** Removes an entry; returns a new file object. */
export function removeAcceptedRisk(file: AcceptedRisksFile, entry: Pick<AcceptedRisk, 'ruleId' | 'fingerprint'>): AcceptedRisksFile {
  const key = acceptedKey(entry);
  return { version: 1, accepted: file.accepted.filter((e) => acceptedKey(e) !== key) };
}

/**
 * Serialises the file for review in a diff: entries sorted by file, rule and fingerprint, fields in a
 * fixed order, two-space indentation and a final newline.
 */
export function serializeAcceptedRisks(file: AcceptedRisksFile): string {
  const sorted = [...file.accepted].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint));
  const accepted = sorted.map((e) => {
    const out: AcceptedRisk = { ruleId: e.ruleId, fingerprint: e.fingerprint, reason: e.reason };
    if (e.file !== undefined) out.file = e.file;
    if (e.excerpt !== undefined) out.excerpt = e.excerpt;
    if (e.acceptedAt !== undefined) out.acceptedAt = e.acceptedAt;
    return out;
  });
  return JSON.stringify({ version: 1, accepted }, null, 2) + '\n';
}

/** True when the finding matches an accepted entry. */
export function isAccepted(keys: ReadonlySet<string>, finding: Pick<Finding, 'ruleId' | 'fingerprint'>): boolean {
  return keys.has(acceptedKey(finding));
}
