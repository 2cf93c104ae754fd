/**
 * The hover of one clause: its risk, one or two sentences of why for the reviewer's jurisdiction, what
 * to ask for, and links to the fix, the rule page and the case panel. Several findings on one clause
 * make one block. The case detail (both sides, holdings, dates) is in the panel and on the rule pages;
 * the hover stays within `hoverBudget` visible characters.
 */
import { categories, datedStatements, getArgument, jurisdictions, ruleDoc, type Finding, type Risk, type Severity } from '../core';
import { commandUri, escapeMarkdown, linkText } from './markdown';
import { riskLabel, type JurisdictionId } from './jurisdiction';
import { jurisdictionLabel } from './jurisdictionNotes';

/** Command ids the hover links to; the adapter lists the same ids in `enabledCommands`. */
export interface HoverCommands {
  /** Opens the case panel at an argument: `[argumentId]`. */
  openPanel: string;
  /** Applies a fix: `[{ uri, ruleId, fingerprint, fixIndex }]`. */
  applyFix: string;
  /** Opens the rule page: `[ruleId]`. */
  showRule: string;
}

/** What the hover needs besides the findings. */
export interface HoverOptions {
  jurisdiction: JurisdictionId;
  /** The severity shown in Problems, if different from the finding's own (unused in the text). */
  severity?: Exclude<Severity, 'off'>;
  /** Absent: no command links (e.g. in a plain preview). */
  commands?: HoverCommands;
  /** The document's URI string, passed back to the apply-fix command. */
  documentUri?: string;
}

/** The most a hover shows, in characters a reader sees (link targets not counted). */
export const hoverBudget = 1200;

const riskOrder: Record<Risk, number> = { high: 0, medium: 1, low: 2, mitigating: 3 };

/** The first `n` sentences of a text (the rest is on the rule page). */
export function firstSentences(text: string, n: number): string {
  const endRe = /[.!?](?=\s+[A-Z(\u201c"]|\s*$)/g;
  let count = 0;
  for (let m = endRe.exec(text); m; m = endRe.exec(text)) {
    // "U.S.", "e.g." or a single initial ends no sentence.
    if (/(?:\b[A-Z]|\be\.g|\bi\.e|\bU\.S|\bArt|\bNo|\bSec|\bv)$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (++count >= n) return text.slice(0, m.index + 1).trim();
  }
  return text.trim();
}

/** What a reader sees of Markdown: link text without targets, escapes and emphasis removed. */
export function visibleText(md: string): string {
  return md
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~&:$])/g, '$1')
    .replace(/[*[\]]/g, '')
    .replace(/^---$/gm, '');
}

/**
 * The hover for the findings on one clause (at least one). Every text taken from the document and
 * from the data tables is escaped; the only links are `command:` URIs built here with JSON arguments.
 */
export function hoverMarkdown(findings: Finding | readonly Finding[], options: HoverOptions): string {
  const list: Finding[] = (Array.isArray(findings) ? [...(findings as readonly Finding[])] : [findings as Finding]).sort((a, b) => riskOrder[a.risk] - riskOrder[b.risk]);
  const lead = list[0];
  if (!lead) return '';
  const c = options.commands;
  const ruleLink = (id: string) => (c ? `[${linkText(id)}](${commandUri(c.showRule, [id])})` : `\`${id}\``);
  const titleOf = (f: Finding) => ruleDoc(f.ruleId)?.title || categories[f.categories[0]!]?.title || f.ruleId;
  const lines: string[] = [];

  // One line per finding: risk, title, rule id. A playbook break says what it breaks.
  for (const f of list) {
    const title = f.ruleId.startsWith('playbook-') ? f.message : titleOf(f);
    lines.push(`**${escapeMarkdown(riskLabel(f.risk))}: ${escapeMarkdown(title)}** · ${ruleLink(f.ruleId)}  `);
  }
  lines.push('');

  const main = list.find((f) => !f.ruleId.startsWith('playbook-')) ?? lead;
  const rule = ruleDoc(main.ruleId);
  const why = rule?.explanation || categories[main.categories[0]!]?.description || main.message;
  if (why) lines.push(escapeMarkdown(firstSentences(why, 1)), '');
  const question = categories[main.categories[0]!]?.question ?? 'access';
  // The note's first sentence, with the dates of the facts it relies on (they can change).
  const j = main.risk === 'mitigating' ? undefined : jurisdictions[options.jurisdiction]?.notes[question];
  const note = j ? [firstSentences(j.text, 1), ...datedStatements(j.facts)].join(' ') : '';
  if (note) lines.push(`*${escapeMarkdown(jurisdictionLabel(options.jurisdiction))}:* ${escapeMarkdown(note)}`, '');
  if (rule?.askFor) lines.push(`**Ask for:** ${escapeMarkdown(firstSentences(rule.askFor, 2))}`, '');

  if (c) {
    const links: string[] = [];
    for (const f of list) {
      const fix = ruleDoc(f.ruleId)?.fixes[0];
      if (fix && options.documentUri) links.push(`[${linkText(fix.title)}](${commandUri(c.applyFix, [{ uri: options.documentUri, ruleId: f.ruleId, fingerprint: f.fingerprint, fixIndex: 0 }])})`);
    }
    const arg = getArgument(main.arguments[0] ?? '');
    if (arg) links.push(`[${linkText(`Explain in panel: ${arg.title}`)}](${commandUri(c.openPanel, [arg.id])})`);
    if (links.length > 0) lines.push(links.join(' · '));
  }
  let md = lines.join('\n').trimEnd();
  // Over budget (many findings on one clause): drop the jurisdiction note, then shorten "Ask for".
  if (visibleText(md).length > hoverBudget && note) md = md.replace(/\n\*[^\n]*:\* [^\n]*\n/, '\n');
  if (visibleText(md).length > hoverBudget && rule?.askFor) md = md.replace(/\*\*Ask for:\*\* [^\n]*/, `**Ask for:** ${escapeMarkdown(firstSentences(rule.askFor, 1))}`);
  return md;
}

/** Every command id a hover built with these commands may link to. */
export function hoverCommandIds(commands: HoverCommands): string[] {
  return [commands.openPanel, commands.applyFix, commands.showRule];
}
