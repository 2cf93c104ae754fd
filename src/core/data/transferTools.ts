/**
 * The one transfer-tool table (GDPR Chapter V and its UK counterparts): how a clause names each tool,
 * whether it still works, and which playbook mechanism it counts as. The TIA's step 2, the portfolio and
 * the playbook's accepted mechanisms all read it.
 */
import { normalizeForMatching } from '../text/normalize';

/** Legal bases a playbook may accept (values of `playbook.transferMechanisms`). */
export const transferMechanismIds = ['scc', 'adequacy', 'bcr', 'dpf', 'uk-idta', 'uk-addendum', 'consent', 'derogation'] as const;
export type TransferMechanismId = (typeof transferMechanismIds)[number];

export interface TransferTool {
  id: string;
  label: string;
  /** Matched against folded text (lower case, see `normalizeForMatching`). */
  pattern: RegExp;
  /** The playbook mechanism it counts as; none for a tool no playbook can accept any more. */
  mechanism?: TransferMechanismId;
  /** Why the tool no longer works, for tools a court or the Commission has ended. */
  defunct?: string;
}

const scc = /\b(?:standard|model) (?:data protection |contractual )?clauses\b|\bsccs?\b/;

export const transferTools: readonly TransferTool[] = [
  { id: 'scc-2021', label: 'Standard Contractual Clauses (2021/914)', mechanism: 'scc', pattern: /\b2021\/914\b|\b(?:standard contractual clauses|sccs?)\b[^.;]{0,80}\b(?:2021|module (?:one|two|three|four|1|2|3|4))\b|\bmodule (?:one|two|three|four|1|2|3|4)\b[^.;]{0,60}\b(?:standard contractual clauses|sccs?)\b/ },
  { id: 'scc', label: 'Standard Contractual Clauses', mechanism: 'scc', pattern: scc },
  { id: 'scc-old', label: 'Pre-2021 Standard Contractual Clauses', mechanism: 'scc', pattern: /\b2010\/87\b|\b2004\/915\b|\b2001\/497\b/, defunct: 'repealed by Commission Decision 2021/914; no longer valid for new transfers since 27 September 2021 or for any transfer since 27 December 2022' },
  { id: 'uk-idta', label: 'UK International Data Transfer Agreement', mechanism: 'uk-idta', pattern: /\binternational data transfer agreement\b|\bidta\b/ },
  { id: 'uk-addendum', label: 'UK International Data Transfer Addendum', mechanism: 'uk-addendum', pattern: /\b(?:uk|international data transfer) addendum\b/ },
  { id: 'dpf', label: 'EU-U.S. Data Privacy Framework', mechanism: 'dpf', pattern: /\bdata privacy framework\b|\bdpf\b/ },
  { id: 'privacy-shield', label: 'EU-U.S. Privacy Shield', mechanism: 'dpf', pattern: /\bprivacy shield\b/, defunct: 'invalidated by the Court of Justice in Schrems II (16 July 2020)' },
  { id: 'safe-harbor', label: 'Safe Harbor', pattern: /\bsafe harbou?r (?:principles|framework|program)/, defunct: 'invalidated by the Court of Justice in Schrems I (6 October 2015)' },
  { id: 'bcr', label: 'Binding Corporate Rules', mechanism: 'bcr', pattern: /\bbinding corporate rules\b|\bbcrs?\b/ },
  { id: 'adequacy', label: 'Adequacy decision', mechanism: 'adequacy', pattern: /\badequacy\b|\badequate level of (?:data )?protection\b|\bdeemed adequate\b|\badequate (?:countr|jurisdiction|third countr)/ },
  { id: 'consent', label: 'Explicit consent (GDPR Article 49(1)(a))', mechanism: 'consent', pattern: /\bexplicit(?:ly)? consent\b/ },
  { id: 'derogation', label: 'Derogation (GDPR Article 49)', mechanism: 'derogation', pattern: /\barticle 49\b|\bart\. ?49\b|\bderogations?\b/ },
];

export const transferToolIds = transferTools.map((t) => t.id);

/** How a playbook break names each mechanism. */
export const transferMechanisms: Record<TransferMechanismId, { label: string }> = {
  scc: { label: 'standard contractual clauses' },
  adequacy: { label: 'an adequacy decision' },
  bcr: { label: 'binding corporate rules' },
  dpf: { label: 'the Data Privacy Framework' },
  'uk-idta': { label: 'the UK International Data Transfer Agreement' },
  'uk-addendum': { label: 'the UK Addendum to the SCCs' },
  consent: { label: 'consent' },
  derogation: { label: 'a derogation for specific situations' },
};

/** The transfer tools a clause names (its text as written). */
export function toolsIn(text: string): TransferTool[] {
  const folded = normalizeForMatching(text);
  return transferTools.filter((t) => t.pattern.test(folded));
}

/** The playbook mechanisms a clause names, in table order, without repeats. */
export function mechanismsIn(text: string): TransferMechanismId[] {
  const named = new Set(toolsIn(text).flatMap((t) => t.mechanism ?? []));
  return transferMechanismIds.filter((id) => named.has(id));
}
