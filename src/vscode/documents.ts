/**
 * Word and PDF files in VS Code: "Review with Warrant Lens" opens the extracted text as a read-only
 * virtual document (scheme `warrant-lens-extract`), which gets the same diagnostics, hovers, panel and
 * report as any contract; each finding is labelled with its page or paragraph in the original, and
 * fixes become "copy suggested language". The converters live in the lazily loaded engine bundle.
 */
import * as vscode from 'vscode';
import type { ExtractedDocument, PdfJs } from '../input';
import type { DiagnosticsController } from './diagnostics';
import { engine } from './lazy';

export const extractScheme = 'warrant-lens-extract';

/** File endings opened through the extractor. */
export const documentExtensionPattern = /\.(docx|pdf)$/i;

export function isExtracted(uri: vscode.Uri): boolean {
  return uri.scheme === extractScheme;
}

/** Serves extracted texts (and texts of earlier versions) as read-only documents, and remembers their positions. */
export class ExtractedDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly docs = new Map<string, ExtractedDocument>();
  private readonly texts = new Map<string, string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private pdfjs: Promise<PdfJs> | undefined;
  private memoryCount = 0;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  dispose(): void {
    this.emitter.dispose();
  }

  /** The virtual document of a Word or PDF file: its path plus `.md` (Word, Markdown-shaped) or `.txt` (PDF), so VS Code picks the language. */
  virtualUri(original: vscode.Uri): vscode.Uri {
    const suffix = /\.docx$/i.test(original.path) ? '.md' : '.txt';
    return vscode.Uri.from({ scheme: extractScheme, path: `${original.path}${suffix}`, query: original.toString() });
  }

  /** The Word or PDF file a virtual document was extracted from. */
  originalOf(uri: vscode.Uri): vscode.Uri | undefined {
    if (!isExtracted(uri) || uri.query.startsWith('memory=')) return undefined;
    try {
      return vscode.Uri.parse(uri.query, true);
    } catch {
      return undefined;
    }
  }

  /** Extracts a file's text (the converters load now, not before). Throws with a plain-words message. */
  async extract(bytes: Uint8Array, name: string): Promise<ExtractedDocument> {
    const e = engine();
    const format = e.documentFormat(name, bytes);
    if (!format) throw new Error(vscode.l10n.t('{0} is not a Word (.docx) or PDF file.', name));
    return e.extractDocument(format, bytes, () => this.loadPdfJs());
  }

  /** Extracts `original` and opens its text; errors are shown, never thrown. */
  async open(original: vscode.Uri, column?: vscode.ViewColumn): Promise<vscode.TextDocument | undefined> {
    const uri = this.virtualUri(original);
    try {
      await this.load(uri, original);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.log.warn(`Cannot read ${original.toString(true)}: ${message}`);
      void vscode.window.showWarningMessage(vscode.l10n.t('Warrant Lens cannot read {0}: {1}', basename(original), message));
      return undefined;
    }
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false, viewColumn: column });
    const notes = this.docs.get(uri.toString())?.notes ?? [];
    if (notes.length > 0) this.log.info(`${basename(original)}: ${notes.join('; ')}`);
    return doc;
  }

  /** Extracts a Word or PDF file for a workspace scan: its virtual document's URI and its text (positions kept for labels). */
  async extractFile(original: vscode.Uri): Promise<{ uri: vscode.Uri; text: string }> {
    const uri = this.virtualUri(original);
    return { uri, text: (await this.load(uri, original)).text };
  }

  /** A read-only document holding `text` (an earlier version, or a report), named `name`. */
  memoryDocumentUri(name: string, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: extractScheme, path: `/${name}`, query: `memory=${++this.memoryCount}` });
    this.texts.set(uri.toString(), text);
    return uri;
  }

  /** Positions of an extracted document, once loaded. */
  extracted(uri: vscode.Uri): ExtractedDocument | undefined {
    return this.docs.get(uri.toString());
  }

  /** "page 2, line 14" or "¶ 14" for an offset of a virtual document, if it came from a Word or PDF file. */
  describe(uri: vscode.Uri, offset: number): string | undefined {
    const doc = this.docs.get(uri.toString());
    return doc ? engine().describePosition(doc.positions.at(offset)) || undefined : undefined;
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const text = this.texts.get(uri.toString());
    if (text !== undefined) return text;
    const original = this.originalOf(uri);
    if (!original) return '';
    try {
      return (await this.load(uri, original)).text;
    } catch (err) {
      return vscode.l10n.t('Warrant Lens cannot read this file: {0}', err instanceof Error ? err.message : String(err));
    }
  }

  private async load(uri: vscode.Uri, original: vscode.Uri): Promise<ExtractedDocument> {
    const bytes = await vscode.workspace.fs.readFile(original);
    const doc = await this.extract(bytes, original.path);
    const key = uri.toString();
    const changed = this.docs.has(key) && this.docs.get(key)!.text !== doc.text;
    this.docs.set(key, doc);
    if (changed) this.emitter.fire(uri);
    return doc;
  }

  /** pdf.js from `dist/pdfjs` beside the extension, loaded on the first PDF. Desktop (Node) extension host only. */
  private loadPdfJs(): Promise<PdfJs> {
    if (typeof process === 'undefined' || !process.versions?.node) {
      return Promise.reject(new Error(vscode.l10n.t('PDF files can be reviewed in desktop VS Code only; the browser version reads Word files.')));
    }
    this.pdfjs ??= engine().loadPdfJs(vscode.Uri.joinPath(this.extensionUri, 'dist', 'pdfjs').toString());
    return this.pdfjs;
  }
}

/** Labels each finding's line in a virtual document with its page or paragraph in the original. */
export class PositionLabels implements vscode.Disposable {
  /** Created on the first Word or PDF document, not at activation. */
  private decoration: vscode.TextEditorDecorationType | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly controller: DiagnosticsController,
    private readonly documents: ExtractedDocuments,
  ) {
    this.disposables.push(
      controller.onDidUpdate((uri) => this.refresh(uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => {
        for (const e of vscode.window.visibleTextEditors) this.refresh(e.document.uri);
      }),
    );
  }

  dispose(): void {
    this.decoration?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private refresh(uri: vscode.Uri): void {
    if (!isExtracted(uri)) return;
    this.decoration ??= vscode.window.createTextEditorDecorationType({ after: { margin: '0 0 0 2em', color: new vscode.ThemeColor('editorCodeLens.foreground'), fontStyle: 'italic' } });
    const decoration = this.decoration;
    const result = this.controller.resultFor(uri);
    for (const editor of vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === uri.toString())) {
      const seen = new Set<number>();
      const options: vscode.DecorationOptions[] = [];
      for (const v of result?.visible ?? []) {
        const label = this.documents.describe(uri, v.finding.start);
        const line = editor.document.positionAt(v.finding.start).line;
        if (!label || seen.has(line)) continue;
        seen.add(line);
        options.push({ range: editor.document.lineAt(line).range, renderOptions: { after: { contentText: label } } });
      }
      editor.setDecorations(decoration, options);
    }
  }
}

/** A hover line on every finding of a virtual document: where the clause is in the original file. */
export class PositionHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly controller: DiagnosticsController,
    private readonly documents: ExtractedDocuments,
  ) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const offset = doc.offsetAt(position);
    const hit = this.controller.resultFor(doc.uri)?.visible.find((v) => v.finding.start <= offset && offset <= v.finding.end);
    const original = this.documents.originalOf(doc.uri);
    const where = hit && this.documents.describe(doc.uri, hit.finding.start);
    if (!where || !original) return undefined;
    return new vscode.Hover(new vscode.MarkdownString().appendText(vscode.l10n.t('In {0}: {1}', basename(original), where)));
  }
}

function basename(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}

/**
 * A read-only custom editor for .docx (default) and .pdf (offered in "Open With…"). It hands over to
 * the extracted text, opened in its place; only when the file cannot be read does it stay, as a short
 * static page (no script) saying why.
 */
export class DocumentReviewEditor implements vscode.CustomReadonlyEditorProvider {
  static readonly viewType = 'warrantLens.documentReview';

  constructor(private readonly documents: ExtractedDocuments) {}

  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  async resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): Promise<void> {
    panel.webview.options = { enableScripts: false, enableCommandUris: false, localResourceRoots: [] };
    const name = escapeHtml(basename(document.uri));
    const page = (message: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><title>${name}</title></head><body><h2>${name}</h2><p>${escapeHtml(message)}</p></body></html>`;
    panel.webview.html = page(vscode.l10n.t('Warrant Lens is reading the text of this file…'));
    const doc = await this.documents.open(document.uri, panel.viewColumn);
    if (doc) panel.dispose();
    else panel.webview.html = page(vscode.l10n.t('Warrant Lens could not read this file; the reason is shown in a notification and in the Warrant Lens log.'));
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
