/** STUB (engine in progress): analyze(text) -> findings. */
import { defaultSettings } from './settings';
import type { AnalysisResult, Settings } from './types';

export class Analyzer {
  analyze(text: string, settings: Partial<Settings> = {}): AnalysisResult {
    void settings;
    void defaultSettings;
    return { findings: [], problems: [], skipped: [], stats: { chars: text.length, sentences: 0, cachedSentences: 0, candidateSentences: 0, nlpChars: 0 } };
  }
  clear(): void {}
}

export function analyze(text: string, settings: Partial<Settings> = {}): AnalysisResult {
  return new Analyzer().analyze(text, settings);
}
