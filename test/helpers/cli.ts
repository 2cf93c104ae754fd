/** Runs the CLI in-process with a fake io and collects what it printed. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: readonly string[], options: { stdin?: string | Uint8Array; cwd?: string } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readStdin: async () => Buffer.from(options.stdin ?? ''),
    cwd: options.cwd ?? process.cwd(),
    isTty: false,
  });
  return { code, stdout, stderr };
}

/** A temporary folder for one suite; `file` writes into it, `dispose` removes it. */
export function tempFolder(prefix = 'warrant-lens-cli-'): { dir: string; file: (name: string, content: string | Uint8Array) => string; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
