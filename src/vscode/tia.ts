/**
 * The TIA commands: "Draft Transfer Impact Assessment" (a new Markdown editor, each statement linked to
 * its clause), the same draft as a Word file, and "Check Sub-processor List" (a list the reviewer saved,
 * checked against the contract).
 * Both apply the document's configuration as `warrant-lens tia` does: the jurisdiction and the playbook.
 */
import * as vscode from 'vscode';
import type { Tia, TiaOptions } from '../core';
import type { DiagnosticsController } from './diagnostics';
import { engine, word } from './lazy';

/** The TIA of a document with the options its configuration gives (exporter side, playbook). */
async function tiaOf(controller: DiagnosticsController, doc: vscode.TextDocument): Promise<{ tia: Tia; options: TiaOptions }> {
  const e = engine();
  const { resolved } = await controller.configFor(doc.uri);
  const options: TiaOptions = { exporter: resolved.jurisdiction, ...(resolved.playbook ? { playbook: resolved.playbook } : {}) };
  const text = doc.getText();
  const { findings } = new e.Analyzer().analyze(text, {}, { fileName: doc.fileName });
  return { tia: e.draftTia({ document: vscode.workspace.asRelativePath(doc.uri, false), text, findings }, options), options };
}

/** Opens generated Markdown beside the contract, unsaved, and keeps it out of the analysis (it quotes the contract). */
async function showBeside(controller: DiagnosticsController, content: string): Promise<vscode.TextDocument> {
  const draft = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  controller.exclude(draft.uri);
  await vscode.window.showTextDocument(draft, { preview: false, viewColumn: vscode.ViewColumn.Beside });
  return draft;
}

/**
 * Drafts the TIA of `doc` the way `warrant-lens tia` does and opens it unsaved (the reviewer decides
 * where it goes). Links use the document's URI with `#L<line>`, which VS Code opens at the line.
 */
export async function draftTiaCommand(controller: DiagnosticsController, doc: vscode.TextDocument): Promise<vscode.TextDocument> {
  const { tia } = await tiaOf(controller, doc);
  return showBeside(controller, engine().renderTiaMarkdown(tia, (_doc, ref) => `${doc.uri.toString()}#L${ref.line}`));
}

/**
 * Checks a saved sub-processor list (CSV, Markdown table or HTML; read from disk, never fetched) against
 * the contract's location commitment and the playbook, and opens the result beside the contract.
 */
export async function checkSubprocessorsCommand(controller: DiagnosticsController, doc: vscode.TextDocument, list?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const file =
    list ??
    (await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: vscode.l10n.t('Check list'), filters: { [vscode.l10n.t('Sub-processor lists')]: ['csv', 'md', 'markdown', 'html', 'htm'] } }))?.[0];
  if (!file) return undefined;
  let text: string;
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  } catch (err) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read the sub-processor list {0}: {1}', vscode.workspace.asRelativePath(file), err instanceof Error ? err.message : String(err)));
    return undefined;
  }
  const e = engine();
  const { tia, options } = await tiaOf(controller, doc);
  const checks = e.checkSubprocessors(e.parseSubprocessorList(text, e.listFormatOf(file.path)), tia, doc.getText(), e.locationPolicy(options.playbook));
  if (checks.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0}: no sub-processor entries found (expected a table with a name and a country column).', vscode.workspace.asRelativePath(file)));
    return undefined;
  }
  const breaking = checks.filter((c) => c.status === 'breaks').length;
  if (breaking > 0) void vscode.window.showWarningMessage(vscode.l10n.t('{0} of {1} sub-processors break the contract\'s location commitment or the playbook.', breaking, checks.length));
  return showBeside(controller, e.renderSubprocessorMarkdown(checks, vscode.workspace.asRelativePath(file)));
}

/**
 * The TIA as a Word (.docx) file where the reviewer chooses (a save dialog; written locally, nothing sent),
 * the same document as `warrant-lens tia -f docx`. Resolves with the file written, or undefined.
 */
export async function draftTiaWordCommand(controller: DiagnosticsController, doc: vscode.TextDocument, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const writer = word();
  if (!writer) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Word export needs the desktop or server version of VS Code; use "Draft Transfer Impact Assessment" for Markdown.'));
    return undefined;
  }
  const base = doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '') || 'contract';
  const file =
    target ??
    (await vscode.window.showSaveDialog({
      ...(doc.isUntitled ? {} : { defaultUri: vscode.Uri.joinPath(doc.uri, '..', `${base}-tia.docx`) }),
      filters: { [vscode.l10n.t('Word document')]: ['docx'] },
      saveLabel: vscode.l10n.t('Save TIA'),
    }));
  if (!file) return undefined;
  const { tia } = await tiaOf(controller, doc);
  await vscode.workspace.fs.writeFile(file, await writer.renderTiaDocx(tia));
  void vscode.window.showInformationMessage(vscode.l10n.t('Transfer impact assessment saved to {0}', vscode.workspace.asRelativePath(file)));
  return file;
}
