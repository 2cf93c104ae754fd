/** "Export review report": the current document's findings, arguments and suggested language as a new Markdown editor. */
import * as vscode from 'vscode';
import { readConfig } from './configuration';
import type { DiagnosticsController } from './diagnostics';
import { engine } from './lazy';

/**
 * Opens the report in a new untitled Markdown editor (the user saves it where they like; nothing is
 * written next to the contract without asking). The report is excluded from analysis: its quotes
 * would otherwise be flagged again.
 */
export async function exportReport(controller: DiagnosticsController, doc: vscode.TextDocument, original?: { uri: vscode.Uri; whereOf: (offset: number) => string }): Promise<vscode.TextDocument | undefined> {
  const result = (await controller.analyzeNow(doc)) ?? controller.lastResultFor(doc.uri);
  if (!result) return undefined;
  const content = engine().reviewReport({
    documentName: vscode.workspace.asRelativePath(original?.uri ?? doc.uri, false),
    visible: result.visible,
    hidden: result.hidden,
    lineOf: result.lineOf,
    ...(original ? { whereOf: original.whereOf } : {}),
    jurisdiction: readConfig(doc).jurisdiction,
    date: new Date().toISOString().slice(0, 10),
  });
  const report = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  controller.exclude(report.uri);
  await vscode.window.showTextDocument(report, { preview: false });
  return report;
}
