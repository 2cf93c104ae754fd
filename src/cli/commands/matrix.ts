/** `warrant-lens matrix <folder>`: the vendor register, one row per contract, in Markdown, CSV, HTML or JSON. */
import { writeFileSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { PortfolioRow, SourceRef } from '../../core';
import { renderPortfolio, type PortfolioFormat } from '../../present/tia/portfolioReport';
import { parseJobs, parseShard, UsageError } from '../args';
import { expandInputs } from '../files';
import type { CliIo } from '../io';
import { configFlags } from '../playbook';
import { mapFiles, shardPaths } from '../pool';

export const matrixUsage = `Usage: warrant-lens matrix [options] <folder | file | glob> ...

Builds the vendor register: one row per contract with the vendor, where the
data may be, who can reach it, the transfer tool, the protections present
and missing, playbook breaks and the highest risk; each cell links to its
clause. Uses every core. Nothing leaves this machine.

Options:
  -f, --format <markdown|csv|html|json>  output format (default: markdown,
                                  or from the --output file's extension)
  -o, --output <file>             write to a file instead of stdout
  -j, --jobs <n>                  worker threads (default: one per core)
      --shard <i/n>               only part i of n of the files
      --exporter <id>             exporter's side (default: the config's
                                  jurisdiction, else eu-eea)
      --playbook <id>             a starter playbook (eu-controller,
                                  uk-public-body, us-company) instead of the
                                  one in the nearest .warrant-lens.json
      --config <file>, --no-config  as for scan`;

export async function runMatrix(argv: readonly string[], io: CliIo): Promise<number> {
  const fail = (m: string) => (io.stderr(`warrant-lens matrix: ${m}\n\n${matrixUsage}\n`), 2);
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  let jobs: number | undefined;
  let shard: { index: number; count: number } | undefined;
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: { format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' }, jobs: { type: 'string', short: 'j' }, shard: { type: 'string' }, exporter: { type: 'string' }, playbook: { type: 'string' }, config: { type: 'string' }, 'no-config': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
    if (values.jobs !== undefined) jobs = parseJobs(values.jobs as string);
    if (values.shard !== undefined) shard = parseShard(values.shard as string);
  } catch (err) {
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) return fail((err as Error).message);
    throw err;
  }
  if (values.help) {
    io.stdout(`${matrixUsage}\n`);
    return 0;
  }
  const output = values.output as string | undefined;
  const byExt: Record<string, string> = { '.csv': 'csv', '.html': 'html', '.htm': 'html', '.json': 'json', '.md': 'markdown' };
  const format = (values.format as string | undefined) ?? (output ? byExt[extname(output).toLowerCase()] : undefined) ?? 'markdown';
  if (!['markdown', 'md', 'csv', 'html', 'json'].includes(format)) return fail(`--format must be markdown, csv, html or json (got "${format}").`);
  if (positionals.length === 0) return fail('Give at least one folder, file or glob.');

  const flags = configFlags({ ...(values.playbook !== undefined ? { playbook: values.playbook as string } : {}), ...(values.config !== undefined ? { config: values.config as string } : {}) }, io, 'matrix');
  if (!flags) return 2;

  const { paths: all, errors } = expandInputs(positionals, io.cwd);
  for (const e of errors) io.stderr(`warrant-lens matrix: ${e.path}: ${e.error}\n`);
  const paths = shardPaths(all, shard);
  if (all.length === 0) {
    io.stderr('warrant-lens matrix: no contract files found (looked for .md, .markdown, .txt, .html, .htm, .contract).\n');
    return 2;
  }
  const rows: PortfolioRow[] = [];
  let code = errors.length ? 2 : 0;
  const reported = new Set<string>();
  const taskOpts = { cwd: io.cwd, flags, ...(values.config !== undefined ? { config: values.config as string } : {}), noConfig: values['no-config'] === true, ...(values.exporter ? { exporter: values.exporter as string } : {}) };
  await mapFiles(paths, 'portfolio', taskOpts, jobs ?? 0, (entry) => {
    for (const p of entry.problems) {
      if (reported.has(p)) continue;
      reported.add(p);
      io.stderr(`warrant-lens matrix: ${p}\n`);
    }
    if (entry.row) rows.push(entry.row);
    else {
      io.stderr(`warrant-lens matrix: ${entry.path}: ${entry.error}\n`);
      code = 2;
    }
  });

  // Links point from where the report is written to each contract, so they work when opened from disk.
  const base = output ? dirname(resolve(io.cwd, output)) : io.cwd;
  const href = (doc: string, ref: SourceRef) => `${encodeURI(relative(base, resolve(io.cwd, doc)).replace(/\\/g, '/'))}#L${ref.line}`;
  const report = renderPortfolio(rows, format === 'md' ? 'markdown' : (format as PortfolioFormat), href);
  if (output) writeFileSync(resolve(io.cwd, output), report);
  else io.stdout(report);
  return code;
}
