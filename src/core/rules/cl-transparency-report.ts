/** cl-transparency-report: cl-transparency-report */
import { type ClauseRule } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';

const transparencyReport = (s: SentenceContext): boolean =>
  has(s.text, any(
    'transparency report',
    'law enforcement requests report',
    'warrant canary',
    'publish\\w*,? (?:[a-z,]+ ){0,16}(?:statistics|number|numbers|report)s? (?:[a-z]+ ){0,6}(?:requests|demands)',
    'report (?:on )?(?:the )?(?:number|volume) of (?:government|law enforcement|legal) requests',
    'break(?:s)? out (?:the )?(?:number|volume) of (?:[a-z]+ ){0,3}(?:requests|demands)',
  ));

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-transparency-report',
  category: 'gov.transparency',
  risk: 'mitigating',
  arguments: ['arg-trust', 'arg-secrecy', 'arg-reciprocity'],
  gate: { words: ['transparency', 'requests report', 'canary'], both: [['publish', 'report', 'break out', 'breaks out'], ['request', 'demand']] },
  match: transparencyReport,
  fixtures: 'test/fixtures/rules/cl-transparency-report.md',
};
