/**
 * The "Portfolio" view: one item per contract in the workspace (vendor, highest risk, what is missing),
 * expanding to the register's cells; each cell opens the clause it comes from. Built on demand, when
 * the view is first shown or refreshed, never during activation.
 */
import * as vscode from 'vscode';
import type { PortfolioCell, PortfolioRow } from '../core';
import { readConfig } from './configuration';
import { lineStart } from './convert';
import { documentExtensionPattern, type ExtractedDocuments } from './documents';
import { engine } from './lazy';
import { scanGlob } from './workspaceScan';

export type PortfolioSort = 'risk' | 'vendor' | 'missing' | 'document';
const riskRank: Record<string, number> = { high: 3, medium: 2, low: 1, mitigating: 0, none: -1 };

type Node = { kind: 'row'; row: PortfolioRow; uri: vscode.Uri } | { kind: 'cell'; label: string; cell: PortfolioCell; uri: vscode.Uri };

export class PortfolioProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  static readonly viewType = 'warrantLens.portfolio';
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private rows: { row: PortfolioRow; uri: vscode.Uri }[] | undefined;
  private sort: PortfolioSort = 'risk';

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly documents?: ExtractedDocuments,
  ) {}

  dispose(): void {
    this.changed.dispose();
  }

  refresh(): void {
    this.rows = undefined;
    this.changed.fire(undefined);
  }

  setSort(sort: PortfolioSort): void {
    this.sort = sort;
    this.changed.fire(undefined);
  }

  /** The rows, building them if needed (for the view and for tests through the API). */
  async register(): Promise<{ row: PortfolioRow; uri: vscode.Uri }[]> {
    this.rows ??= await this.build();
    return this.sorted(this.rows);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'row') {
      const r = node.row;
      const item = new vscode.TreeItem(r.vendor.text, vscode.TreeItemCollapsibleState.Collapsed);
      const missing = Object.values(r.safeguards).filter((s) => s !== 'present').length;
      item.description = vscode.l10n.t('{0} risk · {1} of 9 safeguards missing or weak', r.highestRisk, missing);
      item.tooltip = new vscode.MarkdownString().appendText(`${r.document}\n${r.whereData.text}\n${r.transferTool.text}`);
      item.resourceUri = node.uri;
      item.iconPath = new vscode.ThemeIcon(r.highestRisk === 'high' ? 'warning' : r.highestRisk === 'medium' ? 'info' : 'pass');
      item.contextValue = 'warrantLens.portfolioRow';
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Open contract'), arguments: [node.uri] };
      return item;
    }
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.description = node.cell.text;
    item.tooltip = new vscode.MarkdownString().appendText(node.cell.sources[0]?.excerpt ?? node.cell.text);
    const first = node.cell.sources[0];
    if (first) {
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Open clause'), arguments: [node.uri, { selection: lineStart(first.line) }] };
    }
    return item;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!node) return (await this.register()).map(({ row, uri }) => ({ kind: 'row', row, uri }));
    if (node.kind === 'cell') return [];
    const r = node.row;
    const cells: [string, PortfolioCell][] = [
      [vscode.l10n.t('Where data may be'), r.whereData],
      [vscode.l10n.t('Who can reach it'), r.whoCanReach],
      [vscode.l10n.t('Transfer tool'), r.transferTool],
      [vscode.l10n.t('Protections present'), r.present],
      [vscode.l10n.t('Protections missing or weak'), r.missing],
      [vscode.l10n.t('Playbook breaks'), r.breaks],
    ];
    return cells.map(([label, cell]) => ({ kind: 'cell', label, cell, uri: node.uri }));
  }

  private sorted(rows: { row: PortfolioRow; uri: vscode.Uri }[]): { row: PortfolioRow; uri: vscode.Uri }[] {
    const missing = (r: PortfolioRow) => Object.values(r.safeguards).filter((s) => s !== 'present').length;
    const by: Record<PortfolioSort, (a: PortfolioRow, b: PortfolioRow) => number> = {
      risk: (a, b) => riskRank[b.highestRisk]! - riskRank[a.highestRisk]! || missing(b) - missing(a),
      vendor: (a, b) => a.vendor.text.localeCompare(b.vendor.text),
      missing: (a, b) => missing(b) - missing(a),
      document: (a, b) => a.document.localeCompare(b.document),
    };
    return [...rows].sort((a, b) => by[this.sort](a.row, b.row) || a.row.document.localeCompare(b.row.document));
  }

  private async build(): Promise<{ row: PortfolioRow; uri: vscode.Uri }[]> {
    return vscode.window.withProgress({ location: { viewId: PortfolioProvider.viewType } }, async () => {
      const e = engine();
      const uris = await vscode.workspace.findFiles(scanGlob, undefined, 10_000);
      const analyzer = new e.Analyzer();
      const out: { row: PortfolioRow; uri: vscode.Uri }[] = [];
      for (const [i, uri] of uris.entries()) {
        try {
          let text: string;
          // Word and PDF: the register reads the extracted text, and its cells open that text's lines.
          let target = uri;
          if (documentExtensionPattern.test(uri.path)) {
            if (!this.documents || e.isLockFile(uri.path)) continue;
            const extracted = await this.documents.extractFile(uri);
            text = extracted.text;
            target = extracted.uri;
          } else {
            const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
            text = open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
          }
          if (text.length > readConfig(uri).maxFileSize) continue;
          const name = vscode.workspace.asRelativePath(uri, false);
          const { findings } = analyzer.analyze(text, {}, { fileName: target.path });
          analyzer.clear();
          out.push({ row: e.portfolioRow(e.draftTia({ document: name, text, findings }), text), uri: target });
        } catch (err) {
          this.log.warn(`Portfolio: could not analyse ${uri.toString(true)}: ${err instanceof Error ? err.message : String(err)}`);
        }
        // Let the extension host breathe between files.
        if (i % 5 === 4) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      return out;
    });
  }
}
