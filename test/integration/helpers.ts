// Shared helpers of the integration suite (bundled into each *.test.js by esbuild).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { WarrantLensApi } from '../../src/vscode/api';

export type { WarrantLensApi };

export const EXTENSION_ID = 'warrant-lens.warrant-lens';
export const SOURCE = 'Warrant Lens';

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Polls until `fn` returns a truthy value; fails with `what` (and the last value) after `ms`. */
export async function waitFor<T>(fn: () => T | undefined | null | false | Promise<T | undefined | null | false>, what: string, ms = 20000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
      last = v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    await sleep(50);
  }
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri;
}

export function fixtureUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relative.split('/'));
}

/** The extension's API; activates it when a test file runs alone. */
export async function getApi(): Promise<WarrantLensApi> {
  const ext = vscode.extensions.getExtension<WarrantLensApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is loaded`);
  return ext.isActive ? ext.exports : ext.activate();
}

/** Opens a fixture in an editor and waits until its analysis has been published. */
export async function openFixture(relative: string): Promise<{ doc: vscode.TextDocument; editor: vscode.TextEditor; api: WarrantLensApi }> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(relative));
  const editor = await vscode.window.showTextDocument(doc, { preview: false, preserveFocus: false });
  const api = await getApi();
  await settled(api, doc);
  return { doc, editor, api };
}

/** Waits until the document's analysis for its current version is published. */
export async function settled(api: WarrantLensApi, doc: vscode.TextDocument): Promise<void> {
  await api.whenIdle(doc.uri);
  // whenIdle resolves after the current run; one more turn lets the diagnostics reach the collection
  await sleep(20);
  await api.whenIdle(doc.uri);
}

export function lensDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  const c = d.code;
  if (typeof c === 'object' && c !== null) return String(c.value);
  return c === undefined ? undefined : String(c);
}

/** Short "ruleId@line:col-line:col" keys, sorted, for readable assertions. */
export function keysOf(diags: readonly vscode.Diagnostic[]): string[] {
  return diags.map((d) => `${ruleIdOf(d)}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`).sort();
}

/** Waits until the Warrant Lens diagnostics of `uri` satisfy `pred`. */
export function waitForDiagnostics(uri: vscode.Uri, pred: (d: vscode.Diagnostic[]) => boolean, what: string, ms = 20000): Promise<vscode.Diagnostic[]> {
  return waitFor(() => {
    const d = lensDiagnostics(uri);
    return pred(d) ? d : undefined;
  }, `${what} (now: ${keysOf(lensDiagnostics(uri)).join(', ') || 'none'})`, ms);
}

/** Text of hover contents (MarkdownString or MarkedString), joined. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

/** Undoes Markdown backslash escapes, so the text reads as the user sees it. */
export function unescapeMarkdown(md: string): string {
  return md.replace(/\\([\\`*_{}[\]()#+\-.!|<>~&:$])/g, '$1');
}

/** Replaces the whole document text (used to restore fixtures between tests). */
export async function replaceAll(doc: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'edit applied');
}

/** Calls the runner's loopback bridge (only in the offline runner); undefined elsewhere. */
export async function bridge<T>(route: string): Promise<T | undefined> {
  const base = process.env.WARRANT_TEST_BRIDGE;
  if (!base) return undefined;
  const res = await fetch(`${base}${route}`);
  if (!res.ok) throw new Error(`bridge ${route}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** What the runner reports about the case panel's webview (its inner frame). */
export interface WebviewSnapshot {
  found: boolean;
  /** Visible text (innerText: collapsed groups excluded). */
  text: string;
  /** All text, collapsed groups included (textContent). */
  allText: string;
  /** Titles and excerpts of the finding buttons (button.finding), in DOM order. */
  findingTitles: string[];
  excerpts: string[];
  /** Every <script> element: its src and whether it carries a nonce. */
  scripts: { src: string; nonce: boolean; inline: string }[];
  /** Elements a document could use to run code or load things: img, svg, iframe, object, embed, a[href^=command:|javascript:]. */
  dangerous: string[];
  /** Values of window.__warrantPwned in the webview frames (must stay undefined). */
  pwned: unknown[];
  /** Number of finding buttons (button.finding). */
  findingElements: number;
}

/**
 * Removes every accepted risk by rewriting .warrant-lens/accepted-risks.json with an empty list.
 * (Not a delete: the file watcher coalesces a create followed quickly by a delete into no event at
 * all, while create + change still reports the file, so the extension reloads it.)
 */
export async function clearAcceptedRisks(): Promise<void> {
  const file = fixtureUri('.warrant-lens/accepted-risks.json');
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify({ version: 1, accepted: [] }, null, 2) + '\n'));
}
