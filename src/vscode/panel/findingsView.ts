/** WebviewViewProvider of the case panel: posts the PanelModel, handles clicks back to the editor. */
import * as vscode from 'vscode';
import { panelLabels } from '../../present/panelLabels';
import type { FromPanel, PanelGapRow, PanelModel, ToPanel } from '../../present/panelProtocol';
import type { Finding } from '../../core';
import { CommandId, ViewId } from '../commands';
import { readConfig } from '../configuration';
import { toRange } from '../convert';
import { isSupported, type DiagnosticsController, type DocumentResult } from '../diagnostics';
import { engine } from '../lazy';
import { background } from '../logging';
import { panelHtml, webviewOptions } from './html';

/** The case panel in its own activity-bar container. */
export class CasePanelProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  static readonly viewType = ViewId.casePanel;
  private view: vscode.WebviewView | undefined;
  private ready = false;
  private pendingFocus: string | undefined;
  /** The document the last model describes, and its result, for reveal requests. */
  private shown: { uri: vscode.Uri; result: DocumentResult } | undefined;
  /** The last document the panel described; kept while the focus is in the panel or another non-editor. */
  private lastDocument: vscode.Uri | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly controller: DiagnosticsController,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      controller.onDidUpdate((uri) => {
        if (uri.toString() === this.currentDocument()?.uri.toString()) this.refresh();
      }),
    );
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.ready = false;
    view.webview.options = webviewOptions(this.extensionUri);
    view.webview.html = panelHtml(view.webview, this.extensionUri, vscode.l10n.t('Microsoft Ireland case'));
    this.disposables.push(
      view.webview.onDidReceiveMessage((m: FromPanel) => this.handleMessage(m)),
      view.onDidChangeVisibility(() => {
        if (view.visible) this.refresh();
      }),
      view.onDidDispose(() => {
        this.view = undefined;
        this.ready = false;
      }),
    );
  }

  private currentDocument(): vscode.TextDocument | undefined {
    const active = vscode.window.activeTextEditor?.document;
    if (active && isSupported(active)) {
      this.lastDocument = active.uri;
      return active;
    }
    const last = this.lastDocument?.toString();
    return last ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === last) : undefined;
  }

  /** The model for the current document (also the API's `panelModel()`). */
  private matrixCache: { key: string; rows: PanelGapRow[] } | undefined;

  model(): PanelModel {
    const e = engine();
    const doc = this.currentDocument();
    const result = doc ? this.controller.lastResultFor(doc.uri) : undefined;
    // The document's own jurisdiction (its project file may set one) wins over the window's setting.
    const jurisdiction = result?.jurisdiction ?? readConfig(doc).jurisdiction;
    if (!doc || !result) {
      this.shown = undefined;
      return e.panelModel(jurisdiction, undefined, translatedLabels());
    }
    this.shown = { uri: doc.uri, result };
    const name = vscode.workspace.asRelativePath(doc.uri, false);
    const document = e.panelDocument({ uri: doc.uri.toString(), name, visible: result.visible, hidden: result.hidden, lineOf: result.lineOf, ...(result.notAnalysed ? { pending: result.notAnalysed } : {}), ...(result.restricted ? { restricted: result.restricted } : {}), ...(result.playbook ? { playbook: result.playbook } : {}) }, jurisdiction);
    if (!result.notAnalysed) document.gapMatrix = this.gapMatrix(doc, result.visible.map((v) => v.finding));
    return e.panelModel(jurisdiction, document, translatedLabels());
  }

  /** The document's gap matrix from the findings it shows, remembered per document version (the panel asks often). */
  private gapMatrix(doc: vscode.TextDocument, findings: Finding[]): PanelGapRow[] {
    const key = `${doc.uri.toString()}@${doc.version}#${findings.length}`;
    if (this.matrixCache?.key !== key) {
      const rows = engine().safeguardMatrix({ document: doc.fileName, text: doc.getText(), findings });
      this.matrixCache = { key, rows: rows.map((r) => ({ id: r.id, label: r.label, status: r.status, ...(r.why ? { why: r.why } : {}), lines: r.sources.map((c) => c.line) })) };
    }
    return this.matrixCache.rows;
  }

  private post(message: ToPanel): void {
    if (this.view && this.ready) background(this.log, 'panel message', this.view.webview.postMessage(message));
  }

  /** Re-sends the model if the panel is visible. */
  refresh(): void {
    if (this.view?.visible && this.ready) this.post({ type: 'model', model: this.model() });
  }

  /** Reveals the panel, optionally scrolled to an argument. */
  async reveal(argumentId?: string): Promise<void> {
    if (argumentId) this.pendingFocus = argumentId;
    await vscode.commands.executeCommand(`${ViewId.casePanel}.focus`);
    this.refresh();
    this.flushFocus();
  }

  private flushFocus(): void {
    if (this.pendingFocus && this.ready) {
      this.post({ type: 'focusArgument', argumentId: this.pendingFocus });
      this.pendingFocus = undefined;
    }
  }

  private handleMessage(m: FromPanel): void {
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.post({ type: 'model', model: this.model() });
        this.flushFocus();
        break;
      case 'reveal':
        background(this.log, 'reveal finding', this.revealFinding(m.documentUri, m.findingId));
        break;
      case 'showRule':
        background(this.log, 'show rule', vscode.commands.executeCommand(CommandId.showRule, m.ruleId));
        break;
    }
  }

  private async revealFinding(documentUri: string, findingId: string): Promise<void> {
    const shown = this.shown;
    if (!shown || shown.uri.toString() !== documentUri) return;
    const index = Number(/^f(\d+)$/.exec(findingId)?.[1]);
    const v = shown.result.visible[index];
    if (!v) return;
    const doc = await vscode.workspace.openTextDocument(shown.uri);
    const range = toRange(doc, v.finding);
    const editor = await vscode.window.showTextDocument(doc, { selection: range, preserveFocus: false, preview: false });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** The panel's labels in the display language (the English text is the message key, as for every l10n string). */
function translatedLabels(): Record<string, string> {
  return Object.fromEntries(Object.entries(panelLabels).map(([key, english]) => [key, vscode.l10n.t(english)]));
}
