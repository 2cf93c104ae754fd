/** STUB: replaced by the content writer. The prose of every rule, keyed by rule id. */
import type { RuleText } from '../types';

export const ruleTexts: Record<string, RuleText> = {};
