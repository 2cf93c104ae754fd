/** cl-subprocessors-abroad: affiliates, sub-processors or vendors handle the data, or how they are added and changed. */
import { type ClauseRule, subprocessorWords } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';
import { subprocessorTableRow } from './shared/location';

// Words that name sub-processors and their relatives (not resellers, advertisers or acquirers).
const subprocessorRe = any(
  'sub-? ?processor',
  'sub-?processing',
  'sub-?contract',
  'onward (?:sub-?processor|transfer)',
  'service providers?',
  'third[- ]party (?:service )?(?:providers?|vendors?|processors?)',
  '\\bvendors?\\b',
  '(?:shar|disclos|transfer|provid)\\w* (?:[a-z]+ ){0,8}(?:with|to|among) (?:[a-z.,]+ ){0,4}(?:our |its |corporate )?affiliat',
  // The pattern is only tested, never extracted: one letter before "'s" finds the same sentences
  // as a whole word would, without retrying every word start.
  '(?:our|corporate|[a-z]\'s) affiliates,? (?:may|will|process|participat|located)',
  'affiliated compan',
  'among (?:[a-z]+ )?(?:corporate )?affiliates',
  'group compan',
  'company group',
  'companies (?:in|within) (?:our|the|its) group',
  'another company in our group',
  'delegatees?',
  'third parties (?:that|who|which) (?:help|assist|perform|provide|process|support)',
  'with (?:our |its |domestic and foreign |foreign )?(?:[a-z]+ ){0,2}affiliates',
  'affiliates of',
  '(?:its|our|[a-z]\'s) agents? process',
  'acting as an agent',
  '(?:companies|individuals|entities) to perform functions',
  'perform (?:functions|services) on (?:our|its) behalf',
  'use contractors',
  'contractors or agents',
  'external (?:[a-z]+ ){0,2}(?:provider|software)',
  'infrastructure providers?',
  'hosting providers?',
  'payment (?:provider|processor)',
  'processors we use',
  'list of (?:[a-z]+ )?processors',
);

const notSubprocessorRe = any(
  'resell',
  'channel partner',
  'advertising partner',
  'merger',
  'acquisition',
  'bankruptcy',
  'domain (?:name )?regist',
  'authori[sz]ed agent',
  'agent to exercise',
  'on (?:your|a consumer\'s) behalf',
  '(?:acts?|acting|functions?|is) (?:in the role of )?(?:as )?an? "?(?:data )?(?:processor|service provider)',
  'role of a processor',
  'from (?:other sources|third-party providers)',
  'receive information',
  'data subjects?',
  'for example,? if',
  'such as (?:if|the details)',
  'employees?,? (?:or |and )?contractors',
  'contractors?,? (?:or |and )?temporary',
  '(?:customer|entity\'s|customer\'s) affiliates',
  'third-party (?:offerings|products|platform)',
  'integrations?',
  'shall have the same meaning',
  'supervisory authority',
);

/** Affiliates, sub-processors or vendors handle the data, or how they are added and changed. */
const subprocessorsAbroad = (s: SentenceContext): boolean => {
  const t = s.text;
  if (s.isTableRow) return subprocessorTableRow(s);
  if (has(t, subprocessorRe)) {
    if (has(t, notSubprocessorRe) && !has(t, any('sub-? ?processors? (?:[a-z]+ ){0,3}(?:to|shall|will|must|may)', 'engage', 'list of', 'sub-?contractor (?:involvement|fulfils)', 'requires that'))) return false;
    return has(t, any('data', 'information', 'content', 'process', 'perform', 'services', 'obligations', 'list', 'engage', '\\bus(?:e|es|ed|ing)\\b', 'utiliz', 'select', 'object', 'notice', 'notify', 'inform', 'involvement', 'replace', 'liab', 'responsib', 'authori', 'appoint', 'behalf', 'confidential', 'share', 'disclos'));
  }
  // Sentences of a sub-processor section that say how changes, objections and liability work.
  if (has(s.heading, any('sub-?processor', 'sub-?contract', 'subprocessing')) || has(s.previous, any('sub-?processor', 'sub-?contractor', 'service providers?', 'vendors', 'on our behalf'))) {
    if (has(t, notSubprocessorRe)) return false;
    return has(t, any('object', 'terminat', 'liab', 'engage', 'replace', 'sub-processor change', 'alternative solution', 'bound by', 'restricted by contract', 'contractual obligations', 'must process'));
  }
  return false;
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-subprocessors-abroad',
  category: 'location.subprocessor',
  risk: 'medium',
  arguments: ['arg-control-not-location', 'arg-comity-conflict', 'arg-reciprocity'],
  gate: { words: subprocessorWords, rows: true, context: ['processor', 'contract', 'provider', 'vendor', 'behalf'] },
  match: subprocessorsAbroad,
  fixtures: 'test/fixtures/rules/cl-subprocessors-abroad.md',
};
