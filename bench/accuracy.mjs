#!/usr/bin/env node
// Accuracy benchmark: runs the built CLI with --format sarif over ../shared/corpus/docs and scores
// it with the corpus's own scorer. Prints the per-category table; skips cleanly without the corpus.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(process.env.WARRANT_CORPUS ?? join(root, '..', 'shared', 'corpus'));
const docs = join(corpus, 'docs');
const scorer = join(corpus, 'score.mjs');
if (!existsSync(docs) || !existsSync(scorer)) {
  console.log(`bench:accuracy skipped: no corpus at ${corpus} (set WARRANT_CORPUS to point at one).`);
  process.exit(0);
}
const outDir = join(root, '.bench');
mkdirSync(outDir, { recursive: true });
const sarif = join(outDir, 'corpus.sarif');
const files = readdirSync(docs).filter((f) => f.endsWith('.md')).map((f) => join(docs, f));
const t0 = performance.now();
const cli = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'scan', '--format', 'sarif', '--fail-on', 'none', '--output', sarif, ...files], { encoding: 'utf8' });
const ms = performance.now() - t0;
if (cli.status !== 0) {
  console.error(cli.stderr);
  process.exit(cli.status ?? 1);
}
console.log(`Scanned ${files.length} documents of ${docs} in ${ms.toFixed(0)} ms (CLI process, incl. start-up).`);
const json = process.argv.includes('--json');
const score = execFileSync(process.execPath, [scorer, '--sarif', sarif, ...(json ? ['--json'] : [])], { encoding: 'utf8' });
process.stdout.write(score);
