/**
 * Sub-processor lists the reviewer saved (CSV, a Markdown table or an HTML page; nothing is fetched):
 * read each entry's country and check it against the contract's location commitment and the playbook.
 */
import { placeCovered, placeNamed, placesIn, regionPlace, type Place, type RegionId } from '../data/places';
import type { Playbook } from '../review/playbook';
import type { Citation, Tia, TiaPolicy } from './types';

/** A playbook's allowed and forbidden regions as the place names the list check compares with. */
export function locationPolicy(playbook: Playbook | undefined): TiaPolicy {
  const names = (ids: readonly RegionId[] | undefined) => ids?.map((id) => (id === 'eu-eea' ? 'EEA' : regionPlace(id).name));
  const allowed = names(playbook?.locations?.allowed);
  const forbidden = names(playbook?.locations?.forbidden);
  return { ...(allowed?.length ? { allowedLocations: allowed } : {}), ...(forbidden?.length ? { forbiddenLocations: forbidden } : {}) };
}

export interface SubprocessorEntry {
  name: string;
  /** The location cell as written. */
  location: string;
  /** The places the location cell names (a row may name several: "Germany & Belgium"). */
  places: Place[];
  /** 1-based line of the entry in the list file. */
  line: number;
}

export interface SubprocessorCheck {
  entry: SubprocessorEntry;
  /** `breaks`: outside the commitment or the playbook; `unknown`: no country could be read; `ok` otherwise. */
  status: 'ok' | 'breaks' | 'unknown';
  reasons: string[];
  /** The contract clauses the entry was checked against. */
  sources: Citation[];
}

type Row = { cells: string[]; line: number };

/** The list format a saved file's name gives (.csv, .md/.markdown, .html/.htm), or undefined to guess from the text. */
export function listFormatOf(fileName: string): 'csv' | 'markdown' | 'html' | undefined {
  const dot = fileName.lastIndexOf('.');
  const ext = dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
  return ext === 'csv' ? 'csv' : ext === 'md' || ext === 'markdown' ? 'markdown' : ext === 'html' || ext === 'htm' ? 'html' : undefined;
}

/** Parses the list; `format` from the file name ('csv', 'markdown', 'html'; see `listFormatOf`), else guessed from the text. */
export function parseSubprocessorList(text: string, format?: 'csv' | 'markdown' | 'html'): SubprocessorEntry[] {
  const f = format ?? (/<t[dh][\s>]/i.test(text) ? 'html' : /^\s*\|.*\|\s*$/m.test(text) ? 'markdown' : 'csv');
  const rows = f === 'html' ? htmlRows(text) : f === 'markdown' ? markdownRows(text) : csvRows(text);
  if (rows.length === 0) return [];
  // The header names the columns; without one, the first column is the name and the country is found by content.
  const header = rows[0]!.cells.map((c) => c.toLowerCase());
  const hasHeader = header.some((h) => /name|entity|processor|vendor|company|provider/.test(h)) && header.some((h) => /countr|location|region|where|jurisdiction|headquarter|hosting/.test(h));
  const nameCol = hasHeader ? Math.max(0, header.findIndex((h) => /name|entity|processor|vendor|company|provider/.test(h))) : 0;
  const locCols = hasHeader ? header.flatMap((h, i) => (/countr|location|region|where|jurisdiction|hosting/.test(h) ? [i] : [])) : [];
  const out: SubprocessorEntry[] = [];
  for (const row of hasHeader ? rows.slice(1) : rows) {
    const name = (row.cells[nameCol] ?? '').trim();
    if (!name) continue;
    const location = (locCols.length ? locCols.map((i) => row.cells[i] ?? '') : row.cells.filter((_, i) => i !== nameCol)).join('; ').trim();
    const places = placesIn(location).filter((p, _, all) => !(p.group && all.some((q) => !q.group)));
    out.push({ name, location, places: location ? places : [], line: row.line });
  }
  return out;
}

/** Checks each entry against the contract's committed locations (from the TIA) and the playbook. */
export function checkSubprocessors(entries: readonly SubprocessorEntry[], tia: Tia, text: string, policy: TiaPolicy = {}): SubprocessorCheck[] {
  const commitment = tia.matrix.find((r) => r.id === 'location');
  const commitClauses = commitment && commitment.status !== 'missing' ? commitment.sources : [];
  const committed = [...new Set(commitClauses.flatMap((c) => placesIn(text.slice(c.start, c.end), true)))];
  const allowed = (policy.allowedLocations ?? []).map(placeNamed).filter((p): p is Place => p !== undefined);
  const forbidden = (policy.forbiddenLocations ?? []).map(placeNamed).filter((p): p is Place => p !== undefined);
  return entries.map((entry) => {
    const reasons: string[] = [];
    if (entry.places.length === 0) return { entry, status: 'unknown', reasons: [`no country could be read from "${entry.location || '(empty)'}"`], sources: commitClauses };
    for (const p of entry.places) {
      if (committed.length && !placeCovered(p, committed)) reasons.push(`${p.name} is outside the contract's location commitment (${committed.map((c) => c.name).join(', ')})`);
      if (forbidden.some((f) => placeCovered(p, [f]))) reasons.push(`${p.name} is forbidden by the playbook`);
      else if (allowed.length && !placeCovered(p, allowed)) reasons.push(`${p.name} is outside the playbook's allowed locations (${policy.allowedLocations!.join(', ')})`);
    }
    return { entry, status: reasons.length ? 'breaks' : 'ok', reasons, sources: commitClauses };
  });
}

function lineAt(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

function markdownRows(text: string): Row[] {
  const out: Row[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    if (!/^\s*\|/.test(l) || /^\s*\|?[\s:|-]+\|?\s*$/.test(l)) return;
    out.push({ cells: l.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => stripInline(c)), line: i + 1 });
  });
  return out;
}

function stripInline(s: string): string {
  return s.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
}

function htmlRows(text: string): Row[] {
  const out: Row[] = [];
  const decode = (s: string) => s.replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  for (const m of text.matchAll(/<tr[\s>][\s\S]*?<\/tr>/gi)) {
    const cells = [...m[0].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((c) => decode(stripInline(c[1]!)));
    if (cells.length) out.push({ cells, line: lineAt(text, m.index) });
  }
  return out;
}

/** RFC 4180 CSV (quoted fields, doubled quotes, commas or semicolons as separators). */
function csvRows(text: string): Row[] {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const out: Row[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      cells.push(cell);
      cell = '';
    }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((x) => x.trim())) out.push({ cells: cells.map((x) => x.trim()), line: rowLine });
      cells = [];
      cell = '';
      rowLine = ++line;
    } else cell += c;
  }
  cells.push(cell);
  if (cells.some((x) => x.trim())) out.push({ cells: cells.map((x) => x.trim()), line: rowLine });
  return out;
}
