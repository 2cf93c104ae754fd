/** Builds the hover Markdown for a finding: the clause's risk, its case arguments, what to ask for, and command links. */
import { categories, datedStatements, getArgument, getRule, type ArgumentInfo, type Finding, type Severity } from '../core';
import { commandUri, escapeMarkdown, linkText } from './markdown';
import { riskLabel, type JurisdictionId } from './jurisdiction';
import { jurisdictionLabel, jurisdictionNote, motionNote } from './jurisdictionNotes';

/** Command ids the hover links to; the adapter lists the same ids in `enabledCommands`. */
export interface HoverCommands {
  /** Opens the case panel at an argument: `[argumentId]`. */
  openPanel: string;
  /** Applies a fix: `[{ uri, ruleId, fingerprint, fixIndex }]`. */
  applyFix: string;
  /** Opens the rule page: `[ruleId]`. */
  showRule: string;
}

/** What the hover needs besides the finding. */
export interface HoverOptions {
  jurisdiction: JurisdictionId;
  /** The severity shown in Problems, if different from the finding's own. */
  severity?: Exclude<Severity, 'off'>;
  /** Absent: no command links (e.g. in a plain preview). */
  commands?: HoverCommands;
  /** The document's URI string, passed back to the apply-fix command. */
  documentUri?: string;
  /** Argument ids shown in full; the others are listed by title. Default: all. */
  maxArguments?: number;
}

/** Wording for an argument's holdings: "Court (date): held". */
function holdingLines(arg: ArgumentInfo): string[] {
  return arg.holdings.map((h) => `  - *${escapeMarkdown(h.court)}* (${escapeMarkdown(h.date)}): ${escapeMarkdown(h.held)}`);
}

/** Markdown for one argument in full: summary, both sides and third parties, holdings, what changed, dated facts, and the reviewer's § 2703(h) position. */
export function argumentMarkdown(arg: ArgumentInfo, commands?: HoverCommands, jurisdiction?: JurisdictionId): string[] {
  const lines: string[] = [];
  const title = `**Case argument: ${escapeMarkdown(arg.title)}**`;
  lines.push(commands ? `${title} · [Open in the case panel](${commandUri(commands.openPanel, [arg.id])})` : title);
  lines.push('');
  if (arg.summary) lines.push(escapeMarkdown(arg.summary), '');
  if (arg.microsoft) lines.push(`- **Microsoft argued:** ${escapeMarkdown(arg.microsoft)}`);
  if (arg.government) lines.push(`- **The U.S. government argued:** ${escapeMarkdown(arg.government)}`);
  if (arg.others) lines.push(`- **Amici and others:** ${escapeMarkdown(arg.others)}`);
  if (arg.holdings.length > 0) lines.push('- **What the courts held:**', ...holdingLines(arg));
  if (arg.today) lines.push(`- **Today:** ${escapeMarkdown(arg.today)}`);
  for (const s of datedStatements(arg.facts)) lines.push(`- **Status:** ${escapeMarkdown(s)}`);
  const motion = jurisdiction ? motionNote(jurisdiction, [arg.id]) : '';
  if (motion && jurisdiction) lines.push(`- **For a reviewer in ${escapeMarkdown(jurisdictionLabel(jurisdiction))}:** ${escapeMarkdown(motion)}`);
  lines.push('');
  return lines;
}

/**
 * The hover for one finding. Every text taken from the document (the excerpt) and from the data
 * tables is escaped; the only links are `command:` URIs built here with JSON-encoded arguments.
 */
export function hoverMarkdown(finding: Finding, options: HoverOptions): string {
  const rule = getRule(finding.ruleId);
  const category = finding.categories[0] !== undefined ? categories[finding.categories[0]] : undefined;
  const title = rule?.title || category?.title || finding.ruleId;
  const lines: string[] = [];
  const ruleLink = options.commands ? `[${linkText(finding.ruleId)}](${commandUri(options.commands.showRule, [finding.ruleId])})` : `\`${finding.ruleId}\``;
  lines.push(`**${escapeMarkdown(riskLabel(finding.risk))}: ${escapeMarkdown(title)}** · ${ruleLink}`, '');
  if (finding.excerpt) lines.push(`> ${escapeMarkdown(finding.excerpt)}`, '');
  const what = rule?.explanation || category?.description || finding.message;
  if (what) lines.push(escapeMarkdown(what), '');
  for (const s of datedStatements(rule?.facts)) lines.push(`**Status:** ${escapeMarkdown(s)}`, '');
  const note = jurisdictionNote(options.jurisdiction, category?.question ?? 'access', finding.risk);
  if (note) lines.push(`*For a reviewer in ${escapeMarkdown(jurisdictionLabel(options.jurisdiction))}:* ${escapeMarkdown(note)}`, '');
  if (rule?.askFor) lines.push(`**Ask for:** ${escapeMarkdown(rule.askFor)}`, '');
  if (options.commands && options.documentUri && rule && rule.fixes.length > 0) {
    const links = rule.fixes.map((fix, fixIndex) => {
      const args = [{ uri: options.documentUri, ruleId: finding.ruleId, fingerprint: finding.fingerprint, fixIndex }];
      return `[${linkText(fix.title)}](${commandUri(options.commands!.applyFix, args)})`;
    });
    lines.push(`**Apply:** ${links.join(' · ')}`, '');
  }
  const args = finding.arguments.map((id) => getArgument(id)).filter((a): a is ArgumentInfo => a !== undefined);
  const max = options.maxArguments ?? args.length;
  if (args.length > 0) lines.push('---', '');
  for (const arg of args.slice(0, max)) lines.push(...argumentMarkdown(arg, options.commands, options.jurisdiction));
  const rest = args.slice(max);
  if (rest.length > 0) {
    const names = rest.map((a) => (options.commands ? `[${linkText(a.title)}](${commandUri(options.commands.openPanel, [a.id])})` : escapeMarkdown(a.title)));
    lines.push(`**Also relevant:** ${names.join(' · ')}`, '');
  }
  return lines.join('\n').trimEnd();
}

/** Every command id a hover built with these commands may link to. */
export function hoverCommandIds(commands: HoverCommands): string[] {
  return [commands.openPanel, commands.applyFix, commands.showRule];
}
