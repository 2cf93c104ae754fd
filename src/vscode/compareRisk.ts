/**
 * "Compare Risk with...": the active contract against another file or its previous git revision.
 * Opens VS Code's diff editor on the two texts and a "What changed" summary beside it, worse first.
 */
import * as vscode from 'vscode';
import type { Finding } from '../core';
import { readConfig } from './configuration';
import type { DiagnosticsController } from './diagnostics';
import { documentExtensionPattern, isExtracted, type ExtractedDocuments } from './documents';
import { engine } from './lazy';

/** The part of the built-in git extension's API we use. */
interface GitApi {
  getRepository(uri: vscode.Uri): { buffer(ref: string, path: string): Promise<Uint8Array>; log(options: { path?: string; maxEntries?: number }): Promise<{ hash: string }[]> } | null;
}

interface Version {
  label: string;
  /** The document shown in the diff editor. */
  uri: vscode.Uri;
  text: string;
  where: (f: Finding) => string;
}

/** Compares `target` (default: the active contract) with `other` (default: ask for a file or the previous git revision); returns the "What changed" Markdown. */
export async function compareRisk(controller: DiagnosticsController, documents: ExtractedDocuments, target?: vscode.Uri, other?: vscode.Uri): Promise<string | undefined> {
  const current = await currentVersion(documents, target);
  if (!current) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a contract (Markdown, text, Word or PDF) to compare its risk with another version.'));
    return undefined;
  }
  const git = await gitApi();
  const fileUri = current.file;
  const repo = fileUri && git?.getRepository(fileUri);
  type Pick = vscode.QuickPickItem & { id: 'file' | 'git' };
  const items: Pick[] = [{ id: 'file', label: vscode.l10n.t('$(file) Choose a file…'), description: vscode.l10n.t('another version of this contract') }];
  if (repo) items.push({ id: 'git', label: vscode.l10n.t('$(git-commit) Previous git revision'), description: vscode.l10n.t('the last committed version of this file') });
  const choice = other || items.length === 1 ? items[0] : await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Compare risk of {0} with…', current.label) });
  if (!choice) return undefined;

  let old: Version | undefined;
  try {
    if (choice.id === 'git' && repo && fileUri) {
      const bytes = await previousRevision(repo, fileUri, current.bytes);
      if (!bytes) {
        void vscode.window.showInformationMessage(vscode.l10n.t('{0} has no earlier committed version.', current.label));
        return undefined;
      }
      old = await versionFrom(documents, bytes, `${current.label} (git)`, fileUri.path);
    } else {
      const picked = other ? [other] : await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: vscode.l10n.t('Compare'), filters: { [vscode.l10n.t('Contracts')]: ['md', 'markdown', 'txt', 'text', 'html', 'htm', 'contract', 'docx', 'pdf'] } });
      const uri = picked?.[0];
      if (!uri) return undefined;
      old = await versionFrom(documents, await vscode.workspace.fs.readFile(uri), basename(uri), uri.path);
    }
  } catch (err) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Warrant Lens cannot read the other version: {0}', err instanceof Error ? err.message : String(err)));
    return undefined;
  }

  const e = engine();
  // The same settings as the editor's diagnostics for this file (rule and category severities, missing protections).
  const { settings } = e.normalizeSettings({ ...readConfig(fileUri).engine }, e.rules.map((r) => r.id));
  const analyze = (text: string, name: string) => new e.Analyzer().analyze(text, settings, { fileName: name }).findings;
  const diff = e.diffRisk({ text: old.text, findings: analyze(old.text, old.uri.path) }, { text: current.version.text, findings: analyze(current.version.text, current.version.uri.path) });
  const markdown = e.whatChangedMarkdown(diff, { oldName: old.label, newName: current.label, whereOld: old.where, whereNew: current.version.where });
  await vscode.commands.executeCommand('vscode.diff', old.uri, current.version.uri, vscode.l10n.t('{0}: risk compared with {1}', current.label, old.label));
  const reportUri = documents.memoryDocumentUri(`What changed - ${current.label}.md`, markdown);
  controller.exclude(reportUri);
  const report = await vscode.workspace.openTextDocument(reportUri);
  await vscode.window.showTextDocument(report, { viewColumn: vscode.ViewColumn.Beside, preview: false, preserveFocus: true });
  return markdown;
}

/** The active contract: a text document, or the Word/PDF file behind an extracted one (or the one given). */
async function currentVersion(documents: ExtractedDocuments, target?: vscode.Uri): Promise<{ label: string; file?: vscode.Uri; bytes?: Uint8Array; version: Version } | undefined> {
  if (target && documentExtensionPattern.test(target.path)) {
    const doc = await documents.open(target);
    if (!doc) return undefined;
    return fromDocument(documents, doc, target);
  }
  const doc = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
  if (!doc) return undefined;
  return fromDocument(documents, doc, isExtracted(doc.uri) ? documents.originalOf(doc.uri) : doc.uri.scheme === 'file' ? doc.uri : undefined);
}

async function fromDocument(documents: ExtractedDocuments, doc: vscode.TextDocument, file: vscode.Uri | undefined) {
  const text = doc.getText();
  const bytes = file && isExtracted(doc.uri) ? await vscode.workspace.fs.readFile(file) : new TextEncoder().encode(text);
  const where = (f: Finding) => documents.describe(doc.uri, f.start) ?? vscode.l10n.t('line {0}', doc.positionAt(f.start).line + 1);
  return { label: basename(file ?? doc.uri), file, bytes, version: { label: basename(file ?? doc.uri), uri: doc.uri, text, where } };
}

/** Another version from its bytes: Word and PDF through the extractor, anything else as UTF-8 text. */
async function versionFrom(documents: ExtractedDocuments, bytes: Uint8Array, label: string, path: string): Promise<Version> {
  const isDocument = documentExtensionPattern.test(path) || engine().documentFormat('', bytes) !== undefined;
  if (!isDocument) {
    const text = new TextDecoder().decode(bytes);
    const index = new (engine().LineIndex)(text);
    return { label, text, uri: documents.memoryDocumentUri(label.replace(/[\\/]/g, '_') + (/\.\w+$/.test(label) ? '' : '.md'), text), where: (f) => vscode.l10n.t('line {0}', index.positionAt(f.start).line + 1) };
  }
  const doc = await documents.extract(bytes, path);
  const uri = documents.memoryDocumentUri(`${label.replace(/[\\/]/g, '_')}${doc.format === 'docx' ? '.md' : '.txt'}`, doc.text);
  return { label, text: doc.text, uri, where: (f) => engine().describePosition(doc.positions.at(f.start)) };
}

/** The last committed version if the file has changes since; otherwise the commit before that. */
async function previousRevision(repo: NonNullable<ReturnType<GitApi['getRepository']>>, file: vscode.Uri, current: Uint8Array | undefined): Promise<Uint8Array | undefined> {
  const head = await repo.buffer('HEAD', file.fsPath).catch(() => undefined);
  if (head && (!current || !sameBytes(head, current))) return head;
  const commits = await repo.log({ path: file.fsPath, maxEntries: 2 }).catch(() => []);
  return commits[1] ? repo.buffer(commits[1].hash, file.fsPath).catch(() => undefined) : undefined;
}

async function gitApi(): Promise<GitApi | undefined> {
  try {
    const ext = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
    if (!ext) return undefined;
    const exports = ext.isActive ? ext.exports : await ext.activate();
    return exports.getAPI(1);
  } catch {
    return undefined;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function basename(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}
