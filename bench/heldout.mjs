#!/usr/bin/env node
// Held-out accuracy: runs the built CLI with --format sarif over bench/heldout/docs (fictional contracts written
// for this project and never used to tune rules) and scores it against bench/heldout/labels with the corpus
// scorer's matching rule. Needs no corpus. Prints per-category and per-document P/R/F1 and micro/macro F1;
// --misses also prints the text of each miss and false alarm (not for rule authors: see bench/heldout/README.md).
//
//   npm run bench:heldout [-- --json] [-- --misses]
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { goldSpans, header, row, runScan, sarifSpans, score, summary } from './lib/spans.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const set = join(root, 'bench', 'heldout');
const args = process.argv.slice(2);

const texts = new Map();
const gold = new Map();
for (const f of readdirSync(join(set, 'labels')).filter((f) => f.endsWith('.json')).sort()) {
  const label = JSON.parse(readFileSync(join(set, 'labels', f), 'utf8'));
  const text = readFileSync(join(set, 'docs', `${label.id}.md`), 'utf8');
  texts.set(label.id, text);
  gold.set(label.id, goldSpans(label, text));
}

const outDir = join(root, '.bench');
mkdirSync(outDir, { recursive: true });
const sarifPath = join(outDir, 'heldout.sarif');
const ms = runScan(root, [...texts.keys()].map((id) => join(set, 'docs', `${id}.md`)), sarifPath);
const result = score(gold, sarifSpans(JSON.parse(readFileSync(sarifPath, 'utf8')), texts));

if (args.includes('--json')) {
  const { misses, falseAlarms, ...figures } = result;
  console.log(JSON.stringify({ ms, ...figures, missed: misses.length, false: falseAlarms.length }, null, 2));
  process.exit(0);
}

console.log(`Scanned ${texts.size} held-out documents in ${ms.toFixed(0)} ms (CLI process, incl. start-up).`);
console.log(`\n== held-out: ${summary(result)}`);
console.log(header('category', 28));
for (const [c, x] of Object.entries(result.categories)) if (x.gold + x.pred > 0) console.log(row(c, x, 28));
console.log(row('micro', result.micro, 28));
console.log(`\n${header('document', 28)}`);
for (const [id, x] of Object.entries(result.documents)) console.log(row(id, x, 28));

if (args.includes('--misses')) {
  const clip = (id, s) => texts.get(id).slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 200);
  console.log('\nMisses (labelled, not found):');
  for (const m of result.misses) console.log(`  FN ${m.category} ${m.id}: ${clip(m.id, m)}`);
  console.log('False alarms (found, not labelled):');
  for (const m of result.falseAlarms) console.log(`  FP ${m.category} ${m.id} [${m.rule}]: ${clip(m.id, m)}`);
}
