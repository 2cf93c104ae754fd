/**
 * The government-access gap matrix: for each safeguard a reviewer checks, is it in the contract (with
 * the clause), there but weak (and why), or missing. The playbook decides which rows are required.
 */
import { clues, discretionaryRe, distinct, Evidence, tiaRules, withoutPeoplesPlaces, type TiaSourceInput } from './evidence';
import { placesIn } from '../data/places';
import { sccIncorporation } from './tools';
import { safeguardIds, type Citation, type GapRow, type SafeguardId, type TiaPolicy } from './types';

export const safeguardLabels: Record<SafeguardId, string> = {
  notice: 'Notice of government requests',
  challenge: 'Challenge and minimisation',
  transparency: 'Transparency reporting',
  'no-backdoor': 'No backdoor or bulk access',
  'customer-keys': 'Customer-held keys',
  location: 'Location commitment',
  'onward-transfer': 'Onward-transfer limits',
  'conflict-duty': 'Duty to report conflicting law',
  suspension: 'Suspension or termination on conflict',
};

/** What to ask for when a safeguard is missing (shown in the matrix and the TIA's gaps). */
const askFor: Record<SafeguardId, string> = {
  notice: 'a promise to tell the customer promptly about any request for its data (SCC Clause 15.1(a)).',
  challenge: 'a promise to review each request, challenge unlawful ones and disclose only the minimum (SCC Clause 15.2).',
  transparency: 'regular published statistics on government requests (SCC Clause 15.1(c)).',
  'no-backdoor': 'a statement that no backdoor exists and that no authority has direct or bulk access.',
  'customer-keys': 'encryption under keys the customer holds, so that disclosed data is unreadable.',
  location: 'a closed list of countries or regions where data is stored and processed.',
  'onward-transfer': 'a promise that sub-processors and other recipients are bound by the same protections (SCC Clause 8.8).',
  'conflict-duty': 'a duty to tell the customer when the importer\'s laws stop it complying (SCC Clause 14(e)).',
  suspension: 'a right to suspend transfers or terminate when the importer cannot comply (SCC Clauses 14(f) and 16).',
};

/** The 2021 SCCs' own clause for each safeguard they give, when the contract incorporates them. */
const sccClauses: Partial<Record<SafeguardId, string>> = {
  notice: 'Clause 15.1(a)',
  challenge: 'Clause 15.2',
  transparency: 'Clause 15.1(c)',
  'onward-transfer': 'Clause 8.7 or 8.8',
  'conflict-duty': 'Clause 14(e)',
  suspension: 'Clauses 14(f) and 16',
};

// A notice promise that yields to the law or the authority ("unless prohibited", "to the extent permitted").
const carveOutRe = /\bunless (?:otherwise |legally )?(?:prohibited|forbidden)\b|\bunless [^.;]{0,60}\b(?:prohibits?|forbids?)\b|\bexcept where (?:legally )?(?:prohibited|forbidden)\b|\bto the extent (?:legally )?(?:permitted|permissible|allowed)\b|\bwhere (?:legally )?permitted\b/;

// A notice clause must be about a demand for data, not about instructions or breaches.
const demandRe = /\b(?:requests?|demands?|orders?|subpoenas?|warrants?|disclos\w*|compelled|legal process|legally binding)\b/;
const challengeVerbRe = /\bonly (?:the )?(?:minimum |personal )?(?:data|information|content)\b[^.;]{0,30}\b(?:requested|required|necessary|strictly)|\b(?:challenge|contest|object|quash|narrow|overbroad|lawfulness|legal remed|minimum|minimal|minimi[sz]|appeal|seek (?:a |an )?(?:protective order|interim measures))/;

/**
 * Clauses that commit to a location: the engine's commitment findings, or, when it found none, sentences
 * that keep data "only in" or "within" places they name (wordings the location rules do not know).
 */
export function commitmentSpans(ev: Evidence): { start: number; end: number; ruleId?: string }[] {
  const found = ev.byCategory(['location.commitment']);
  if (found.length) return found;
  // "If you are located in the EEA, ..." places the reader, not the data.
  return ev.clue(...clues.storage).filter((s) => placesIn(withoutPeoplesPlaces(ev.input.text.slice(s.start, s.end)), true).length > 0);
}

/** Builds the matrix. `policy.requiredSafeguards` unset means every row is required. */
export function gapMatrix(ev: Evidence, policy: TiaPolicy = {}): GapRow[] {
  const required = new Set<SafeguardId>(policy.requiredSafeguards ?? safeguardIds);
  const cite = (fs: { start: number; end: number; ruleId?: string }[]): Citation[] => distinct(fs.map((f) => ev.cite(f, f.ruleId)));
  const weakIfDiscretionary = (sources: Citation[], verbs = discretionaryRe): string | undefined => (sources.length > 0 && sources.every((c) => verbs.test(ev.folded(c))) ? 'the promise is worded as a choice ("may", "reasonable efforts"), not an obligation' : undefined);
  const scc = sccIncorporation(ev);
  const lineOf = (c: Citation) => (c.page ? `page ${c.page}${c.paragraph ? `, paragraph ${c.paragraph}` : ''}` : `line ${c.line}`);

  const rows: GapRow[] = [];
  const add = (id: SafeguardId, sources: Citation[], weak?: string) => {
    const via = sccClauses[id];
    if (sources.length === 0 && scc && via) {
      // The incorporated SCCs give it in their own words; the contract adds nothing beyond them.
      const onlyToExporter = id === 'transparency' ? 'the incorporated SCCs (Clause 15.1(c)) only report requests to the exporter; there is no published report' : undefined;
      rows.push({ id, label: safeguardLabels[id], status: onlyToExporter ? 'weak' : 'present', required: required.has(id), sources: [scc], note: `through the incorporated 2021 SCCs, ${via}`, ...(onlyToExporter ? { why: onlyToExporter } : {}) });
      return;
    }
    const status = sources.length === 0 ? 'missing' : weak ? 'weak' : 'present';
    rows.push({ id, label: safeguardLabels[id], status, required: required.has(id), sources, ...(status === 'missing' ? { why: `The contract does not give it; ask for ${askFor[id]}` } : weak ? { why: weak } : {}) });
  };

  const notice = cite(ev.byCategory(['gov.notice']).filter((f) => demandRe.test(ev.folded(f))));
  const noNotice = ev.byCategory(['gov.no-notice'], 'mitigating');
  // A secrecy carve-out inside the notice promise itself is weaker than a separate no-notice clause, but still weak
  // unless the provider promises to seek a waiver (SCC Clause 15.1(b)).
  const carveOut = noNotice.find((n) => notice.some((c) => c.start < n.end && n.start < c.end));
  // The same carve-out written into the promise itself ("unless prohibited by law") when no rule marked it.
  const inlineCarveOut = notice.length > 0 && notice.every((c) => carveOutRe.test(ev.folded(c)) && !/\bwaiver|best efforts\b/.test(ev.folded(c))) ? notice[0] : undefined;
  const carveOutWhy = (c: Citation) => `${lineOf(c)}: notice gives way whenever the law or an authority forbids it, with no promise to seek a waiver`;
  add('notice', notice, notice.length > 0 && noNotice.length > 0 ? (carveOut ? (/\bwaiver|best efforts\b/.test(ev.folded(carveOut)) ? undefined : carveOutWhy(ev.cite(carveOut))) : `${lineOf(ev.cite(noNotice[0]!))} lets the provider disclose without telling the customer`) : (weakIfDiscretionary(notice, /\b(?:may|might|can|could)\b(?:[\w,]+ ){0,5}(?:notify|inform|tell)\b|\bsole discretion\b|\b(?:commercially )?reasonable efforts to (?:notify|inform)/) ?? (inlineCarveOut ? carveOutWhy(inlineCarveOut) : undefined)));

  // Emergency or voluntary disclosure clauses that mention "the minimum" are disclosures, not challenges.
  const disclosures = ev.byCategory(['gov.voluntary'], 'mitigating');
  const challenge = cite(ev.byCategory(['gov.challenge']).filter((f) => !disclosures.some((d) => d.start === f.start)));
  add('challenge', challenge, challenge.length > 0 && !challenge.some((c) => challengeVerbRe.test(ev.folded(c))) ? 'it redirects the authority to the customer but does not promise to contest, narrow or minimise a request' : weakIfDiscretionary(challenge));

  const transparency = cite(ev.byCategory(['gov.transparency']));
  add('transparency', transparency, weakIfDiscretionary(transparency, /\b(?:may|might|can|could) (?:\w+ ){0,2}publish\b|\bsole discretion\b/));

  add('no-backdoor', cite(ev.byRule(tiaRules.noBackdoor)));

  // A finding that read several list items as one sentence is cited at the item that speaks of keys or encryption.
  const keys = ev.byCategory(['security.customer-keys']).map((k) => ev.narrow(k, /\bkeys?\b|\bencrypt|\bend-to-end\b/));
  const keySources = cite(keys);
  add('customer-keys', keySources, keys.length > 0 && keys.every((k) => k.risk !== 'mitigating') ? 'the clause speaks of encryption keys but leaves them with the provider' : undefined);

  const commitment = cite(commitmentSpans(ev));
  const escape = ev.byCategory(['location.anywhere'], 'mitigating').filter((f) => !(tiaRules.contractingEntity as readonly string[]).includes(f.ruleId) && f.risk === 'high');
  add('location', commitment, commitment.length > 0 && escape.length > 0 ? `${lineOf(ev.cite(escape[0]!))} lets data be stored or reached outside the committed location` : undefined);

  // Audits of sub-processors "with the same scope" are oversight, not a limit on onward transfers.
  const onward = cite([...ev.clue(...clues.onward), ...ev.clue(...clues.onwardPhrase)].filter((s) => !/\baudit/.test(s.folded)));
  add('onward-transfer', onward, weakIfDiscretionary(onward));

  const conflict = cite([...ev.byRule(tiaRules.conflictNotice), ...ev.clue(...clues.conflictDuty)]);
  add('conflict-duty', conflict, weakIfDiscretionary(conflict, /\b(?:may|might|can|could) (?:\w+ ){0,2}(?:notify|inform|tell)\b|\breasonable efforts to (?:notify|inform)/));

  const suspension = cite(ev.clue(...clues.suspension));
  add('suspension', suspension, suspension.length > 0 && suspension.every((c) => !/\b(?:customer|client|exporter|you|controller|either party)\b/.test(ev.folded(c))) ? 'only the provider may act on it; the customer gets no right to suspend or terminate' : undefined);

  return rows;
}

/** The gap matrix of a contract on its own (the panel shows it without drafting the whole TIA). */
export function safeguardMatrix(input: TiaSourceInput, policy: TiaPolicy = {}): GapRow[] {
  return gapMatrix(new Evidence(input), policy);
}
