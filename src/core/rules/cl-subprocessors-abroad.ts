/** cl-subprocessors-abroad: affiliates, sub-processors or vendors handle the data, or how they are added and changed. */
import { type ClauseRule, subprocessorWords } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';
import { subprocessorTableRow } from './shared/location';
import { placeRe } from '../lexicon';
import { isRecipientLeadIn } from '../text/structure';
import { fewerSpacesThan } from '../text/normalize';

// Words that name sub-processors and their relatives (not resellers, advertisers or acquirers).
const subprocessorRe = any(
  'sub-? ?processor',
  'sub-?processing',
  'sub-?contract',
  'onward (?:sub-?processor|transfer)',
  'service providers?',
  'third[- ]party (?:service )?(?:providers?|vendors?|processors?)',
  '\\bvendors?\\b',
  '\\b(?:shar|disclos|transfer|provid|mov|sen[dt]|pass)\\w{0,20} (?:[a-z]{1,30} ){0,8}(?:with|to|among) (?:[a-z.,-]{1,30} ){0,6}(?:our |its |corporate )?affiliat',
  // The pattern is only tested, never extracted: one letter before "'s" finds the same sentences
  // as a whole word would, without retrying every word start.
  '(?:our|corporate|[a-z]\'s) affiliates,? (?:may|will|process|participat|located)',
  'affiliated compan',
  'among (?:[a-z]{1,30} )?(?:corporate )?affiliates',
  'group compan',
  'company group',
  'companies (?:in|within) (?:our|the|its) group',
  'another company in our group',
  'delegatees?',
  'third parties (?:that|who|which) (?:help|assist|perform|provide|process|support)',
  '\\bthird[- ]part(?:y|ies)\\b[^.;]{0,90}\\bon (?:our|its) behalf\\b',
  'with (?:our |its |domestic and foreign |foreign )?(?:[a-z]{1,30} ){0,2}affiliates',
  'affiliates of',
  '(?:its|our|[a-z]\'s) agents? process',
  'acting as an agent',
  '(?:companies|individuals|entities) to perform functions',
  'perform (?:functions|services) on (?:our|its) behalf',
  'use contractors',
  'contractors or agents',
  'external (?:[a-z]{1,30} ){0,2}(?:provider|software)',
  'infrastructure providers?',
  'hosting providers?',
  'payment (?:provider|processor)',
  'processors we use',
  '\\b(?:companies|entities|affiliates|partners)\\b[^.;]{0,30}\\b(?:act|acting|work|working) on (?:our|its) behalf',
  '\\breceive services from\\b',
  '\\bshar\\w{0,3} (?:[a-z]{1,20} ){0,3}with (?:the |our )?(?:other )?(?:[a-z]{1,20} )?(?:companies|group)\\b',
  // Vendors named by what they do, not by the word "sub-processor".
  'third[- ]party (?:[a-z]{1,30} ){0,2}(?:carriers?|service providers?|processors?|vendors?|data cent)',
  '(?:payment|analytics|session[- ]replay|hosting|cloud|email|e-mail|infrastructure|storage|translation|transcription|verification|support|marketing) (?:service )?(?:providers?|processors?|vendors?|tools?|services? providers?)',
  'acts? as (?:our|its|their) (?:data )?(?:sub-?)?processor',
  'data processors? (?:partner|who|that|are|is)',
  'processor partnerships?',
  'compan(?:y|ies) (?:providing|that provide|who provide|which provide) (?:[a-z]{1,30} ){0,2}services? (?:for|to) us',
  'compan(?:y|ies) (?:within|in|of) (?:our|the|its) (?:[a-z]{1,20} )?(?:corporate )?group',
  '\\b(?:outside|external) (?:[a-z]{1,20} )?(?:service providers?|providers?|vendors?|firms?|compan(?:y|ies)|contractors?|agenc(?:y|ies)|(?:mailing|e-?mail|payment|hosting|analytics|support|cloud|translation|delivery|shipping) services?)\\b',
  '\\b(?:handled|processed|stored|hosted|performed|carried out|provided) by (?:a |an |our |one of our )?(?:[a-z]{1,20} ){0,2}(?:contractors?|vendors?|suppliers?|partners?|providers?)\\b',
  '\\b(?:add|engage|appoint|replace|use)\\w{0,3} (?:a |any |another )?(?:new )?(?:company|companies|vendors?|suppliers?|partners?|providers?) (?:that|who|which) (?:process|handle|access|store|host)',
  'corporate (?:group|affiliates)',
  'our parent company',
  '\\bour (?:[a-z-]{1,20} )?subsidiar(?:y|ies)\\b',
  '\\b(?:processed|handled|stored|hosted|accessed|performed) by (?:its|our) (?:[a-z-]{1,20} )?subsidiar',
  '\\bcorporate family\\b',
  '\\bfamily of companies\\b',
  '\\bpayment (?:service )?partners?\\b',
  // A tool or service the provider itself runs on: "we use a third-party help desk platform".
  '\\b(?:we|it|they) (?:use|uses|rely on|relies on|work with) (?:a |an |the |several |various |some )?third[- ]party (?:[a-z-]{1,20} ){0,3}(?:platforms?|tools?|software|services?|systems?)\\b',
  '\\bgroup of companies\\b',
  '\\b(?:internally|globally) (?:[a-z]{1,20} ){0,2}within (?:the|our|its) (?:[a-z-]{1,20} ){0,2}group\\b',
  '\\b(?:our|its) parent(?:\'s)? (?:compan(?:y|ies)|corporation|entit(?:y|ies))\\b',
  '\\b(?:its|our|their) parent(?:\'s)? (?:[a-z-]{1,20} ){0,3}(?:infrastructure|data cent|servers|systems)',
  'group (?:compan|entit)',
  '(?:hosting|technology|service|business) partners? (?:and|who|that|which)',
  'parties (?:who|that) (?:assist|help) us',
  'companies (?:to|that|who) (?:help|assist|perform)',
  '\\baffiliates\\b[^.;]{0,40}\\bon behalf of\\b',
  '\\baffiliates? to (?:share|use|process|access|store)',
  '\\blist\\b[^.;]{0,30}\\bprocessors\\b',
  '(?:provider|vendor|processor)\'s servers',
  '\\bwork with (?:[a-z]{1,30} ){0,2}(?:providers|vendors|processors)',
  '^\\W{0,3}(?:these|such|those) (?:third[- ]party )?(?:companies|providers|vendors|parties|processors|partners|service providers|sub-?processors)\\b[^.;]{0,80}\\b(?:contract|confidential|restricted|prohibited|only|bound|required|subject to|process|access|stor)',

  'list of (?:[a-z]{1,30} )?processors',
  // The option chosen under the model clauses' sub-processor clause (Clause 9(a) of the 2021 clauses).
  '\\bclause 9\\b[^.;]{0,60}\\boption\\b',
  '\\boption (?:1|2|one|two)\\b[^.;]{0,60}\\bclause 9\\b',
);

// Vendors named by trade ("our AI chatbot provider", "its hosting supplier") or by a processing
// contract concluded with them; each is tested only after a plain substring check lets it match.
const tradeVendorRe = any('\\b(?:our|its) (?:[a-z-]{1,20} ){1,2}(?:providers?|vendors?|suppliers?)\\b');
const processingContractRe = any('\\b(?:concluded|entered into|signed|put in place|have) (?:a |an )?(?:data processing (?:agreement|addendum|contract)|dpa|processing contract)\\b[^.;]{0,40}\\bwith (?:(?:each|all|any|every one) of )?(?:this|that|the|each|such|these|those|our|all|every) (?:[a-z-]{1,20} )?(?:providers?|vendors?|processors?|compan(?:y|ies)|partners?|suppliers?|services?)\\b');
const vendorWord = (t: string): boolean => t.includes('provider') || t.includes('vendor') || t.includes('supplier');
/** Work handed out ("outsourced processing"), a vendor named by trade, or a processing contract with vendors. */
const namedByTrade = (t: string): boolean =>
  /\boutsourc/.test(t) ||
  (vendorWord(t) && (t.includes('our ') || t.includes('its ')) && has(t, tradeVendorRe)) ||
  ((t.includes('processing a') || t.includes('processing c') || t.includes('dpa')) && has(t, processingContractRe));

// Recipients described by what they do for the provider, without "vendor" or "sub-processor": a
// company named by its trade ("a hosting company", "a customer-care firm"), one the provider hires
// ("firms we engage"), one acting for it ("a company that handles the data for us"), a new one being
// added, or one listed on a page.
const recipientNoun = '(?:compan(?:y|ies)|firms?|businesses|organi[sz]ations?|entit(?:y|ies)|specialists?|contractors?|agenc(?:y|ies)|suppliers?|operators?)';
const roleRecipientRe = any(
  `\\b(?:hosting|mailing|e-?mail|payments?|billing|analytics|customer[- ](?:care|service|support)|(?:call|contact)[- ]cent(?:er|re)|help ?desk|logistics|courier|shipping|delivery|warehouse|warehousing|fulfil?ment|cloud|data[- ]cent(?:er|re)|translation|transcription|printing|storage|back-?up|infrastructure|messaging|sms|telecoms?|telephony|payroll|outsourcing) (?:${recipientNoun}|partners?)\\b`,
  // People engaged by trade: "freelance translators who may see the text".
  '\\b(?:freelance|freelancers?|external|independent|outside|contracted) (?:[a-z-]{1,20} )?(?:translators?|transcribers?|reviewers?|annotators?|moderators?|consultants?|workers?)\\b',
  // Companies of the same group by another name.
  '\\bsister (?:compan(?:y|ies)|entit(?:y|ies)|organi[sz]ations?)\\b',
  // An affiliate doing work for the provider: "our affiliate in X helps us provide support and can access the data".
  '\\bour (?:[a-z-]{1,20} )?affiliates?\\b[^.;]{0,80}\\b(?:helps?|assists?|supports?|can access|may access|handles?|hosts?|stores?)\\b',
  `\\b${recipientNoun} (?:that |whom |which )?(?:we|it|the provider|the supplier|the vendor) (?:hire|engage|retain|contract with|commission|appoint|employ|work with|rel(?:y|ies) on)`,
  `\\b(?:we|it) (?:hire|hires|engage|engages|retain|retains|commission|commissions|appoint|appoints) (?:a |an |other |outside |specialist |specialised |specialized |trusted )?(?:[a-z-]{1,20} ){0,2}${recipientNoun}\\b`,
  `\\b${recipientNoun}\\b[^.;]{0,80}\\b(?:for us|on our instructions|under our instructions|at our direction)\\b`,
  `\\bnew (?:[a-z-]{1,20} )?${recipientNoun}\\b[^.;]{0,60}\\b(?:handl|process|access|stor|host)`,
  `\\b(?:entities|companies|organi[sz]ations|firms|suppliers) (?:listed|named|identified|set out) (?:on|in|at|under)\\b[^.;]{0,80}\\b(?:process|access|host|stor|handl)`,
);
// "We are a hosting company": the provider describing itself, not a recipient.
const selfDescribedRe = any(`\\b(?:we are|we're|as|is|being) (?:a|an) (?:[a-z-]{1,20} ){0,3}${recipientNoun}\\b`);
// What such a recipient is given or does: the data itself, named by its kind.
const roleDataRe = any('\\b(?:data|information|details|files?|records|content|documents?|text|messages?|e-?mails?|questions|calls?|tickets|orders?|history|address(?:es)?|card|accounts?|database|cop(?:y|ies)|backups?)\\b');
/** A recipient named by its role that handles the data (a liability sentence about it engages no one). */
const namedByRole = (t: string): boolean => has(t, roleRecipientRe) && has(t, roleDataRe) && !t.includes('liab') && !has(t, selfDescribedRe);

// Vetting of vendors: "we assess our suppliers' security before engaging them", "monitor third-party email services for compliance".
// Every object here contains a gate word (provider, vendor, supplier, processor, contract, third).
const vettingRe = any('\\b(?:monitor|audit|vet|assess|evaluat|review|screen)\\w{0,4} (?:[a-z\'-]{1,20} ){0,4}(?:providers?|vendors?|suppliers?|sub-?processors?|sub-?contractors?)\\b|\\b(?:monitor|audit|vet|assess|evaluat|review|screen)\\w{0,4} (?:[a-z\'-]{1,20} ){0,2}third[- ]party (?:[a-z-]{1,20} ){0,2}services?\\b');
const vettingAimRe = any('\\b(?:compliance|complies|comply|security|privacy|data protection|safeguards)\\b');
// Lists of who is shielded from liability or indemnified ("us, our affiliates, agents and anyone acting for us").
const liabilityListRe = any('\\baggregate liability', '\\b(?:be )?held liable', '\\bindemnif', '\\bhold (?:us|[a-z]{1,30}) harmless', '\\bliable (?:to you|for any)');
// Erasure or return duties that merely reach the vendors too are about deletion, not about who processes.
const deletionRe = any('\\b(?:delet|eras|return)\\w{0,5}\\b[^.;]{0,120}\\b(?:service providers|sub-?processors?|providers)\\b', '\\b(?:service providers|sub-?processors?|providers)\\b[^.;]{0,60}\\b(?:delet|eras|remov|return)\\w{0,5}\\b');
// Redress under the model clauses: what a data subject may claim, and the limit of a sub-processor's
// own liability to them. (The provider staying liable *for* its sub-processors is flow-down, and stays.)
const redressRe = any('\\bdata subjects?\\b[^.;]{0,160}\\b(?:claim|compensation|damages?|redress)\\b', '\\bliability of (?:the |any |each )?(?:sub-?processor|sub-?contractor)s?\\b[^.;]{0,40}\\blimited\\b');
// Staff confidentiality: the people who may touch the data are bound to secrecy, whoever employs them.
// A contract with the sub-processor that passes obligations on ("the contract ... shall also provide for").
const flowDownRe = any('\\bcontract\\b', '\\bagreement\\b', '\\bimpos', '\\bflow');
const personnelRe = any('\\b(?:personnel|staff|employees)\\b[^.;]{0,120}\\b(?:confidentiality|confidential)\\b');
const passingOnRe = any('\\b(?:disclos|shar|transfer|engag|appoint|subcontract|sub-contract)');
// Form-filling of an annex ("For the purposes of Annex III, the list ... is in Annex 3"): a pointer, not a clause.
const annexPointerRe = any('^\\W{0,3}(?:for the purposes? of|in relation to) (?:annex|appendix|schedule)\\b');

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
  '(?:acts?|acting) as (?:the )?(?:customer|client|controller|exporter)(?:\'s)? (?:data )?(?:sub-? ?)?processor',
  '\\b(?:obligations|role|capacity) as (?:a |an |its |the )?"?(?:data )?(?:processor|service provider)',
  '\\bappointment of (?:[a-z.]{1,30} ){1,3}as (?:a |an |its |the |their )?(?:data )?(?:sub-? ?)?processor',
  'from (?:other sources|third-party providers)',
  'receive information',
  'data subjects?',
  'employees?,? (?:or |and )?contractors',
  'contractors?,? (?:or |and )?temporary',
  '(?:customer|entity\'s|customer\'s) affiliates',
  'third-party (?:offerings|products|platform)',
  'integrations?',
  'shall have the same meaning',
  'supervisory authority',
  '\\bassign\\w{0,5} (?:[a-z]{1,30} ){0,4}(?:terms|agreement|rights)',
  'parent(?:s|al)? (?:or|and) (?:legal )?guardian',
  'retain (?:all )?ownership',
  'intellectual property',
  '\\btrademarks?\\b',
  // Force majeure: a supplier's failure beyond a party's control excuses delay; it engages no one.
  '\\bbeyond (?:[a-z\']{1,20} ){0,2}(?:reasonable )?control\\b',
  'force majeure',
  'chargeback',
  'switch to',
  'third[- ]party (?:[a-z]{1,30} )?(?:apps|applications|products?|websites?|sites|services|integrations|offerings|platforms?|accounts|links|buttons|product provider)',
  'the service provider (?:and|is)',
  'data controller',
  'advertising networks',
  // The customer paying through a payment processor, a marketplace vendor, the policy introducing itself.
  '(?:agree to pay|pay us|be (?:automatically )?(?:charged|billed)|your payment method)',
  '\\bvendors? (?:offerings|products|listings)',
  'marketplace',
  '\\bthis (?:privacy )?(?:policy|notice|statement) (?:explains|describes)',
  'portability',
  'request that we transfer',
  'acting as (?:a |an independent )?controller',
  // Not vendors of the provider: the user's own carrier or ISP, intruders, the site's cookies, in-house tools.
  '\\binternet service providers?',
  '\\bonline service providers',
  '\\b(?:wireless|mobile) carriers?',
  'unauthori[sz]ed third parties',
  '\\bcookies? (?:are|is) ',
  '\\binternal (?:[a-z]{1,20} ){0,2}tools',
  '\\bthis section (?:explains|describes)',
);

// A named company doing something with the data: "served by Acme CDN", "transferred to Example Inc.".
const namedVendorRe = /\b(?:served|hosted|stored|powered|delivered|handled|transcribed|translated)\s{1,5}(?:on|by|via|through|with)\s{1,5}(?:the\s{1,5})?(?:\*\*|\[|_){0,3}(?:(?!(?:Customer|Client|You|Us|We|Provider|Company|Controller|Processor|Services?|Sites?|Website|Platform|Software|Apps?|Products?|Account|the)\b)[A-Z][\w.-]{1,40}|[a-z][\w-]{1,30}\.(?:com|net|io|org|ai|eu|de|co)\b)|\b(?:share|shares|shared|transfer|transferred|forward|forwarded|send|sent|disclose|disclosed)\s{1,5}(?:[\w-]{1,30}\s{1,5}){0,6}(?:with|to)\s{1,5}(?:\*\*|\[|_){0,3}(?!(?:Customer|Client|You|Us|We|Provider|Company|Controller|Processor|Services?|Sites?|Website|Platform|Software|Apps?|Products?|Account|the|our|your|any|other|law)\b)[A-Z][\w.-]{1,40}/;
// Tools and providers named by example: "a variety of tools, including Example Analytics".
const namedByExampleRe = /\b(?:[Ww]e|[Ii]t|[Tt]hey) (?:use|work with)\s{1,5}(?:\*\*|\[|_){0,3}(?!(?:Personal|Customer|Your|User|Service|Usage|Account|Protected|Content|Data|Information|Cookies?|Our|This|These|The)\b)[A-Z][\w.-]{1,40}(?:\s[A-Z][\w.-]{1,40}){0,3}\s{1,5}(?:to|for)\s{1,5}(?:process|host|store|send|deliver|analy[sz]e|handle|run|collect|track|measure|verify)|\b(?:tools?|providers?|vendors?|processors?)\b[^.;]{0,30}\b(?:including|such as|like|e\.g\.)\s{1,5}(?:\*\*|\[|_){0,3}[A-Z][\w.-]{1,40}|\brel(?:y|ies|ying) on\s{1,5}(?:\*\*|\[|_){0,3}[A-Z][\w.-]{1,40}(?:\s[A-Z][\w.-]{1,40}){0,3}\s{1,5}(?:LLC|Inc|Ltd|GmbH|Corporation|Corp|AG|SA|B\.V)\b|\b(?:use|uses|using|via|through) (?:the )?[A-Z][\w.-]{1,30} servers\b|\brel(?:y|ies|ying) on\s{1,5}(?:\*\*|\[|_){0,3}(?!(?:Customer|Client|You|Us|We|Provider|Company|Controller|Processor|Services?|Sites?|Website|Platform|Software|Apps?|Products?|Account|Personal|Your|Our|This|These|The)\b)[A-Z][\w.-]{1,40}(?:\s[A-Z][\w.-]{1,40}){0,3}\s{1,5}(?:to|for)\s{1,5}(?:host|store|process|run|deliver|send|handle|provide|operate)\b/;
// Folded-text checks that must hold for the case-sensitive patterns below to match: cheap, and they
// spare rebuilding the raw sentence for most sentences that merely contain "use" or "share".
const namedByExampleCueRe = /\b(?:tools?|providers?|vendors?|processors?)\b[^.;]{0,30}\b(?:including|such as|like|e\.g\.)\s|\brel(?:y|ies|ying) on\s|\bservers\b|\b(?:we|it|they) (?:use|work with)\s[\w.-]{2,40}(?:\s[\w.-]{1,40}){0,3}\s(?:to|for)\s(?:process|host|store|send|deliver|analy[sz]e|handle|run|collect|track|measure|verify)\b/;
const namedVendorCueRe = /\b(?:served|hosted|stored|powered|delivered|handled|transcribed|translated)\s(?:on|by|via|through|with)\s|\b(?:shared?|shares|transfer(?:red)?|forward(?:ed)?|sen[dt]|disclosed?)\s(?:[\w-]{1,30}\s){0,6}(?:with|to)\s/;
/** A named vendor doing something with the data; a place ("transfer it to Canada") is not a vendor. */
function namesVendor(raw: string): boolean {
  const m = namedVendorRe.exec(raw);
  if (!m) return false;
  const name = /[\w.-]{1,60}$/.exec(m[0])?.[0] ?? '';
  return !placeRe.test(name.toLowerCase());
}
// What becomes of the customer's own data (deleted after inactivity, a question to the reader) names
// the provider's own products, not vendors: "files stored on Example Drive may be deleted".
const ownDataFateRe = any('\\b(?:be|been|is|are|get|gets) (?:permanently |automatically )?(?:deleted|erased|removed|purged)\\b', '\\?\\W{0,3}$');
// A verb (or noun) of passing data on, then "to"/"with" a company with its legal form.
// Not "provided to": data given to the provider itself, or a notice addressed to it, names no recipient.
const toEntityCueRe = any('\\b(?:shar|transfer|disclos|sen[dt]\\b|forward|pass|mov|made)');
// Legal forms that name a company (case kept): the recipient test and its cheap pre-check read the same list.
const legalForms = String.raw`Inc|LLC|L\.L\.C|Ltd|Limited|GmbH|AG|S\.A|SA|SAS|SARL|B\.V|BV|N\.V|Corp|Corporation|Oy|AB|AS|ASA|K\.K|G\.K|Pte|plc|PLC|Pty|S\.r\.l|S\.L`;
const legalEntityTargetRe = new RegExp(String.raw`\b(?:shar|transfer|disclos|sen[dt]\b|forward|pass|mov|[Mm]ade)[\w]{0,6}\b[^.;]{0,160}?\b(?:to|with)\s{1,5}(?:(?!(?:Customer|Client|You|Us|We|Provider|Company|Controller|Processor|the|our|your)\b)[A-Z][\w&'-]{0,40},?\s{1,5}){1,5}(?:${legalForms})\b`);
// legalEntityTargetRe cannot match without a legal form after white space, read with case kept: a
// check on the sentence as written, which spares building the case-kept text for most sentences.
const legalFormCueRe = new RegExp(String.raw`\s(?:${legalForms})\b`);
const vendorActionRe = any('\\btransfer', '\\bprocess', '\\bstor', '\\bshar', '\\bserv(?:ed|es)\\b', '\\bhost', '\\bforward', '\\baccess', '\\blogs?\\b', '\\bservers?\\b', '\\bhandl', '\\brel(?:y|ies) on');
const selfRoleRe = any('legal (?:notice|agent|process)', 'data controller', 'is the controller', 'is located in', 'are located in', 'headquarter', 'contracting (?:party|entity)', 'service provider is');


const vendorLeadInRe = any('service providers?', 'vendors?', 'sub-?processors?', 'processors', 'on (?:our|its) behalf', 'third part(?:y|ies) (?:that|who|which)');
const appOrResaleRe = any('integrations?', '\\bapps?\\b', 'advertis', 'resell', 'marketplace');
const subprocessorOrSubcontractorRe = any('sub-?processor', 'sub-?contractor');
const vendorSetupRe = any('engag', 'appoint', 'list of', '\\bthe list\\b', 'object', 'flow', 'impose', 'same (?:data protection )?obligations');
const subprocessorTermsRe = any('\\b(?:we|it|they) (?:use|uses|rely on|relies on|work with) (?:a |an |the |several |various |some )?third[- ]party\\b(?![^.;]{0,60}\\b(?:advertis|you (?:choose|connect|enable|authori[sz]e|install|link)))', 'sub-? ?processors? (?:[a-z]{1,30} ){0,3}(?:to|shall|will|must|may)', 'engage', 'list of', 'sub-?contractor (?:involvement|fulfils)', 'requires that', 'restricted by contract', 'contractual (?:requirements|obligations|arrangements)', 'sub-?processors? (?:that|who|which) process', 'to process (?:[a-z]{1,30} ){0,3}(?:data|information) on (?:our|its|[a-z]{1,30}\'s) behalf', '\\bon (?:our|its) behalf\\b(?![^.;]{0,20}\\bliab)');
const dataHandlingRe = any('data', 'information', 'content', 'process', 'perform', 'services', 'obligations', 'list', 'engage', '\\bstor', '\\bhandl', '\\bread\\b', '\\baccess', '\\bkeeps?\\b', '\\bsen[dt]\\b', '\\bdeliver', '\\bsav(?:e|ed)\\b', 'servers', 'independent', 'token', '\\bus(?:e|es|ed|ing)\\b', 'utiliz', '\\brel(?:y|ies|ying) on', '\\bpass(?:es|ed|ing)?\\b', 'select', 'object', 'notice', 'notify', 'inform', 'involvement', 'replace', 'liab', 'responsib', 'authori', 'appoint', 'behalf', 'confidential', '\\bshar', 'disclos', '\\bhelps? us\\b', '\\b(?:run|operate)s? (?:the|our)\\b', '\\boutsourc', '\\boperations\\b', '\\bprovided (?:[a-z]{1,10} )?by\\b', '\\bcarried out\\b', '\\bagreements?\\b');
const subprocessorHeadingRe = any('sub-?processor', 'sub-?contract', 'subprocessing');
const vendorContextRe = any('sub-?processor', 'sub-?contractor', 'service providers?', 'vendors', 'on our behalf');
const vendorChangeRe = any('object', 'terminat', 'liab', 'engage', 'replace', 'sub-processor change', 'alternative solution', 'bound by', 'restricted by contract', 'contractual obligations', 'must process');

// Recipients announced in a list's lead-in, then named by the service they perform ("...the following
// categories of recipients:" + "Database hosting."): vendors named by trade.
const recipientsLeadRe = any('\\b(?:recipients|third parties|companies|firms|organi[sz]ations)\\b');
const serviceFunctionRe = any('\\b(?:(?:database|web|website|cloud|server|data) )?hosting\\b', '\\bpayments?(?: card)? (?:processing|handling)\\b', '\\bcard (?:payment )?(?:processing|handling)\\b', '\\be-?mail (?:delivery|communications|sending)\\b', '\\b(?:web |product )?analytics\\b', '\\bcustomer (?:support|service)\\b', '\\bcloud (?:services|storage|computing|infrastructure)\\b', '\\bdata storage\\b', '\\bit (?:services|support|operations)\\b', '\\bbilling\\b', '\\bidentity verification\\b');

/** A short item ("Database hosting.") under a lead-in that passes data to recipients. */
function namedByFunction(s: SentenceContext): boolean {
  const item = s.text.startsWith(s.leadIn) ? s.text.slice(s.leadIn.length) : s.text;
  return fewerSpacesThan(item, 12) && has(s.leadIn, recipientsLeadRe) && isRecipientLeadIn(s.leadIn) && has(item, serviceFunctionRe) && !has(item, notSubprocessorRe);
}

/** Affiliates, sub-processors or vendors handle the data, or how they are added and changed. */
const subprocessorsAbroad = (s: SentenceContext): boolean => {
  const t = s.text;
  if (s.isTableRow) return subprocessorTableRow(s);
  if (s.isListItem && s.leadIn && namedByFunction(s)) return true;
  // A lead-in that ends in a colon is not labelled; the items after it are.
  const leadIn = /:\s{0,5}$/.test(t);
  if (s.isListItem && /:\s{0,5}$/.test(s.previous) && has(s.previous, vendorLeadInRe)) return !has(t, notSubprocessorRe);
  // The pre-test of vettingRe needs both its verb and its object: no word-by-word guard is cheaper.
  if (has(t, vettingRe) && has(t, vettingAimRe) && !has(t, appOrResaleRe)) return true;
  // Named as a sub-processor or by its trade; or else by its role, which is then enough on its own.
  const named = has(t, subprocessorRe) || namedByTrade(t);
  const byRole = !named && namedByRole(t);
  if (named || byRole) {
    if ((t.includes('liab') || t.includes('indemn') || t.includes('harmless')) && has(t, liabilityListRe) && !has(t, subprocessorOrSubcontractorRe)) return false;
    if ((has(t, redressRe) && !has(t, flowDownRe)) || has(t, annexPointerRe)) return false;
    if ((t.includes('personnel') || t.includes('staff') || t.includes('employees')) && has(t, personnelRe) && !has(t, passingOnRe)) return false;
    if ((t.includes('delet') || t.includes('eras') || t.includes('return') || t.includes('remov')) && has(t, deletionRe) && !has(t, vendorSetupRe)) return false;
    if (leadIn) return false;
    if (has(t, notSubprocessorRe) && !has(t, subprocessorTermsRe)) return false;
    return byRole || has(t, dataHandlingRe) || namedByRole(t);
  }
  // Cheap word checks first: the case-sensitive patterns run on the raw sentence only when they can match.
  const byExample = has(t, namedByExampleCueRe);
  const byVendor = has(t, namedVendorCueRe) && has(t, vendorActionRe);
  const raw = byExample || byVendor ? s.raw : '';
  if (byExample && !has(t, notSubprocessorRe) && namedByExampleRe.test(raw)) return true;
  if (byVendor && namesVendor(raw) && !has(t, selfRoleRe) && !has(t, notSubprocessorRe) && !has(t, ownDataFateRe)) return true;
  // Data passed to a company named with its legal form ("transfers ... to Example Holdings, Inc."): a group company or vendor.
  if ((t.includes(' to ') || t.includes(' with ')) && has(t, toEntityCueRe) && legalFormCueRe.test(s.unfolded ?? s.raw) && legalEntityTargetRe.test(s.raw) && !has(t, selfRoleRe) && !has(t, notSubprocessorRe)) return true;
  // Sentences of a sub-processor section that say how changes, objections and liability work.
  if (has(s.heading, subprocessorHeadingRe) || has(s.previous, vendorContextRe)) {
    if (has(t, notSubprocessorRe)) return false;
    return has(t, vendorChangeRe);
  }
  return false;
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-subprocessors-abroad',
  category: 'location.subprocessor',
  risk: 'medium',
  arguments: ['arg-control-not-location', 'arg-comity-conflict', 'arg-reciprocity'],
  gate: { words: [...subprocessorWords, 'hosted on', 'hosted by', 'served by', 'stored on', 'powered by', 'rely on', 'relies on', 'tools', 'servers', 'these companies', 'such companies', 'these third', 'share the data', 'receive services', 'companies providing', 'companies that', 'companies who', 'companies to', 'company that', 'contractor', 'supplier', 'firm', 'agenc', 'mailing', 'e-mail service', 'email service', 'hosting', 'analytics', 'shipping', 'translation', 'delivery service', 'cloud service', 'support service', 'we use', 'shares the data', 'shares information with', 'share information with', 'list at', 'served', 'hosted', 'stored', 'powered by', 'delivered', 'handled', 'transcribed', 'translated', 'transfer', 'shar', 'forward', 'send', 'sent', 'disclos', 'work with', 'outsourc', 'parent', 'subsidiar', 'billing', 'customer support', 'customer service', 'identity verif', 'data storage', 'it services', 'it support', 'it operations', 'cloud', 'payment', 'e-mail', 'email', 'new compan', 'new firm', 'new organi', 'new entit', 'new specialist', 'new operator', 'clause 9', 'freelanc', 'translator', 'transcriber', 'reviewer', 'annotator', 'moderator', 'consultant', 'sister'],
    // A recipient named by its role (roleRecipientRe): a noun for an organisation, and its trade or how the provider engages it.
    both: [['for us', 'our instructions', 'our direction', 'hire', 'engage', 'retain', 'commission', 'appoint', 'employ', 'listed', 'named', 'identified', 'set out', 'courier', 'logistics', 'delivery', 'storage', 'backup', 'back-up', 'messaging', 'sms', 'call cent', 'call-cent', 'contact cent', 'contact-cent', 'help desk', 'helpdesk', 'customer care', 'customer-care', 'customer service', 'customer-service', 'customer support', 'customer-support', 'data cent', 'data-cent', 'datacent', 'infrastructure', 'printing', 'telecom', 'telephony', 'warehous', 'fulfil', 'payroll'], ['compan', 'firm', 'business', 'organi', 'entit', 'specialist', 'contractor', 'agenc', 'supplier', 'operator', 'partner']],
    rows: true, context: ['processor', 'contract', 'provider', 'vendor', 'behalf'] },
  match: subprocessorsAbroad,
  fixtures: 'test/fixtures/rules/cl-subprocessors-abroad.md',
};
