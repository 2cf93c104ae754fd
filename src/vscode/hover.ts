/** HoverProvider: the finding(s) under the cursor, explained through the case arguments. */
import * as vscode from 'vscode';
import type { HoverCommands } from '../present/hoverMarkdown';
import { CommandId } from './commands';
import { toRange } from './convert';
import type { DiagnosticsController } from './diagnostics';
import { engine } from './lazy';

/** The commands a hover may run; anything else in its Markdown stays inert. */
export const hoverCommands: HoverCommands = { openPanel: CommandId.openPanel, applyFix: CommandId.applyFix, showRule: CommandId.showRule };

/** Shows a hover on every flagged clause. */
export class FindingHoverProvider implements vscode.HoverProvider {
  constructor(private readonly controller: DiagnosticsController) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.controller.resultFor(doc.uri);
    if (!result || result.visible.length === 0) return undefined;
    const offset = doc.offsetAt(position);
    const here = result.visible.filter((v) => v.finding.start <= offset && offset <= v.finding.end);
    if (here.length === 0) return undefined;
    const e = engine();
    const jurisdiction = result.jurisdiction;
    // One block for the clause, however many findings sit on it.
    const md = new vscode.MarkdownString(e.hoverMarkdown(here.map((v) => v.finding), { jurisdiction, commands: hoverCommands, documentUri: doc.uri.toString() }));
    md.isTrusted = { enabledCommands: e.hoverCommandIds(hoverCommands) };
    md.supportHtml = false;
    const first = here[0]!.finding;
    let start = first.start;
    let end = first.end;
    for (const v of here) {
      start = Math.max(start, v.finding.start);
      end = Math.min(end, v.finding.end);
    }
    return new vscode.Hover(md, toRange(doc, start <= end ? { start, end } : first));
  }
}
