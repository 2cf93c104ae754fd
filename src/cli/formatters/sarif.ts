/** SARIF 2.1.0 output, for GitHub code scanning and for scoring against labelled corpora. */
import { allRules as rules, datedStatements, LineIndex, type Finding, type ReviewedFinding } from '../../core';
import { sourceFields } from './position';
import type { ScannedFile } from './types';

const levelOf = (severity: Finding['severity']): 'error' | 'warning' | 'note' => (severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note');

/**
 * SARIF's suppression objects: a comment in the document is `inSource`; an accepted risk, recorded in
 * `.warrant-lens/accepted-risks.json`, is `external` with the reviewer's reason as justification.
 */
function suppressionsOf(r: ReviewedFinding): object[] | undefined {
  if (r.status === 'suppressed') return [{ kind: 'inSource', status: 'accepted' }];
  if (r.status === 'accepted' && r.suppression?.kind === 'external') return [{ kind: 'external', status: 'accepted', justification: r.suppression.justification }];
  return undefined;
}

/** A SARIF log with one run, every rule described, and one result per finding (suppressed ones kept, marked). */
export function formatSarif(files: readonly ScannedFile[], version: string): string {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = [];
  for (const file of files) {
    if (!file.review) continue;
    const index = new LineIndex(file.text ?? '');
    for (const r of file.review.all) {
      // Turned off in the configuration: not a result at all (GitHub would otherwise list it).
      if (r.status === 'off') continue;
      const f = r.finding;
      const suppressions = suppressionsOf(r);
      const s = index.positionAt(f.start);
      const e = index.positionAt(f.end);
      results.push({
        ruleId: f.ruleId,
        ruleIndex: ruleIndex.get(f.ruleId),
        level: levelOf(r.severity),
        message: { text: `${f.message}: "${f.excerpt}"` },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: toUri(file.path) },
              region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, charOffset: f.start, charLength: f.end - f.start },
            },
          },
        ],
        ...(f.related ? { relatedLocations: [{ id: 0, message: { text: `Qualifies this ${f.related.ruleId} clause` }, physicalLocation: { artifactLocation: { uri: toUri(file.path) }, region: { charOffset: f.related.start, charLength: f.related.end - f.related.start } } }] } : {}),
        partialFingerprints: { clauseText: f.fingerprint },
        ...(suppressions ? { suppressions } : {}),
        // For Word and PDF files the region is in the extracted text; the original's page or paragraph is here.
        properties: { categories: f.categories, arguments: f.arguments, risk: f.risk, ...sourceFields(file.positions, f.start) },
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Warrant Lens',
            version,
            informationUri: 'https://github.com/warrant-lens/warrant-lens',
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: r.explanation || r.title },
              help: { text: [r.explanation, ...datedStatements(r.facts), `Ask for: ${r.askFor}`].join('\n\n'), markdown: [r.explanation, ...datedStatements(r.facts), `**Ask for:** ${r.askFor}`].join('\n\n') },
              defaultConfiguration: { level: levelOf(r.severity) },
              properties: { category: r.category, risk: r.risk, arguments: r.arguments },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}

function toUri(path: string): string {
  if (path === '<stdin>') return 'stdin';
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}
