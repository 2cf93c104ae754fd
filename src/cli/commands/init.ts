/** `warrant-lens init`: writes a commented `.warrant-lens.json` starter into the working folder. */
import { lstatSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configFileName, getStarterPlaybook, starterConfigText, starterPlaybooks } from '../../core';
import type { CliOptions } from '../args';
import type { CliIo } from '../io';

export function runInit(opts: CliOptions, io: CliIo): number {
  const playbook = opts.playbook ?? 'eu-controller';
  if (!getStarterPlaybook(playbook)) {
    io.stderr(`warrant-lens: --playbook must be one of ${starterPlaybooks.map((p) => p.id).join(', ')} (got "${playbook}").\n`);
    return 2;
  }
  const target = join(io.cwd, configFileName);
  let existing;
  try {
    existing = lstatSync(target);
  } catch {
    existing = undefined;
  }
  if (existing && !opts.force) {
    io.stderr(`warrant-lens: ${configFileName} already exists here; use --force to overwrite it.\n`);
    return 2;
  }
  if (existing && !existing.isFile()) {
    io.stderr(`warrant-lens: ${configFileName} here is not a regular file (a link or a folder); not overwritten.\n`);
    return 2;
  }
  const jurisdiction = playbook === 'uk-public-body' ? 'uk' : playbook === 'us-company' ? 'us' : 'eu-eea';
  try {
    // 'wx' never follows a link planted between the check and the write.
    writeFileSync(target, starterConfigText(playbook, jurisdiction), { flag: existing ? 'w' : 'wx' });
  } catch (err) {
    io.stderr(`warrant-lens: cannot write ${configFileName}: ${(err as NodeJS.ErrnoException).code ?? 'error'}\n`);
    return 2;
  }
  io.stdout(`Wrote ${configFileName} (playbook "${playbook}"). The editor and \`warrant-lens scan\` now read it.\n`);
  return 0;
}
