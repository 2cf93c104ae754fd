/** Engine settings: defaults and a normaliser that never throws and reports what it ignored. */
import { categoryIds, extraCategoryIds, missingCategoryIds, type AnyCategoryId, type Settings, type Severity } from './types';

const severities: readonly Severity[] = ['error', 'warning', 'info', 'hint', 'off'];
const knownCategories: readonly string[] = [...categoryIds, ...extraCategoryIds, ...missingCategoryIds];

/** Ten million characters: about 200 pages of dense contract, far above any real agreement. */
export const defaultMaxChars = 10_000_000;

export const defaultSettings: Settings = Object.freeze({
  rules: {},
  categories: {},
  maxChars: defaultMaxChars,
  missingProtections: true,
}) as Settings;

/**
 * Turns untrusted settings (user JSON, CLI flags) into valid `Settings`.
 * Unknown keys and bad values fall back to defaults and are listed in `problems`.
 */
export function normalizeSettings(raw: unknown, knownRuleIds: readonly string[] = []): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const settings: Settings = { rules: {}, categories: {}, maxChars: defaultMaxChars, missingProtections: true };
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('Settings must be an object; using defaults.');
    return { settings, problems };
  }
  const r = raw as Record<string, unknown>;
  const severityOf = (value: unknown, where: string): Severity | undefined => {
    if (typeof value === 'string' && (severities as readonly string[]).includes(value)) return value as Severity;
    problems.push(`${where}: "${String(value)}" is not one of ${severities.join(', ')}; ignored.`);
    return undefined;
  };
  if (r.rules !== undefined) {
    if (typeof r.rules === 'object' && r.rules !== null && !Array.isArray(r.rules)) {
      for (const [id, value] of Object.entries(r.rules)) {
        if (knownRuleIds.length > 0 && !knownRuleIds.includes(id)) {
          problems.push(`rules: unknown rule "${id}"; ignored.`);
          continue;
        }
        const s = severityOf(value, `rules.${id}`);
        if (s) settings.rules[id] = s;
      }
    } else problems.push('rules must be an object of rule id to severity; ignored.');
  }
  if (r.categories !== undefined) {
    if (typeof r.categories === 'object' && r.categories !== null && !Array.isArray(r.categories)) {
      for (const [id, value] of Object.entries(r.categories)) {
        if (!knownCategories.includes(id)) {
          problems.push(`categories: unknown category "${id}"; ignored.`);
          continue;
        }
        const s = severityOf(value, `categories.${id}`);
        if (s) settings.categories[id as AnyCategoryId] = s;
      }
    } else problems.push('categories must be an object of category id to severity; ignored.');
  }
  if (r.maxChars !== undefined) {
    if (typeof r.maxChars === 'number' && Number.isFinite(r.maxChars) && r.maxChars > 0) settings.maxChars = Math.floor(r.maxChars);
    else problems.push(`maxChars: "${String(r.maxChars)}" is not a positive number; using ${defaultMaxChars}.`);
  }
  if (r.missingProtections !== undefined) {
    if (typeof r.missingProtections === 'boolean') settings.missingProtections = r.missingProtections;
    else problems.push('missingProtections must be true or false; ignored.');
  }
  return { settings, problems };
}
