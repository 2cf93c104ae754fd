/** Keeps each workspace folder's `.warrant-lens/accepted-risks.json` loaded, watched and writable. */
import * as vscode from 'vscode';
import { acceptedKey, acceptedRisksPath, addAcceptedRisk, emptyAcceptedRisks, parseAcceptedRisks, serializeAcceptedRisks, type AcceptedRisk, type AcceptedRisksFile } from '../present/acceptedRisks';

interface FolderState {
  file: AcceptedRisksFile;
  keys: Set<string>;
  loading: Promise<void>;
}

/** The accepted risks of every workspace folder. */
export class AcceptedRisksStore implements vscode.Disposable {
  private readonly folders = new Map<string, FolderState>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** Fires after a file was reloaded or written. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${acceptedRisksPath}`);
    const reload = (uri: vscode.Uri) => {
      this.log.info(`Accepted risks changed on disk: ${uri.toString(true)}`);
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder) this.load(folder, true);
    };
    this.disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
    this.disposables.push(vscode.workspace.onDidChangeWorkspaceFolders(() => this.folders.clear()));
  }

  private fileUri(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, acceptedRisksPath);
  }

  private load(folder: vscode.WorkspaceFolder, force = false): FolderState {
    const id = folder.uri.toString();
    const existing = this.folders.get(id);
    if (existing && !force) return existing;
    const state: FolderState = existing ?? { file: emptyAcceptedRisks(), keys: new Set(), loading: Promise.resolve() };
    state.loading = (async () => {
      let text = '';
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(this.fileUri(folder)));
      } catch {
        // No file yet: nothing is accepted.
      }
      const { file, problems } = parseAcceptedRisks(text);
      for (const p of problems) this.log.warn(p);
      state.file = file;
      state.keys = new Set(file.accepted.map(acceptedKey));
      if (force) this.emitter.fire();
    })();
    this.folders.set(id, state);
    return state;
  }

  /** Resolves once the accepted risks for this document's folder are loaded. */
  async ready(uri: vscode.Uri): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder) await this.load(folder).loading;
  }

  /** The accepted keys (`ruleId#fingerprint`) that apply to a document. */
  keysFor(uri: vscode.Uri): ReadonlySet<string> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.load(folder).keys : new Set();
  }

  /** Where the accepted risks of this document are recorded, if it is inside a workspace folder. */
  fileFor(uri: vscode.Uri): vscode.Uri | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.fileUri(folder) : undefined;
  }

  /** Records an accepted risk in the document's folder; returns the file written, or undefined outside a folder. */
  async accept(uri: vscode.Uri, entry: Omit<AcceptedRisk, 'file'>): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return undefined;
    const state = this.load(folder);
    await state.loading;
    const relative = vscode.workspace.asRelativePath(uri, false);
    state.file = addAcceptedRisk(state.file, { ...entry, file: relative });
    state.keys = new Set(state.file.accepted.map(acceptedKey));
    const target = this.fileUri(folder);
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, '.warrant-lens'));
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(serializeAcceptedRisks(state.file)));
    this.emitter.fire();
    return target;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
