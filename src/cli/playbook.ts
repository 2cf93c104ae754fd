/** The review configuration the TIA and the register apply: the same `.warrant-lens.json` and flags as `scan`. */
import { getStarterPlaybook, starterPlaybooks, type ProjectConfig } from '../core';
import type { CliIo } from './io';
import { ProjectLookup } from './projectConfig';

/**
 * The flags layer from `--playbook <id>` and `--no-missing`; undefined (after saying why on stderr)
 * for an unknown starter or an unreadable `--config` file, when the command should exit 2.
 */
export function configFlags(opts: { playbook?: string; config?: string; noMissing?: boolean }, io: Pick<CliIo, 'cwd' | 'stderr'>, command: string): ProjectConfig | undefined {
  const flags: ProjectConfig = {};
  if (opts.playbook !== undefined) {
    const playbook = getStarterPlaybook(opts.playbook);
    if (!playbook) {
      io.stderr(`warrant-lens${command ? ` ${command}` : ''}: --playbook must be one of ${starterPlaybooks.map((p) => p.id).join(', ')} (got "${opts.playbook}").\n`);
      return undefined;
    }
    flags.playbook = playbook;
  }
  if (opts.noMissing) flags.missingProtections = false;
  if (opts.config !== undefined) {
    const explicit = new ProjectLookup(io.cwd).explicit(opts.config);
    if (explicit.problems.some((p) => /no such file|symbolic link|cannot read/.test(p))) {
      io.stderr(`warrant-lens${command ? ` ${command}` : ''}: ${explicit.problems.join(' ')}\n`);
      return undefined;
    }
  }
  return flags;
}
