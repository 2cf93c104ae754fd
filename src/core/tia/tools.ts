/** The transfer tools a contract names (from the one table in data/transferTools), and the clause that incorporates the 2021 SCCs. */
import { transferTools, type TransferTool } from '../data/transferTools';
import type { Evidence } from './evidence';
import type { Citation } from './types';

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
    // The disclaimer may sit in the next sentence of the same paragraph: read the paragraph.
    const sources = spans.filter((s) => tool.pattern.test(s.folded) && !(tool.defunct && notReliedRe.test(ev.blockOf(s)))).map((s) => ev.cite(s, s.ruleId));
    if (sources.length > 0) out.push({ tool, sources });
  }
  // "SCCs" defined elsewhere as the 2021 clauses: cite the definition next to the operative clause.
  const generic = out.find((t) => t.tool.id === 'scc');
  if (generic && !out.some((t) => t.tool.id === 'scc-2021')) {
    const definition = ev.anySentence(/\b(?:standard contractual clauses|sccs?)\b/, /\b2021\/914\b|\b4 june 2021\b/)[0];
    if (definition) out.splice(out.indexOf(generic), 1, { tool: transferTools.find((t) => t.id === 'scc-2021')!, sources: [...generic.sources, ev.cite(definition)] });
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

const notReliedRe = /\b(?:does|do|will) not rely\b|\bno longer rel(?:y|ies)\b/;

const incorporationRe = /\b(?:incorporat\w*|shall apply|will apply|apply to|applies to|shall govern|govern(?:s|ed by)?|rel(?:y|ies) on|enter(?:s|ed)? into|subject to|form(?:s)? (?:an integral )?part|deemed (?:to be )?(?:executed|entered|concluded)|executes?)\b/;

/** The clause that makes the 2021 SCCs part of the contract, if there is one (their Clauses 14-16 then bind the importer). */
export function sccIncorporation(ev: Evidence, tools: readonly NamedTool[] = namedTools(ev)): Citation | undefined {
  const scc = tools.find((t) => t.tool.id === 'scc-2021');
  return scc?.sources.find((c) => incorporationRe.test(ev.folded(c)));
}
