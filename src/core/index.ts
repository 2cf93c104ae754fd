/** The engine's public surface: the only module other layers import from `src/core`. */
export * from './types';
export { analyze, Analyzer } from './analyze';
export { rules, getRule } from './rules';
export { allRules, ruleDoc } from './review/rules';
export { categories, type CategoryInfo } from './data/categories';
export { caseArguments, getArgument } from './data/arguments';
export { caseFacts } from './data/case';
export { volatileFacts, volatileFactIds, getVolatileFact, formatAsOf, datedStatement, datedStatements, type VolatileFact } from './data/volatileFacts';
export { jurisdictions, jurisdictionIds, motionArguments, type JurisdictionId, type JurisdictionInfo, type JurisdictionNote, type Question } from './data/jurisdictions';
export { defaultSettings, normalizeSettings } from './settings';
export { LineIndex } from './text/lineIndex';
export * from './review';
