/**
 * The "Portfolio" view: one item per contract in the workspace (vendor, highest risk, what is missing),
 * expanding to the register's cells; each cell opens the clause it comes from. Built on demand, when
 * the view is first shown or refreshed, never during activation.
 */
import * as vscode from 'vscode';
import type { PortfolioCell, PortfolioRow } from '../core';
import type { PortfolioFormat } from '../present/tia/portfolioReport';
import { readConfig } from './configuration';
import { lineStart } from './convert';
import { documentExtensionPattern, type ExtractedDocuments } from './documents';
import { engine } from './lazy';
import { scanGlob } from './workspaceScan';

export type PortfolioSort = 'risk' | 'vendor' | 'missing' | 'document';
const riskRank: Record<string, number> = { high: 3, medium: 2, low: 1, mitigating: 0, none: -1 };

type Node = { kind: 'row'; row: PortfolioRow; uri: vscode.Uri } | { kind: 'cell'; label: string; cell: PortfolioCell; uri: vscode.Uri };

/** A row of the register: `uri` opens the text its cells cite (a Word or PDF file's extracted text), `source` is the file itself. */
export interface RegisterEntry {
  row: PortfolioRow;
  uri: vscode.Uri;
  source: vscode.Uri;
}

export type { PortfolioFormat };
const extensionOf: Record<PortfolioFormat, string> = { markdown: 'md', csv: 'csv', html: 'html', json: 'json' };
export const isPortfolioFormat = (x: unknown): x is PortfolioFormat => typeof x === 'string' && Object.hasOwn(extensionOf, x);

export class PortfolioProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  static readonly viewType = 'warrantLens.portfolio';
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private rows: RegisterEntry[] | undefined;
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
  async register(): Promise<RegisterEntry[]> {
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

  private sorted(rows: RegisterEntry[]): RegisterEntry[] {
    const missing = (r: PortfolioRow) => Object.values(r.safeguards).filter((s) => s !== 'present').length;
    const by: Record<PortfolioSort, (a: PortfolioRow, b: PortfolioRow) => number> = {
      risk: (a, b) => riskRank[b.highestRisk]! - riskRank[a.highestRisk]! || missing(b) - missing(a),
      vendor: (a, b) => a.vendor.text.localeCompare(b.vendor.text),
      missing: (a, b) => missing(b) - missing(a),
      document: (a, b) => a.document.localeCompare(b.document),
    };
    return [...rows].sort((a, b) => by[this.sort](a.row, b.row) || a.row.document.localeCompare(b.row.document));
  }

  private async build(): Promise<RegisterEntry[]> {
    return vscode.window.withProgress({ location: { viewId: PortfolioProvider.viewType } }, async () => {
      const e = engine();
      const uris = await vscode.workspace.findFiles(scanGlob, undefined, 10_000);
      const analyzer = new e.Analyzer();
      const out: RegisterEntry[] = [];
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
          out.push({ row: e.portfolioRow(e.draftTia({ document: name, text, findings }), text), uri: target, source: uri });
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

/**
 * "Export Portfolio": writes the register, in the order shown, as Markdown, CSV, self-contained HTML or
 * JSON with the same formatter as `warrant-lens matrix`. Links are relative to the file written, as the
 * CLI's are, so the report opens its contracts from disk. Resolves with the file written, or undefined.
 */
export async function exportPortfolio(portfolio: PortfolioProvider, format?: PortfolioFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const picked =
    format ??
    (
      await vscode.window.showQuickPick(
        [
          { label: 'Markdown', format: 'markdown' as const },
          { label: 'CSV', format: 'csv' as const },
          { label: 'HTML', format: 'html' as const },
          { label: 'JSON', format: 'json' as const },
        ],
        { placeHolder: vscode.l10n.t('Export the portfolio as') },
      )
    )?.format;
  if (!picked) return undefined;
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  const file =
    target ??
    (await vscode.window.showSaveDialog({
      ...(root ? { defaultUri: vscode.Uri.joinPath(root, `vendor-register.${extensionOf[picked]}`) } : {}),
      filters: { [picked.toUpperCase()]: [extensionOf[picked]] },
      saveLabel: vscode.l10n.t('Export'),
    }));
  if (!file) return undefined;
  const entries = await portfolio.register();
  const byDocument = new Map(entries.map((x) => [x.row.document, x.source]));
  const dir = file.path.slice(0, file.path.lastIndexOf('/')) || '/';
  const href = (document: string, ref: { line: number }) => {
    const source = byDocument.get(document);
    if (!source) return `${encodeURI(document)}#L${ref.line}`;
    const sameDisk = source.scheme === file.scheme && source.authority === file.authority;
    return `${sameDisk ? encodeURI(relativePath(dir, source.path)) : source.toString()}#L${ref.line}`;
  };
  const e = engine();
  const rows = entries.map((x) => x.row);
  const content = e.renderPortfolio(rows, picked, href);
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(content));
  void vscode.window.showInformationMessage(vscode.l10n.t('Portfolio exported: {0} contracts to {1}', rows.length, vscode.workspace.asRelativePath(file)));
  return file;
}

/** A POSIX path from folder `from` to file `to` (URI paths are always POSIX). */
function relativePath(from: string, to: string): string {
  const a = from.split('/').filter(Boolean);
  const b = to.split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}
