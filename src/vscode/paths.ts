/**
 * File names the extension watches from activation on. Kept here, not imported from the core, so that
 * activation does not load the engine; test/manifest.test.ts checks they equal the core's.
 */
export const configFileName = '.warrant-lens.json';
export const acceptedRisksPath = '.warrant-lens/accepted-risks.json';
