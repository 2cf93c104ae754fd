/** "Draft Transfer Impact Assessment": the TIA of the current contract as a new Markdown editor, each statement linked to its clause. */
import * as vscode from 'vscode';
import type { DiagnosticsController } from './diagnostics';
import { engine } from './lazy';

/**
 * Drafts the TIA of `doc` the way `warrant-lens tia` does and opens it unsaved (the reviewer decides
 * where it goes). Links use the document's URI with `#L<line>`, which VS Code opens at the line.
 */
export async function draftTiaCommand(controller: DiagnosticsController, doc: vscode.TextDocument): Promise<vscode.TextDocument> {
  const e = engine();
  const name = vscode.workspace.asRelativePath(doc.uri, false);
  const text = doc.getText();
  const { findings } = new e.Analyzer().analyze(text, {}, { fileName: doc.fileName });
  const tia = e.draftTia({ document: name, text, findings });
  const content = e.renderTiaMarkdown(tia, (_doc, ref) => `${doc.uri.toString()}#L${ref.line}`);
  const draft = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  // The draft quotes the contract: analysing it would flag the same clauses again.
  controller.exclude(draft.uri);
  await vscode.window.showTextDocument(draft, { preview: false, viewColumn: vscode.ViewColumn.Beside });
  return draft;
}
