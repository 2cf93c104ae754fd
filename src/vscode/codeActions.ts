/** CodeActionProvider: model-language fixes, fix all, accept the risk, and suppression comments, each tied to its diagnostic. */
import * as vscode from 'vscode';
import type { Finding, FixSuggestion } from '../core';
import type { TextEdit } from '../present/fixEdits';
import type { VisibleFinding } from '../core';
import { CommandId, type AcceptRiskArgs } from './commands';
import { ruleIdOf, toRange } from './convert';
import type { DiagnosticsController } from './diagnostics';
import { isExtracted } from './documents';
import { engine } from './lazy';

/** One WorkspaceEdit (one undo step) from text edits on a document. */
export function toWorkspaceEdit(doc: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(doc.uri, toRange(doc, e), e.newText);
  return edit;
}

/** The edit of one fix of a finding on the current text, or undefined when it no longer fits. */
export function fixWorkspaceEdit(doc: vscode.TextDocument, finding: Finding, fix: FixSuggestion): vscode.WorkspaceEdit | undefined {
  const e = engine().fixEdit(doc.getText(), finding, fix);
  return e ? toWorkspaceEdit(doc, [e]) : undefined;
}

/** Provides the quick fixes of Warrant Lens diagnostics. */
export class FindingCodeActionProvider implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly controller: DiagnosticsController) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const result = this.controller.resultFor(doc.uri);
    // Offsets of an older version would edit the wrong text.
    if (!result || result.version !== doc.version) return [];
    const text = doc.getText();
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const ruleId = ruleIdOf(diagnostic);
      if (!ruleId) continue;
      const v = result.visible.find((x) => x.finding.ruleId === ruleId && toRange(doc, x.finding).isEqual(diagnostic.range));
      if (v) actions.push(...this.actionsFor(doc, text, diagnostic, v, result.visible));
    }
    return actions;
  }

  private actionsFor(doc: vscode.TextDocument, text: string, diagnostic: vscode.Diagnostic, v: VisibleFinding, all: readonly VisibleFinding[]): vscode.CodeAction[] {
    const f = v.finding;
    const rule = engine().getRule(f.ruleId);
    const actions: vscode.CodeAction[] = [];
    const make = (title: string) => {
      const a = new vscode.CodeAction(vscode.l10n.t('Warrant Lens: {0}', title), vscode.CodeActionKind.QuickFix);
      a.diagnostics = [diagnostic];
      return a;
    };
    const explainAction = (): vscode.CodeAction[] => {
      const arg = f.arguments[0];
      if (!arg) return [];
      const explain = make(vscode.l10n.t('Explain in the case panel'));
      explain.command = { command: CommandId.openPanel, title: explain.title, arguments: [arg] };
      return [explain];
    };
    if (isExtracted(doc.uri)) {
      // Text extracted from a Word or PDF file is read-only: offer the model language to copy instead of an edit.
      rule?.fixes.forEach((fix) => {
        const a = make(vscode.l10n.t('Copy suggested language: {0}', fix.title));
        a.command = { command: CommandId.copyText, title: a.title, arguments: [fix.text] };
        if (actions.length === 0) a.isPreferred = true;
        actions.push(a);
      });
      return [...actions, ...explainAction()];
    }
    rule?.fixes.forEach((fix) => {
      const e = engine().fixEdit(text, f, fix);
      if (!e) return;
      const a = make(fix.title);
      a.edit = toWorkspaceEdit(doc, [e]);
      if (actions.length === 0) a.isPreferred = true;
      actions.push(a);
    });
    const first = rule?.fixes[0];
    const sameRule = all.filter((x) => x.finding.ruleId === f.ruleId).map((x) => x.finding);
    if (first && sameRule.length > 1) {
      const edits = engine().fixAllEdits(text, sameRule, f.ruleId, first);
      if (edits.length > 1) {
        const a = make(vscode.l10n.t('Fix all "{0}" in this document ({1})', rule?.title ?? f.ruleId, edits.length));
        a.edit = toWorkspaceEdit(doc, edits);
        actions.push(a);
      }
    }
    const accept = make(vscode.l10n.t('Accept this risk…'));
    const args: AcceptRiskArgs = { uri: doc.uri.toString(), ruleId: f.ruleId, fingerprint: f.fingerprint };
    accept.command = { command: CommandId.acceptRisk, title: accept.title, arguments: [args] };
    actions.push(accept);
    const e = engine();
    const style = e.commentStyleFor(doc.languageId);
    const line = e.nextLineSuppression(text, f, style);
    const suppressLine = make(vscode.l10n.t('Suppress {0} for this clause', f.ruleId));
    suppressLine.edit = toWorkspaceEdit(doc, [{ start: line.offset, end: line.offset, newText: line.text }]);
    actions.push(suppressLine);
    const file = e.fileSuppression(text, f.ruleId, style);
    const suppressFile = make(vscode.l10n.t('Suppress {0} in this file', f.ruleId));
    suppressFile.edit = toWorkspaceEdit(doc, [{ start: file.offset, end: file.offset, newText: file.text }]);
    actions.push(suppressFile);
    return [...actions, ...explainAction()];
  }
}
