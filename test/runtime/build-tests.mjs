// Bundles the integration suite (test/integration/*.ts) into out/integration/ with esbuild:
// index.js (the mocha entry, mocha bundled in) and one bundle per *.test.ts. `vscode` stays external
// (the extension host provides it).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './vscode-server.mjs';

export const OUT_DIR = path.join(ROOT, 'out/integration');

export async function buildIntegrationTests() {
  const esbuild = await import('esbuild');
  const srcDir = path.join(ROOT, 'test/integration');
  const entries = fs.readdirSync(srcDir).filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
    .map((f) => path.join(srcDir, f));
  fs.rmSync(OUT_DIR, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: entries,
    outdir: OUT_DIR,
    bundle: true,
    platform: 'node',
    mainFields: ['module', 'main'],
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
    // mocha's parallel mode (unused here) resolves worker files at run time
    logOverride: { 'require-resolve-not-external': 'silent' },
  });
  return path.join(OUT_DIR, 'index');
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  await buildIntegrationTests();
  console.log(`built ${OUT_DIR}`);
}
