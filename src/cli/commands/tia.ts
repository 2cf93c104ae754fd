/** `warrant-lens tia <contract>`: draft a transfer impact assessment (Markdown, HTML, JSON or Word), optionally checking a saved sub-processor list. */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Analyzer, checkSubprocessors, draftTia, listFormatOf, locationPolicy, parseSubprocessorList, type SubprocessorCheck } from '../../core';
import { renderSubprocessorHtml, renderSubprocessorMarkdown, subprocessorJson, subprocessorSummary } from '../../present/tia/subprocessorReport';
import { renderTiaDocx } from '../../present/tia/tiaDocx';
import { renderTiaHtml, renderTiaMarkdown, tiaToJson } from '../../present/tia/tiaReport';
import { readInput } from '../files';
import type { ScannedFile } from '../formatters/types';
import type { CliIo } from '../io';
import { configFlags } from '../playbook';
import { locatorFor, TaskContext } from '../tasks';

export const tiaUsage = `Usage: warrant-lens tia [options] <contract>

Drafts a transfer impact assessment (EDPB Recommendations 01/2020, six steps;
SCC Clause 14(b)) from the contract: each field the contract answers quotes
and cites its clause; the rest is marked for the reviewer. Nothing leaves
this machine.

Options:
  -f, --format <markdown|html|json|docx>  output format (default: markdown;
                                  docx needs --output)
  -o, --output <file>             write to a file instead of stdout
      --exporter <id>             exporter's side: eu-eea, uk, switzerland, us,
                                  canada, australia, other (default: the
                                  config's jurisdiction, else eu-eea)
      --playbook <id>             a starter playbook (eu-controller,
                                  uk-public-body, us-company) instead of the
                                  one in the nearest .warrant-lens.json
      --config <file>, --no-config  as for scan
      --subprocessors <file>      check a saved sub-processor list (CSV,
                                  Markdown table or HTML) against the contract`;

const formats = ['markdown', 'md', 'html', 'json', 'docx'] as const;

export async function runTia(argv: readonly string[], io: CliIo): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: { format: { type: 'string', short: 'f' }, output: { type: 'string', short: 'o' }, exporter: { type: 'string' }, playbook: { type: 'string' }, config: { type: 'string' }, 'no-config': { type: 'boolean' }, subprocessors: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (err) {
    io.stderr(`warrant-lens tia: ${(err as Error).message}\n\n${tiaUsage}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(`${tiaUsage}\n`);
    return 0;
  }
  const output = values.output as string | undefined;
  const format = (values.format as string | undefined) ?? (output ? ({ '.html': 'html', '.htm': 'html', '.json': 'json', '.docx': 'docx' } as Record<string, string>)[extname(output).toLowerCase()] ?? 'markdown' : 'markdown');
  const usageError = (m: string) => (io.stderr(`warrant-lens tia: ${m}\n\n${tiaUsage}\n`), 2);
  if (!(formats as readonly string[]).includes(format)) return usageError(`--format must be markdown, html, json or docx (got "${format}").`);
  if (positionals.length !== 1) return usageError('Give exactly one contract file.');
  if (format === 'docx' && !output) return usageError('--format docx writes a binary file: give --output <file.docx>.');

  const flags = configFlags({ ...(values.playbook !== undefined ? { playbook: values.playbook as string } : {}), ...(values.config !== undefined ? { config: values.config as string } : {}) }, io, 'tia');
  if (!flags) return 2;
  const ctx = new TaskContext({ cwd: io.cwd, flags, ...(values.config !== undefined ? { config: values.config as string } : {}), noConfig: values['no-config'] === true, ...(values.exporter ? { exporter: values.exporter as string } : {}) });

  const file: ScannedFile = await readInput(positionals[0]!, io.cwd);
  if (file.text !== undefined) file.result = new Analyzer().analyze(file.text, {}, { fileName: file.path, ...(file.textFormat ? { format: file.textFormat } : {}) });
  if (file.text === undefined || !file.result) {
    io.stderr(`warrant-lens tia: ${file.path}: ${file.error ?? 'cannot read'}\n`);
    return 2;
  }
  if (file.text.trim().length === 0) file.notes.push('empty file: every field is left to the reviewer');
  for (const n of [...file.notes, ...file.result.problems]) io.stderr(`warrant-lens tia: ${file.path}: note: ${n}\n`);
  const { options, problems } = ctx.tiaOptions(file.path);
  for (const p of problems) io.stderr(`warrant-lens tia: ${p}\n`);
  const tia = draftTia({ document: file.path, text: file.text, findings: file.result.findings, ...(file.textFormat ? { format: file.textFormat } : {}), locate: locatorFor(file) }, options);

  let checks: SubprocessorCheck[] | undefined;
  const listName = values.subprocessors as string | undefined;
  if (listName) {
    let listText: string;
    try {
      listText = readFileSync(resolve(io.cwd, listName), 'utf8');
    } catch (err) {
      io.stderr(`warrant-lens tia: cannot read the sub-processor list ${listName}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
      return 2;
    }
    checks = checkSubprocessors(parseSubprocessorList(listText, listFormatOf(listName)), tia, file.text, locationPolicy(options.playbook));
    if (checks.length === 0) io.stderr(`warrant-lens tia: ${listName}: no sub-processor entries found (expected a table with a name and a country column).\n`);
  }

  if (format === 'docx') {
    const extra = checks ? [{ heading: `Sub-processor list check: ${listName}`, lines: [subprocessorSummary(checks), ...checks.filter((c) => c.status !== 'ok').map((c) => `Line ${c.entry.line}: ${c.entry.name} (${c.entry.location}): ${c.reasons.join('; ')}`)] }] : [];
    writeFileSync(resolve(io.cwd, output!), await renderTiaDocx(tia, extra));
    return 0;
  }
  const report =
    format === 'json'
      ? `${JSON.stringify({ ...tiaToJson(tia), ...(checks ? { subprocessorList: subprocessorJson(checks, listName!) } : {}) }, null, 2)}\n`
      : format === 'html'
        ? renderTiaHtml(tia, undefined, checks ? renderSubprocessorHtml(checks, listName!) : '')
        : `${renderTiaMarkdown(tia)}${checks ? `\n${renderSubprocessorMarkdown(checks, listName!)}` : ''}`;
  if (output) writeFileSync(resolve(io.cwd, output), report);
  else io.stdout(report);
  return 0;
}
