#!/usr/bin/env node
// Runs every test layer in order (unit in plain Node, integration in a real VS Code extension host,
// end-to-end in Chromium), prints each layer's count and time, and ends with one "N passed, N failed" line.
import { spawn } from 'node:child_process';

const layers = [
  { name: 'unit', cmd: 'npx', args: ['mocha'] },
  { name: 'integration', cmd: 'node', args: ['test/runtime/run-integration.mjs'] },
  { name: 'e2e', cmd: 'node', args: ['test/runtime/run-e2e.mjs'] },
];
const only = process.argv.slice(2);

/** Reads a layer's own summary: mocha's "N passing / N failing" or the runners' "N passed, N failed". */
function counts(output) {
  const plain = [...output.matchAll(/^(\d+) passed, (\d+) failed/gm)].pop();
  if (plain) return { passed: Number(plain[1]), failed: Number(plain[2]) };
  const passing = [...output.matchAll(/(\d+) passing/g)].pop();
  const failing = [...output.matchAll(/(\d+) failing/g)].pop();
  return { passed: passing ? Number(passing[1]) : 0, failed: failing ? Number(failing[1]) : 0 };
}

function run(layer) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(layer.cmd, layer.args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      output += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => resolve({ ...layer, code, seconds: (performance.now() - t0) / 1000, ...counts(output) }));
  });
}

const results = [];
for (const layer of layers) {
  if (only.length > 0 && !only.includes(layer.name)) continue;
  console.log(`\n=== ${layer.name} tests ===`);
  const r = await run(layer);
  // A layer that exits non-zero without reporting a failure still failed (a crash, a timeout).
  if (r.code !== 0 && r.failed === 0) r.failed = 1;
  results.push(r);
}
console.log('\n=== summary ===');
for (const r of results) console.log(`${r.name.padEnd(12)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(1)} s`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || results.some((r) => r.code !== 0) ? 1 : 0;
