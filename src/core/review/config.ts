/**
 * The project config file `.warrant-lens.json` (JSON with comments): parse, validate and combine it
 * with the editor's settings or the CLI's flags. Finding the file (walking up from the scanned
 * document, as linters do) is the adapters' job; this module only reads text.
 *
 * Why JSONC, parsed with `jsonc-parser`: the starter file explains each key in comments, as
 * `tsconfig.json` and `.vscode/settings.json` do, and VS Code's own JSONC parser reports errors with
 * offsets instead of throwing, so a half-typed file never breaks a review.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import picomatch from 'picomatch/posix';
import { jurisdictionIds, type JurisdictionId } from '../data/jurisdictions';
import { normalizeSettings } from '../settings';
import type { Settings } from '../types';
import { normalizePlaybook, starterPlaybooks, type Playbook } from './playbook';

/** The config file's name; the adapters look for it in the document's folder and every parent. */
export const configFileName = '.warrant-lens.json';

/** Reviewer home jurisdictions: the core's table (the same values as the `warrantLens.jurisdiction` setting). */
export const configJurisdictions = jurisdictionIds;
export type ConfigJurisdiction = JurisdictionId;

/** What a config file (or the editor's settings) may set. Every key is optional. */
export interface ProjectConfig {
  jurisdiction?: ConfigJurisdiction;
  rules?: Settings['rules'];
  categories?: Settings['categories'];
  missingProtections?: boolean;
  /** Globs, relative to the config file's folder, of documents never reviewed. */
  ignore?: string[];
  playbook?: Playbook;
}

/** The combined configuration one review uses. */
export interface ResolvedConfig {
  jurisdiction: ConfigJurisdiction;
  settings: Settings;
  ignore: string[];
  playbook?: Playbook;
}

const knownKeys = ['$schema', 'jurisdiction', 'rules', 'categories', 'missingProtections', 'ignore', 'playbook'];

/** Validates an already-parsed object (config file, or the editor's settings). Never throws. */
export function normalizeProjectConfig(raw: unknown, knownRuleIds: readonly string[] = [], where = configFileName): { config: ProjectConfig; problems: string[] } {
  const problems: string[] = [];
  const config: ProjectConfig = {};
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { config, problems: [`${where} must hold a JSON object; ignored.`] };
  const r = raw as Record<string, unknown>;
  for (const k of Object.keys(r)) if (!knownKeys.includes(k)) problems.push(`${where}: unknown key "${k}"; ignored.`);
  if (r.jurisdiction !== undefined) {
    if (typeof r.jurisdiction === 'string' && (configJurisdictions as readonly string[]).includes(r.jurisdiction)) config.jurisdiction = r.jurisdiction as ConfigJurisdiction;
    else problems.push(`${where}: jurisdiction "${String(r.jurisdiction)}" is not one of ${configJurisdictions.join(', ')}; ignored.`);
  }
  const { settings, problems: settingProblems } = normalizeSettings({ rules: r.rules, categories: r.categories, missingProtections: r.missingProtections }, knownRuleIds);
  for (const p of settingProblems) problems.push(`${where}: ${p}`);
  if (r.rules !== undefined) config.rules = settings.rules;
  if (r.categories !== undefined) config.categories = settings.categories;
  if (typeof r.missingProtections === 'boolean') config.missingProtections = r.missingProtections;
  if (r.ignore !== undefined) {
    if (Array.isArray(r.ignore) && r.ignore.every((g) => typeof g === 'string')) config.ignore = r.ignore as string[];
    else problems.push(`${where}: ignore must be a list of globs; ignored.`);
  }
  if (r.playbook !== undefined) {
    const { playbook, problems: pbProblems } = normalizePlaybook(r.playbook, knownRuleIds);
    for (const p of pbProblems) problems.push(`${where}: ${p}`);
    if (playbook) config.playbook = playbook;
  }
  return { config, problems };
}

/** Parses the text of a config file (comments and trailing commas allowed). Never throws. */
export function parseProjectConfig(text: string, knownRuleIds: readonly string[] = [], where = configFileName): { config: ProjectConfig; problems: string[] } {
  if (text.trim() === '') return { config: {}, problems: [] };
  const errors: ParseError[] = [];
  const raw: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  // Report positions, never the file's bytes: the text may come from a file that is not ours.
  const problems = errors.slice(0, 3).map((e) => `${where}: ${printParseErrorCode(e.error)} at offset ${e.offset}.`);
  if (errors.length > 0 && (raw === undefined || typeof raw !== 'object')) return { config: {}, problems: [...problems, `${where} could not be read; using the other settings.`] };
  const { config, problems: more } = normalizeProjectConfig(raw, knownRuleIds, where);
  return { config, problems: [...problems, ...more] };
}

/**
 * Combines layers, lowest precedence first (built-in defaults, then the editor's settings or the CLI
 * defaults, then the config file, then CLI flags). Rule and category severities merge key by key;
 * every other key is replaced by the later layer that sets it.
 */
export function resolveConfig(...layers: readonly (ProjectConfig | undefined)[]): ResolvedConfig {
  const out: ResolvedConfig = { jurisdiction: 'eu-eea', settings: { rules: {}, categories: {}, maxChars: 10_000_000, missingProtections: true }, ignore: [] };
  for (const l of layers) {
    if (!l) continue;
    if (l.jurisdiction) out.jurisdiction = l.jurisdiction;
    if (l.rules) out.settings.rules = { ...out.settings.rules, ...l.rules };
    if (l.categories) out.settings.categories = { ...out.settings.categories, ...l.categories };
    if (l.missingProtections !== undefined) out.settings.missingProtections = l.missingProtections;
    if (l.ignore) out.ignore = [...out.ignore, ...l.ignore];
    if (l.playbook) out.playbook = l.playbook;
  }
  return out;
}

/** The commented starter file `warrant-lens init` writes. */
export function starterConfigText(playbookId = 'eu-controller', jurisdiction: ConfigJurisdiction = 'eu-eea'): string {
  const names = starterPlaybooks.map((p) => `"${p.id}"`).join(', ');
  return `// Warrant Lens project configuration. The editor and the \`warrant-lens\` CLI both read it; the
// nearest file above a contract applies. Values here win over VS Code settings; CLI flags win over it.
{
  // Whose law the explanations speak to: eu-eea, uk, us, switzerland, canada, australia or other.
  "jurisdiction": "${jurisdiction}",

  // Severity per rule id (see \`warrant-lens rules\`) or per category: error, warning, info, hint or off.
  "rules": {
    // "cl-governing-law-forum": "off"
  },
  "categories": {
    // "gov.transparency": "off"
  },

  // Document-level findings for protections a contract never gives (notice, challenge, ...).
  "missingProtections": true,

  // Documents never reviewed, relative to this file's folder (drafts, exported reports, ...).
  "ignore": [
    // "archive/**"
  ],

  // Your organisation's positions. A starter by name (${names}),
  // or an object: { "extends": "${playbookId}", "locations": { "allowed": ["eu-eea"] },
  //   "requiredProtections": ["notice", "challenge"], "transferMechanisms": ["scc"],
  //   "refused": ["cl-voluntary-disclosure"], "severity": "error" }
  "playbook": "${playbookId}"
}
`;
}

/**
 * True when `relativePath` (forward slashes, relative to the config file's folder) matches one of the
 * `ignore` globs. Dot files match too (`.github/**`), and a glob without a slash matches at any depth.
 */
export function isIgnored(relativePath: string, globs: readonly string[]): boolean {
  if (globs.length === 0 || relativePath.startsWith('../')) return false;
  return picomatch(globs as string[], { dot: true, matchBase: false })(relativePath) || globs.some((g) => !g.includes('/') && picomatch(g, { dot: true })(relativePath.slice(relativePath.lastIndexOf('/') + 1)));
}
