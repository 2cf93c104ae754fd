/** The review report of one document: findings, the case arguments they bear on, and suggested language. */
import { caseFacts, categories, datedStatements, getArgument, getRule, type ArgumentId, type Risk } from '../core';
import { escapeInline } from './markdown';
import { riskLabel, type JurisdictionId } from './jurisdiction';
import { jurisdictionLabel, motionNote } from './jurisdictionNotes';
import { exposureSummary } from './panelModel';
import type { HiddenCounts, VisibleFinding } from './visible';

/** Inputs of the report. */
export interface ReportInput {
  /** The document's name or workspace-relative path. */
  documentName: string;
  visible: readonly VisibleFinding[];
  hidden: HiddenCounts;
  /** 0-based line of an offset. */
  lineOf: (offset: number) => number;
  jurisdiction: JurisdictionId;
  /** The date printed in the heading (the presenter never reads the clock). */
  date: string;
}

const risks: Risk[] = ['high', 'medium', 'low', 'mitigating'];

/** The report as Markdown. Document text (name, excerpts) is escaped. */
export function reviewReport(input: ReportInput): string {
  const out: string[] = [];
  const findings = input.visible;
  out.push(`# Warrant Lens review: ${escapeInline(input.documentName)}`, '');
  out.push(`Reviewed on ${escapeInline(input.date)} for a reviewer in ${escapeInline(jurisdictionLabel(input.jurisdiction))}. Not legal advice.`, '');
  out.push('## Summary', '');
  const counts = risks.map((r) => `${riskLabel(r)}: ${findings.filter((v) => v.finding.risk === r).length}`);
  out.push(`${findings.length} finding(s). ${counts.join(' · ')}.`, '');
  const h = input.hidden;
  if (h.off + h.suppressed + h.accepted > 0) out.push(`Not listed: ${h.off} turned off in settings, ${h.suppressed} suppressed by comments, ${h.accepted} accepted as risks.`, '');

  const exposure = exposureSummary(findings.map((v) => v.finding), input.jurisdiction);
  out.push('## Exposure', '', '**Where the data may be**', '');
  for (const l of exposure.locations) out.push(`- ${escapeInline(l)}`);
  if (exposure.placesNamed.length > 0) out.push(`- Places named: ${exposure.placesNamed.map(escapeInline).join(', ')}`);
  out.push('', '**Who can reach it**', '');
  for (const a of exposure.authorities) out.push(`- ${escapeInline(a)}`);
  out.push('', '**Protections**', '');
  for (const p of exposure.protections) out.push(`- [${p.present ? 'x' : ' '}] ${escapeInline(p.title)}`);
  if (exposure.note) out.push('', escapeInline(exposure.note));
  out.push('');

  if (findings.length > 0) {
    out.push('## Findings', '', '| Line | Risk | Rule | Clause |', '|---:|---|---|---|');
    for (const v of findings) {
      out.push(`| ${input.lineOf(v.finding.start) + 1} | ${riskLabel(v.finding.risk)} | \`${v.finding.ruleId}\` | ${escapeInline(v.finding.excerpt)} |`);
    }
    out.push('');
    out.push('## Details and suggested language', '');
    findings.forEach((v, i) => {
      const f = v.finding;
      const rule = getRule(f.ruleId);
      const category = f.categories[0] ? categories[f.categories[0]] : undefined;
      out.push(`### ${i + 1}. ${escapeInline(rule?.title || f.ruleId)} (line ${input.lineOf(f.start) + 1})`, '');
      out.push(`${riskLabel(f.risk)} · \`${f.ruleId}\`${category ? ` · ${escapeInline(category.title)}` : ''}`, '');
      out.push(`> ${escapeInline(f.excerpt)}`, '');
      if (rule?.explanation) out.push(escapeInline(rule.explanation), '');
      for (const s of datedStatements(rule?.facts)) out.push(`**Status:** ${escapeInline(s)}`, '');
      if (rule?.askFor) out.push(`**Ask for:** ${escapeInline(rule.askFor)}`, '');
      for (const fix of rule?.fixes ?? []) {
        out.push(`**${escapeInline(fix.title)}** (${fix.kind === 'replace' ? 'replace the sentence' : 'add after the clause'}):`, '');
        out.push(...fix.text.split(/\r?\n/).map((l) => `> ${l}`), '');
      }
    });
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
