#!/usr/bin/env -S npx tsx
// Word and PDF benchmark (`npm run bench:formats`, which first builds dist/cli.js). Builds, in memory,
// a 100-page PDF and a Word file of the same contract text (our own words, with clauses the rules
// find on every few pages), then reports:
//   (a) `dist/cli.js scan contract.pdf` end to end (process start, pdf.js load, extraction, analysis), median of runs;
//   (b) in-process: PDF extraction, then analysis, per run; the same for the Word file;
//   (c) hostile input: the time and memory to refuse a 1 GB zip bomb, a 500-page PDF and an encrypted PDF.
// Floors of issue 11 (100 pages read and analysed in under 3 s) are reported, never asserted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cliPdfJs } from '../src/cli/pdfjs';
import { Analyzer } from '../src/core';
import { extractDocx } from '../src/input/docx';
import { extractPdf } from '../src/input/pdf';
import { buildDocx, buildPdf, docxBomb, docxFromText, encryptedPdf, pdfFromParagraphs } from '../test/helpers/documents';

const root = resolve(__dirname, '..');
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(0)} ms`;

const clauses = [
  'The provider may store and process customer data in any country where it or its subcontractors keep facilities.',
  'The provider will notify the customer of a government demand for its data before answering it, unless a court forbids that notice.',
  'The provider may disclose customer data to law enforcement whenever it believes in good faith that disclosure is appropriate.',
  'Customer data stays in the region the customer selects, and backups stay in that region too.',
];
const filler = (i: number) => `Section ${i}. The parties will review the service description every quarter, record any agreed changes in writing, and keep the order form, this agreement and its schedules consistent with one another at all times.`;

async function main(): Promise<void> {
  const paragraphs: string[] = [];
  for (let i = 1; paragraphs.length < 1150; i++) paragraphs.push(i % 8 === 0 ? clauses[(i / 8) % clauses.length]! : filler(i));
  const pdf = await pdfFromParagraphs(paragraphs, { header: 'Cloud Services Agreement - Confidential' });
  const docx = buildDocx(docxFromText(paragraphs.join('\n\n')));
  const dir = mkdtempSync(join(tmpdir(), 'warrant-lens-bench-'));
  try {
    const pdfPath = join(dir, 'contract.pdf');
    writeFileSync(pdfPath, pdf.bytes);
    const pages = pdf.pages;
    console.log(`Test document: ${pages}-page PDF (${(pdf.bytes.length / 1024).toFixed(0)} KB), Word file of the same text (${(docx.length / 1024).toFixed(0)} KB); ${runs} runs each.`);

    // (a) End to end through the CLI.
    const cli = join(root, 'dist', 'cli.js');
    const wall: number[] = [];
    const cpu: number[] = [];
    let findings = 0;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      // bash's `times` gives the CPU time of the scan itself: on a shared machine wall time includes waiting for a core.
      const r = spawnSync('bash', ['-c', `"$0" "$1" scan -f json --fail-on none "$2" > "$2.json"; code=$?; times; exit $code`, process.execPath, cli, pdfPath], { encoding: 'utf8' });
      wall.push(performance.now() - t);
      if (r.status !== 0) throw new Error(r.stderr);
      const [user = 0, sys = 0] = [...(r.stdout.trim().split('\n')[1] ?? '').matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60_000 + Number(m[2]) * 1000);
      cpu.push(user + sys);
      findings = (JSON.parse(readFileSync(`${pdfPath}.json`, 'utf8')) as { summary: { findings: number } }).summary.findings;
    }
    console.log(`(a) CLI scan of the ${pages}-page PDF, end to end: wall median ${ms(median(wall))} (min ${ms(Math.min(...wall))}, max ${ms(Math.max(...wall))}), CPU time median ${ms(median(cpu))}; ${findings} findings. Floor: < 3000 ms.`);

    // (b) In process: extraction and analysis apart.
    const pdfjs = await cliPdfJs();
    const rows: [string, number[], number[], number[], number][] = [];
    for (const [name, read] of [
      ['PDF', async () => extractPdf(pdf.bytes, pdfjs)],
      ['DOCX', async () => extractDocx(docx)],
    ] as const) {
      const ex: number[] = [];
      const an: number[] = [];
      const cpu: number[] = [];
      let chars = 0;
      for (let i = 0; i < runs; i++) {
        const c = process.cpuUsage();
        let t = performance.now();
        const doc = await read();
        ex.push(performance.now() - t);
        t = performance.now();
        new Analyzer().analyze(doc.text, {}, { format: doc.textFormat });
        an.push(performance.now() - t);
        const used = process.cpuUsage(c);
        cpu.push((used.user + used.system) / 1000);
        chars = doc.text.length;
      }
      rows.push([name, ex, an, cpu, chars]);
    }
    for (const [name, ex, an, cpu, chars] of rows) console.log(`(b) ${name.padEnd(4)} in process: extract median ${ms(median(ex))}, analyse median ${ms(median(an))}, CPU time of both median ${ms(median(cpu))} (${(chars / 1000).toFixed(0)} K characters)`);

    // (c) Hostile input: refused, and how fast.
    const bomb = docxBomb(1 << 30);
    const long = await buildPdf(Array.from({ length: 500 }, (_, i) => [{ text: `Page ${i}.`, x: 72, y: 700 }]));
    const hostile: [string, () => Promise<unknown>][] = [
      [`1 GB zip bomb (.docx, ${(bomb.length / 1048576).toFixed(1)} MB)`, async () => extractDocx(bomb)],
      ['500-page PDF', async () => extractPdf(long, pdfjs, { maxInputBytes: 1 << 30, maxTextChars: 1e7, maxUnzippedBytes: 0, maxPages: 300, timeBudgetMs: 60_000 })],
      ['encrypted PDF', async () => extractPdf(encryptedPdf(), pdfjs)],
    ];
    for (const [name, run] of hostile) {
      global.gc?.();
      const rss = process.memoryUsage().rss;
      const t = performance.now();
      let message = 'accepted (unexpected)';
      try {
        await run();
      } catch (err) {
        message = (err as Error).message;
      }
      console.log(`(c) ${name}: refused in ${ms(performance.now() - t)}, rss +${((process.memoryUsage().rss - rss) / 1048576).toFixed(0)} MB: "${message}"`);
    }
    console.log(`Machine note: load average ${loadavg().map((n) => n.toFixed(1)).join(' / ')} on 2 shared cores; wall times include waiting for a core. Reported, not asserted.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
