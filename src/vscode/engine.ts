/** The heavy part of the extension, loaded lazily through `lazy.ts`: the analysis core and the presenters that use its tables. */
export { Analyzer, LineIndex, getRule, normalizeSettings, rules, categories, caseArguments, getArgument } from '../core';
export { hoverMarkdown, hoverCommandIds } from '../present/hoverMarkdown';
export { panelDocument, panelModel } from '../present/panelModel';
export { reviewReport } from '../present/report';
export { ruleDocMarkdown } from '../present/ruleDoc';
export { draftTia, portfolioRow, safeguardMatrix } from '../core';
export { renderTiaMarkdown } from '../present/tia/tiaReport';
