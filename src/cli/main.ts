/** The `warrant-lens` command: parse arguments and hand them to the command's module (src/cli/commands). */
import { parseArgs, usage, UsageError, type CliOptions } from './args';
import { runDiff } from './commands/diff';
import { runInit } from './commands/init';
import { runRules } from './commands/rules';
import { runScan } from './commands/scan';
import { runMatrix } from './commands/matrix';
import { runTia } from './commands/tia';
import { runAsWorker } from './pool';
import { maxInputBytes } from './files';
import type { CliIo } from './io';

declare const WARRANT_LENS_VERSION: string | undefined;
const version = typeof WARRANT_LENS_VERSION === 'string' ? WARRANT_LENS_VERSION : '0.0.0-dev';

/** Runs the CLI; returns the exit code instead of exiting, so tests can call it in-process. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  // Commands with options of their own parse them in their module.
  if (argv[0] === 'tia') return runTia(argv.slice(1), io);
  if (argv[0] === 'matrix') return runMatrix(argv.slice(1), io);
  let opts: CliOptions;
  try {
    opts = parseArgs(argv, io.isTty);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`warrant-lens: ${err.message}\n\n${usage}\n`);
      return 2;
    }
    throw err;
  }
  switch (opts.command) {
    case 'help':
      io.stdout(`${usage}\n`);
      return 0;
    case 'version':
      io.stdout(`${version}\n`);
      return 0;
    case 'rules':
      return runRules(io);
    case 'scan':
      return runScan(opts, io, version);
    case 'diff':
      return runDiff(opts, io, version);
    case 'init':
      return runInit(opts, io);
  }
}

/** Reads standard input up to one byte past the input limit, then stops: the caller reports it as too large. */
function readStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    process.stdin.on('data', (c: Buffer) => {
      chunks.push(c);
      size += c.length;
      if (size > maxInputBytes) {
        process.stdin.destroy();
        resolve(Buffer.concat(chunks).subarray(0, maxInputBytes + 1));
      }
    });
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

// A worker thread of a folder scan runs this same file: it serves files instead of parsing a command line.
if (!runAsWorker() && require.main === module) {
  run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin,
    cwd: process.cwd(),
    isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`warrant-lens: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
