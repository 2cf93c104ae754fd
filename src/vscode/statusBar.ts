/** Status bar item: the active document's high-risk findings; a click opens the case panel. */
import * as vscode from 'vscode';
import { CommandId } from './commands';
import { isSupported, type DiagnosticsController } from './diagnostics';

/** Keeps the item in step with the active editor and its results. */
export class RiskStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('warrantLens.highRisk', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly controller: DiagnosticsController) {
    this.item.name = vscode.l10n.t('Warrant Lens high-risk clauses');
    this.item.command = CommandId.openPanel;
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      controller.onDidUpdate((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
    );
    this.update();
  }

  /** The number shown, for tests. */
  highRiskCount(): number | undefined {
    const doc = vscode.window.activeTextEditor?.document;
    const result = doc ? this.controller.lastResultFor(doc.uri) : undefined;
    return result?.visible.filter((v) => v.finding.risk === 'high').length;
  }

  update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isSupported(doc)) {
      this.item.hide();
      return;
    }
    const result = this.controller.lastResultFor(doc.uri);
    const high = this.highRiskCount();
    if (result?.notAnalysed) {
      // Not analysed: no count, which would read as "nothing risky here".
      this.item.text = '$(shield) —';
      this.item.tooltip = result.notAnalysed;
    } else if (result?.restricted) {
      const n = high ?? 0;
      this.item.text = `$(shield) ${n} $(workspace-untrusted)`;
      const narrowed = result.restricted.join('; ');
      this.item.tooltip = n === 1 ? vscode.l10n.t('Warrant Lens: 1 high-risk clause. Restricted Mode: the review is narrowed by the repository: {0}.', narrowed) : vscode.l10n.t('Warrant Lens: {0} high-risk clauses. Restricted Mode: the review is narrowed by the repository: {1}.', n, narrowed);
    } else {
      const n = high ?? 0;
      this.item.text = `$(shield) ${n}`;
      this.item.tooltip = n === 1 ? vscode.l10n.t('Warrant Lens: 1 high-risk clause. Click to open the case panel.') : vscode.l10n.t('Warrant Lens: {0} high-risk clauses. Click to open the case panel.', n);
    }
    this.item.accessibilityInformation = { label: String(this.item.tooltip), role: 'button' };
    this.item.backgroundColor = (high ?? 0) > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
