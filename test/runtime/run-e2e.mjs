// End-to-end UI tests: the packaged extension (vsce package -> VSIX) is installed into the real
// VS Code 1.100.3 server, and Playwright drives its web workbench in Debian's Chromium like a user:
// Quick Open the sample contract, squiggles, Problems, hover, a quick fix, the case panel, clicking a
// finding; then a hostile contract (nothing may execute, no command may run) and the network record.
// Screenshots of each step go to test-results/e2e/ (gitignored).
//
//   node test/runtime/run-e2e.mjs      (npm run test:e2e builds the extension first)
//
// Env: TEST_TIMEOUT_MS (default 300000, whole run), HEADED=1, KEEP_LOGS=1.
// Ends with `N passed, N failed`; exits 1 on any failure or a timeout.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, EXTENSION_ID, ensureRuntime, makeWorkspace, startServer, launchChromium, packageVsix, watchdog } from './vscode-server.mjs';

const TIMEOUT = Number(process.env.TEST_TIMEOUT_MS || 300000);
const SHOTS = path.join(ROOT, 'test-results/e2e');
const SAMPLE = 'cloud-services-agreement.md';
const HOSTILE = 'hostile-contract.md';
const t0 = Date.now();
let server, browser, workspace, vsix;
let passed = 0;
let failed = 0;

async function cleanup(keepLogs) {
  await browser?.close().catch(() => {});
  await server?.stop({ keepLogs });
  if (workspace) { fs.rmSync(workspace, { recursive: true, force: true }); }
  if (vsix) { fs.rmSync(path.dirname(vsix), { recursive: true, force: true }); }
}
watchdog(TIMEOUT, async () => {
  await cleanup(true);
  console.log(`${passed} passed, ${failed + 1} failed`);
});

let page;
let shotNo = 0;
async function check(name, fn) {
  const t = Date.now();
  try {
    await fn();
    passed++;
    console.log(`  ok   ${name} (${Date.now() - t} ms)`);
  } catch (e) {
    failed++;
    console.log(`  FAIL ${name} (${Date.now() - t} ms)\n       ${String(e?.message ?? e).split('\n').slice(0, 6).join('\n       ')}`);
  }
  if (page) {
    const file = path.join(SHOTS, `${String(++shotNo).padStart(2, '0')}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.png`);
    await page.screenshot({ path: file }).catch(() => {});
  }
}

ensureRuntime();
for (const f of ['dist/extension.js', 'media/panel.js', `samples/${SAMPLE}`]) {
  if (!fs.existsSync(path.join(ROOT, f))) {
    console.error(`${f} is missing (npm run test:e2e builds first)`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}
fs.rmSync(SHOTS, { recursive: true, force: true });
fs.mkdirSync(SHOTS, { recursive: true });
try {
  vsix = packageVsix();
} catch (e) {
  console.error(e.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-e2e-'));
const netlog = path.join(stateDir, 'netlog.jsonl');
console.log(`packaged ${path.basename(vsix)} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KiB)`);
workspace = makeWorkspace('warrant-e2e-ws-');
fs.copyFileSync(path.join(ROOT, 'samples', SAMPLE), path.join(workspace, SAMPLE));
fs.copyFileSync(path.join(workspace, 'contracts', HOSTILE), path.join(workspace, HOSTILE));

// Browser-side network record: every request of the page, its frames (the webview included) and
// workers. Loopback goes through; anything else is recorded and aborted.
const outside = [];
const dialogs = [];
const isLoopback = (u) => ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
// Webview resources are addressed as https://*.vscode-resource.vscode-cdn.net/...: the webview's
// service worker answers them from the VS Code server (over the loopback connection); they never
// reach the network. Anything else is outside.
const isWebviewResource = (u) => u.hostname.endsWith('.vscode-resource.vscode-cdn.net');

try {
  server = await startServer({ vsix, netguard: true, env: { WARRANT_NETLOG: netlog } });
  console.log(`VS Code ${server.url} (extension installed from the VSIX)`);
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(45000); // a loaded CI machine is slow; hangs are still cut by the watchdog
  await context.route('**/*', (route) => {
    const req = route.request();
    const u = new URL(req.url());
    if (!/^(https?|wss?):$/.test(u.protocol) || isLoopback(u)) { return route.continue(); }
    if (isWebviewResource(u)) { return route.continue(); }
    const frame = (() => { try { return req.frame()?.url() ?? ''; } catch { return '(worker)'; } })();
    outside.push({ url: req.url(), frame, webview: frame.includes(`extensionId=${EXTENSION_ID}`) || frame.includes('vscode-cdn.net') });
    return route.abort('blockedbyclient');
  });
  page = await context.newPage();
  page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); d.dismiss().catch(() => {}); });
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}`);

  const ctx = { page, check, SAMPLE, HOSTILE, EXTENSION_ID, dialogs, outside, netlog };
  const stepsDir = path.join(ROOT, 'test/e2e');
  for (const f of fs.readdirSync(stepsDir).filter((x) => x.endsWith('.e2e.mjs')).sort()) {
    const steps = await import(pathToFileURL(path.join(stepsDir, f)).href);
    await steps.default(ctx);
  }
} catch (e) {
  failed++;
  console.error(e);
} finally {
  await cleanup(failed > 0 || process.env.KEEP_LOGS === '1');
  fs.rmSync(stateDir, { recursive: true, force: true });
}
console.log(`\nscreenshots: ${path.relative(ROOT, SHOTS)}/`);
console.log(`e2e: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
