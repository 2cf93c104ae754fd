/** Serves rule pages as read-only Markdown documents (`warrant-lens-rule:/<id>.md`), the targets of diagnostic codes. */
import * as vscode from 'vscode';
import { ruleIdFromUri, ruleScheme, ruleUri } from './convert';
import { engine } from './lazy';

/** Renders a rule page from the rule registry. */
export class RuleDocumentProvider implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): string {
    const id = ruleIdFromUri(uri);
    const e = engine();
    const rule = id ? e.ruleDoc(id) : undefined;
    if (!rule) return `# ${vscode.l10n.t('Unknown rule')}\n\n${vscode.l10n.t('Warrant Lens has no rule "{0}".', id ?? uri.path)}\n`;
    return e.ruleDocMarkdown(rule);
  }
}

/**
 * Registers the provider. A rule page opened as text (the Problems panel opens a diagnostic's code
 * target that way) is shown as a Markdown preview instead, once per page, so that "Show source" from
 * the preview still works.
 */
export function registerRuleDocuments(): vscode.Disposable {
  const previewed = new Set<string>();
  return vscode.Disposable.from(
    vscode.workspace.registerTextDocumentContentProvider(ruleScheme, new RuleDocumentProvider()),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      const uri = editor?.document.uri;
      if (!uri || uri.scheme !== ruleScheme || previewed.has(uri.toString())) return;
      previewed.add(uri.toString());
      void vscode.commands.executeCommand('markdown.showPreview', uri).then(undefined, () => undefined);
    }),
  );
}

/** Opens a rule page as a Markdown preview (falls back to the text editor where no preview exists). */
export async function showRulePage(ruleId: string): Promise<void> {
  const uri = ruleUri(ruleId);
  try {
    // Opened as a preview directly: no text editor, so the auto-preview above does not fire.
    await vscode.commands.executeCommand('markdown.showPreview', uri);
  } catch {
    await vscode.window.showTextDocument(uri, { preview: true });
  }
}

/** Lets the user pick a rule by title. */
export async function pickRule(): Promise<string | undefined> {
  // The id is the label: typing "cl-no-notice" must rank that rule first, not "cl-relocation-no-notice".
  const items = engine().allRules.map((r) => ({ label: r.id, description: r.title, detail: r.explanation, id: r.id }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Show the page of which rule?'), matchOnDescription: true, matchOnDetail: true });
  return picked?.id;
}
