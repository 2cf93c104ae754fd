#!/usr/bin/env node
// Sentence check: analyses each sentence of bench/<set>-sentences.txt (gov, law, records, security, whose
// expectations omit the prefix; mixed, which names full categories of all 14; written for this project, in
// styles the rules were not tuned on) and prints, per category of the set, how many sentences came out as
// expected. A measurement, not a test: it never fails.
// npm run bench:gov-sentences | bench:law-sentences | bench:records-sentences | bench:security-sentences |
// bench:mixed-sentences (node bench/sentences.mjs <set>)
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.bench');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'core-sentences.cjs');
await require('esbuild').build({ entryPoints: [join(root, 'src', 'core', 'index.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['compromise'], mainFields: ['module', 'main'], logLevel: 'warning' });
const { analyze } = require(outfile);

const set = process.argv[2] ?? 'gov';
const rows = readFileSync(join(root, 'bench', `${set}-sentences.txt`), 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => {
    const [text, want = ''] = l.split(' => ');
    return { text: text.trim(), want: want.trim().split(/\s+/).filter(Boolean) };
  });

// A set named after a category prefix names its expectations without it; any other set names them in full.
const prefix = ['location', 'gov', 'records', 'security', 'law'].includes(set) ? `${set}.` : '';
const tally = new Map();
const misses = [];
for (const { text, want } of rows) {
  const got = new Set(analyze(text).findings.flatMap((f) => f.categories).filter((c) => c.startsWith(prefix) && !c.startsWith('missing.')));
  const ok = want.length === 0 ? got.size === 0 : want.every((w) => (w.startsWith('!') ? !got.has(`${prefix}${w.slice(1)}`) : got.has(`${prefix}${w}`)));
  const key = want.find((w) => !w.startsWith('!')) ?? (want.length ? `not ${want[0].slice(1)}` : `no ${set} finding`);
  const t = tally.get(key) ?? { ok: 0, all: 0 };
  t.ok += ok ? 1 : 0;
  t.all += 1;
  tally.set(key, t);
  if (!ok) misses.push(`  ${text}\n      expected ${want.join(' ') || `no ${set} finding`}, got ${[...got].join(' ') || 'none'}`);
}
const total = [...tally.values()].reduce((a, t) => ({ ok: a.ok + t.ok, all: a.all + t.all }), { ok: 0, all: 0 });
console.log('expected                    as expected');
for (const [k, t] of [...tally].sort()) console.log(`${k.padEnd(28)}${String(t.ok).padStart(3)} / ${t.all}`);
console.log(`${'all'.padEnd(28)}${String(total.ok).padStart(3)} / ${total.all}`);
if (misses.length) console.log(`\nNot as expected:\n${misses.join('\n')}`);
