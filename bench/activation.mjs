#!/usr/bin/env node
// Activation benchmark: in fresh Node processes, loads the built extension bundle against a stand-in
// `vscode` module and calls activate(), timing the module load and activate() separately. The real
// extension host's figure is printed by the integration suite ("activate() took N ms").
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'extension.js');
if (!existsSync(bundle)) {
  console.error('dist/extension.js is missing: run npm run build first.');
  process.exit(2);
}
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 15);

// Runs in a child process so that every measurement loads the bundle cold.
const child = `
const Module = require('node:module');
// Every vscode API the extension touches at activation answers with a harmless callable stand-in.
const values = new WeakMap();
const stand = () => {
  const p = new Proxy(function () {}, handler);
  values.set(p, new Map());
  return p;
};
const handler = {
  get: (t, key, self) => {
    if (key === 'then') return undefined;
    const own = values.get(self);
    if (!own.has(key)) own.set(key, stand());
    return own.get(key);
  },
  set: (t, key, value, self) => (values.get(self).set(key, value), true),
  apply: () => stand(),
  construct: () => stand(),
};
// esbuild copies the module's own properties, so the stand-in lists the API namespaces by name.
const vscode = {};
for (const name of ['CodeActionKind', 'CodeAction', 'CodeActionTriggerKind', 'window', 'workspace', 'languages', 'commands', 'extensions', 'env', 'l10n',
  'EventEmitter', 'Uri', 'Range', 'Position', 'Selection', 'Location', 'Diagnostic', 'DiagnosticSeverity', 'DiagnosticRelatedInformation', 'DiagnosticTag',
  'MarkdownString', 'Hover', 'WorkspaceEdit', 'TextEdit', 'Disposable', 'StatusBarAlignment', 'ThemeColor', 'ThemeIcon', 'ProgressLocation',
  'TextEditorRevealType', 'RelativePattern', 'FileType', 'ConfigurationTarget', 'ViewColumn', 'CancellationTokenSource', 'UIKind', 'LogLevel',
  'EndOfLine', 'DocumentLink', 'Memento']) vscode[name] = stand();
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? vscode : load.call(this, request, ...rest); };
const t0 = performance.now();
const ext = require(${JSON.stringify(bundle)});
const t1 = performance.now();
const subscriptions = [];
const api = ext.activate({ subscriptions, extensionUri: vscode.Uri, extensionPath: ${JSON.stringify(root)}, globalState: vscode.Memento, workspaceState: vscode.Memento });
const t2 = performance.now();
process.stdout.write(JSON.stringify({ loadMs: t1 - t0, activateMs: t2 - t1, engineLoaded: Object.keys(require.cache).some((k) => k.endsWith('engine.js')) }));
`;

const samples = [];
for (let i = 0; i < runs; i++) {
  const r = spawnSync(process.execPath, ['-e', child], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  samples.push(JSON.parse(r.stdout));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = median(samples.map((s) => s.loadMs));
const activate = median(samples.map((s) => s.activateMs));
const figures = {
  runs,
  bundleKB: statSync(bundle).size / 1024,
  engineBundleKB: existsSync(join(root, 'dist', 'engine.js')) ? statSync(join(root, 'dist', 'engine.js')).size / 1024 : undefined,
  moduleLoadMs: load,
  activateMs: activate,
  totalMs: load + activate,
  engineLoadedAtActivation: samples.some((s) => s.engineLoaded),
};
if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
else {
  console.log(`Warrant Lens activation (median of ${runs} fresh processes, stand-in vscode module)`);
  console.log(`  dist/extension.js          ${figures.bundleKB.toFixed(0)} KB (engine: dist/engine.js, ${figures.engineBundleKB?.toFixed(0)} KB, loaded on first analysis)`);
  console.log(`  module load                ${load.toFixed(1)} ms`);
  console.log(`  activate()                 ${activate.toFixed(1)} ms`);
  console.log(`  total                      ${(load + activate).toFixed(1)} ms (target under 50 ms)`);
  console.log(`  engine loaded at activation: ${figures.engineLoadedAtActivation ? 'yes' : 'no'}`);
}
