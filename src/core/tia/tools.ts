/** Transfer tools (GDPR Chapter V) as data: how a clause names each, and whether it still works. */
import type { Evidence } from './evidence';
import type { Citation } from './types';

export interface TransferTool {
  id: string;
  label: string;
  /** Matched against folded sentence text. */
  pattern: RegExp;
  /** Why the tool no longer works, for tools a court or the Commission has ended. */
  defunct?: string;
}

export const transferTools: readonly TransferTool[] = [
  { id: 'scc-2021', label: 'Standard Contractual Clauses (2021/914)', pattern: /\b2021\/914\b|\b(?:standard contractual clauses|sccs?)\b[^.;]{0,80}\b(?:2021|module (?:one|two|three|four|1|2|3|4))\b|\bmodule (?:one|two|three|four|1|2|3|4)\b[^.;]{0,60}\b(?:standard contractual clauses|sccs?)\b/ },
  { id: 'scc', label: 'Standard Contractual Clauses', pattern: /\bstandard (?:contractual|data protection) clauses\b|\bsccs?\b|\bmodel clauses\b/ },
  { id: 'scc-old', label: 'Pre-2021 Standard Contractual Clauses', pattern: /\b2010\/87\b|\b2004\/915\b|\b2001\/497\b/, defunct: 'repealed by Commission Decision 2021/914; no longer valid for new transfers since 27 September 2021 or for any transfer since 27 December 2022' },
  { id: 'uk-addendum', label: 'UK International Data Transfer Addendum or Agreement', pattern: /\binternational data transfer (?:addendum|agreement)\b|\bidta\b|\buk addendum\b/ },
  { id: 'dpf', label: 'EU-U.S. Data Privacy Framework', pattern: /\bdata privacy framework\b|\bdpf\b/ },
  { id: 'privacy-shield', label: 'EU-U.S. Privacy Shield', pattern: /\bprivacy shield\b/, defunct: 'invalidated by the Court of Justice in Schrems II (16 July 2020)' },
  { id: 'safe-harbor', label: 'Safe Harbor', pattern: /\bsafe harbou?r (?:principles|framework|program)/, defunct: 'invalidated by the Court of Justice in Schrems I (6 October 2015)' },
  { id: 'bcr', label: 'Binding Corporate Rules', pattern: /\bbinding corporate rules\b|\bbcrs?\b/ },
  { id: 'adequacy', label: 'Adequacy decision', pattern: /\badequacy (?:decision|finding|regulations?)\b|\badequate level of (?:data )?protection\b|\bdeemed adequate\b/ },
  { id: 'derogation', label: 'Derogation (GDPR Article 49)', pattern: /\barticle 49\b|\bart\. ?49\b|\bderogations?\b/ },
];

export const transferToolIds = transferTools.map((t) => t.id);

export interface NamedTool {
  tool: TransferTool;
  sources: Citation[];
}

/**
 * The tools the contract names in clauses the engine marked as transfer clauses, and, when it marked
 * none, in any sentence that speaks of transfers. The 2021 SCCs supersede the generic "SCCs" entry.
 */
export function namedTools(ev: Evidence): NamedTool[] {
  const marked = ev.byCategory(['location.transfer-mechanism']).map((f) => ({ start: f.start, end: f.end, folded: ev.folded(f), ruleId: f.ruleId as string | undefined }));
  const spans = marked.length > 0 ? marked : ev.clue(/\btransfer/).map((s) => ({ start: s.start, end: s.end, folded: s.folded, ruleId: undefined }));
  const out: NamedTool[] = [];
  for (const tool of transferTools) {
    // "certified to the Privacy Shield, although it does not rely on it": named, but not the tool used.
    const sources = spans.filter((s) => tool.pattern.test(s.folded) && !(tool.defunct && /\b(?:does|do|will) not rely\b|\bno longer rel(?:y|ies)\b/.test(s.folded))).map((s) => ev.cite(s, s.ruleId));
    if (sources.length > 0) out.push({ tool, sources });
  }
  // "SCCs" defined elsewhere as the 2021 clauses: cite the definition next to the operative clause.
  const generic = out.find((t) => t.tool.id === 'scc');
  if (generic && !out.some((t) => t.tool.id === 'scc-2021')) {
    const definition = ev.anySentence(/\b(?:standard contractual clauses|sccs?)\b/, /\b2021\/914\b|\b4 june 2021\b/)[0];
    if (definition) out.splice(out.indexOf(generic), 1, { tool: transferTools[0]!, sources: [...generic.sources, ev.cite(definition)] });
  }
  // Where the 2021 clauses are named, every other mention of "the SCCs" is to them: one entry, all its clauses.
  const dated = out.find((t) => t.tool.id === 'scc-2021');
  const plain = out.find((t) => t.tool.id === 'scc');
  if (dated && plain) {
    dated.sources = [...plain.sources, ...dated.sources].sort((a, b) => a.start - b.start).filter((c, i, all) => i === 0 || all[i - 1]!.start !== c.start);
    return out.filter((t) => t !== plain);
  }
  return out;
}

const incorporationRe = /\b(?:incorporat\w*|shall apply|will apply|apply to|applies to|shall govern|govern(?:s|ed by)?|rel(?:y|ies) on|enter(?:s|ed)? into|subject to|form(?:s)? (?:an integral )?part|deemed (?:to be )?(?:executed|entered|concluded)|executes?)\b/;

/** The clause that makes the 2021 SCCs part of the contract, if there is one (their Clauses 14-16 then bind the importer). */
export function sccIncorporation(ev: Evidence, tools: readonly NamedTool[] = namedTools(ev)): Citation | undefined {
  const scc = tools.find((t) => t.tool.id === 'scc-2021');
  return scc?.sources.find((c) => incorporationRe.test(ev.folded(c)));
}
