/** "Export review report": the current document's review as a new Markdown editor with a proper file name. */
import * as vscode from 'vscode';
import { toRange } from './convert';
import type { DiagnosticsController } from './diagnostics';
import { engine } from './lazy';

/**
 * Opens the report in a new untitled Markdown editor named `<contract>.warrant-lens-review-<date>.md`
 * next to the contract (the user saves it where they like; nothing is written without asking). The
 * report starts with the report marker, so it is never analysed, here or after it is saved.
 */
export async function exportReport(controller: DiagnosticsController, doc: vscode.TextDocument, original?: { uri: vscode.Uri; whereOf: (offset: number) => string }): Promise<vscode.TextDocument | undefined> {
  const result = (await controller.analyzeNow(doc)) ?? controller.lastResultFor(doc.uri);
  if (!result) return undefined;
  const e = engine();
  const date = new Date().toISOString().slice(0, 10);
  const documentName = vscode.workspace.asRelativePath(original?.uri ?? doc.uri, false);
  const content = e.reviewReport({
    documentName,
    visible: result.visible,
    hidden: result.hidden,
    lineOf: result.lineOf,
    ...(original ? { whereOf: original.whereOf } : {}),
    jurisdiction: result.jurisdiction,
    date,
    ...(result.playbook ? { playbook: result.playbook } : {}),
  });
  const name = e.reportFileName(documentName, date);
  const folder = doc.uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(doc.uri, '..');
  let report: vscode.TextDocument;
  if (folder && folder.scheme === 'file') {
    // An untitled document with a path: Save proposes this name in this folder.
    report = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, name).with({ scheme: 'untitled' }));
    const edit = new vscode.WorkspaceEdit();
    // Exported twice the same day: the untitled report is still open; replace its text.
    edit.replace(report.uri, toRange(report, { start: 0, end: report.getText().length }), content);
    await vscode.workspace.applyEdit(edit);
    if (report.languageId !== 'markdown') report = await vscode.languages.setTextDocumentLanguage(report, 'markdown');
  } else {
    report = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  }
  controller.exclude(report.uri);
  await vscode.window.showTextDocument(report, { preview: false });
  return report;
}
