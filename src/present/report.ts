/**
 * The review report of one document: a one-page summary first (playbook breaks and high-risk clauses),
 * then every finding, one section of explanation and suggested language per rule, and the case
 * arguments in brief. It starts with the report marker, so Warrant Lens never analyses its own report.
 */
import { caseFacts, datedStatements, getArgument, reportMarker, ruleDoc, type ArgumentId, type HiddenCounts, type Risk, type VisibleFinding } from '../core';
import { escapeInline } from './markdown';
import { riskLabel, type JurisdictionId } from './jurisdiction';
import { jurisdictionLabel, motionNote } from './jurisdictionNotes';
import { exposureSummary } from './panelModel';

/** Inputs of the report. */
export interface ReportInput {
  /** The document's name or workspace-relative path. */
  documentName: string;
  visible: readonly VisibleFinding[];
  hidden: HiddenCounts;
  /** 0-based line of an offset. */
  lineOf: (offset: number) => number;
  /** Word and PDF files: where an offset is in the original ("page 2, line 14", "¶ 14"), cited instead of the line. */
  whereOf?: (offset: number) => string;
  jurisdiction: JurisdictionId;
  /** The date printed in the heading (the presenter never reads the clock). */
  date: string;
  /** The playbook that applied, if any. */
  playbook?: string;
}

const risks: Risk[] = ['high', 'medium', 'low', 'mitigating'];
/** The summary lists at most this many high-risk clauses; the rest are in the table below it. */
const summaryHighRisk = 10;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A file name for the report: `<document>.warrant-lens-review-<date>.md`, safe on every file system. */
export function reportFileName(documentName: string, date: string): string {
  const base = (documentName.split(/[\\/]/).pop() ?? 'document').replace(/\.[^.]+$/, '');
  const safe = base.replace(/[^\w.-]+/g, '-').replace(/^[-.]+|-+$/g, '').slice(0, 80) || 'document';
  return `${safe}.warrant-lens-review-${date.replace(/[^\d-]/g, '')}.md`;
}

/** The report as Markdown. Document text (name, excerpts) is escaped. */
export function reviewReport(input: ReportInput): string {
  const out: string[] = [reportMarker, ''];
  const findings = input.visible;
  // Word and PDF files cite "page 2, line 14" or "¶ 14" instead of the extracted text's line.
  const line = (v: VisibleFinding) => input.whereOf?.(v.finding.start) || String(input.lineOf(v.finding.start) + 1);
  const lineWord = input.whereOf ? '' : 'Line ';
  const isBreak = (v: VisibleFinding) => v.finding.ruleId.startsWith('playbook-');
  out.push(`# Warrant Lens review: ${escapeInline(input.documentName)}`, '');
  const playbook = input.playbook ? ` against the playbook "${escapeInline(input.playbook)}"` : '';
  out.push(`Reviewed on ${escapeInline(input.date)} for a reviewer in ${escapeInline(jurisdictionLabel(input.jurisdiction))}${playbook}. Not legal advice.`, '');

  out.push('## Summary', '');
  const counts = risks.map((r) => `${riskLabel(r)}: ${findings.filter((v) => v.finding.risk === r).length}`);
  out.push(`${plural(findings.length, 'finding', 'findings')}. ${counts.join(' · ')}.`, '');
  const h = input.hidden;
  if (h.off + h.suppressed + h.accepted > 0) out.push(`Not listed: ${h.off} turned off in the configuration, ${h.suppressed} suppressed by comments, ${h.accepted} accepted as risks.`, '');

  const breaks = findings.filter(isBreak);
  if (input.playbook) {
    out.push(`### Playbook breaks (${breaks.length})`, '');
    if (breaks.length === 0) out.push('The document breaks none of the playbook\'s positions.');
    for (const v of breaks) out.push(`- ${lineWord}${line(v)}: ${escapeInline(v.finding.message)}`);
    out.push('');
  }
  const high = findings.filter((v) => v.finding.risk === 'high' && !isBreak(v));
  out.push(`### High-risk clauses (${high.length})`, '');
  if (high.length === 0) out.push('None.');
  for (const v of high.slice(0, summaryHighRisk)) out.push(`- ${lineWord}${line(v)}: **${escapeInline(ruleDoc(v.finding.ruleId)?.title || v.finding.ruleId)}**. ${escapeInline(v.finding.excerpt)}`);
  if (high.length > summaryHighRisk) out.push(`- … and ${high.length - summaryHighRisk} more in the table below.`);
  out.push('');

  const exposure = exposureSummary(findings.map((v) => v.finding), input.jurisdiction);
  out.push('### Protections', '');
  for (const p of exposure.protections) out.push(`- [${p.present ? 'x' : ' '}] ${escapeInline(p.title)}`);
  out.push('', '### Where the data may be, and who can reach it', '');
  for (const l of exposure.locations) out.push(`- ${escapeInline(l)}`);
  if (exposure.placesNamed.length > 0) out.push(`- Places named: ${exposure.placesNamed.map(escapeInline).join(', ')}`);
  for (const a of exposure.authorities) out.push(`- ${escapeInline(a)}`);
  if (exposure.note) out.push('', escapeInline(exposure.note));
  out.push('');

  if (findings.length > 0) {
    out.push('## All findings', '', `| ${input.whereOf ? 'Where' : 'Line'} | Risk | Rule | Clause |`, '|---:|---|---|---|');
    for (const v of findings) {
      const text = isBreak(v) ? v.finding.message : v.finding.excerpt;
      out.push(`| ${line(v)} | ${riskLabel(v.finding.risk)} | \`${v.finding.ruleId}\` | ${escapeInline(text)} |`);
    }
    out.push('');
    // One section per rule, not per finding: the explanation and model language do not repeat.
    out.push('## What to ask for, rule by rule', '');
    const byRule = new Map<string, VisibleFinding[]>();
    for (const v of findings) byRule.set(v.finding.ruleId, [...(byRule.get(v.finding.ruleId) ?? []), v]);
    for (const [ruleId, list] of byRule) {
      const rule = ruleDoc(ruleId);
      out.push(`### ${escapeInline(rule?.title || ruleId)} (\`${ruleId}\`)`, '');
      out.push(`${riskLabel(list[0]!.finding.risk)} · ${input.whereOf ? list.map(line).join('; ') : `${list.length === 1 ? 'line' : 'lines'} ${list.map(line).join(', ')}`}`, '');
      if (rule?.explanation) out.push(escapeInline(rule.explanation), '');
      for (const s of datedStatements(rule?.facts)) out.push(`**Status:** ${escapeInline(s)}`, '');
      if (rule?.askFor) out.push(`**Ask for:** ${escapeInline(rule.askFor)}`, '');
      for (const fix of rule?.fixes ?? []) {
        out.push(`**${escapeInline(fix.title)}** (${fix.kind === 'replace' ? 'replace the sentence' : 'add after the clause'}):`, '');
        out.push(...fix.text.split(/\r?\n/).map((l) => `> ${l}`), '');
      }
    }
  }

  const argIds: ArgumentId[] = [];
  for (const v of findings) for (const a of v.finding.arguments) if (!argIds.includes(a)) argIds.push(a);
  const args = argIds.map((id) => getArgument(id)).filter((a) => a !== undefined);
  if (args.length > 0) {
    out.push(`## The ${escapeInline(caseFacts.name || 'Microsoft Ireland')} arguments these clauses bear on`, '');
    for (const a of args) {
      out.push(`### ${escapeInline(a.title)}`, '');
      if (a.summary) out.push(escapeInline(a.summary), '');
      if (a.microsoft) out.push(`- **Microsoft argued:** ${escapeInline(a.microsoft)}`);
      if (a.government) out.push(`- **The U.S. government argued:** ${escapeInline(a.government)}`);
      if (a.others) out.push(`- **Amici and others:** ${escapeInline(a.others)}`);
      for (const hld of a.holdings) out.push(`- **${escapeInline(hld.court)} (${escapeInline(hld.date)}):** ${escapeInline(hld.held)}`);
      if (a.today) out.push(`- **Today:** ${escapeInline(a.today)}`);
      for (const s of datedStatements(a.facts)) out.push(`- **Status:** ${escapeInline(s)}`);
      const motion = motionNote(input.jurisdiction, [a.id]);
      if (motion) out.push(`- **For a reviewer in ${escapeInline(jurisdictionLabel(input.jurisdiction))}:** ${escapeInline(motion)}`);
      out.push('');
    }
  }
  if (caseFacts.disclaimer) out.push('---', '', escapeInline(caseFacts.disclaimer), '');
  return out.join('\n');
}
