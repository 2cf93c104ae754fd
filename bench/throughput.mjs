#!/usr/bin/env node
// Folder throughput benchmark (`npm run bench:throughput`, which first builds dist/cli.js). Generates a
// folder of ~50 MB of contracts in a temporary directory (removed afterwards; never in the project),
// then times whole CLI processes, start-up included: `scan <folder> --format jsonl` on one worker
// thread (-j 1) and on every core (-j <cores>), and `matrix <folder>` on every core. Prints MB/s.
// Options: --mb <size> (default 50), --runs <n> (default 1), --json. Numbers are reported, never asserted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : dflt;
};
const targetMb = arg('--mb', 50);
const runs = arg('--runs', 1);
const asJson = process.argv.includes('--json');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `node esbuild.js --cli` first');

// Paragraphs to build contracts from: the bundled samples and the TIA fixture (the dev corpus is not
// needed). Each generated contract draws paragraphs in a seeded random order and renames the parties,
// so no two files are the same text.
const paragraphs = [];
for (const f of readdirSync(join(root, 'samples'))) if (f.endsWith('.md')) paragraphs.push(...readFileSync(join(root, 'samples', f), 'utf8').split(/\n\s*\n/));
const fixture = JSON.parse(readFileSync(join(root, 'test', 'fixtures', 'tia', 'clauses.json'), 'utf8'));
paragraphs.push(...fixture.clauses.map((c) => c.text));
const pool = paragraphs.map((p) => p.trim()).filter((p) => p.length > 40);

let seed = 12345;
const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const vendors = ['Nimbus', 'Aurora', 'Quill', 'Zephyr', 'Halcyon', 'Borealis', 'Cobalt', 'Meridian', 'Solace', 'Tessera'];

const dir = mkdtempSync(join(tmpdir(), 'warrant-lens-throughput-'));
let bytes = 0;
let files = 0;
try {
  const target = targetMb * 1024 * 1024;
  while (bytes < target) {
    const vendor = `${vendors[files % vendors.length]} ${files}`;
    const parts = [`# ${vendor} Cloud Services Agreement`, ''];
    let size = 0;
    const want = 30_000 + Math.floor(rnd() * 40_000);
    while (size < want) {
      const p = pool[Math.floor(rnd() * pool.length)].replace(/\bNimbus\b|\bAurora\b/g, vendor);
      parts.push(p, '');
      size += p.length + 2;
    }
    const text = parts.join('\n');
    const sub = join(dir, `batch-${Math.floor(files / 200)}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `contract-${files}.md`), text);
    bytes += Buffer.byteLength(text);
    files++;
  }

  const cores = availableParallelism();
  // CPU seconds of finished children (Linux /proc): shows how much of the wall time was waiting for a
  // core that other processes held.
  const childCpu = () => {
    try {
      const f = readFileSync('/proc/self/stat', 'utf8').slice(readFileSync('/proc/self/stat', 'utf8').lastIndexOf(')') + 2).split(' ');
      return (Number(f[13]) + Number(f[14])) / 100;
    } catch {
      return NaN;
    }
  };
  const time = (args) => {
    let best = { ms: Infinity, cpu: NaN };
    for (let r = 0; r < runs; r++) {
      const c0 = childCpu();
      const t0 = process.hrtime.bigint();
      const res = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (res.status !== 0 && res.status !== 1) throw new Error(`${args.join(' ')} exited ${res.status}: ${res.stderr.slice(0, 500)}`);
      if (ms < best.ms) best = { ms, cpu: childCpu() - c0 };
    }
    return best;
  };
  const mb = bytes / 1024 / 1024;
  const out = join(dir, 'out.jsonl');
  const cases = [
    { name: 'scan -f jsonl -j 1', args: ['scan', dir, '-f', 'jsonl', '-j', '1', '-o', out, '--fail-on', 'none'] },
    { name: `scan -f jsonl -j ${cores}`, args: ['scan', dir, '-f', 'jsonl', '-j', String(cores), '-o', out, '--fail-on', 'none'] },
    { name: `matrix -f json -j ${cores}`, args: ['matrix', dir, '-f', 'json', '-j', String(cores), '-o', join(dir, 'register.json')] },
  ];
  const results = cases.map((c) => {
    const { ms, cpu } = time(c.args);
    return { case: c.name, seconds: +(ms / 1000).toFixed(2), mbPerSecond: +(mb / (ms / 1000)).toFixed(2), cpuSeconds: +cpu.toFixed(2), mbPerCpuSecond: +(mb / cpu).toFixed(2) };
  });
  const report = { files, megabytes: +mb.toFixed(1), cores, cpu: cpus()[0]?.model ?? 'unknown', loadAverage: loadavg().map((x) => +x.toFixed(2)), runs, results };
  if (asJson) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(`Folder: ${files} files, ${report.megabytes} MB (generated in ${tmpdir()}, removed afterwards)`);
    console.log(`Machine: ${cores} cores (${report.cpu}); load average ${report.loadAverage.join(' ')} — other processes share these cores`);
    for (const r of results) console.log(`  ${r.case.padEnd(24)} ${String(r.seconds).padStart(7)} s wall  ${String(r.mbPerSecond).padStart(6)} MB/s (process start included)   ${String(r.cpuSeconds).padStart(7)} CPU-s  ${String(r.mbPerCpuSecond).padStart(6)} MB per CPU-s`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
