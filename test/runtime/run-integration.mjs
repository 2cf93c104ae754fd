// Integration tests: mocha runs INSIDE the real VS Code extension host (Node, remote host of the
// VS Code 1.100.3 server). Headless Chromium only boots the workbench with extensionDevelopmentPath
// and extensionTestsPath in the `payload` URL parameter (the mechanism VS Code's own browser
// integration tests use); the workbench calls window.codeAutomationExit(code) when run() settles.
//
//   node test/runtime/run-integration.mjs     (npm run test:integration builds the extension first)
//
// Env: TEST_TIMEOUT_MS (default 300000), WARRANT_TEST_GREP (mocha grep), KEEP_LOGS=1.
// Ends with `N passed, N failed`; exits 1 on any failure, a missing result file or a timeout.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { ROOT, ensureRuntime, makeWorkspace, startServer, launchChromium, watchdog } from './vscode-server.mjs';
import { buildIntegrationTests } from './build-tests.mjs';
import { writeLargeContract } from './fixtures.mjs';
import { snapshotPanel } from './webview-probe.mjs';

const TIMEOUT = Number(process.env.TEST_TIMEOUT_MS || 300000);
const t0 = Date.now();
let server, browser, workspace, bridge, page;
const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-it-'));
const resultsFile = path.join(stateDir, 'results.json');
const netlog = path.join(stateDir, 'netlog.jsonl');

async function cleanup(keepLogs) {
  await browser?.close().catch(() => {});
  bridge?.close();
  await server?.stop({ keepLogs });
  if (workspace) { fs.rmSync(workspace, { recursive: true, force: true }); }
}
watchdog(TIMEOUT + 30000, async () => {
  await cleanup(true);
  fs.rmSync(stateDir, { recursive: true, force: true });
  console.log('0 passed, 1 failed');
});

ensureRuntime();
if (!fs.existsSync(path.join(ROOT, 'dist/extension.js'))) {
  console.error('dist/extension.js is missing: run `npm run build` first (npm run test:integration does)');
  fs.rmSync(stateDir, { recursive: true, force: true });
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const testsEntry = await buildIntegrationTests();
workspace = makeWorkspace();
writeLargeContract(path.join(workspace, 'large', 'large-contract.md'));
// Just under the default maxFileSize (500,000): analysed on open, to measure time to diagnostics.
writeLargeContract(path.join(workspace, 'large-open', 'contract-495k.md'), 495_000);

// Loopback bridge: lets tests in the extension host read what the workbench page shows (the
// webview's DOM), which the extension API cannot see.
bridge = http.createServer(async (req, res) => {
  try {
    if (req.url === '/webview' && page) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(await snapshotPanel(page)));
    } else {
      res.writeHead(404).end('unknown route');
    }
  } catch (e) {
    res.writeHead(500).end(String(e));
  }
});
await new Promise((r) => bridge.listen(0, '127.0.0.1', r));

let code = 1;
try {
  server = await startServer({
    netguard: true,
    env: {
      WARRANT_TEST_RESULTS: resultsFile, WARRANT_NETLOG: netlog, WARRANT_TEST_WORKSPACE: workspace,
      WARRANT_TEST_BRIDGE: `http://127.0.0.1:${bridge.address().port}`,
    },
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  let onExit;
  const exited = new Promise((resolve) => { onExit = resolve; });
  // extension-host console output while tests run ...
  // Two workbench messages are expected on this offline server and only look like failures: say what
  // they are in one line instead of forwarding an error and a stack trace.
  const expected = [
    [/^\[Service Worker\] registration/, 'the web workbench found no service worker (code-server does not serve one here)'],
    [/open-vsx\.org.*blocked by the Warrant Lens test network guard/, "the workbench's extension gallery lookup was blocked by the network guard (listed below)"],
  ];
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = util.format(...(args || []));
    const known = expected.find(([re]) => re.test(line));
    if (known) console.log(`  | (expected) ${known[1]}`);
    else if (type === 'error' || !/^\s*$/.test(line)) console.log(`  | ${line.replace(/\n/g, '\n  | ')}`);
  });
  // ... and the exit code once run() settles
  await page.exposeFunction('codeAutomationExit', (c) => onExit(c));
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(ROOT)],
    ['extensionTestsPath', remote(testsEntry)],
    ['skipWelcome', 'true'],
  ]);
  console.log(`VS Code server ${server.url}, workspace ${workspace}`);
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('timeout'), TIMEOUT))]);
  if (code === 'timeout') {
    console.error(`TIMEOUT: the extension host did not finish the tests within ${TIMEOUT} ms`);
    code = 1;
  }
} catch (e) {
  console.error(e);
  code = 1;
}

let passed = 0;
let failed = 0;
console.log('');
if (fs.existsSync(resultsFile)) {
  const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  for (const t of r.results) {
    if (t.state === 'passed') {
      passed++;
      console.log(`  ok   ${t.title}${t.ms !== undefined ? ` (${t.ms} ms)` : ''}`);
    } else {
      failed++;
      console.log(`  FAIL ${t.title}\n${String(t.err).split('\n').map((l) => '       ' + l).join('\n')}`);
    }
  }
} else {
  console.error('no result file was written by the extension host');
  failed++;
}
if (fs.existsSync(netlog)) {
  const byRole = {};
  for (const line of fs.readFileSync(netlog, 'utf8').split('\n').filter(Boolean)) {
    const e = JSON.parse(line);
    const key = `${e.role} ${e.api} ${e.target}`;
    byRole[key] = (byRole[key] || 0) + 1;
  }
  console.log('\nblocked non-loopback attempts (all processes, incl. the tests\' own probes):');
  for (const [k, n] of Object.entries(byRole)) { console.log(`  ${n}x ${k}`); }
}
if (failed && !code) { code = 1; }
if (!failed && code) { failed++; console.error(`extension host exit code ${code} although no test failed`); }
await cleanup(code !== 0 || process.env.KEEP_LOGS === '1');
fs.rmSync(stateDir, { recursive: true, force: true });
console.log(`\nintegration: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(code ? 1 : 0);
