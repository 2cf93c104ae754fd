/** Finds the project config and accepted risks for a scanned file, walking up from its folder as linters do. */
import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, parse as parsePath, relative, resolve, sep } from 'node:path';
import { acceptedRisksPath, allRules, configFileName, parseAcceptedRisks, parseProjectConfig, type AcceptedRisk, type ProjectConfig } from '../core';

export interface FoundConfig {
  config: ProjectConfig;
  /** The config file, when one was found (absolute). */
  file?: string;
  problems: string[];
}

/** Larger files are not configuration: refused rather than read. */
const maxConfigBytes = 256 * 1024;
const maxAcceptedBytes = 4 * 1024 * 1024;

/**
 * Reads a small regular file; refuses links (a planted link must not point the review at something
 * else, nor leak the target's bytes into a message) and oversize files. Undefined when absent.
 */
function readSmallFile(path: string, limit: number, problems: string[], shown: string): string | undefined {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return undefined;
  }
  if (st.isSymbolicLink()) {
    problems.push(`${shown} is a symbolic link; not read.`);
    return undefined;
  }
  if (!st.isFile()) return undefined;
  if (st.size > limit) {
    problems.push(`${shown} is larger than ${Math.round(limit / 1024)} KB; not read.`);
    return undefined;
  }
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    problems.push(`${shown}: cannot read (${(err as NodeJS.ErrnoException).code ?? 'error'}).`);
    return undefined;
  }
}

export interface AcceptedFound {
  entries: AcceptedRisk[];
  file?: string;
  problems: string[];
}

const noConfig: FoundConfig = { config: {}, problems: [] };
const noAccepted: AcceptedFound = { entries: [], problems: [] };

/** The folders from `dir` up to the file-system root. */
function* parents(dir: string): Generator<string> {
  let d = resolve(dir);
  const root = parsePath(d).root;
  for (;;) {
    yield d;
    if (d === root) return;
    const up = dirname(d);
    if (up === d) return;
    d = up;
  }
}

/** Caches lookups per folder for one CLI run (a folder scan asks for the same folders again and again). */
export class ProjectLookup {
  private readonly configs = new Map<string, FoundConfig>();
  private readonly accepted = new Map<string, AcceptedFound>();

  constructor(private readonly cwd: string) {}

  /** The config from an explicit `--config` path. */
  explicit(path: string): FoundConfig {
    const full = resolve(this.cwd, path);
    const problems: string[] = [];
    const text = readSmallFile(full, maxConfigBytes, problems, path);
    if (text === undefined && problems.length === 0) problems.push(`${path}: no such file.`);
    const parsed = text === undefined ? { config: {}, problems: [] } : parseProjectConfig(text, allRules.map((r) => r.id), path);
    return { config: parsed.config, file: full, problems: [...problems, ...parsed.problems] };
  }

  /** The nearest `.warrant-lens.json` in the file's folder or above. */
  configFor(filePath: string): FoundConfig {
    return this.nearest(this.configs, filePath, (dir) => {
      const file = join(dir, configFileName);
      const problems: string[] = [];
      const shown = relative(this.cwd, file) || file;
      const text = readSmallFile(file, maxConfigBytes, problems, shown);
      if (text === undefined && problems.length === 0) return undefined;
      const parsed = text === undefined ? { config: {}, problems: [] } : parseProjectConfig(text, allRules.map((r) => r.id), shown);
      return { config: parsed.config, file, problems: [...problems, ...parsed.problems] };
    }, noConfig);
  }

  /** The nearest `.warrant-lens/accepted-risks.json` in the file's folder or above. */
  acceptedFor(filePath: string): AcceptedFound {
    return this.nearest(this.accepted, filePath, (dir) => {
      const file = join(dir, ...acceptedRisksPath.split('/'));
      const problems: string[] = [];
      const shown = relative(this.cwd, file) || file;
      // The `.warrant-lens` folder itself must not be a link either.
      let linked = false;
      try {
        linked = lstatSync(join(dir, '.warrant-lens')).isSymbolicLink() || realpathSync(join(dir, '.warrant-lens')) !== join(realpathSync(dir), '.warrant-lens');
      } catch {
        return undefined;
      }
      if (linked) {
        problems.push(`${relative(this.cwd, join(dir, '.warrant-lens')) || dir}${sep} is a symbolic link; accepted risks not read.`);
        return { entries: [], problems };
      }
      const text = readSmallFile(file, maxAcceptedBytes, problems, shown);
      if (text === undefined && problems.length === 0) return undefined;
      const parsed = text === undefined ? { file: { accepted: [] as AcceptedRisk[] }, problems: [] } : parseAcceptedRisks(text);
      return { entries: parsed.file.accepted, file, problems: [...problems, ...parsed.problems] };
    }, noAccepted);
  }

  /**
   * Walks up from the file's folder to the first folder where `read` finds something (or the root),
   * and remembers the answer for every folder on the way, found or not: the next file of the same
   * folder costs one map lookup instead of a stat per parent folder.
   */
  private nearest<T>(cache: Map<string, T>, filePath: string, read: (dir: string) => T | undefined, none: T): T {
    const visited: string[] = [];
    let found = none;
    for (const dir of parents(dirname(resolve(this.cwd, filePath)))) {
      const cached = cache.get(dir);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(dir);
      const here = read(dir);
      if (here !== undefined) {
        found = here;
        break;
      }
    }
    for (const dir of visited) cache.set(dir, found);
    return found;
  }
}
