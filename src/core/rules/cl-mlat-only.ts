/** cl-mlat-only: only through treaties or recognised process: MLATs, letters rogatory, "only valid legal process from". */
import { type ClauseRule, words } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';

const treatyRouteRe = any('mutual legal assistance', '\\bmlats?\\b', 'letters? rogatory', 'executive agreement', 'diplomatic (?:procedure|channel)', 'appropriate legal (?:channel|mechanism)s?', 'not required to provide data to foreign', 'non-us authority', 'authorities outside the u\\.s');

/** Only through treaties or recognised process: MLATs, letters rogatory, "only valid legal process from". */
const mlatOnly = (s: SentenceContext): boolean =>
  !/\bplease\b/.test(s.text) &&
  has(s.text, treatyRouteRe);

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-mlat-only',
  category: 'gov.disclosure',
  risk: 'mitigating',
  arguments: ['arg-mlat', 'arg-reciprocity', 'arg-comity-conflict'],
  gate: words('mutual legal', 'mlat', 'rogatory', 'executive agreement', 'diplomatic', 'appropriate legal', 'provide data to foreign', 'non-us', 'outside the u.s'),
  match: mlatOnly,
  fixtures: 'test/fixtures/rules/cl-mlat-only.md',
};
