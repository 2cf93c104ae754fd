/** The engine's public surface: the only module other layers import from `src/core`. */
export * from './types';
export { analyze, Analyzer } from './analyze';
export { rules, getRule } from './rules';
export { categories, type CategoryInfo } from './data/categories';
export { caseArguments, getArgument } from './data/arguments';
export { caseFacts } from './data/case';
export { defaultSettings, normalizeSettings } from './settings';
export { LineIndex } from './text/lineIndex';
export { draftTia, stepTitles, isThirdCountry, type TiaOptions } from './tia/draft';
export { gapMatrix, safeguardLabels } from './tia/matrix';
export { transferTools, transferToolIds } from './tia/tools';
export { places, placesIn, placeNamed, type Place } from './tia/places';
export { destinationFacts } from './tia/destinationFacts';
export type { TiaSourceInput } from './tia/evidence';
export * from './tia/types';
export { portfolioRow, portfolioColumns, vendorFromTitle, type PortfolioRow, type PortfolioCell } from './tia/portfolio';
export { parseSubprocessorList, checkSubprocessors, type SubprocessorEntry, type SubprocessorCheck } from './tia/subprocessors';
