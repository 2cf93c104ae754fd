/** Finds, reads and watches `.warrant-lens.json` for a document: the nearest one in its folder or above, up to the workspace folder. */
import * as vscode from 'vscode';
import type { ProjectConfig, ResolvedConfig } from '../core';
import { engine } from './lazy';
import { configFileName } from './paths';

/** The config file that applies to a document, parsed. */
export interface FoundConfig {
  config: ProjectConfig;
  /** The file, when one was found. */
  file?: vscode.Uri;
  /** Its folder: `ignore` globs are relative to it. */
  base?: vscode.Uri;
}

/** Config files are small; anything larger is refused rather than parsed. */
const maxConfigBytes = 256 * 1024;

/** Caches each folder's lookup; a watcher clears the cache when any config file changes. */
export class ProjectConfigStore implements vscode.Disposable {
  private readonly byFolder = new Map<string, Promise<FoundConfig>>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private readonly logged = new Set<string>();
  /** Fires after a config file was created, changed or deleted. */
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly knownRuleIds: () => readonly string[],
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${configFileName}`);
    const changed = (uri: vscode.Uri) => {
      this.log.info(`Project config changed: ${uri.toString(true)}`);
      this.byFolder.clear();
      this.logged.clear();
      this.emitter.fire();
    };
    this.disposables.push(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed));
    this.disposables.push(vscode.workspace.onDidChangeWorkspaceFolders(() => this.byFolder.clear()));
  }

  /** The config for a document; documents outside a workspace folder have none. */
  configFor(uri: vscode.Uri): Promise<FoundConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return Promise.resolve({ config: {} });
    return this.lookup(vscode.Uri.joinPath(uri, '..'), folder.uri);
  }

  private lookup(dir: vscode.Uri, root: vscode.Uri): Promise<FoundConfig> {
    const key = dir.toString();
    let p = this.byFolder.get(key);
    if (!p) {
      p = this.read(dir, root);
      this.byFolder.set(key, p);
    }
    return p;
  }

  private async read(dir: vscode.Uri, root: vscode.Uri): Promise<FoundConfig> {
    const file = vscode.Uri.joinPath(dir, configFileName);
    try {
      const stat = await vscode.workspace.fs.stat(file);
      if (stat.type & vscode.FileType.File) {
        if (stat.size > maxConfigBytes) {
          this.warnOnce(file, `${file.toString(true)} is larger than ${maxConfigBytes / 1024} KB; ignored.`);
          return { config: {}, file, base: dir };
        }
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
        const { config, problems } = engine().parseProjectConfig(text, this.knownRuleIds(), vscode.workspace.asRelativePath(file, false));
        for (const p of problems) this.warnOnce(file, p);
        return { config, file, base: dir };
      }
    } catch {
      // No config file in this folder: look in the parent.
    }
    // Stop at the workspace folder: files above it belong to another project (and are not trusted with it).
    if (dir.toString() === root.toString() || dir.path === '/' || !dir.path.startsWith(root.path)) return { config: {} };
    return this.lookup(vscode.Uri.joinPath(dir, '..'), root);
  }

  private warnOnce(file: vscode.Uri, message: string): void {
    const key = `${file.toString()}\n${message}`;
    if (this.logged.has(key)) return;
    this.logged.add(key);
    this.log.warn(message);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** The combined config of one document: VS Code settings, then the project file over them. */
export interface DocumentConfig extends FoundConfig {
  resolved: ResolvedConfig;
}

/** VS Code settings as the lower layer, the project file as the upper (README: "Precedence"). */
export async function documentConfig(store: ProjectConfigStore, uri: vscode.Uri, settings: ProjectConfig): Promise<DocumentConfig> {
  const found = await store.configFor(uri);
  return { ...found, resolved: engine().resolveConfig(settings, found.config) };
}

/** True when the project file's `ignore` globs cover the document. */
export function ignoredBy(found: DocumentConfig, uri: vscode.Uri): boolean {
  if (!found.base || found.resolved.ignore.length === 0) return false;
  const base = found.base.path.endsWith('/') ? found.base.path : `${found.base.path}/`;
  if (!uri.path.startsWith(base)) return false;
  return engine().isIgnored(uri.path.slice(base.length), found.resolved.ignore);
}
