#!/usr/bin/env node
// Development aid for rule work: lists the false positives and false negatives of one category on the
// corpus, using the same overlap test as the corpus scorer.  node bench/errors.mjs <category> [fp|fn]
// WARRANT_HOLDOUT=id,id,... leaves those documents out, so they stay unseen while rules are tuned.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matches } from './lib/spans.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(process.env.WARRANT_CORPUS ?? [join(root, '..', 'shared', 'corpus'), join(root, '..', '..', 'shared', 'corpus')].find((d) => existsSync(d)) ?? '');
const holdout = new Set((process.env.WARRANT_HOLDOUT ?? '').split(',').filter(Boolean));
const sarifPath = join(root, '.bench', 'corpus.sarif');
if (!existsSync(sarifPath)) {
  console.error('Run npm run bench:accuracy first.');
  process.exit(2);
}
const [category, which = 'both'] = process.argv.slice(2);
const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
const clip = (s) => s.replace(/\s+/g, ' ').slice(0, Number(process.env.CLIP ?? 240));
for (const f of readdirSync(join(corpus, 'labels'))) {
  const lab = JSON.parse(readFileSync(join(corpus, 'labels', f), 'utf8'));
  if (holdout.has(lab.id)) continue;
  const text = readFileSync(join(corpus, 'docs', `${lab.id}.md`), 'utf8');
  const gold = lab.spans.filter((s) => s.categories.includes(category)).map((s) => (s.start !== undefined ? { start: s.start, end: s.end } : { start: text.indexOf(s.quote), end: text.indexOf(s.quote) + s.quote.length }));
  const pred = sarif.runs[0].results
    .filter((r) => decodeURIComponent(r.locations[0].physicalLocation.artifactLocation.uri).endsWith(`${lab.id}.md`) && r.properties.categories.includes(category))
    .map((r) => ({ start: r.locations[0].physicalLocation.region.charOffset, end: r.locations[0].physicalLocation.region.charOffset + r.locations[0].physicalLocation.region.charLength, rule: r.ruleId }));
  if (which !== 'fn') for (const p of pred) if (!gold.some((g) => matches(g, p))) console.log(`FP ${lab.id} [${p.rule}] ${clip(text.slice(p.start, p.end))}`);
  if (which !== 'fp') for (const g of gold) if (!pred.some((p) => matches(g, p))) {
    const near = pred.find((p) => Math.min(p.end, g.end) > Math.max(p.start, g.start));
    console.log(`FN ${lab.id} ${clip(text.slice(g.start, g.end))}${near ? `\n     ~ overlapping prediction: ${clip(text.slice(near.start, near.end))}` : ''}`);
  }
}
