/** One row of the vendor register: what a reviewer compares across contracts, each cell traced to its clauses. */
import { distinct } from './evidence';
import { placesIn } from '../data/places';
import type { Risk } from '../types';
import type { Citation, PolicyBreak, SafeguardId, Tia } from './types';

/** A cell: its text and the clauses it comes from (the first is the one a link opens). */
export interface PortfolioCell {
  text: string;
  sources: Citation[];
}

export interface PortfolioRow {
  document: string;
  vendor: PortfolioCell;
  whereData: PortfolioCell;
  whoCanReach: PortfolioCell;
  transferTool: PortfolioCell;
  present: PortfolioCell;
  missing: PortfolioCell;
  breaks: PortfolioCell;
  highestRisk: Risk | 'none';
  /** Share of TIA fields filled from the contract, 0..1. */
  filledShare: number;
  /** Rows for safeguards, for sorting and CSV. */
  safeguards: Record<SafeguardId, 'present' | 'weak' | 'missing'>;
}

export const portfolioColumns = [
  { key: 'vendor', label: 'Vendor' },
  { key: 'whereData', label: 'Where data may be' },
  { key: 'whoCanReach', label: 'Who can reach it' },
  { key: 'transferTool', label: 'Transfer tool' },
  { key: 'present', label: 'Protections present' },
  { key: 'missing', label: 'Protections missing or weak' },
  { key: 'breaks', label: 'Playbook breaks' },
] as const;

const vendorTitleRe = /^(?:the\s+)?([A-Z][\w&.,' -]{1,50}?)\s+(?:cloud services agreement|customer agreement|data processing (?:agreement|addendum|terms)|data protection (?:agreement|addendum)|(?:european )?data transfer addendum|terms of (?:service|use)|privacy (?:policy|statement|notice)|(?:self-serve )?(?:subscription|services) agreement|master (?:services )?agreement|dpa|law enforcement guidelines|legal requests guidelines)\b/i;
// Capitalised words that are not names: contract vocabulary and sentence starters.
const notNames = new Set('The This These That Those We You Your Our Customer Customers Client Controller Processor Data Personal Services Service Agreement Terms Policy Privacy Section Sub Party Parties Information If In For Any All Each Where When Such As To Of On By With Or And It Its Not No Article Clause Annex Schedule Exhibit Member States State European Union EU EEA GDPR Regulation Commission Standard Contractual Clauses Law Laws United Kingdom America Company Users User Content Account Products Product Website Effective Last Updated Date Version Table Contents Home Back Cookie Cookies Security Group Inc Ltd LLC GmbH Limited Contact Notice Confidential Information Subprocessor Subprocessors Sub-processor Sub-processors Applicable Documentation Order Form Addendum DPA'.split(' '));

/** The vendor's name: from the title ("Nimbus Cloud Services Agreement" -> "Nimbus"), else the name the text repeats most. */
export function vendorFromTitle(text: string, fileName = ''): { name: string; line: number } | undefined {
  const head = text.slice(0, 6000);
  const lines = head.split(/\r?\n/);
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    const line = lines[i]!.replace(/<[^>]+>/g, ' ').replace(/[*_`#]/g, '').trim();
    const m = line ? vendorTitleRe.exec(line) : null;
    if (m && !notNames.has(m[1]!.split(' ')[0]!) && /^[A-Z][\w&.'-]*(?:\s+[A-Z0-9][\w&.'-]*){0,4}$/.test(m[1]!.trim())) return { name: m[1]!.trim(), line: i + 1 };
  }
  // A name the file is named after ("github-dpa.md" -> "GitHub") or, failing that, the most repeated name.
  const counts = new Map<string, { n: number; at: number }>();
  for (const m of head.matchAll(/\b[A-Z][A-Za-z0-9]{2,}\b/g)) {
    if (notNames.has(m[0])) continue;
    const c = counts.get(m[0]) ?? { n: 0, at: m.index };
    c.n++;
    counts.set(m[0], c);
  }
  const stem = fileName.replace(/^.*[\\/]/, '').toLowerCase();
  const fromFile = [...counts.keys()].filter((k) => stem.startsWith(k.toLowerCase())).sort((a, b) => b.length - a.length)[0];
  const best = fromFile ?? [...counts.entries()].filter(([, c]) => c.n >= 3).sort((a, b) => b[1].n - a[1].n)[0]?.[0];
  if (!best) return undefined;
  const at = counts.get(best)!.at;
  return { name: best, line: head.slice(0, at).split('\n').length };
}

/** Builds the row for one drafted TIA; `text` is the contract (for the vendor name). */
export function portfolioRow(tia: Tia, text: string): PortfolioRow {
  const field = (id: string) => tia.fields.find((f) => f.id === id);
  const cell = (text: string, sources: Citation[] = []): PortfolioCell => ({ text, sources });
  const placeCell = (ids: string[], none: string): PortfolioCell => {
    const sources = distinct(ids.flatMap((id) => field(id)?.sources ?? []), 8);
    const names = [...new Set(sources.flatMap((c) => placesIn(text.slice(c.start, c.end), true).map((p) => p.name)))];
    return cell(names.length ? names.join(', ') : sources.length ? 'not named (see clauses)' : none, sources);
  };

  const v = vendorFromTitle(text, tia.document);
  const base = tia.document.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const vendor = v ? cell(v.name, [{ line: v.line, start: 0, end: 0, excerpt: v.name }]) : cell(base);

  const whereData = placeCell(['storage-locations'], 'not stated');
  const reachSources = ['remote-access', 'importer-group', 'importer-exposure', 'third-countries'];
  const whoCanReach = placeCell(reachSources, 'not stated');
  const exposure = field('importer-exposure');
  if (exposure?.filledFrom === 'contract') {
    const laws = [...new Set(exposure.sources.flatMap((c) => lawNames.filter(([re]) => re.test(c.excerpt)).map(([, n]) => n)))];
    if (laws.length) whoCanReach.text = `${whoCanReach.text}; ${laws.join(', ')}`;
  }
  const tool = field('transfer-tool');
  const transferTool = tool?.filledFrom === 'contract' ? cell(tool.value.replace(/^Named: /, '').replace(/\.\s+".*$/s, '').replace(/\.$/, '') + (tool.weak ? ' (outdated)' : ''), tool.sources) : cell('none named');

  const present = tia.matrix.filter((r) => r.status === 'present');
  const lacking = tia.matrix.filter((r) => r.status !== 'present');
  const safeguards = Object.fromEntries(tia.matrix.map((r) => [r.id, r.status])) as PortfolioRow['safeguards'];
  return {
    document: tia.document,
    vendor,
    whereData,
    whoCanReach,
    transferTool,
    present: cell(present.map((r) => r.label).join('; ') || 'none', distinct(present.flatMap((r) => r.sources.slice(0, 1)), 9)),
    missing: cell(lacking.map((r) => `${r.label}${r.status === 'weak' ? ' (weak)' : ''}`).join('; ') || 'none', distinct(lacking.flatMap((r) => r.sources.slice(0, 1)), 9)),
    breaks: cell(tia.breaks.length ? `${tia.breaks.length}: ${tia.breaks.map(shortBreak).join('; ')}` : 'none', distinct(tia.breaks.flatMap((b) => b.sources.slice(0, 1)), 9)),
    highestRisk: tia.highestRisk ?? 'none',
    filledShare: tia.filledShare,
    safeguards,
  };
}

/** A break in a few words for a table cell: "Notice of government requests (missing)". */
function shortBreak(b: PolicyBreak): string {
  const m = /^(.*) is required but is (weak|missing)/.exec(b.message);
  return m ? `${m[1]} (${m[2]})` : b.message.replace(/\.$/, '');
}

const lawNames: [RegExp, string][] = [
  [/cloud act|clarifying lawful overseas/i, 'CLOUD Act'],
  [/foreign intelligence surveillance|\bfisa\b/i, 'FISA'],
  [/patriot act/i, 'USA PATRIOT Act'],
  [/12333/i, 'EO 12333'],
  [/national security (?:letter|request)/i, 'national-security requests'],
];
