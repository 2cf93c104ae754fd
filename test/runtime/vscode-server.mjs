// Runtime helpers shared by run-integration.mjs, run-e2e.mjs and demo.mjs.
//
// The real VS Code 1.100.3 server + web workbench + Node extension host come from the npm package
// code-server@4.100.3, installed by scripts/setup-vscode-runtime.sh into /opt/vscode-runtime. We
// run the upstream server it bundles (lib/vscode/out/server-main.js) directly: its
// --enable-smoke-test-driver flag is what makes the workbench honour the extension-test `payload`.
//
// Everything binds to 127.0.0.1; every run gets fresh data/extension dirs under one temp dir.
//
// Env: VSCRT_DIR (default /opt/vscode-runtime), CODE_SERVER_BIN (overrides the install dir),
//      CHROMIUM_PATH (default /usr/bin/chromium).
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const NETGUARD = path.join(ROOT, 'test/runtime/netguard.cjs');
export const EXTENSION_ID = 'warrant-lens.warrant-lens';

/** Path of the bundled upstream VS Code server inside the code-server npm package. */
export function findServerMain() {
  const candidates = [];
  if (process.env.CODE_SERVER_BIN) {
    candidates.push(path.join(fs.realpathSync(process.env.CODE_SERVER_BIN), '../../lib/vscode/out/server-main.js'));
  }
  const dir = process.env.VSCRT_DIR || '/opt/vscode-runtime';
  candidates.push(path.join(dir, 'node_modules/code-server/lib/vscode/out/server-main.js'));
  const hit = candidates.find((p) => fs.existsSync(p));
  if (!hit) {
    throw new Error(`VS Code server not found (tried ${candidates.join(', ')}). Run: npm run setup:runtime`);
  }
  return hit;
}

/** Runs the idempotent installer when the runtime is missing (a fresh machine needs nothing by hand). */
export function ensureRuntime() {
  try {
    findServerMain();
    if (fs.existsSync(CHROMIUM)) { return; }
  } catch { /* install below */ }
  console.log('VS Code runtime missing: running scripts/setup-vscode-runtime.sh');
  const r = spawnSync('bash', [path.join(ROOT, 'scripts/setup-vscode-runtime.sh')], { stdio: 'inherit' });
  if (r.status !== 0) { throw new Error('scripts/setup-vscode-runtime.sh failed'); }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Settings that keep the workbench quiet and deterministic (no walkthrough stealing focus, no gallery). */
export const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'npm.autoDetect': 'off',
  'markdown.validate.enabled': false,
  'editor.hover.delay': 150,
  'files.autoSave': 'off', // the web workbench defaults to afterDelay
  'window.commandCenter': false,
};

/** Copies the fixture workspace to a temp dir and generates the ~1 MB contract there. */
export function makeWorkspace(prefix = 'warrant-ws-') {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(path.join(ROOT, 'test/fixtures/workspace'), workspace, { recursive: true });
  return workspace;
}

/**
 * Starts the VS Code server on 127.0.0.1:<free port>.
 * @param {object} o
 * @param {string} [o.vsix]      install this VSIX first (like a user would)
 * @param {object} [o.env]       extra env for the server and, through it, the extension host
 * @param {object} [o.settings]  extra user settings
 * @param {boolean} [o.netguard] preload test/runtime/netguard.cjs into the server and every process
 *                               it forks with its execArgv (the extension host included)
 * @param {number} [o.port]
 */
export async function startServer({ vsix, env = {}, settings = {}, netguard = false, port } = {}) {
  const serverMain = findServerMain();
  port = port || await freePort();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-vscrt-'));
  for (const d of ['user-data/User', 'extensions', 'server-data/data/Machine', 'xdg-data', 'xdg-config']) {
    fs.mkdirSync(path.join(tmp, d), { recursive: true });
  }
  const json = JSON.stringify({ ...BASE_SETTINGS, ...settings }, null, 2);
  fs.writeFileSync(path.join(tmp, 'user-data/User/settings.json'), json);
  fs.writeFileSync(path.join(tmp, 'server-data/data/Machine/settings.json'), json);
  const dirs = ['--server-data-dir', path.join(tmp, 'server-data'), '--user-data-dir', path.join(tmp, 'user-data'),
    '--extensions-dir', path.join(tmp, 'extensions')];
  const childEnv = {
    ...process.env,
    // keep code-server/VS Code from writing to ~/.config and ~/.local/share
    XDG_DATA_HOME: path.join(tmp, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(tmp, 'xdg-config'),
    ...env,
  };
  if (vsix) {
    execFileSync(process.execPath, [serverMain, ...dirs, '--accept-server-license-terms', '--install-extension', vsix],
      { stdio: ['ignore', 'pipe', 'pipe'], env: childEnv });
  }
  const execArgv = netguard ? ['--require', NETGUARD] : [];
  const logFile = path.join(tmp, 'server.log');
  const log = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [...execArgv, serverMain,
    '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms',
    '--enable-smoke-test-driver', '--disable-telemetry', '--disable-workspace-trust', ...dirs], {
    stdio: ['ignore', log, log],
    env: childEnv,
    detached: true, // own process group: stop() ends the server and everything it forked
  });
  fs.closeSync(log);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60000;
  for (;;) {
    if (child.exitCode !== null) { throw new Error(`VS Code server exited early (code ${child.exitCode}); log: ${logFile}`); }
    try {
      if ((await fetch(`${url}/version`)).status < 500) { break; }
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      killGroup(child, 'SIGKILL');
      throw new Error(`VS Code server did not answer within 60 s; log: ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  let stopped = false;
  const stop = async ({ keepLogs = false } = {}) => {
    if (!stopped) {
      stopped = true;
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        killGroup(child, 'SIGTERM');
        const t = setTimeout(() => killGroup(child, 'SIGKILL'), 5000);
        await exited;
        clearTimeout(t);
      }
      killGroup(child, 'SIGKILL'); // stragglers in the group (extension host, pty host), if any
    }
    if (keepLogs) { console.error(`server log kept: ${logFile}`); }
    else { fs.rmSync(tmp, { recursive: true, force: true }); }
  };
  return { url, port, tmp, child, logFile, stop };
}

function killGroup(child, signal) {
  try { process.kill(-child.pid, signal); } catch { /* already gone */ }
}

/** Launches Debian's Chromium, headless unless HEADED=1. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  // Chromium writes its crash DB to $XDG_CONFIG_HOME/chromium even with a fresh profile: keep it in tmp
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-chromium-'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: process.env.HEADED !== '1',
    env: { ...process.env, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--disable-features=Translate'],
  });
  browser.on('disconnected', () => fs.rmSync(home, { recursive: true, force: true }));
  return browser;
}

/** Builds the VSIX exactly as a release would (vsce package), into a temp dir. */
export function packageVsix() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-vsix-'));
  const vsix = path.join(dir, 'warrant-lens.vsix');
  const r = spawnSync(path.join(ROOT, 'node_modules/.bin/vsce'),
    // --no-rewrite-relative-links: the VSIX is only installed locally, README links do not matter here
    ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--no-rewrite-relative-links', '-o', vsix],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (r.status !== 0) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`vsce package failed:\n${r.stdout}\n${r.stderr}`);
  }
  return vsix;
}

/** Kills the whole run if it hangs: prints the reason and the summary line, exits 1. */
export function watchdog(ms, onTimeout) {
  const t = setTimeout(async () => {
    console.error(`TIMEOUT: the run did not finish within ${ms} ms`);
    try { await onTimeout?.(); } catch { /* best effort */ }
    process.exit(1);
  }, ms);
  t.unref();
  return t;
}
