/** Builds the case panel's model from the case data tables and the active document's findings. */
import { caseArguments, caseFacts, categories, datedStatements, placeMentions, protectionIds, protections, ruleDoc, type AnyCategoryId, type Finding, type HiddenCounts, type Risk, type VisibleFinding } from '../core';
import { panelLabels } from './panelLabels';
import type { JurisdictionId } from './jurisdiction';
import { jurisdictionLabel, jurisdictionNote, motionNote } from './jurisdictionNotes';
import type { PanelArgument, PanelDocument, PanelExposure, PanelFinding, PanelGroup, PanelModel, PanelRisk } from './panelProtocol';

const riskOrder: Record<Risk, number> = { high: 0, medium: 1, low: 2, mitigating: 3 };

/** The protections a reviewer looks for, in reading order (the core's protection table). */
export const protectionCategories: readonly AnyCategoryId[] = protectionIds.map((p) => protections[p].category);

/** Which protection a `missing-*` category reports as absent (from the same table). */
const missingToProtection = new Map<AnyCategoryId, AnyCategoryId>(protectionIds.flatMap((p) => (protections[p].missing ? [[protections[p].missing, protections[p].category] as const] : [])));

const locationStatements: Partial<Record<AnyCategoryId, string>> = {
  'location.anywhere': 'Anywhere the provider, its affiliates or sub-processors operate: no limit you control.',
  'location.subprocessor': 'With affiliates and sub-processors, wherever they are.',
  'location.transfer-mechanism': 'Outside your region, under a named transfer mechanism.',
  'location.commitment': 'Within a committed country or region.',
};

const authorityStatements: Partial<Record<AnyCategoryId, string>> = {
  'gov.disclosure': 'Courts, regulators and police that serve a legal demand on the provider.',
  'gov.voluntary': 'Authorities or others the provider chooses to disclose to without being compelled.',
  'gov.foreign-law': 'Authorities of the countries where the data or the provider sits, including national-security agencies.',
  'gov.no-notice': 'Any of these without you being told.',
};


function higherRisk(a: PanelRisk, b: PanelRisk): PanelRisk {
  return riskOrder[a] <= riskOrder[b] ? a : b;
}

function toPanelFinding(v: VisibleFinding, index: number, lineOf: (offset: number) => number): PanelFinding {
  const f = v.finding;
  return {
    id: `f${index}`,
    ruleId: f.ruleId,
    // A playbook break's own message says what it breaks; a clause finding is titled by its rule.
    title: f.ruleId.startsWith('playbook-') ? f.message : ruleDoc(f.ruleId)?.title || f.ruleId,
    risk: f.risk,
    severity: v.severity,
    line: lineOf(f.start) + 1,
    excerpt: f.excerpt,
    message: f.message,
    categoryIds: [...f.categories],
    argumentIds: [...f.arguments],
  };
}

function groups(findings: readonly PanelFinding[], keysOf: (f: PanelFinding) => string[], titleOf: (key: string) => string, order: (key: string) => number): PanelGroup[] {
  const map = new Map<string, PanelGroup>();
  for (const f of findings) {
    for (const key of keysOf(f)) {
      let g = map.get(key);
      if (!g) {
        g = { id: key, title: titleOf(key), risk: f.risk, count: 0, findingIds: [] };
        map.set(key, g);
      }
      // Each finding counts once per group, and the group's risk is the highest of its own findings.
      if (g.findingIds.includes(f.id)) continue;
      g.count++;
      g.risk = higherRisk(g.risk, f.risk);
      g.findingIds.push(f.id);
    }
  }
  return [...map.values()].sort((a, b) => riskOrder[a.risk] - riskOrder[b.risk] || b.count - a.count || order(a.id) - order(b.id));
}

/** The exposure summary: where data may be, who can reach it, which protections are there. */
export function exposureSummary(findings: readonly Pick<Finding, 'categories' | 'risk' | 'excerpt'>[], jurisdiction: JurisdictionId): PanelExposure {
  const present = new Set<AnyCategoryId>();
  const missing = new Set<AnyCategoryId>();
  const places = new Set<string>();
  for (const f of findings) {
    for (const c of f.categories) {
      present.add(c);
      const p = missingToProtection.get(c);
      if (p) missing.add(p);
    }
    if (f.categories.some((c) => c.startsWith('location.')) && f.risk !== 'mitigating') {
      for (const m of placeMentions(f.excerpt)) places.add(m.name);
    }
  }
  const locations = Object.entries(locationStatements)
    .filter(([c]) => present.has(c as AnyCategoryId))
    .map(([, s]) => s!);
  if (locations.length === 0) locations.push('The document says nothing about where data is stored or processed.');
  const authorities = Object.entries(authorityStatements)
    .filter(([c]) => present.has(c as AnyCategoryId))
    .map(([, s]) => s!);
  if (authorities.length === 0) authorities.push('No clause on government access was found.');
  const protections = protectionCategories.map((c) => ({
    categoryId: c,
    title: categories[c].title,
    description: categories[c].description,
    present: present.has(c) && !missing.has(c),
  }));
  const exposed = present.has('location.anywhere') || present.has('gov.voluntary') || present.has('gov.no-notice') || present.has('gov.foreign-law');
  const note = exposed ? jurisdictionNote(jurisdiction, present.has('location.anywhere') ? 'location' : 'access', 'high') : '';
  return { locations, placesNamed: [...places].sort(), authorities, protections, note };
}

/** Inputs for the document part of the model. */
export interface PanelDocumentInput {
  uri: string;
  name: string;
  visible: readonly VisibleFinding[];
  hidden: HiddenCounts;
  /** 0-based line of an offset in the document. */
  lineOf: (offset: number) => number;
  /** Why the document was not analysed; then the model makes no exposure claims. */
  pending?: string;
  /** Restricted Mode: what the repository narrowed. */
  restricted?: string[];
  /** Name of the playbook that applied. */
  playbook?: string;
}

/** The document part of the model. */
export function panelDocument(input: PanelDocumentInput, jurisdiction: JurisdictionId): PanelDocument {
  const findings = input.visible.map((v, i) => toPanelFinding(v, i, input.lineOf));
  const byRisk: Record<PanelRisk, number> = { high: 0, medium: 0, low: 0, mitigating: 0 };
  for (const f of findings) byRisk[f.risk]++;
  const argIndex = (id: string) => caseArguments.findIndex((a) => a.id === id);
  const catIndex = (id: string) => Object.keys(categories).indexOf(id);
  const doc: PanelDocument = {
    uri: input.uri,
    name: input.name,
    total: findings.length,
    byRisk,
    findings,
    byArgument: groups(findings, (f) => f.argumentIds, (id) => caseArguments.find((a) => a.id === id)?.title || id, argIndex),
    byCategory: groups(findings, (f) => f.categoryIds.slice(0, 1), (id) => categories[id as AnyCategoryId]?.title || id, catIndex),
    exposure: input.pending ? { locations: [], placesNamed: [], authorities: [], protections: [], note: '' } : exposureSummary(input.visible.map((v) => v.finding), jurisdiction),
    hidden: { ...input.hidden },
    analysed: !input.pending,
  };
  if (input.pending) doc.pending = input.pending;
  if (input.restricted && input.restricted.length > 0) doc.restricted = [...input.restricted];
  if (input.playbook) doc.playbook = { name: input.playbook, breaks: findings.filter((f) => f.ruleId.startsWith('playbook-')).map((f) => f.id) };
  return doc;
}

/** The whole model: the case at a glance, every argument, and the active document if any. */
export function panelModel(jurisdiction: JurisdictionId, document?: PanelDocument, labels: Record<string, string> = panelLabels): PanelModel {
  const linked = new Map<string, string[]>();
  for (const f of document?.findings ?? []) for (const a of f.argumentIds) linked.set(a, [...(linked.get(a) ?? []), f.id]);
  const model: PanelModel = {
    version: 1,
    labels: { ...labels },
    jurisdiction: { id: jurisdiction, label: jurisdictionLabel(jurisdiction) },
    case: {
      name: caseFacts.name,
      citation: caseFacts.citation,
      question: caseFacts.question,
      whatWasSought: caseFacts.whatWasSought,
      parties: caseFacts.parties.map((p) => ({ ...p })),
      courts: caseFacts.courts.map((c) => ({ ...c })),
      timeline: caseFacts.timeline.map((t) => ({ ...t })),
      developments: caseFacts.developments.map((d) => ({ id: d.id, title: d.title, date: d.date, summary: d.summary, status: datedStatements(d.facts) })),
      today: caseFacts.today.map((t) => [t.text, ...datedStatements(t.facts)].join(' ')),
      asOf: caseFacts.asOf,
      disclaimer: caseFacts.disclaimer,
    },
    arguments: caseArguments.map((a) => {
      const out: PanelArgument = { id: a.id, title: a.title, summary: a.summary, microsoft: a.microsoft, government: a.government, holdings: a.holdings.map((h) => ({ ...h })), today: a.today, status: datedStatements(a.facts), findingIds: linked.get(a.id) ?? [] };
      if (a.others) out.others = a.others;
      const forReviewer = motionNote(jurisdiction, [a.id]);
      if (forReviewer) out.forReviewer = forReviewer;
      return out;
    }),
  };
  if (document) model.document = document;
  return model;
}
