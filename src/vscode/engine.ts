/** The heavy part of the extension, loaded lazily through `lazy.ts`: the analysis core, the review step and the presenters that use its tables. */
export { Analyzer, LineIndex, getRule, ruleDoc, allRules, normalizeSettings, normalizeProjectConfig, review, repositoryNarrowing, isReviewReport, parseProjectConfig, resolveConfig, isIgnored, parseAcceptedRisks, serializeAcceptedRisks, addAcceptedRisk, acceptedKey, commentStyleFor, fileSuppression, nextLineSuppression, rules, categories, caseArguments, getArgument } from '../core';
export { hoverMarkdown, hoverCommandIds } from '../present/hoverMarkdown';
export { panelDocument, panelModel } from '../present/panelModel';
export { reviewReport, reportFileName } from '../present/report';
export { ruleDocMarkdown } from '../present/ruleDoc';
export { fixEdit, fixAllEdits } from '../present/fixEdits';
export { documentFormat, extractDocument, describePosition, isLockFile, loadPdfJs } from '../input';
export { diffRisk, whatChangedMarkdown } from '../present/riskDiff';
export { draftTia, portfolioRow, safeguardMatrix, parseSubprocessorList, listFormatOf, checkSubprocessors, locationPolicy } from '../core';
export { renderTiaMarkdown } from '../present/tia/tiaReport';
export { renderPortfolio } from '../present/tia/portfolioReport';
export { renderSubprocessorMarkdown, subprocessorSummary } from '../present/tia/subprocessorReport';
