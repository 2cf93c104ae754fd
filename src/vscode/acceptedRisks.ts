/** Keeps each workspace folder's `.warrant-lens/accepted-risks.json` loaded, watched and writable. */
import * as vscode from 'vscode';
import type { AcceptedRisk, AcceptedRisksFile } from '../core';
import { engine } from './lazy';
import { acceptedRisksPath } from './paths';

interface FolderState {
  file: AcceptedRisksFile;
  /** True when the entries came from the repository (the file existed when loaded), not from this session. */
  fromRepository: boolean;
  keys: Set<string>;
  loading: Promise<void>;
}

/** An accepted-risks file is a list of short entries; anything larger is not one. */
const maxFileBytes = 4 * 1024 * 1024;

/**
 * The first symbolic link on the way from the folder to the target (the `.warrant-lens` folder or
 * the file itself), or undefined. `stat` follows links but flags them (FileType.SymbolicLink), in
 * Node and in the web host alike.
 */
async function symlinkOnPath(folder: vscode.Uri, target: vscode.Uri): Promise<vscode.Uri | undefined> {
  for (const uri of [vscode.Uri.joinPath(folder, '.warrant-lens'), target]) {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.SymbolicLink) return uri;
    } catch {
      return undefined;
    }
  }
  return undefined;
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
    const state: FolderState = existing ?? { file: { version: 1, accepted: [] }, fromRepository: false, keys: new Set(), loading: Promise.resolve() };
    state.loading = (async () => {
      let text = '';
      const target = this.fileUri(folder);
      const link = await symlinkOnPath(folder.uri, target);
      if (link) {
        // Never read through a link: its target is not the repository's to decide (and its bytes must not reach the log).
        this.log.warn(`${vscode.workspace.asRelativePath(link, false)} is a symbolic link; accepted risks are not read through it.`);
      } else {
        try {
          const stat = await vscode.workspace.fs.stat(target);
          if (stat.size > maxFileBytes) this.log.warn(`${acceptedRisksPath} is larger than ${maxFileBytes / 1048576} MB; ignored.`);
          else text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
        } catch {
          // No file yet: nothing is accepted.
        }
      }
      state.fromRepository = text.trim() !== '';
      const { file, problems } = engine().parseAcceptedRisks(text);
      for (const p of problems) this.log.warn(p);
      state.file = file;
      state.keys = new Set(file.accepted.map(engine().acceptedKey));
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

  /** True when the folder's accepted risks were read from the repository (shown as such in Restricted Mode). */
  fromRepository(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.load(folder).fromRepository : false;
  }

  /** The accepted entries of a document's folder. */
  entriesFor(uri: vscode.Uri): readonly AcceptedRisk[] {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.load(folder).file.accepted : [];
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
    state.file = engine().addAcceptedRisk(state.file, { ...entry, file: relative });
    state.keys = new Set(state.file.accepted.map(engine().acceptedKey));
    const target = this.fileUri(folder);
    // Never write through a link, nor outside the workspace folder: a planted `.warrant-lens` link
    // would otherwise carry contract text wherever it points.
    const link = await symlinkOnPath(folder.uri, target);
    if (link) throw new Error(vscode.l10n.t('{0} is a symbolic link; Warrant Lens does not write through it.', vscode.workspace.asRelativePath(link, false)));
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(folder.uri, '.warrant-lens'));
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(engine().serializeAcceptedRisks(state.file)));
    this.emitter.fire();
    return target;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
