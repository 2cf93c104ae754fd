#!/usr/bin/env tsx
// Adversarial benchmark (`npm run bench:adversarial`, which first builds dist/cli.js). For each hostile
// input class of issue #9 (test/helpers/adversarial.ts) it prints: the in-process scan time (analysis
// plus suppression comments, compromise preloaded) at two sizes and their ratio, and the wall time of
// `warrant-lens scan --format json` on a file of about 1 MB (floor: well under 10 s each; normal text
// about 1 s). Options: --size <chars> (default 1,000,000), --timeout <s> (default 60), --only <substring>,
// --no-cli, --cli <path> (another build of dist/cli.js, to compare), --json. Timings are reported,
// never asserted; the machine may be shared.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { adversarialClasses, scan } from '../test/helpers/adversarial';

const root = resolve(__dirname, '..');
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const size = Number(arg('--size') ?? 1_000_000);
const timeoutS = Number(arg('--timeout') ?? 60);
const only = arg('--only');
const withCli = !process.argv.includes('--no-cli');
const asJson = process.argv.includes('--json');
const cliPath = resolve(arg('--cli') ?? join(root, 'dist', 'cli.js'));
const outDir = join(root, '.bench', 'adversarial');
mkdirSync(outDir, { recursive: true });

const log = (s: string): void => {
  if (!asJson) process.stderr.write(`${s}\n`);
};

function timeMs(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

interface Row {
  name: string;
  chars: number;
  inProcessMs: number;
  quarterMs: number;
  growth: number;
  cliMs?: number;
  cliExit?: number | null;
}

scan('The Provider may disclose Customer Data to any government. Data is stored in the United States.'); // loads compromise
const rows: Row[] = [];
for (const c of adversarialClasses) {
  if (only && !c.name.includes(only)) continue;
  // Classes whose cost lies inside one sentence are measured at their own sizes.
  const large = c.sizes ? c.sizes[1] : size;
  const small = c.sizes ? c.sizes[0] : size / 4;
  const big = c.make(large);
  const quarter = c.make(small);
  const quarterMs = timeMs(() => scan(quarter, c.format));
  const inProcessMs = timeMs(() => scan(big, c.format));
  const row: Row = { name: c.name, chars: big.length, inProcessMs, quarterMs, growth: inProcessMs / Math.max(0.01, quarterMs) / (big.length / quarter.length) };
  if (withCli) {
    // The CLI always gets about `size` characters, whatever the class's own growth sizes.
    const text = c.perSentence ? big.repeat(Math.max(1, Math.floor(size / big.length))) : c.make(size);
    const file = join(outDir, `${c.name.replace(/[^a-z0-9]+/gi, '-')}.${c.format === 'plaintext' ? 'txt' : 'md'}`);
    writeFileSync(file, text);
    const t = performance.now();
    const r = spawnSync(process.execPath, [cliPath, 'scan', '--format', 'json', '--fail-on', 'none', file], { timeout: timeoutS * 1000, stdio: ['ignore', 'ignore', 'ignore'] });
    row.cliMs = performance.now() - t;
    row.cliExit = r.status;
    row.chars = text.length;
  }
  rows.push(row);
  log(`${c.name.padEnd(58)} ${(row.chars / 1e6).toFixed(2).padStart(5)} MB  in-process ${row.inProcessMs.toFixed(0).padStart(7)} ms  growth x${row.growth.toFixed(2).padStart(5)} per size  ${row.cliMs === undefined ? '' : `CLI ${row.cliExit === null ? `> ${timeoutS} s (killed)` : `${(row.cliMs / 1000).toFixed(2)} s exit ${row.cliExit}`}`}`);
}
if (asJson) process.stdout.write(`${JSON.stringify({ size, rows }, null, 2)}\n`);
else log('growth: time per character at the large size over time per character at the small size (1 = linear).');
