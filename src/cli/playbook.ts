/** Reads the organisation's playbook for the TIA and the register: `--playbook <file>` or `.warrant-lens.json` in the working folder. */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { safeguardIds, type SafeguardId, type TiaPolicy } from '../core';
import type { CliIo } from './io';

/**
 * The policy part of a playbook. Accepts `{ "playbook": {...} }` (the config file) or the object itself,
 * with `requiredSafeguards` (or `requiredProtections`), `allowedLocations`, `forbiddenLocations` and
 * `acceptableTransferTools` (or `acceptableTransferMechanisms`). Unknown safeguard ids are reported.
 */
export function policyFromJson(json: unknown, problems: string[] = []): TiaPolicy {
  const root = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  const pb = (root.playbook && typeof root.playbook === 'object' ? root.playbook : root) as Record<string, unknown>;
  const list = (...keys: string[]): string[] | undefined => {
    for (const k of keys) if (Array.isArray(pb[k])) return (pb[k] as unknown[]).filter((x): x is string => typeof x === 'string');
    return undefined;
  };
  const policy: TiaPolicy = {};
  const required = list('requiredSafeguards', 'requiredProtections');
  if (required) {
    const known = required.filter((r): r is SafeguardId => (safeguardIds as readonly string[]).includes(r));
    for (const r of required) if (!known.includes(r as SafeguardId)) problems.push(`playbook: unknown safeguard "${r}" (known: ${safeguardIds.join(', ')})`);
    policy.requiredSafeguards = known;
  }
  const allowed = list('allowedLocations');
  if (allowed) policy.allowedLocations = allowed;
  const forbidden = list('forbiddenLocations');
  if (forbidden) policy.forbiddenLocations = forbidden;
  const tools = list('acceptableTransferTools', 'acceptableTransferMechanisms');
  if (tools) policy.acceptableTransferTools = tools;
  return policy;
}

/**
 * For a command: the policy, with its problems reported on stderr under the command's name; undefined
 * (after saying why) when the playbook cannot be read, and the command should exit 2.
 */
export function commandPolicy(file: string | undefined, io: Pick<CliIo, 'cwd' | 'stderr'>, command: string): TiaPolicy | undefined {
  const problems: string[] = [];
  try {
    const policy = loadPolicy(file, io.cwd, problems);
    for (const p of problems) io.stderr(`warrant-lens ${command}: ${p}\n`);
    return policy;
  } catch (err) {
    io.stderr(`warrant-lens ${command}: ${(err as Error).message}\n`);
    return undefined;
  }
}

/** The policy from `file`, or from `.warrant-lens.json` when it exists; throws with a plain message on bad JSON. */
export function loadPolicy(file: string | undefined, cwd: string, problems: string[]): TiaPolicy {
  const path = file ? resolve(cwd, file) : resolve(cwd, '.warrant-lens.json');
  if (!file && !existsSync(path)) return {};
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read the playbook ${file ?? '.warrant-lens.json'}: ${(err as Error).message}`);
  }
  return policyFromJson(json, problems);
}
