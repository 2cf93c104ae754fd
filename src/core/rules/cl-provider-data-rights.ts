/** cl-provider-data-rights: the provider takes rights in customer content, usage data, or de-identified/aggregated data. */
import { type ClauseRule, words } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';
import { trainingUse, withoutInnerDots } from './shared/records';

// The user's warranty that it may grant the licence, and no-waiver boilerplate, give the provider nothing new.
const userWarrantyRe = any('\\b(?:confirm|represent|warrant)s?\\b[^.;]{0,60}\\bthat you (?:have|own|hold|possess)', '\\byou (?:are|will be) the (?:creator|author|owner)\\b[^.;]{0,80}\\b(?:or|and) (?:you )?(?:have|hold) (?:all |the )?(?:necessary|required|needed)');
const noWaiverRe = any('not (?:be )?(?:considered|deemed|construed as|constitute) a waiver');
const failureToEnforceRe = any('failure (?:[a-z]{1,20} ){0,6}to (?:exercise|enforce)');
// The user's licence to the provider, however many adjectives stand before "licence to <provider> to <verb>".
const licenceToProviderRe = any('\\byou (?:hereby )?(?:grant|give)\\b[^.;]{0,200}?\\blicen[cs]e,? to (?:(?!you\\b)[^.;]{1,120}? to )?(?:use|host|store|copy|reproduce|modify|distribute|display|show|publish|share|transmit|adapt|translate|edit)');
const licenceToProviderMaterialRe = any('content', 'data', 'materials?', 'information', 'submission', 'listing', 'photos?', 'posts?', 'files?', 'uploads?', 'videos?', 'images?', 'recordings?', 'works?\\b');
// The user lets the provider use or pass on information about them: "you authorise us and our affiliates to share your contact details".
const authorisedUseRe = any('\\bauthori[sz]e (?!your\\b|their\\b|any\\b|an?\\b|the (?!provider|company))(?:us|the provider|the company|[a-z_]{1,30})\\b[^.;]{0,60}? to (?:share|use|disclose|publish|pass on|transfer)\\b[^.;]{0,60}\\b(?:information|details|data|content)');
// Records of how the user uses the service, shared by the provider or tracked and handed on to third parties.
const usageRecordsSharedRe = any(
  '\\b(?!you\\b|users?\\b|customers?\\b|members?\\b)(?:we|it|the provider|the company|[a-z_]{1,30}) (?:may|will|can) (?:also )?share\\b[^.;]{0,60}\\busage(?:-related)?\\b[^.;]{0,160}\\bwith (?:the |that |applicable |relevant |selected )?(?:third parties|partners|party|publishers|developers|advertisers)',
  '\\b(?:usage|activit(?:y|ies)|sessions?|interactions)\\b[^.;]{0,80}\\b(?:tracked and shared|(?:will|may|can) be (?:tracked|shared|passed on)|shared)\\b[^.;]{0,40}\\bwith (?:the |applicable |relevant |selected )?(?:third parties|partners|studios|publishers|developers|advertisers|that party|other companies)',
);
const aboutUserRe = any('\\byour?\\b', 'users?');
// Records kept after the user leaves, cut loose from who they were about: de-identified data the provider keeps.
const detachedRecordsRe = any('\\b(?:remain|remains|stay|stays|retain\\w{0,3}|kept|keep|keeps|stored)\\b[^.;]{0,80}\\b(?:disassociated|dissociated|detached|separated|unlinked|stripped) from (?:your |any |all |the )?(?:personal )?identif');
// What the provider keeps about material an AI feature generates.
const generatedRecordRe = any('\\b(?:store|keep|retain|record|log)s? (?:information|data|details|metadata) about (?:the |that |any )?(?:generated )?(?:content|output|images?|text)');
const generativeFeatureRe = any('generat', '\\bai\\b', 'artificial intelligence', 'assistant', 'model');
// Trademarks and logos are usually the provider's own; a licence the user grants over them with its content is not.
const trademarkRe = any('trademark', 'logo');
const userBoundRe = any('^\\W{0,3}you (?:may|shall|must|will) not');

const notAboutCustomerDataRe = any('aggregate liability', 'represents and warrants', 'responsible for ensuring', '\\bour content', '(?:grant|give)s? (?:to )?(?:our |the )?(?:each|other|all|every) (?:other )?(?:users?|members?)', 'give you', '(?:grants?|gives?) (?:to )?you\\b', 'express permission', 'permission to do so', '" means', '^"?[a-z ]{1,30}"? means');
const feedbackRe = any('feedback', 'suggestions');
const derivedOrContentRe = any('de-?identif', 'aggregat', 'content', 'usage');
const promotionShownRe = any('\\b(?:appear|be used|be featured|be shown|be displayed|be included)\\b');
const customerMaterialRe = any('\\b(?:your|user|customer|member)s?\\b[^.;]{0,20}\\b(?:content|posts?|photos|name|materials?)\\b', '\\b(?:photos|posts|content|videos|reviews|projects|designs|stories) (?:that )?(?:you|users|members|customers) (?:post|upload|share|submit|publish|create)');
// The provider shows customer work in its own promotion: "we may feature public projects in case studies" (not the user publishing its own work).
const featuredInPromotionRe = any('\\b(?:we|it|the provider|the company|[a-z_]{1,30}) (?:may|will|can|might) (?:also )?(?:feature|showcase|display|publish|highlight)\\w{0,2} (?:your |public |customer |user |member )?(?:[a-z]{1,20} )?(?:projects?|content|posts?|photos|work|stories|designs|videos)\\b[^.;]{0,40}\\b(?:case stud|marketing|promotion|advertis|on our (?:website|blog|social))');
// The user hands its rights over: "you assign to us all rights in any derivative work".
const assignedToProviderRe = any('\\byou (?:hereby )?(?:irrevocably )?(?:assign|transfer)s? to (?:us|the provider|the company|[a-z_]{1,30})\\b[^.;]{0,40}\\b(?:rights?|title|interest|ownership)');
const assignedLicenceRe = any('\\bassign\\w{0,5}\\b[^.;]{0,200}\\blicen[cs]es? (?:grant|you grant|granted (?:to us|by you))');
const userBoundOrUserLicenceRe = any('^\\W{0,3}you (?:may|shall|must|will) not', 'licen[cs]es? (?:granted )?to you');
const waiverAgainstProviderRe = any('\\bwaive\\w{0,2} (?:[a-z]{1,20} ){0,3}rights?\\b[^.;]{0,60}\\b(?:against|enforce|assert)');
const moralOrLitigationWaiverRe = any('moral', 'class action', 'jury');
// The object is a noun ("your prompts"), not the user's own verb ("interactions that you input"); "user" is not "use".
const aiInputUseRe = any('\\b(?:process|store|retain|use|review|keep)(?:s|d|ed|ing)?\\b[^.;]{0,30}\\b(?<!(?:you|we|they|users?) )(?:your |the )?(?:inputs?|prompts?|outputs?)\\b');
const aiFeatureRe = any('\\bai\\b', 'artificial intelligence', 'model', 'assistant', 'generat', 'service');
const looseLicenceToProviderRe = any('\\b(?:grant|give)s?\\b (?:to )?(?!you\\b)[^.;]{0,80}?\\b(?:licen[cs]e|right)s?\\b,? to (?:use|host|store|copy|reproduce|modify|distribute|display|publish|share)');
const licensedMaterialRe = any('content', 'data', 'materials', 'information', 'submission', 'photos', 'posts', 'files', 'uploads', 'inputs', 'works?\\b');
const licenceToUserRe = any('(?:grants?|gives?) (?:to )?you\\b');
const derivedWorksBelongRe = any('(?:rights?|title|interest|works?)\\b[^.;]{0,120}\\b(?:shall |will )?belong(?:s)? to (?!you\\b|the customer|customer\\b|users?\\b|the user)');
const derivedDataWordRe = any('\\b(?:aggregat|anonymi[sz]|de-?identif|pseudonymi[sz]|non-personally[- ]identif)\\w{0,10}\\b');
const derivedDataUseRe = any('\\b(?:store|stores|use|uses|release|releases|provide[ds]?|give[sn]?|offers?|share[ds]?|publish\\w{0,3}|calculate|create)\\b');
const derivedDataObjectRe = any('data', 'information', 'usage', 'phone numbers', 'contents?', 'statistics derived', 'reporting', 'reports');
const derivedDataNotHeldRe = any('cookies?', 'site traffic', 'web ?browsers?', 'browser type', '\\bdelet', 'requests', 'demands');
const licenceGrantRe = any('(?:grant|give)s? (?:to )?(?:us|[a-z]{1,30} and (?:its|our) [a-z ]{1,30}|provider|the company|[a-z]{1,30}) (?:a |an |the )?(?:[a-z,-]{1,30} ){0,8}(?:licen[cs]e|right to|rights? (?:to|in|we need)|permission)', 'licen[cs]e (?:to|that) (?:use|host|store|copy|display|reproduce)', 'the right to (?:store|archive|parse|display|host|use|copy|do things)');
const grantedMaterialRe = any('content', 'data', 'materials', 'information', 'submission');
const derivedDataRe = any('(?:de-?identified|aggregated?|anonymi[sz]ed?|pseudonymi[sz]ed)(?: (?:and|or|and/or) (?:de-?identified|aggregated?|de-?identify))? (?:data|information|content|format)', '(?:data|information|content) (?:that (?:has|have) been |which (?:is|are|has been) )?(?:de-?identified|aggregated|anonymi[sz]ed)', 'aggregate (?:and/or |or |and )de-?identify', 'right to anonymi[sz]e');
const browsingDataRe = any('cookies?', 'site traffic', 'web ?browsers?');
const derivedDataPurposeRe = any('\\buse\\b', 'retain', 'process', 'purpose', 'develop', 'improve', 'share', 'may');
const serviceOnlyUseRe = any('\\bonly (?:to|for) (?:operate|provide|run|secure|maintain|bill|invoice|support|deliver)');
const broaderPurposeRe = any('any purpose', 'other (?:lawful )?(?:business )?purposes', 'improve', 'develop', 'marketing');
const securityPurposeRe = any('\\bsecurity\\b', '\\bspam\\b', '\\babuse\\b', '\\bfraud\\b');
const securityBeyondRe = any('improv(?!\\w{0,3} (?:the )?security)', 'develop', '\\bown', 'any purpose', 'business purposes', 'right');
const usageDataRe = any('usage data', 'usage statistics', 'service data', 'telemetry', 'diagnostic data', 'network data', 'metadata');
// "Own" as ownership, not the adjective of "their own laws" or "on its own initiative".
const usageDataClaimRe = any('(?:may|will) (?:generate|collect|use|retain)', '\\bown(?:s|ed|ership)?\\b(?! (?:laws?|initiative|devices?|risk|expense|costs?|behalf|discretion|account))', 'right', 'for (?:its|our|other) (?:own )?(?:lawful )?(?:business )?purposes', 'improve');
const providerOwnsDataRe = any('\\bowns?\\b (?:all |the |any )?(?:aggregated?|anonymi[sz]ed|de-?identified|usage|derived|performance) (?:statistics|data|information|metrics)', 'retains? all right, title,? and interest in (?:all )?(?:models|observations|data|information|analyses|statistics)', 'we own (?:all )?(?:data|information)', '\\bwe own\\b[^.;]{0,60}\\b(?:logs|metrics|usage|statistics|telemetry|records)\\b', '\\bowns? all (?:usage|service|network|telemetry|diagnostic) data');
const excludedFromCustomerDataRe = any('(?:customer|your) (?:data|content) does not include', 'is not (?:customer|your) (?:data|content)');
const excludedDataKindRe = any('identifier', 'metadata', 'usage', 'service data', 'telemetry', 'log', 'account', 'configuration');
const independentControllerRe = any('as (?:a|an independent) controller');
const controllerDataKindRe = any('service data', 'usage', 'account data', 'telemetry', 'diagnostic', 'metadata', 'log');
// "Any data generated by the devices is the property of the Company."
const dataPropertyOfProviderRe = any('\\b(?:data|information|telemetry|logs|metrics|readings|records|statistics)\\b[^.;]{0,80}\\b(?:is|are|remains?|shall (?:be|remain)|will (?:be|remain)) the (?:sole |exclusive )?property of (?!you\\b|your\\b|their\\b|the customer|customer\\b|the user|users?\\b|its owner)');
// What an AI feature keeps of what the user typed, said passively: "prompts and completions are retained for 30 days".
const aiRetainedRe = any('\\b(?:inputs?|prompts?|outputs?|completions?|chat histor(?:y|ies)|conversations with (?:the |our )?(?:assistant|model|chatbot))\\b[^.;]{0,40}\\b(?:are|is|will be|may be) (?:retained|stored|kept|logged|reviewed|used)\\b');
// The provider compiles statistics from running the service and may publish them.
const compiledStatisticsRe = any('\\b(?:may|will) (?:compile|collect|generate|derive|create)\\w{0,2} (?:[a-z]{1,20} ){0,3}?(?:statistic\\w{0,3}|performance|usage|analytics?)\\b[^.;]{0,20}\\b(?:information|data|metrics|reports?)\\b');
const customerReceivesRe = any('(?:to|for) (?:you|the customer|customer)\\b', 'available to (?:you|the customer|customer)');
const dataBelongsToProviderRe = any('(?:data|information|telemetry|logs|metrics|usage records|statistics)[^.;]{0,80}belongs? to (?!you\\b|the customer|customer\\b)');
const legalRightRe = any('legal (?:right|permissions?)');
const contentRe = any('content');

/** The provider takes rights in customer content, usage data, or de-identified/aggregated data. */
const providerDataRights = (s: SentenceContext): boolean => {
  const t = withoutInnerDots(s.text);
  if (s.isTableRow) return false;
  if (has(t, trademarkRe) && !has(t, licenceToProviderRe)) return false;
  if (has(t, notAboutCustomerDataRe)) return false;
  // The user's warranty that it may grant the licence, and no-waiver boilerplate, give the provider nothing new.
  if (((t.includes('that you') || t.includes('you are') || t.includes('you will be')) && has(t, userWarrantyRe)) || (t.includes('waiver') && has(t, noWaiverRe)) || (t.includes('failure') && has(t, failureToEnforceRe))) return false;
  if (has(t, feedbackRe) && !has(t, derivedOrContentRe)) return false;
  if (trainingUse(t) === 'risk') return true;
  if (has(t, licenceToProviderRe) && has(t, licenceToProviderMaterialRe)) return true;
  if (t.includes('authori') && has(t, authorisedUseRe)) return true;
  if (has(t, usageRecordsSharedRe) && has(t, aboutUserRe)) return true;
  if (t.includes('from') && has(t, detachedRecordsRe)) return true;
  if (has(t, generatedRecordRe) && has(t, generativeFeatureRe)) return true;
  if (has(t, featuredInPromotionRe)) return true;
  if (t.includes('property of') && has(t, dataPropertyOfProviderRe)) return true;
  if (has(t, aiRetainedRe)) return true;
  if (has(t, compiledStatisticsRe) && !has(t, customerReceivesRe)) return true;
  if (t.includes('you') && has(t, assignedToProviderRe)) return true;
  // Customer content shown in the provider's own promotion.
  if ((t.includes(' be ') || t.includes('appear')) && (t.includes('promot') || t.includes('marketing') || t.includes('advertis') || t.includes('demonstrat') || t.includes('showcase')) && has(t, promotionShownRe) && has(t, customerMaterialRe)) return true;
  // The licence to the provider travels with the contract when the provider assigns it.
  if (t.includes('assign') && t.includes('licen') && has(t, assignedLicenceRe) && !has(t, userBoundOrUserLicenceRe)) return true;
  // A waiver in the provider's favour: the user gives up enforcing its rights in its content against it.
  if (has(t, waiverAgainstProviderRe) && !has(t, moralOrLitigationWaiverRe)) return true;
  // What the provider does with what the user types into an AI feature and gets back.
  if (has(t, aiInputUseRe) && has(t, aiFeatureRe) && !has(t, userBoundRe)) return true;
  // A licence to the provider named loosely: "you grant to X, its affiliates and sublicensees a worldwide right to use Your Content".
  if (has(t, looseLicenceToProviderRe) && has(t, licensedMaterialRe) && !has(t, licenceToUserRe)) return true;
  // What the provider makes from customer material becomes its own.
  if (has(t, derivedWorksBelongRe)) return true;
  // Aggregated or anonymised data the provider keeps, uses or releases.
  if (has(t, derivedDataWordRe) && has(t, derivedDataUseRe) && has(t, derivedDataObjectRe) && !has(t, derivedDataNotHeldRe)) return true;
  if (has(t, licenceGrantRe)) return has(t, grantedMaterialRe);
  if (has(t, derivedDataRe) && !has(t, browsingDataRe) && has(t, derivedDataPurposeRe)) return true;
  // Use limited to running the service is the customer-ownership side, not a grab.
  const limitedUse = has(t, serviceOnlyUseRe) && !has(t, broaderPurposeRe);
  // Metadata gathered only to keep accounts safe is collection for security, not a claim over it.
  const securityOnly = () => has(t, securityPurposeRe) && !has(t, securityBeyondRe);
  if (!limitedUse && has(t, usageDataRe) && has(t, usageDataClaimRe) && !securityOnly()) return true;
  if (has(t, providerOwnsDataRe)) return true;
  // Data about the customer that the provider keeps as its own: excluded from "Customer Data", held as controller, or owned.
  if (has(t, excludedFromCustomerDataRe) && has(t, excludedDataKindRe)) return true;
  if (has(t, independentControllerRe) && has(t, controllerDataKindRe)) return true;
  if (has(t, dataBelongsToProviderRe)) return true;
  if (has(t, legalRightRe) && has(t, contentRe)) return true;
  return false;
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-provider-data-rights',
  category: 'records.ownership',
  risk: 'high',
  arguments: ['arg-business-records', 'arg-warrant-vs-subpoena', 'arg-control-not-location'],
  gate: words('property of', 'completion', 'chat histor', 'statistic', 'compile', 'advertis', 'appear in', 'feature', 'case stud', 'highlight', 'you assign', 'you hereby assign', 'you irrevocably assign', 'you transfer', 'you hereby transfer', 'licen', 'right', 'permission', 'identif', 'aggregat', 'anonymi', 'pseudonymi', 'non-personally', 'usage', 'service data', 'telemetry', 'diagnostic', 'network data', 'metadata', 'we own', 'owns all', 'own all', 'controller', 'does not include', 'is not customer', 'is not your', 'belong', 'waive', 'input', 'prompt', 'output', 'grant', 'give', 'train', 'fine-tun', 'model', 'machine learning', 'artificial', 'ai ', 'algorithm', 'promot', 'demonstrat', 'showcase', 'authori', 'activit', 'session', 'interaction', 'generat', 'disassociat', 'dissociat', 'detached', 'separated', 'unlinked', 'stripped'),
  match: providerDataRights,
  fixtures: 'test/fixtures/rules/cl-provider-data-rights.md',
};
