#!/usr/bin/env node
// Accuracy benchmark: runs the built CLI with --format sarif over ../shared/corpus/docs, scores it with
// the corpus's own scorer, and prints per-category and per-document tables for the whole corpus, for
// the documents it started with and for the batch added last (split read from the corpus's own README
// and CHANGES.md), then the five worst documents. Skips cleanly without the corpus; never copies a
// corpus document (subsets are directories of symbolic links under the OS temp directory).
//
//   npm run bench:accuracy [-- --json] [-- --only id,id,...]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { header, row, runScan, summary } from './lib/spans.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// ../shared/corpus beside the checkout, or beside the directory of worktrees that holds it.
const corpus = resolve(process.env.WARRANT_CORPUS ?? [join(root, '..', 'shared', 'corpus'), join(root, '..', '..', 'shared', 'corpus')].find((d) => existsSync(d)) ?? join(root, '..', 'shared', 'corpus'));
const docs = join(corpus, 'docs');
const labels = join(corpus, 'labels');
const scorer = join(corpus, 'score.mjs');
if (!existsSync(docs) || !existsSync(labels) || !existsSync(scorer)) {
  console.log(`bench:accuracy skipped: no corpus at ${corpus} (set WARRANT_CORPUS to point at one).`);
  process.exit(0);
}
const args = process.argv.slice(2);
const json = args.includes('--json');
const onlyArg = args[args.indexOf('--only') + 1];
const only = args.includes('--only') && onlyArg ? new Set(onlyArg.split(',')) : undefined;

const ids = readdirSync(labels)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .filter((id) => existsSync(join(docs, `${id}.md`)) && (!only || only.has(id)))
  .sort();

const outDir = join(root, '.bench');
mkdirSync(outDir, { recursive: true });
const sarif = join(outDir, 'corpus.sarif');
const ms = runScan(root, ids.map((id) => join(docs, `${id}.md`)), sarif);

/**
 * The corpus's batches: its README lists sources in the order they were added, and CHANGES.md says
 * how many the latest batch added ("**15 documents added**"). Without either, one set.
 */
function batches() {
  try {
    const readme = readFileSync(join(corpus, 'README.md'), 'utf8');
    const order = [...readme.matchAll(/^\|\s*([a-z0-9-]+)\s*\|\s*[a-z-]+\s*\|/gm)].map((m) => m[1]).filter((id) => id !== 'id' && /[a-z0-9]/.test(id));
    const added = /\*\*(\d+) documents added\*\*/.exec(readFileSync(join(corpus, 'CHANGES.md'), 'utf8'));
    if (!added || order.length === 0) return [];
    const n = Number(added[1]);
    const first = order.slice(0, order.length - n);
    const latest = order.slice(order.length - n);
    return [
      { name: `first ${first.length}`, ids: first },
      { name: `${latest.length} added last`, ids: latest },
    ];
  } catch {
    return [];
  }
}

/** Scores the SARIF against the labels of `subset` (all when undefined), through links in a temp directory. */
function score(subset) {
  let dir = labels;
  let tmp;
  if (subset) {
    tmp = mkdtempSync(join(tmpdir(), 'warrant-labels-'));
    for (const id of subset) symlinkSync(join(labels, `${id}.json`), join(tmp, `${id}.json`));
    dir = tmp;
  }
  try {
    return JSON.parse(execFileSync(process.execPath, [scorer, '--sarif', sarif, '--labels', dir, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

const sets = [{ name: only ? `${ids.length} chosen` : `all ${ids.length}`, ids: only ? ids : undefined }, ...batches().map((b) => ({ ...b, ids: b.ids.filter((id) => ids.includes(id)) })).filter((b) => b.ids.length > 0 && b.ids.length < ids.length)];
const results = sets.map((s) => ({ name: s.name, ...score(s.ids) }));

if (json) {
  console.log(JSON.stringify({ ms, sets: results }, null, 2));
  process.exit(0);
}

const f3 = (x) => x.toFixed(3);
console.log(`Scanned ${ids.length} documents of ${docs} in ${ms.toFixed(0)} ms (CLI process, incl. start-up).`);
for (const r of results) {
  console.log(`\n== ${r.name} documents: ${summary(r)}`);
  console.log(header('category', 28));
  for (const [c, x] of Object.entries(r.categories)) if (x.gold + x.pred > 0) console.log(row(c, x, 28));
  console.log(row('micro', r.micro, 28));
  console.log(`\n${header('document', 38)}`);
  for (const [id, x] of Object.entries(r.documents).sort((a, b) => a[0].localeCompare(b[0]))) console.log(row(id, x, 38));
}
const worst = Object.entries(results[0].documents)
  .filter(([, x]) => x.gold + x.pred > 0)
  .sort((a, b) => a[1].f1 - b[1].f1)
  .slice(0, 5);
console.log('\nFive worst documents (all):');
for (const [id, x] of worst) console.log(`  ${id.padEnd(38)} f1 ${f3(x.f1)}  (gold ${x.gold}, pred ${x.pred}, missed ${x.gold - x.tpGold}, false ${x.pred - x.tpPred})`);
