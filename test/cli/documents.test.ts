/** The CLI on Word and PDF files: same findings as the Markdown they were made from, positions in the original, and `diff`. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocx, docxFromText, pdfFromParagraphs } from '../helpers/documents';
import { runCli, tempFolder } from '../helpers/cli';

const contractMd = readFileSync(join(__dirname, '..', 'fixtures', 'cli', 'contract.md'), 'utf8');

/** Filler our own words, with nothing a rule looks for: it pushes the clauses onto later pages. */
const filler = (n: number) => Array.from({ length: n }, (_, i) => `Filler paragraph ${i + 1}. The parties will meet each quarter to review the service levels in the order form and agree any changes in writing. Each party bears its own costs of those meetings.`);

/** The Markdown contract as paragraphs (headings without their #), with filler between its sections. */
function paragraphs(): string[] {
  return contractMd
    .split(/\n\s*\n/)
    .map((p) => p.replace(/^#+\s*/, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .flatMap((p) => (/^\d+\. /.test(p) ? [...filler(6), p] : [p]));
}

interface JsonFinding {
  ruleId: string;
  excerpt: string;
  severity: string;
  start: { offset: number; page?: number; pageLine?: number; paragraph?: number };
}
interface JsonReport {
  files: { path: string; error?: string; findings: JsonFinding[] }[];
}

const findingsOf = (stdout: string) => (JSON.parse(stdout) as JsonReport).files[0]!.findings;
const clauses = (fs: JsonFinding[]) => fs.map((f) => `${f.ruleId} | ${f.excerpt.replace(/^\d+(\.\d+)*\s+/, '')}`).sort();

describe('CLI on Word and PDF files', function () {
  this.timeout(60_000);
  const tmp = tempFolder();
  after(() => tmp.dispose());

  let pageOf: (needle: string) => number;
  let md: string, docx: string, pdf: string;
  before(async () => {
    const paras = paragraphs();
    md = tmp.file('contract.md', paras.map((p) => (/^\d+\. /.test(p) ? `## ${p}` : p)).join('\n\n'));
    docx = tmp.file('contract.docx', buildDocx(docxFromText(readFileSync(md, 'utf8'))));
    const made = await pdfFromParagraphs(paras, { header: 'Harbour Cloud Hosting Agreement - Confidential', twoColumnFirstPage: true });
    pageOf = made.pageOf;
    pdf = tmp.file('contract.pdf', made.bytes);
  });

  it('finds the same clauses in contract.docx and contract.pdf as in the same text in Markdown', async () => {
    const fromMd = clauses(findingsOf((await runCli(['scan', '-f', 'json', md])).stdout));
    assert.ok(fromMd.length >= 8, 'the Markdown contract has findings');
    assert.deepEqual(clauses(findingsOf((await runCli(['scan', '-f', 'json', docx])).stdout)), fromMd);
    assert.deepEqual(clauses(findingsOf((await runCli(['scan', '-f', 'json', pdf])).stdout)), fromMd);
  });

  it('gives each PDF finding the page its clause is printed on', async () => {
    const findings = findingsOf((await runCli(['scan', '-f', 'json', pdf])).stdout).filter((f) => !f.ruleId.startsWith('missing-'));
    const pages = new Set<number>();
    for (const f of findings) {
      const expected = pageOf(f.excerpt.split(' ').slice(0, 4).join(' '));
      assert.ok(expected > 0);
      assert.equal(f.start.page, expected, `${f.ruleId} "${f.excerpt}"`);
      assert.ok((f.start.pageLine ?? 0) >= 1);
      pages.add(expected);
    }
    assert.ok(pages.size >= 2, 'the clauses are spread over several pages');
  });

  it('gives each Word finding its paragraph, and prints "page N" or "¶ N" in text output', async () => {
    const findings = findingsOf((await runCli(['scan', '-f', 'json', docx])).stdout);
    const store = findings.find((f) => f.ruleId === 'cl-location-unrestricted')!;
    const paras = docxFromText(readFileSync(md, 'utf8'));
    const index = paras.findIndex((b) => 'p' in b && b.p.map((r) => (typeof r === 'string' ? r : 'text' in r ? r.text : '')).join('').includes('store and process'));
    assert.equal(store.start.paragraph, index + 1);
    const text = await runCli(['scan', '--no-color', docx]);
    assert.match(text.stdout, new RegExp(`¶ ${index + 1}\\s+warning cl-location-unrestricted`));
    const pdfText = await runCli(['scan', '--no-color', pdf]);
    assert.match(pdfText.stdout, /page \d+, line \d+\s+warning cl-location-unrestricted/);
  });

  it('puts the page in SARIF properties and keeps the region in the extracted text', async () => {
    const r = await runCli(['scan', '-f', 'sarif', pdf]);
    const results = (JSON.parse(r.stdout) as { runs: { results: { properties: { page?: number; pageLine?: number }; locations: { physicalLocation: { region: { charOffset: number } } }[] }[] }[] }).runs[0]!.results;
    assert.ok(results.length > 0);
    for (const x of results) {
      assert.ok((x.properties.page ?? 0) >= 1);
      assert.ok(x.locations[0]!.physicalLocation.region.charOffset >= 0);
    }
  });

  it('reads a Word file from standard input', async () => {
    const r = await runCli(['scan', '-f', 'json', '-'], { stdin: readFileSync(docx) });
    assert.deepEqual(clauses(findingsOf(r.stdout)), clauses(findingsOf((await runCli(['scan', '-f', 'json', docx])).stdout)));
  });

  it('reports a damaged Word file with exit 2 and one clear line', async () => {
    const bad = tmp.file('bad.docx', readFileSync(docx).subarray(0, 300));
    const r = await runCli(['scan', bad]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /bad\.docx: damaged file/);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });

  describe('diff', () => {
    const noNotice = '2.3 Harbour will not notify Customer of any request from a government authority for Customer Data.';
    const withClause = () => contractMd.replace('## 3. Law', `${noNotice}\n\n## 3. Law`);

    it('reports exactly one added no-notice clause, nothing removed, and exits 1', async () => {
      const oldMd = tmp.file('v1.md', contractMd);
      const newMd = tmp.file('v2.md', withClause());
      const r = await runCli(['diff', '-f', 'json', oldMd, newMd]);
      assert.equal(r.code, 1, r.stderr);
      const out = JSON.parse(r.stdout) as { schemaVersion: number; added: JsonFinding[]; removed: unknown[]; changed: { direction: string }[]; summary: { exceeds: boolean } };
      assert.equal(out.schemaVersion, 1);
      assert.deepEqual(out.added.map((f) => f.ruleId), ['cl-no-notice']);
      assert.match(out.added[0]!.excerpt, /will not notify Customer/);
      assert.deepEqual(out.removed, []);
      assert.deepEqual(out.changed.filter((c) => c.direction !== 'same'), []);
      assert.equal(out.summary.exceeds, true);
    });

    it('compares mixed formats: Markdown before, Word after', async () => {
      const oldMd = tmp.file('m1.md', contractMd);
      const newDocx = tmp.file('m2.docx', buildDocx(docxFromText(withClause())));
      const r = await runCli(['diff', '-f', 'json', oldMd, newDocx]);
      assert.equal(r.code, 1);
      const out = JSON.parse(r.stdout) as { added: JsonFinding[]; removed: unknown[] };
      assert.deepEqual(out.added.map((f) => f.ruleId), ['cl-no-notice']);
      assert.ok((out.added[0]!.start.paragraph ?? 0) > 0);
      assert.deepEqual(out.removed, []);
    });

    it('exits 0 when the versions differ only in numbering and spacing, and lists them as reworded', async () => {
      const oldMd = tmp.file('r1.md', contractMd);
      const newMd = tmp.file('r2.md', contractMd.replace(/\b1\.1 /, '1.4 ').replace(/\b2\.2 /, '2.9  '));
      const r = await runCli(['diff', '--no-color', oldMd, newMd]);
      assert.equal(r.code, 0, r.stdout);
      assert.match(r.stdout, /0 added, 0 removed/);
    });

    it('prints what got worse first in text, and marks SARIF results with their baseline state', async () => {
      const oldMd = tmp.file('s1.md', contractMd);
      const newMd = tmp.file('s2.md', withClause());
      const text = await runCli(['diff', '--no-color', oldMd, newMd]);
      assert.match(text.stdout, /Got worse\n {2}added {3}cl-no-notice/);
      const sarif = await runCli(['diff', '-f', 'sarif', oldMd, newMd]);
      const results = (JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string; baselineState: string }[] }[] }).runs[0]!.results;
      assert.deepEqual(results.filter((x) => x.baselineState === 'new').map((x) => x.ruleId), ['cl-no-notice']);
      assert.equal(results.filter((x) => x.baselineState === 'absent').length, 0);
    });

    it('needs exactly two inputs, and exits 2 when one cannot be read', async () => {
      assert.equal((await runCli(['diff', md])).code, 2);
      const r = await runCli(['diff', md, join(tmp.dir, 'missing.pdf')]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /missing\.pdf: no such file/);
    });
  });
});
