/**
 * draftTia(contract, findings) -> a transfer impact assessment in the EDPB's six steps (Recommendations
 * 01/2020) with the SCC Clause 14(b) factors. A field is filled only from clauses of the contract (each
 * cited) or from the dated facts table; what the contract does not answer is left to the reviewer.
 */
import { clues, distinct, Evidence, highestRisk, nonDataRecipientRe, requiredByLawRe, subprocessorWordRe, tiaRules, withoutAddresses, type TiaSourceInput } from './evidence';
import { formatAsOf } from '../data/volatileFacts';
import { destinationFacts } from './destinationFacts';
import { commitmentSpans, gapMatrix, safeguardLabels } from './matrix';
import { placeCovered, placeNamed, placesIn, type Place } from '../data/places';
import { namedTools, sccIncorporation } from './tools';
import type { Citation, DatedFact, GapRow, PolicyBreak, SafeguardId, Tia, TiaField, TiaGap, TiaPolicy, TiaStep } from './types';
import { evaluatePlaybook, type Playbook, type ProtectionId } from '../review/playbook';

export interface TiaOptions {
  /** The exporter's side: 'eu-eea' (default), 'uk', 'switzerland', or another jurisdiction id. */
  exporter?: string;
  /** The organisation's playbook (from `.warrant-lens.json` or a starter): required rows and its breaks. */
  playbook?: Playbook;
  /** Direct rules for the matrix and breaks (tests, or callers without a playbook); the playbook wins where both speak. */
  policy?: TiaPolicy;
  /** Dated facts for step 3; default: the built-in table. */
  facts?: readonly DatedFact[];
}

export const stepTitles: Record<TiaStep, string> = {
  0: 'Conclusion',
  1: 'Know your transfers',
  2: 'Identify the transfer tool',
  3: 'Assess the law and practice of the destination',
  4: 'Identify supplementary measures',
  5: 'Procedural steps',
  6: 'Re-evaluate at appropriate intervals',
};

interface FieldSpec {
  step: TiaStep;
  id: string;
  label: string;
  sccRef?: string;
}

/** Fields only a person can fill: the contract never answers them. */
const judgementFields: (FieldSpec & { note: string })[] = [
  { step: 3, id: 'practical-experience', label: 'Practical experience with prior requests', sccRef: 'Clause 14(b)(i)', note: 'Record what the importer\'s reports and your own experience show about requests for data like yours (a transparency report is a source, not an answer).' },
  { step: 3, id: 'legal-assessment', label: 'Does the destination law impinge on the safeguards?', sccRef: 'Clause 14(b)(ii)', note: 'Decide, for this transfer, whether the destination law and practice prevent the importer from keeping its promises.' },
  { step: 5, id: 'procedural-steps', label: 'Procedural steps for the chosen tool', note: 'Record any steps the tool needs (SCCs incorporated unchanged, supervisory authority consultation where clauses were modified).' },
  { step: 6, id: 're-evaluation', label: 'Re-evaluation date and triggers', note: 'Set a date and the events (a new sub-processor, a change in destination law, a court ruling) that reopen this assessment.' },
  { step: 0, id: 'risk-rating', label: 'Overall risk rating and decision', note: 'Rate the residual risk and decide whether the transfer may proceed, with which measures.' },
];

const quote = (c: Citation) => `"${c.excerpt}"`;
const names = (ps: readonly Place[]) => ps.map((p) => p.name).join(', ');

/** Drafts the TIA for one contract. Pure: text and findings in, plain data out. */
export function draftTia(input: TiaSourceInput, options: TiaOptions = {}): Tia {
  const ev = new Evidence(input);
  const exporter = options.exporter ?? 'eu-eea';
  const policy = policyFor(options);
  const matrix = gapMatrix(ev, policy);
  const fields: TiaField[] = [];
  const gaps: TiaGap[] = [];
  const cite = (spans: { start: number; end: number; ruleId?: string }[], max?: number) => distinct(spans.map((s) => ev.cite(s, s.ruleId)), max);
  const placesOf = (cs: readonly Citation[]) => dedupe(cs.flatMap((c) => placesIn(withoutAddresses(input.text.slice(c.start, c.end)), true)));

  /** A field answered by clauses: filled when there are any, otherwise a gap the contract leaves open. */
  const fromContract = (spec: FieldSpec, sources: Citation[], lead: string | undefined, missing: string, weak?: string) => {
    if (sources.length === 0) {
      fields.push({ ...spec, filledFrom: 'reviewer', value: `Not stated in the contract. ${missing}`, sources: [] });
      gaps.push({ step: spec.step, id: spec.id, label: spec.label, reason: 'not-in-contract', note: missing });
      return;
    }
    const value = [lead, ...sources.slice(0, 3).map(quote)].filter(Boolean).join(' ');
    fields.push({ ...spec, filledFrom: 'contract', value, sources, ...(weak ? { weak } : {}) });
  };

  // Step 1: know your transfers.
  // A role stated of a party, not one named in passing: "data for which the customer is a controller" or
  // "advertisers not acting as processors" say nothing about who the parties to this contract are.
  const roles = cite(ev.clue(...clues.roles).filter((x) => clues.roles.every((re) => re.test(x.folded.replace(relativeRoleRe, ' ')))), 2);
  fromContract({ step: 1, id: 'parties', label: 'Parties and their roles (exporter, importer; controller, processor)' }, roles, undefined, 'Name the exporter and the importer and state each one\'s role.');

  const groupSpans = [...ev.byRule(tiaRules.contractingEntity), ...ev.clue(...clues.group), ...ev.clue(...clues.groupData).filter((x) => !/\bconfidential information\b/.test(x.folded))];
  const group = cite(groupSpans, 3);
  const groupPlaces = placesOf(group);
  fromContract({ step: 1, id: 'importer-group', label: 'Importer\'s group, parent and where they are established', sccRef: 'Clause 14(b)(i)' }, group, groupPlaces.length ? `Places named: ${names(groupPlaces)}.` : undefined, 'Find out which group the importer belongs to and where its parent is established.');

  const categories = cite(ev.clue(...clues.dataCategories), 2);
  fromContract({ step: 1, id: 'data-categories', label: 'Categories of personal data and data subjects', sccRef: 'Clause 14(b)(i)' }, categories, undefined, 'List the categories of data and data subjects transferred (usually in an annex the reviewer fills in).');

  const purpose = cite(ev.clue(...clues.purpose), 2);
  fromContract({ step: 1, id: 'purpose', label: 'Nature and purpose of the processing', sccRef: 'Clause 14(b)(i)' }, purpose, undefined, 'State what the importer does with the data and why.');

  const retention = cite(ev.byCategory(['records.retention']), 2);
  fromContract({ step: 1, id: 'retention', label: 'How long the data is kept; return and deletion', sccRef: 'Annex I.B' }, retention, undefined, 'Ask how long the importer keeps the data and when it returns or deletes it.');

  const named = (ss: { start: number; end: number }[]) => ss.filter((x) => placesIn(input.text.slice(x.start, x.end), true).length > 0);
  const commitment = cite(commitmentSpans(ev), 4);
  const anywhere = ev.byCategory(['location.anywhere'], 'mitigating').filter((f) => ![...tiaRules.contractingEntity, ...tiaRules.operationalAccess].includes(f.ruleId as never) && !nonDataRecipientRe.test(ev.folded(f)));
  const elsewhere = cite(anywhere, 3);
  const storage = distinct([...commitment, ...elsewhere], 6);
  const commitPlaces = placesOf(commitment);
  const elsewherePlaces = placesOf(elsewhere);
  const storageLead = [commitment.length ? `Location commitment${commitPlaces.length ? ` naming ${names(commitPlaces)}` : ''}.` : 'No location commitment.', elsewhere.length ? `Clauses letting data go elsewhere${elsewherePlaces.length ? ` (naming ${names(elsewherePlaces)})` : ''}.` : ''].filter(Boolean).join(' ');
  fromContract({ step: 1, id: 'storage-locations', label: 'Where the data is stored and processed', sccRef: 'Clause 14(b)(i)' }, storage, storageLead, 'Ask where the data will be stored and processed, including backups.');

  const remoteFindings = ev.byRule(tiaRules.operationalAccess);
  const remote = cite(remoteFindings.length ? remoteFindings : named(ev.clue(...clues.remote)), 3);
  const remotePlaces = placesOf(remote);
  fromContract({ step: 1, id: 'remote-access', label: 'Remote access from other countries', sccRef: 'Clause 14(b)(i)' }, remote, remotePlaces.length ? `Places named: ${names(remotePlaces)}.` : undefined, 'Ask whether staff or sub-processors in other countries can reach the data (support, operations).');

  // Clauses that say who the sub-processors are or where: a row of their table, or a sentence about them that
  // names a place (not a postal address for objections) or points to the list.
  const inTable = (f: { start: number }) => ev.sentences.some((x) => x.isTableRow && x.start <= f.start && f.start < x.end);
  const subs = cite(ev.byCategory(['location.subprocessor']).filter((f) => inTable(f) || (subprocessorWordRe.test(ev.folded(f)) && (placesIn(withoutAddresses(input.text.slice(f.start, f.end)), true).length > 0 || /\blist of (?:\w+ )?(?:sub-?processors|sub-?contractors)\b|\bhttps?:|\bwww\./i.test(input.text.slice(f.start, f.end))))), 6);
  const subPlaces = placesOf(subs);
  fromContract({ step: 1, id: 'subprocessors', label: 'Sub-processors and their locations', sccRef: 'Clause 14(b)(i)' }, subs, subPlaces.length ? `Places named: ${names(subPlaces)}.` : undefined, 'Ask for the list of sub-processors with the country of each.');

  const onwardRow = matrix.find((r) => r.id === 'onward-transfer')!;
  fromContract({ step: 1, id: 'onward-transfers', label: 'Onward transfers and their conditions', sccRef: 'Clause 8.7 or 8.8' }, onwardRow.sources, onwardRow.note ? `Given ${onwardRow.note}.` : undefined, 'Ask for a promise that every onward recipient is bound by the same protections.', onwardRow.status === 'weak' ? onwardRow.why : undefined);

  // Step 2: the transfer tool.
  const tools = namedTools(ev);
  const toolSources = distinct(tools.flatMap((t) => t.sources), 4);
  const defunct = tools.filter((t) => t.tool.defunct);
  fromContract({ step: 2, id: 'transfer-tool', label: 'Transfer tool relied on (GDPR Article 45, 46 or 49)' }, toolSources, tools.length ? `Named: ${tools.map((t) => t.tool.label).join('; ')}.` : undefined, 'Ask which transfer tool covers each transfer outside the exporter\'s jurisdiction.', defunct.length ? defunct.map((t) => `${t.tool.label}: ${t.tool.defunct}`).join('; ') : undefined);

  // Step 3: the destination.
  // Filter before capping, so clauses that name no third country do not crowd out those that do.
  const located = distinct([...storage, ...remote, ...subs, ...group], 24);
  const third = located.filter((c) => placesIn(input.text.slice(c.start, c.end), true).some((p) => isThirdCountry(p, exporter))).slice(0, 8);
  const thirdPlaces = placesOf(third).filter((p) => isThirdCountry(p, exporter));
  // No country named, but clauses that let data leave the exporter's area: the answer is "unnamed countries", cited and marked weak.
  const unnamed = third.length > 0 || !leavesArea[exporter] ? [] : distinct([...storage, ...remote, ...subs, ...tools.flatMap((t) => t.sources)], 24).filter((c) => lets(ev.folded(c), leavesArea[exporter]!)).slice(0, 4);
  const thirdSpec = { step: 3, id: 'third-countries', label: 'Third countries the data reaches (storage, access, sub-processors, parent)', sccRef: 'Clause 14(b)(i)' } as const;
  if (unnamed.length > 0) fromContract(thirdSpec, unnamed, 'No third country is named; these clauses let data be stored, reached or transferred outside the exporter\'s area.', '', 'the contract does not name the countries; ask the importer which ones');
  else fromContract(thirdSpec, third, thirdPlaces.length ? `Named: ${names(thirdPlaces)}.` : undefined, 'The contract names no country outside the exporter\'s jurisdiction; confirm that none is involved.');

  // Incorporated 2021 SCCs answer in their own words what the contract leaves unsaid (Clause 14(a), Clause 15), as the matrix reads them.
  const scc = sccIncorporation(ev, tools);
  const orScc = (sources: Citation[], clause: string): [Citation[], string | undefined] => (sources.length === 0 && scc ? [[scc], `Given through the incorporated 2021 SCCs, ${clause}.`] : [sources, undefined]);

  const [warranty, warrantyLead] = orScc(cite(ev.clue(...clues.warranty), 2), 'Clause 14(a)');
  fromContract({ step: 3, id: 'importer-warranty', label: 'Importer\'s warranty that its laws let it comply', sccRef: 'Clause 14(a)' }, warranty, warrantyLead, 'Ask the importer to warrant that it has no reason to believe its laws prevent it from keeping the clauses.');

  const exposure = cite([...ev.byRule(tiaRules.foreignLaw), ...ev.clue(...clues.importerExposure)], 4);
  fromContract({ step: 3, id: 'importer-exposure', label: 'Laws the contract says can reach the data (importer or parent)', sccRef: 'Clause 14(b)(ii)' }, exposure, undefined, 'The contract does not say which foreign laws can reach the data; assess the importer\'s and its parent\'s exposure.');

  // Audits by a supervisory authority are oversight of the importer, not government access to the data.
  // "warrants that" is a promise, not a search warrant.
  const disclosureFindings = ev.byCategory(['gov.disclosure', 'gov.voluntary'], 'mitigating').filter((f) => /\b(?:law enforcement|government|public authorit|authorities|court|subpoena|warrants?\b(?! that)|legal process|legally (?:binding|required|compelled)|required by (?:applicable )?law|compelled)/.test(ev.folded(f)) && !/^(?!.*\b(?:law enforcement|government|public authorit|court|subpoena|warrants?\b(?! that))).*\b(?:supervisory|data protection) authorit/.test(ev.folded(f)));
  // Without a clause on authorities, the processing the law requires (with its notice) is the contract's term for compelled disclosure.
  const byLaw = disclosureFindings.length || scc ? [] : ev.clue(...clues.requiredByLaw).filter((x) => !/\b(?:retain|retention|keep|kept|delet|return)\w*/.test(x.folded)).map((x) => ev.narrow(x, requiredByLawRe));
  const disclosure = cite([...disclosureFindings, ...byLaw], 4);
  const lawBounded = (c: Citation) => /\b(?:union|member states?|eu|european)\b/.test(ev.folded(c)) && !/\bother legal requirements?\b|\bany (?:other )?(?:applicable )?laws?\b/.test(ev.folded(c));
  const byLawLead = byLaw.length ? 'Processing the law requires, beyond the customer\'s instructions, is allowed.' : undefined;
  // Clauses that speak only of what "the law requires", never of authorities or their requests, leave the door as wide as the law they name.
  const onlyLegalRequirement = disclosure.length > 0 && disclosure.every((c) => requiredByLawRe.test(ev.folded(c)) && !/\b(?:law enforcement|government|public authorit|authorities|court|subpoena|warrants?\b(?! that)|requests?|orders?)\b/.test(ev.folded(c)));
  const byLawWeak = onlyLegalRequirement && !disclosure.every(lawBounded) ? 'it lets any law the importer is subject to compel processing or disclosure, not only EU or Member State law, and says nothing of requests from authorities' : undefined;
  const [disclosureSources, disclosureLead] = orScc(disclosure, 'Clause 15.2 (disclose only the minimum permissible after assessing the request\'s lawfulness)');
  fromContract({ step: 3, id: 'disclosure-terms', label: 'When the importer may disclose data to authorities', sccRef: 'Clause 15' }, disclosureSources, disclosureLead ?? byLawLead, 'The contract does not say when the importer may hand data to authorities; ask.', disclosureLead ? undefined : byLawWeak);

  const facts = options.facts ?? destinationFacts;
  const reached = new Set([...thirdPlaces.map((p) => p.code), ...placesOf(exposure).map((p) => p.code), ...(exposure.some((c) => /cloud act|fisa|patriot act|12333|u\.s\. law/i.test(c.excerpt)) ? ['US'] : [])]);
  const applicable = facts.filter((f) => reached.has(f.country));
  if (applicable.length > 0) {
    const value = applicable.map((f) => `${f.title} (as of ${formatAsOf(f.asOf)}): ${f.statement}`).join(' ');
    fields.push({ step: 3, id: 'destination-law', label: 'Destination law and practice (dated facts)', sccRef: 'Clause 14(b)(ii)', filledFrom: 'facts', value, sources: [], facts: applicable });
  } else {
    const note = reached.size ? `No dated facts are on file for ${[...reached].join(', ')}; describe the destination law yourself.` : unnamed.length ? 'The contract lets data leave the exporter\'s area without naming the countries; find out which they are and describe their law.' : 'No destination country outside the exporter\'s jurisdiction was found; confirm.';
    fields.push({ step: 3, id: 'destination-law', label: 'Destination law and practice (dated facts)', sccRef: 'Clause 14(b)(ii)', filledFrom: 'reviewer', value: note, sources: [] });
    gaps.push({ step: 3, id: 'destination-law', label: 'Destination law and practice (dated facts)', reason: 'judgement', note });
  }

  // Step 4: supplementary measures, from the gap matrix.
  const measure = (id: SafeguardId, sccRef?: string) => {
    const row = matrix.find((r) => r.id === id)!;
    fromContract({ step: 4, id, label: safeguardLabels[id], ...(sccRef ? { sccRef } : {}) }, row.sources, row.note ? `Given ${row.note}.` : undefined, row.why ?? '', row.status === 'weak' ? row.why : undefined);
  };
  measure('notice', 'Clause 15.1(a)');
  measure('challenge', 'Clause 15.2');
  measure('transparency', 'Clause 15.1(c)');
  measure('no-backdoor');
  measure('customer-keys');
  measure('conflict-duty', 'Clause 14(e)');
  // Encryption with keys the provider holds does not stop a demand served on the provider; the reviewer weighs it.
  // The importer's own measures: not the customer's, not the audits of them, not help with data subjects' requests.
  const security = cite(ev.clue(...clues.security).filter((x) => !notImporterMeasureRe.test(x.folded)), 3);
  fromContract({ step: 4, id: 'security-measures', label: 'Technical measures (encryption, access control)', sccRef: 'Annex II' }, security, undefined, 'Ask for the technical and organisational measures, including encryption in transit and at rest.');
  // Audits and inspections; failing those, the duty to make available what demonstrates compliance (GDPR Art. 28(3)(h), first half).
  const auditRights = ev.clue(...clues.audit);
  const audit = cite(auditRights.length ? auditRights : ev.clue(...clues.complianceInformation), 2);
  fromContract({ step: 4, id: 'audit', label: 'Organisational measures: audits and inspections', sccRef: 'Clause 8.9' }, audit, undefined, 'Ask for a right to audit the importer\'s compliance.', auditRights.length ? undefined : 'it gives information and reports that show compliance, not a right to audit');
  measure('suspension', 'Clause 14(f), 16');

  // Step 5: procedure; step 6: what can change without the exporter.
  fromContract({ step: 5, id: 'governing-law', label: 'Governing law and forum', sccRef: 'Clauses 17, 18' }, cite(ev.byCategory(['law.governing']).filter((f) => choiceOfLawRe.test(ev.folded(f))), 2), undefined, 'The contract names no governing law or forum.');
  const changes = cite([...ev.byCategory(['terms.unilateral-change']).filter((f) => /\b(?:updat|modif|amend|chang|revis|replac|relocat|mov)\w*/.test(ev.folded(f))), ...ev.clue(...clues.subprocessorChange)], 4);
  fromContract({ step: 6, id: 'change-terms', label: 'What can change without the exporter (terms, locations, sub-processors)' }, changes, undefined, 'The contract says nothing about changes to its terms or sub-processors; ask for notice and a right to object.');

  for (const j of judgementFields) {
    fields.push({ step: j.step, id: j.id, label: j.label, ...(j.sccRef ? { sccRef: j.sccRef } : {}), filledFrom: 'reviewer', value: j.note, sources: [] });
    gaps.push({ step: j.step, id: j.id, label: j.label, reason: 'judgement', note: j.note });
  }

  const order = (f: { step: TiaStep }) => (f.step === 0 ? 7 : f.step);
  fields.sort((a, b) => order(a) - order(b));
  gaps.sort((a, b) => order(a) - order(b));
  const filled = fields.filter((f) => f.filledFrom === 'contract' && f.sources.length > 0).length;
  const risk = highestRisk(input.findings);
  return {
    schemaVersion: 1,
    document: input.document,
    exporter,
    fields,
    gaps,
    matrix,
    breaks: [...policyBreaks(matrix, { storage, remote, subs, tools: tools.map((t) => ({ id: t.tool.id, label: t.tool.label, sources: t.sources })) }, options.policy ?? {}, input.text), ...(options.playbook ? playbookBreaks(options.playbook, ev) : [])],
    ...(risk ? { highestRisk: risk } : {}),
    filledShare: fields.length ? filled / fields.length : 0,
  };
}

/** The playbook's protections as rows of the gap matrix ("transfer-mechanism" is a break of its own, not a row). */
const rowOfProtection: Partial<Record<ProtectionId, SafeguardId>> = { 'location-commitment': 'location', notice: 'notice', challenge: 'challenge', transparency: 'transparency', 'customer-keys': 'customer-keys' };

/** The matrix policy: a playbook decides the required rows; without one every row is required. */
function policyFor(options: TiaOptions): TiaPolicy {
  const policy = { ...options.policy };
  if (options.playbook && !policy.requiredSafeguards) policy.requiredSafeguards = (options.playbook.requiredProtections ?? []).flatMap((p) => rowOfProtection[p] ?? []);
  return policy;
}

/**
 * The playbook's own verdict on the clauses (the same breaks the editor and `scan` show): locations,
 * transfer mechanisms and refused clause types. Missing protections are the matrix's required rows.
 */
function playbookBreaks(playbook: Playbook, ev: Evidence): PolicyBreak[] {
  return evaluatePlaybook(playbook, [...ev.findings], ev.input.text)
    .filter((b) => b.kind !== 'protection')
    .map((b) => ({ rule: b.ruleId, message: b.message, sources: b.finding ? [ev.cite(b.finding, b.finding.ruleId)] : [] }));
}

/** Is a place outside the exporter's jurisdiction (and, for the EU/EEA, outside the EEA)? */
export function isThirdCountry(p: Place, exporter: string): boolean {
  if (exporter === 'eu-eea') return !p.eea;
  if (exporter === 'uk') return p.code !== 'GB' && !p.eea;
  if (exporter === 'switzerland') return p.code !== 'CH' && !p.eea;
  const own: Record<string, string> = { us: 'US', canada: 'CA', australia: 'AU' };
  return !p.group && p.code !== own[exporter];
}

function dedupe<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

interface LocatedClauses {
  storage: Citation[];
  remote: Citation[];
  subs: Citation[];
  tools: { id: string; label: string; sources: Citation[] }[];
}

/** The playbook rules the contract breaks: required safeguards, locations and transfer tools. */
export function policyBreaks(matrix: readonly GapRow[], clauses: LocatedClauses, policy: TiaPolicy, text: string): PolicyBreak[] {
  const out: PolicyBreak[] = [];
  for (const row of matrix) {
    if (row.required && row.status !== 'present') out.push({ rule: `safeguard:${row.id}`, message: `${row.label} is required but is ${row.status}${row.why && row.status === 'weak' ? ` (${row.why})` : ''}.`, sources: row.sources });
  }
  const allowed = (policy.allowedLocations ?? []).map(placeNamed).filter((p): p is Place => p !== undefined);
  const forbidden = (policy.forbiddenLocations ?? []).map(placeNamed).filter((p): p is Place => p !== undefined);
  if (allowed.length || forbidden.length) {
    // Only clauses that let data go somewhere count; a sentence that rules a place out does not.
    for (const c of distinct([...clauses.storage, ...clauses.remote, ...clauses.subs], 20)) {
      const sentence = text.slice(c.start, c.end);
      if (/\b(?:not|never|no|except)\b/i.test(sentence) && !/\b(?:may|can)\b/i.test(sentence)) continue;
      for (const p of placesIn(sentence)) {
        if (p.group) continue;
        if (forbidden.some((f) => placeCovered(p, [f]))) out.push({ rule: 'location:forbidden', message: `The playbook forbids ${p.name}; this clause names it as a place the data may be.`, sources: [c] });
        else if (allowed.length && !placeCovered(p, allowed)) out.push({ rule: 'location:not-allowed', message: `${p.name} is outside the playbook's allowed locations (${policy.allowedLocations!.join(', ')}).`, sources: [c] });
      }
      if (allowed.length && /\b(?:anywhere|any country|worldwide|around the world|globally|outside (?:the )?(?:eea|eu|european))\b/i.test(sentence) && !/\b(?:not|never)\b/i.test(sentence)) out.push({ rule: 'location:unbounded', message: `This clause lets data go to unnamed countries; the playbook allows only ${policy.allowedLocations!.join(', ')}.`, sources: [c] });
    }
  }
  if (policy.acceptableTransferTools) {
    const ok = clauses.tools.filter((t) => policy.acceptableTransferTools!.includes(t.id));
    for (const t of clauses.tools) if (!ok.includes(t)) out.push({ rule: 'transfer-tool:not-accepted', message: `${t.label} is not among the playbook's accepted transfer tools.`, sources: t.sources });
    if (ok.length === 0) out.push({ rule: 'transfer-tool:none-accepted', message: 'The contract names no transfer tool the playbook accepts.', sources: [] });
  }
  return out;
}

// A governing-law clause chooses a law or a forum; a sentence that says a party "is subject to U.S. law" chooses neither.
const choiceOfLawRe = /\bgovern\w*|\bjurisdiction\b|\bcourts?\b|\bvenue\b|\bforum\b|\barbitra\w*|\bdisputes?\b|\bconstrued\b/;

// A role named inside a relative clause or denied ("for which Customer is a Controller", "Acme, who acts as our
// processor" (a third party), "not acting as processors").
const relativeRoleRe = /\b(?:for|of|to|in respect of) (?:which|whom)\b[^,;.]{0,60}|, (?:who|which) (?:acts?|is|are|will act|shall act) as\b[^,;.]{0,40}|\bnot (?:be |acting |act )?(?:as )?(?:a |an |the )?(?:data )?(?:controllers?|processors?)\b/g;

// Sentences about measures that are not the importer's own: the customer's duties, audits of the measures, help with requests.
const notImporterMeasureRe = /^(?:[\w.()]+ )?(?:the )?(?:client|customer|you|controller|data exporter)\b[^.;]{0,40}\b(?:is|are|shall be|remains?) (?:solely |fully )?responsible\b|\b(?:inspect\w*|audits?|demonstrate compliance)\b|\bassist\w*\b[^.;]{0,200}\bdata subjects?\b/;

/**
 * Wording that takes data outside the exporter's area, for the exporters whose area contracts name in
 * words (an EU/EEA exporter: "outside the EEA", "a third country", "no adequacy decision").
 */
const leavesArea: Record<string, RegExp> = {
  'eu-eea': /\boutside (?:of )?(?:the )?(?:area of )?(?:eu|eea|european|member states)|\bthird countr(?:y|ies)\b|\bnon-(?:eu|eea|european)\b|\bnot (?:recogni[sz]ed|subject to an adequacy|deemed adequate)|\bwithout an adequacy\b|\b(?:anywhere|any country|worldwide|wherever)\b/,
};

/** Does a clause let data go where `re` says, rather than forbid it ("may not use sub-processors outside the EEA")? */
function lets(folded: string, re: RegExp): boolean {
  if (!re.test(folded)) return false;
  return !/\b(?:may not|shall not|will not|must not|cannot|never|prohibited)\b/.test(folded) || /\b(?:unless|except|other than|save where|provided that)\b/.test(folded);
}
