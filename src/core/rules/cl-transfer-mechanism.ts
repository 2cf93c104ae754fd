/** cl-transfer-mechanism: the legal basis named for a cross-border transfer (SCCs, adequacy, DPF, BCRs, derogations, assessments). */
import { type ClauseRule, rowsOr } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';
import { isTitle } from './shared/title';
import { subprocessorTableRow } from './shared/location';
import { fewerSpacesThan } from '../text/normalize';

// Transfer mechanisms by name.
const mechanismRe = any(
  'standard contractual clauses',
  'standard data protection clauses',
  '\\bsccs?\\b',
  'model clauses',
  'data privacy framework',
  '\\bdpf\\b',
  'privacy shield',
  'safe harbou?r',
  'adequacy decision',
  'adequate level of (?:data )?protection',
  'adequate" level of protection',
  'binding corporate rules',
  '\\bbcrs?\\b',
  'article 46',
  'art\\. ?46',
  'article 49',
  'art\\. ?49',
  '49\\(1\\)',
  'derogation',
  'appropriate safeguards',
  'legal safeguards for international',
  'transfer impact assessment',
  'international data transfer (?:addendum|agreement)',
  'uk (?:addendum|extension)',
  '2021/914',
  '2010/87',
  'chapter v\\b',
  'transfer mechanisms?',
  'consent to (?:this|the|such|these) transfer',
  'overseas transfers',
  'certified to the (?:u\\.s\\. )?department of commerce',
  // The same tools, reworded.
  // ("Standard contract terms" alone may be a sales template: it needs a border, below.)
  'standard contract(?:ual)? clauses',
  'standard contractual terms',
  '(?:clauses|terms|contracts?|(?:contractual )?commitments|provisions|agreements) (?:approved|adopted|issued) by the (?:european )?commission',
  '\\bsafeguards (?:[a-z]{1,20} ){0,3}for (?:international|cross-border|overseas|such) (?:data )?transfers\\b',
  'commission[- ]approved',
  '\\bmodel (?:contract(?:ual)? )?(?:clauses|terms)',
  '\\bdata transfer (?:addendum|agreement|terms)',
  '(?:alternative|other|lawful|approved|valid|recogni[sz]ed|appropriate) transfer (?:means|mechanisms?|tools?)',
  // The notice duty to offer a copy of the safeguards (GDPR Art. 13(1)(f)), and refusing a transfer one was asked to accept.
  '\\bcopy of (?:the |these |such |our )?(?:relevant |appropriate |suitable )?safeguards\\b',
  '\\b(?:refuse|decline|object to|withdraw (?:your |its )?consent to) (?:the |this |such |these |any )?(?:overseas |international |cross-border )?transfers?\\b',
  '\\bmodule (?:one|two|three|four|[1-4])\\b',
  // Accountability for onward transfers under the framework's principles.
  '\\b(?:remains?|stays?) (?:fully )?(?:liable|responsible) under the (?:[a-z-]{1,20} ){0,3}principles\\b',
  // Adequacy by other names: findings, regulations (UK), a country "found adequate".
  '\\badequacy (?:findings?|regulations?|determinations?|rulings?|status)\\b',
  '\\b(?:found|deemed|declared|considered|determined|recogni[sz]ed) (?:as |to be )?adequate\\b',
  // Approval in a relative clause: "the contract terms the European Commission has approved".
  '\\b(?:clauses|terms|contracts?) (?:that |which )?the (?:european |eu )?commission (?:has )?(?:approved|adopted|issued)\\b',
  // The assessment a transfer needs, named as such, and the measures it may call for.
  '\\btransfer (?:impact |risk )?assessments?\\b',
  '\\bsupplementa(?:ry|l) (?:[a-z]{1,20} )?(?:measures|safeguards)\\b',
  // Onward transfers tied to the tool that covers them ("bound by the Clauses", "the framework principles").
  '\\bonward transfers?\\b[^.;]{0,200}\\b(?:clauses|safeguards?|principles|framework|adequa\\w{1,6})\\b',
  '\\b(?:clauses|safeguards?|principles|framework)\\b[^.;]{0,200}\\bonward transfers?\\b',
);

// Tools that only mean a transfer basis when the sentence is about sending data across a border:
// a "standard contract" or "model contract", the same protection required of a recipient abroad
// (the Australian and similar accountability rules), the Swiss adaptation of the clauses, or an
// assessment of the destination's laws before the transfer.
const borderToolRe = any(
  '\\b(?:model|standard) contracts?\\b',
  '\\b(?:overseas|foreign|offshore|cross-border) recipients?\\b[^.;]{0,160}\\b(?:privacy principles|substantially similar|comparable|equivalent)\\b',
  '\\b(?:substantially similar|comparable|(?:essentially )?equivalent) (?:level of )?(?:data |privacy )?protection\\b',
  '\\b(?:federal act on data protection|fadp|revfadp)\\b[^.;]{0,200}\\bclauses\\b',
  '\\b(?:the|these) clauses (?:shall |will |also )?(?:apply|applies|be read|be interpreted|be amended|be adapted|be supplemented)\\b[^.;]{0,80}\\b(?:adjust|amend|adapt|modif|swiss|switzerland|united kingdom|uk\\b)',
  '\\b(?:assess|evaluat|analy[sz])\\w{0,6}\\b[^.;]{0,100}\\b(?:laws?|legislation|practices)\\b[^.;]{0,80}\\b(?:destination|third|importing|recipient|receiving) (?:countr|juris|state)',
  '\\bsecurity assessment\\b',
  // The importer's ability to keep its promises read against the destination's law (the SCC Clause 14 warranty).
  '\\b(?:laws?|legislation|practices) (?:and practices )?(?:of|in) the (?:third|destination|importing|recipient) (?:country|countries|jurisdiction)\\b',
  '\\b(?:third|destination|importing|recipient) countr(?:y|ies)\'s? (?:laws?|legislation|practices)\\b',
  // Recipients bound to a comparable standard (Singapore-style), or the separate consent a transfer needs (China-style).
  '\\blegally enforceable obligations\\b',
  '\\b(?:standard|level) (?:of (?:data )?protection )?(?:that is )?comparable to\\b',
  '\\b(?:separate|specific|explicit|express) consent\\b',
);
// Safeguards named only generically (GDPR Art. 46 "appropriate safeguards" in other words) are a basis
// where the sentence says the data leaves the country; a bare "transfer" may be a network transfer.
const genericSafeguardsRe = any(
  '\\b(?:contractual|legal|suitable|appropriate|adequate|additional|same|equivalent) (?:[a-z]{1,20} )?(?:safeguards|protections)\\b',
  '\\b(?:subject to|covered by|protected (?:by|with)|rel(?:y|ies) on) (?:the |these |such |our )?(?:[a-z]{1,20} )?safeguards\\b',
);
// Words that say data leaves its country. A generic safeguard also counts with "international"; a
// border tool with a transfer, a destination country or an offshore recipient.
const leavesCountry = ['outside', 'abroad', 'overseas', 'cross-border', 'third countr', '\\bto (?:a|another|any) (?:third |foreign |other )?countr', 'out of (?:the |mainland )?[a-z]', '\\bleav(?:e|es|ing) (?:the |mainland )?[a-z]', '\\bexport(?:s|ed|ing)?\\b'];
const leavesCountryRe = any(...leavesCountry, 'international');
const acrossBorderRe = any(...leavesCountry, 'transfer', 'destination countr', 'offshore');
const questionRe = /\?\W{0,3}$/;
const crossesBorder = (s: SentenceContext): boolean => has(s.text, acrossBorderRe) || (questionRe.test(s.previous) && has(s.previous, acrossBorderRe));

const mechanismNameRe = any('\\bsccs?\\b', 'standard contractual', 'bcr', 'adequacy', 'dpf');
const assessmentRe = any('(?:impact )?assessment');
const transferRe = any('transfer');
const assessmentStepRe = any('complete', 'carry out', 'conduct', 'perform', 'obtain');
const ukAddendumTableRe = any('for the purposes? of table \\d');
const pointerOrOtherRe = any('learn more', 'further information', 'please visit', 'more information (?:about|on)', 'copyright', 'infringement', 'not (?:been )?recogni[sz]ed as (?:having|providing) an adequate');
const mechanismAppliesRe = any('\\b(?:is|are|will|shall|apply|applies|rely|relies|use|uses|transfer\\w{0,20}|govern\\w{0,20}|comply|complies|adhere\\w{0,20})\\b');
const appropriateSafeguardsRe = any('appropriate safeguards');
const transferContextRe = any('transfer', 'article 46', 'art\\. ?46', 'third countr', 'chapter v', 'outside', 'i\\.e\\.');
const sccRe = any('standard contractual clauses', '\\bsccs?\\b');
const sccMachineryRe = any('audit', 'terminat', 'governing law', 'forum', 'jurisdiction', 'disputes?', 'courts');
const sccUseRe = any('transfer', 'module', 'appl(?:y|ies) to', 'rely', 'incorporat', 'execut', 'enter into');
const dpfRedressRe = any('complain', 'arbitration', 'recourse', 'federal trade commission', '\\bftc\\b', 'investigatory and enforcement', 'dispute resolution', 'jams', 'independent recourse');
const clauseNumberRe = any('clause \\d+');
const sccBoilerplateRe = any('audit', 'delet', 'liab', 'indemn', 'third[- ]party beneficiar');
const adequateProtectionRe = any('adequate level of protection');
const transferCueRe = any('transfer', 'countr', 'process', 'third', 'outside');
const derogationRe = any('derogation');
const transferOrArticleRe = any('transfer', 'art', 'gdpr');

const transferMechanism = (s: SentenceContext): boolean | ['location.subprocessor'] => {
  const t = s.text;
  if (s.isTableRow) return subprocessorTableRow(s) && has(t, mechanismNameRe);
  if (has(t, assessmentRe) && has(t, transferRe) && has(t, assessmentStepRe)) return true;
  // A named mechanism; a border tool where the sentence (or the question it answers: "How do you send
  // data abroad? We sign the model contract.") crosses a border; or generic safeguards as data leaves.
  if (!has(t, mechanismRe) && !(has(t, borderToolRe) && crossesBorder(s)) && !(has(t, genericSafeguardsRe) && has(t, leavesCountryRe))) return false;
  // Titles, lead-ins that end in a colon, and the UK Addendum's table-by-table completion are not a basis.
  if (isTitle(s) || /:\s{0,5}$/.test(t) || has(t, ukAddendumTableRe)) return false;
  if (has(t, pointerOrOtherRe)) return false;
  // A title such as "EU-US Data Privacy Framework, UK Extension" names a topic, it does not rely on it.
  if (fewerSpacesThan(t, 8) && !has(t, mechanismAppliesRe)) return false;
  if (has(t, appropriateSafeguardsRe) && !has(t, transferContextRe)) return false;
  if (has(t, sccRe) && has(t, sccMachineryRe) && !has(t, sccUseRe)) return false;
  // Recourse, complaints and arbitration under the DPF are about redress, not the transfer basis.
  if (has(t, dpfRedressRe)) return false;
  // A bare cross-reference to an SCC clause on audit, deletion or liability.
  if (has(t, clauseNumberRe) && has(t, sccBoilerplateRe) && !has(t, transferRe)) return false;
  if (has(t, adequateProtectionRe) && !has(t, transferCueRe)) return false;
  if (has(t, derogationRe) && !has(t, transferOrArticleRe)) return false;
  return true;
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-transfer-mechanism',
  category: 'location.transfer-mechanism',
  risk: 'medium',
  arguments: ['arg-comity-conflict', 'arg-sca-focus'],
  gate: rowsOr('standard', 'commission', 'model', 'module', 'transfer means', 'transfer mechanism', 'transfer tool', 'data transfer', 'scc', 'model clause', 'framework', 'dpf', 'shield', 'safe harbo', 'adequa', 'binding corporate', 'bcr', '46', '49', 'derogation', 'safeguard', 'assessment', 'addendum', 'transfer agreement', 'extension', '2021/914', '2010/87', 'chapter v', 'mechanism', 'consent to', 'overseas', 'department of commerce', 'principles', 'onward', 'supplement', 'destination', 'importing countr', 'recipient countr', 'third countr', 'third juris', 'third state', 'importing juris', 'importing state', 'recipient juris', 'recipient state', 'found adequate', 'deemed adequate', 'declared adequate', 'considered adequate', 'determined adequate', 'recognised as adequate', 'recognized as adequate', 'model contract', 'standard contract', 'overseas recipient', 'foreign recipient', 'offshore recipient', 'cross-border recipient', 'comparable level', 'comparable protection', 'comparable data', 'comparable privacy', 'comparable to', 'equivalent level', 'equivalent protection', 'equivalent data', 'equivalent privacy', 'substantially similar', 'fadp', 'federal act on data protection', 'the clauses', 'these clauses', 'security assessment', 'refuse the', 'refuse this', 'refuse such', 'refuse any', 'decline the', 'decline this', 'decline such', 'object to the transfer', 'object to this transfer', 'object to such transfer', 'object to any transfer', 'object to these transfers', 'withdraw your consent to', 'withdraw consent to', 'withdraw its consent to', 'legally enforceable', 'separate consent', 'specific consent', 'explicit consent', 'express consent', 'destination countr', "country's law", "countries' law", 'legal protection', 'contractual protection', 'suitable protection', 'appropriate protection', 'adequate protection', 'additional protection', 'equivalent protection', 'same protection'),
  match: transferMechanism,
  fixtures: 'test/fixtures/rules/cl-transfer-mechanism.md',
};
