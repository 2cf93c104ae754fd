#!/usr/bin/env node
// TIA fill rates (`npm run bench:tia`, which first builds dist/cli.js): for the bundled sample and the
// DPAs of the dev corpus (../shared/corpus/docs, or WARRANT_CORPUS; skipped when absent), how many TIA
// fields `warrant-lens tia` fills from a cited clause: of all fields, and of the fields a contract can
// answer (all but the reviewer's judgement fields and the dated-facts field). Reported, never asserted.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(process.env.WARRANT_CORPUS ?? join(root, '..', 'shared', 'corpus'));
// Every corpus document whose name says it is a DPA (github, mailjet, ovhcloud, wire, facebook, twitter today).
const dpas = existsSync(join(corpus, 'docs')) ? readdirSync(join(corpus, 'docs')).filter((f) => /-dpa\.md$/.test(f)).sort() : [];
const docs = [join(root, 'samples', 'cloud-services-agreement.md'), ...dpas.map((f) => join(corpus, 'docs', f))];
if (docs.length === 1) console.log(`(no corpus at ${corpus}; only the sample)`);
console.log('document                          filled/all   filled/answerable   weak   reviewer');
for (const doc of docs) {
  const r = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'tia', doc, '-f', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`${doc}: ${r.stderr}`);
  const tia = JSON.parse(r.stdout);
  const judgement = new Set(tia.gaps.filter((g) => g.reason === 'judgement').map((g) => g.id));
  const filled = tia.fields.filter((f) => f.filledFrom === 'contract' && f.sources.length > 0);
  const answerable = tia.fields.filter((f) => !judgement.has(f.id) && f.filledFrom !== 'facts');
  const pct = (n, d) => `${n}/${d} ${String(Math.round((100 * n) / d)).padStart(3)}%`;
  console.log(`${doc.replace(/^.*\//, '').padEnd(34)}${pct(filled.length, tia.fields.length).padEnd(13)}${pct(filled.length, answerable.length).padEnd(20)}${String(filled.filter((f) => f.weak).length).padEnd(7)}${tia.fields.length - filled.length}`);
}
