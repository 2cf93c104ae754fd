// The integration suite (test/integration) on DESKTOP VS Code through @vscode/test-electron.
//
//   npm run test:desktop
//
// For machines that can download VS Code (update.code.visualstudio.com). On the offline CI machines
// this fails at the download step with `getaddrinfo ENOTFOUND update.code.visualstudio.com`; CI uses
// the offline route instead (npm run test:integration: the same suite in the VS Code server's
// extension host). The network-guard test is skipped here: the guard is preloaded only by the
// offline runner.
//
// Env: VSCODE_VERSION (default: the runtime the offline route uses, 1.100.3; "stable" works too).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT, makeWorkspace } from '../runtime/vscode-server.mjs';
import { buildIntegrationTests } from '../runtime/build-tests.mjs';
import { writeLargeContract } from '../runtime/fixtures.mjs';

const t0 = Date.now();
const testsEntry = await buildIntegrationTests();
const workspace = makeWorkspace();
writeLargeContract(path.join(workspace, 'large', 'large-contract.md'));
const stateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-desktop-'));
const resultsFile = path.join(stateDir, 'results.json');
const userData = path.join(stateDir, 'user-data');
fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
  'extensions.autoCheckUpdates': false, 'security.workspace.trust.enabled': false, 'git.enabled': false,
}, null, 2));

let code = 1;
try {
  code = await runTests({
    version: process.env.VSCODE_VERSION || '1.100.3',
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: testsEntry,
    launchArgs: [workspace, '--disable-extensions', '--user-data-dir', userData, '--skip-welcome', '--skip-release-notes'],
    extensionTestsEnv: { WARRANT_TEST_RESULTS: resultsFile, WARRANT_TEST_WORKSPACE: workspace },
  });
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  code = 1;
}
let passed = 0;
let failed = 0;
if (fs.existsSync(resultsFile)) {
  for (const t of JSON.parse(fs.readFileSync(resultsFile, 'utf8')).results) {
    if (t.state === 'passed') { passed++; } else { failed++; console.log(`  FAIL ${t.title}\n${t.err}`); }
  }
} else {
  failed++;
  console.error('no result file was written (VS Code did not start or the tests did not run)');
}
fs.rmSync(workspace, { recursive: true, force: true });
fs.rmSync(stateDir, { recursive: true, force: true });
console.log(`\ndesktop: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(code || failed ? 1 : 0);
