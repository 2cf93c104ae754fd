/** `warrant-lens rules`: one line per rule, the playbook's break rules included (id, category, risk, title). */
import { allRules as rules } from '../../core';
import type { CliIo } from '../io';

export function runRules(io: CliIo): number {
  for (const r of rules) io.stdout(`${r.id.padEnd(30)} ${r.category.padEnd(36)} ${r.risk.padEnd(10)} ${r.title}\n`);
  return 0;
}
