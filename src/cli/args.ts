/** Parses the command line of `warrant-lens` into options; pure, so it is tested without a process. */

export type OutputFormat = 'text' | 'json' | 'sarif' | 'jsonl' | 'matrix';
export type FailOn = 'error' | 'warning' | 'info' | 'hint' | 'none';
export type MinRisk = 'high' | 'medium' | 'low' | 'mitigating';

export interface CliOptions {
  command: 'scan' | 'help' | 'version' | 'rules' | 'init' | 'diff';
  inputs: string[];
  format: OutputFormat;
  failOn: FailOn;
  output?: string;
  noMissing: boolean;
  color: boolean;
  quiet: boolean;
  /** Exit 0/1 even when part of an input went unread (binary, over the size limit, hidden in a comment). */
  allowSkipped: boolean;
  /** Worker threads for folder scans (default: one per core). */
  jobs?: number;
  /** `--shard i/n`: scan only the i-th of n disjoint parts of the input (1-based). */
  shard?: { index: number; count: number };
  /** `--config <file>`: this config file instead of the nearest `.warrant-lens.json`. */
  config?: string;
  /** `--no-config`: ignore every `.warrant-lens.json`. */
  noConfig: boolean;
  /** `--include-suppressed`: also list suppressed and accepted findings (text, JSON). */
  includeSuppressed: boolean;
  /** `--min-risk`: list and count only findings at or above this risk. */
  minRisk: MinRisk;
  /** `--playbook <id>` (scan: instead of the config's; init: the starter to write). */
  playbook?: string;
  /** `init --force`: overwrite an existing file. */
  force: boolean;
}

export const usage = `Usage: warrant-lens scan [options] <file | folder | glob | -> ...
       warrant-lens tia [options] <contract>      draft a transfer impact assessment
       warrant-lens matrix [options] <folder> ... one row per contract (vendor register)
       warrant-lens diff [options] <old> <new>   what changed between two versions
       warrant-lens init [--playbook <id>] [--force]   write a commented .warrant-lens.json here
       warrant-lens rules            list the rules
       warrant-lens --help | --version

Finds the clauses of cloud contracts that decide where data is kept and which
governments can reach it. Reads Markdown, plain text, HTML, Word (.docx) and
PDF. Nothing leaves this machine.

Options:
  -f, --format <text|json|jsonl|sarif|matrix>
                                   output format (default: text); jsonl streams
                                   one JSON object per file; matrix prints the
                                   government-access gap matrix of each file
      --fail-on <severity>         exit 1 when a finding is at or above this
                                   severity: error, warning, info, hint, none
                                   (default: warning)
  -o, --output <file>              write the report to a file instead of stdout
      --no-missing                 skip document-level "missing protection" findings
      --no-color                   plain text output
  -q, --quiet                      text format: only the summary
      --allow-skipped              do not exit 2 when part of a file was not analysed
                                   (binary, over the size limit, hidden in a comment)
  -j, --jobs <n>                   worker threads for many files (default: cores)
      --shard <i/n>                scan only part i of n (for batch runners)
      --config <file>              use this config file instead of the nearest
                                   .warrant-lens.json above each input
      --no-config                  ignore .warrant-lens.json files
      --playbook <id>              check against a starter playbook: eu-controller,
                                   uk-public-body, us-company (overrides the config's)
      --min-risk <risk>            list and count only findings at or above this
                                   risk: high, medium, low, mitigating (default)
      --include-suppressed         also list findings hidden by suppression comments
                                   or accepted risks (SARIF always keeps them,
                                   marked as suppressed)

Configuration: the nearest .warrant-lens.json above each file applies (rules,
categories, jurisdiction, ignore, playbook); flags win over it. Suppression
comments and .warrant-lens/accepted-risks.json are honoured as in the editor.

diff: exit 1 when an added or worsened finding is at or above --fail-on.

Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage, unreadable input
or text that was not analysed (see --allow-skipped).`;

/** Thrown for bad usage; the message is shown with the usage text and exit code 2. */
export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], isTty = false): CliOptions {
  const opts: CliOptions = { command: 'scan', inputs: [], format: 'text', failOn: 'warning', noMissing: false, color: isTty, quiet: false, noConfig: false, includeSuppressed: false, minRisk: 'mitigating', force: false, allowSkipped: false };
  const args = [...argv];
  if (args.length === 0) return { ...opts, command: 'help' };
  const first = args[0]!;
  if (first === 'scan' || first === 'rules' || first === 'init' || first === 'diff') {
    opts.command = first;
    args.shift();
  } else if (first === '--help' || first === '-h' || first === 'help') return { ...opts, command: 'help' };
  else if (first === '--version' || first === '-v') return { ...opts, command: 'version' };
  else if (!first.startsWith('-') && first !== '-') throw new UsageError(`Unknown command "${first}".`);
  const value = (name: string): string => {
    const v = args.shift();
    if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError(`${name} needs a value.`);
    return v;
  };
  while (args.length > 0) {
    const a = args.shift()!;
    if (a === '--') {
      opts.inputs.push(...args.splice(0));
      break;
    }
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const take = (name: string): string => inline ?? value(name);
    switch (flag) {
      case '-f':
      case '--format': {
        const f = take('--format');
        if (f !== 'text' && f !== 'json' && f !== 'sarif' && f !== 'jsonl' && f !== 'matrix') throw new UsageError(`--format must be text, json, jsonl, sarif or matrix (got "${f}").`);
        opts.format = f;
        break;
      }
      case '--fail-on': {
        const f = take('--fail-on');
        if (!['error', 'warning', 'info', 'hint', 'none'].includes(f)) throw new UsageError(`--fail-on must be error, warning, info, hint or none (got "${f}").`);
        opts.failOn = f as FailOn;
        break;
      }
      case '-o':
      case '--output':
        opts.output = take('--output');
        break;
      case '--no-missing':
        opts.noMissing = true;
        break;
      case '--no-color':
        opts.color = false;
        break;
      case '--color':
        opts.color = true;
        break;
      case '-q':
      case '--quiet':
        opts.quiet = true;
        break;
      case '--allow-skipped':
        opts.allowSkipped = true;
        break;
      case '-j':
      case '--jobs':
        opts.jobs = parseJobs(take('--jobs'));
        break;
      case '--shard':
        opts.shard = parseShard(take('--shard'));
        break;
      case '--config':
        opts.config = take('--config');
        break;
      case '--no-config':
        opts.noConfig = true;
        break;
      case '--playbook':
        opts.playbook = take('--playbook');
        break;
      case '--include-suppressed':
        opts.includeSuppressed = true;
        break;
      case '--min-risk': {
        const r = take('--min-risk');
        if (!['high', 'medium', 'low', 'mitigating'].includes(r)) throw new UsageError(`--min-risk must be high, medium, low or mitigating (got "${r}").`);
        opts.minRisk = r as MinRisk;
        break;
      }
      case '--force':
        opts.force = true;
        break;
      case '-h':
      case '--help':
        return { ...opts, command: 'help' };
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`Unknown option "${a}".`);
        opts.inputs.push(a);
    }
  }
  if (opts.command === 'scan' && opts.inputs.length === 0) throw new UsageError('Give at least one file, folder, glob, or - for standard input.');
  if (opts.command === 'diff' && opts.inputs.length !== 2) throw new UsageError('diff compares two files: give the old version, then the new one.');
  return opts;
}

/** `--jobs n`: a whole number from 1 to 256. */
export function parseJobs(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256 (got "${v}").`);
  return n;
}

/** `--shard i/n` with 1 <= i <= n. */
export function parseShard(v: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(v);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard must look like 2/4 (part 2 of 4; got "${v}").`);
  return { index, count };
}
