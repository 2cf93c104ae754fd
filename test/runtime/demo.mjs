// npm run demo: the real VS Code (1.100.3 server + web workbench, from code-server's npm package)
// on 127.0.0.1 with Warrant Lens installed from a freshly packaged VSIX and the sample contract
// open. Prints the address to open in a browser; Ctrl+C stops the server. The workspace copy is
// removed only when nothing in it changed; otherwise it is kept and its path printed.
//
// Env: WARRANT_DEMO_PORT (default 8765; a free port is used when it is taken).
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ROOT, ensureRuntime, freePort, packageVsix, startServer } from './vscode-server.mjs';

function portFree(port) {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

ensureRuntime();
if (!fs.existsSync(path.join(ROOT, 'dist/extension.js'))) {
  console.error('dist/extension.js is missing: run `npm run build` first (npm run demo does)');
  process.exit(1);
}
console.log('Packaging the extension (vsce package)...');
let vsix;
try {
  vsix = packageVsix();
} catch (e) {
  console.error(e.message);
  process.exit(1);
}
// a copy of the samples, so the quick fixes you try do not change the repository
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-lens-demo-'));
fs.cpSync(path.join(ROOT, 'samples'), workspace, { recursive: true });
const wanted = Number(process.env.WARRANT_DEMO_PORT || 8765);
const port = (await portFree(wanted)) ? wanted : await freePort();

console.log('Starting VS Code...');
const server = await startServer({ vsix, port, settings: { 'workbench.startupEditor': 'none' } });
fs.rmSync(path.dirname(vsix), { recursive: true, force: true });
const sample = path.join(workspace, 'cloud-services-agreement.md');
const payload = JSON.stringify([['openFile', `vscode-remote://127.0.0.1:${port}${sample}`]]);
const address = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`;

console.log(`
Warrant Lens demo: VS Code ${server.url} (listening on 127.0.0.1 only)

  Open this address in a browser on this machine:

    ${address}

  The sample contract opens with its findings: hover a squiggle, press Ctrl+. for the quick fixes,
  and open the case panel from the Warrant Lens icon in the activity bar.
  Files: ${workspace} (a copy of samples/)

Press Ctrl+C to stop.`);

/** True when the workspace still holds exactly the copied samples (no file saved, added or changed). */
function untouched(dir) {
  const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return files.every((e) => {
    const rel = path.relative(workspace, path.join(e.parentPath ?? e.path, e.name));
    const original = path.join(ROOT, 'samples', rel);
    return fs.existsSync(original) && fs.readFileSync(original).equals(fs.readFileSync(path.join(workspace, rel)));
  });
}

/** Removes the workspace copy, unless the user saved something there: that is kept and named. */
function cleanUp() {
  if (untouched(workspace)) fs.rmSync(workspace, { recursive: true, force: true });
  else console.log(`Kept ${workspace}: files there were saved or changed during the demo.`);
}

let stopping = false;
async function shutdown(signal) {
  if (stopping) { return; }
  stopping = true;
  console.log(`\n${signal}: stopping VS Code...`);
  await server.stop();
  cleanUp();
  console.log('Stopped.');
  process.exit(0);
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
server.child.on('exit', (code, signal) => {
  if (!stopping) {
    console.error(`VS Code exited unexpectedly (${signal ?? code}); log: ${server.logFile}`);
    cleanUp();
    process.exit(1);
  }
});
