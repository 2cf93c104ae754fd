/** cl-relocation-no-notice: the provider may move, migrate or replicate data at will, or change locations without notice. */
import { type ClauseRule, words } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';

const relocationRe = any('(?:change|modify|update) (?:the )?(?:location|region|data ?cent)', '\\b(?:move|migrate|relocate|replicate)\\w{0,20} (?:your |customer |the )?(?:data|content|information)', 'automatically (?:transferred|moved|replicated)', 'replicated across (?:regions|data ?cent|locations)', 'list of (?:locations|data ?centers) (?:[a-z]{1,30} ){0,6}updated', 'locations? (?:listed|published|set out) (?:on|at) (?:our|its|the) (?:website|site|page)');
const customerMovesRe = any('(?:if|when|once) you (?:change|move|update)', 'you (?:may|can) (?:change|move|update)', 'will not (?:move|migrate|relocate|change)', 'shall not (?:move|migrate|relocate|change)', 'without (?:the )?(?:customer|client|your)\'?s? (?:prior )?(?:written )?(?:consent|approval|agreement)', 'with (?:prior )?notice');

/** The provider may move, migrate or replicate data at will, or change locations without notice. */
const relocationNoNotice = (s: SentenceContext): boolean =>
  has(s.text, relocationRe) &&
  !has(s.text, customerMovesRe);

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-relocation-no-notice',
  category: 'location.anywhere',
  risk: 'high',
  arguments: ['arg-data-mobility', 'arg-law-enforcement-need', 'arg-territoriality'],
  gate: words('locat', 'region', 'cent', 'move', 'moving', 'migrat', 'relocat', 'replicat', 'automatically'),
  match: relocationNoNotice,
  fixtures: 'test/fixtures/rules/cl-relocation-no-notice.md',
};
