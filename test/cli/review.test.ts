/** The CLI applies the same review as the editor: config file, suppressions, accepted risks, playbook, report marker. */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { acceptedKey, analyze, reportMarker } from '../../src/core';
import { runCli, tempFolder } from '../helpers/cli';

const contract = [
  '# Test agreement',
  '',
  '<!-- warrant-lens-disable-next-line cl-no-notice -->',
  'Nimbus is not obligated to notify Customer of any request for Customer Data.',
  '',
  'Provider may host Customer Content on its global infrastructure in any country in which Provider or its Sub-processors operate, including the United States.',
  '',
  'We may disclose Customer Data to law enforcement when required by law.',
  '',
].join('\n');

interface SarifResult {
  ruleId: string;
  level: string;
  suppressions?: { kind: string; justification?: string }[];
}
const sarif = (s: string) => JSON.parse(s) as { runs: { results: SarifResult[] }[] };
const json = (s: string) => JSON.parse(s) as { files: { findings: { ruleId: string; severity: string; risk: string; status?: string }[]; notes: string[]; analysed: boolean }[] };

describe('CLI review parity', () => {
  let t: ReturnType<typeof tempFolder>;
  beforeEach(() => {
    t = tempFolder();
    mkdirSync(join(t.dir, 'contracts'));
    t.file('contracts/dpa.md', contract);
  });
  afterEach(() => t.dispose());

  it('keeps a comment-suppressed finding in SARIF with suppressions of kind inSource, and leaves it out of text and JSON', async () => {
    const r = await runCli(['scan', '-f', 'sarif', '--fail-on', 'none', 'contracts/dpa.md'], { cwd: t.dir });
    const noNotice = sarif(r.stdout).runs[0]!.results.filter((x) => x.ruleId === 'cl-no-notice');
    assert.equal(noNotice.length, 1);
    assert.deepEqual(noNotice[0]!.suppressions?.map((s) => s.kind), ['inSource']);
    const j = await runCli(['scan', '-f', 'json', '--fail-on', 'none', 'contracts/dpa.md'], { cwd: t.dir });
    assert.ok(!json(j.stdout).files[0]!.findings.some((f) => f.ruleId === 'cl-no-notice'));
    const all = await runCli(['scan', '-f', 'json', '--include-suppressed', '--fail-on', 'none', 'contracts/dpa.md'], { cwd: t.dir });
    assert.equal(json(all.stdout).files[0]!.findings.find((f) => f.ruleId === 'cl-no-notice')?.status, 'suppressed');
    const text = await runCli(['scan', '--fail-on', 'none', 'contracts/dpa.md'], { cwd: t.dir });
    assert.match(text.stdout, /1 suppressed by comments/);
  });

  it('honours accepted risks: external suppression with the reason as justification, and no exit 1 for them', async () => {
    const finding = analyze(contract).findings.find((f) => f.ruleId === 'cl-location-unrestricted')!;
    mkdirSync(join(t.dir, '.warrant-lens'));
    t.file('.warrant-lens/accepted-risks.json', JSON.stringify({ version: 1, accepted: [{ ruleId: finding.ruleId, fingerprint: finding.fingerprint, reason: 'Approved by the DPO' }] }));
    const r = await runCli(['scan', '-f', 'sarif', '--fail-on', 'none', 'contracts/dpa.md'], { cwd: t.dir });
    const hit = sarif(r.stdout).runs[0]!.results.find((x) => x.ruleId === 'cl-location-unrestricted');
    assert.deepEqual(hit?.suppressions, [{ kind: 'external', status: 'accepted', justification: 'Approved by the DPO' }]);
    assert.ok(acceptedKey(finding));
  });

  it('reads the nearest .warrant-lens.json (with comments): severities change as in the editor', async () => {
    t.file('.warrant-lens.json', '// team config\n{ "rules": { "cl-location-unrestricted": "error", "cl-disclosure-required-by-law": "off", }, }\n');
    const r = await runCli(['scan', '-f', 'json', '--fail-on', 'none', 'contracts/dpa.md'], { cwd: t.dir });
    const findings = json(r.stdout).files[0]!.findings;
    assert.equal(findings.find((f) => f.ruleId === 'cl-location-unrestricted')?.severity, 'error');
    assert.ok(!findings.some((f) => f.ruleId === 'cl-disclosure-required-by-law'));
    const none = await runCli(['scan', '-f', 'json', '--no-config', '--fail-on', 'none', 'contracts/dpa.md'], { cwd: t.dir });
    assert.equal(json(none.stdout).files[0]!.findings.find((f) => f.ruleId === 'cl-location-unrestricted')?.severity, 'warning');
  });

  it('reports playbook breaks as findings with their own message and severity', async () => {
    t.file('.warrant-lens.json', '{ "playbook": { "locations": { "allowed": ["eu-eea"] }, "severity": "error" } }');
    const r = await runCli(['scan', '--fail-on', 'error', 'contracts/dpa.md'], { cwd: t.dir });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /error +playbook-location +Playbook requires storage in the EU\/EEA; this clause allows the United States\./);
    const starter = await runCli(['scan', '-f', 'json', '--playbook', 'us-company', '--fail-on', 'none', 'contracts/dpa.md'], { cwd: t.dir });
    assert.ok(json(starter.stdout).files[0]!.findings.some((f) => f.ruleId === 'playbook-protection'), 'the us-company playbook requires notice');
  });

  it('--min-risk high lists and counts only high-risk findings', async () => {
    const r = await runCli(['scan', '-f', 'json', '--min-risk', 'high', '--fail-on', 'none', 'contracts/dpa.md'], { cwd: t.dir });
    const findings = json(r.stdout).files[0]!.findings;
    assert.ok(findings.length > 0);
    assert.ok(findings.every((f) => f.risk === 'high'));
  });

  it('never analyses its own report, and skips files on the ignore list, saying so', async () => {
    t.file('contracts/report.md', `${reportMarker}\n\n# Warrant Lens review\n\n> We may disclose Customer Data to law enforcement without notice.\n`);
    t.file('.warrant-lens.json', '{ "ignore": ["drafts/**"] }');
    mkdirSync(join(t.dir, 'drafts'));
    t.file('drafts/old.md', contract);
    const r = await runCli(['scan', '-f', 'json', '--fail-on', 'none', '.'], { cwd: t.dir });
    const files = json(r.stdout).files;
    const byName = (n: string) => files.find((f) => (f as unknown as { path: string }).path.endsWith(n))!;
    assert.equal(byName('report.md').analysed, false);
    assert.match(byName('report.md').notes.join(' '), /review report/);
    assert.equal(byName('old.md').analysed, false);
    assert.match(byName('old.md').notes.join(' '), /ignore list/);
    assert.equal(byName('dpa.md').analysed, true);
  });

  it('does not read accepted risks through a symbolic link, and never prints the target\'s bytes', async function () {
    const secret = t.file('secret.txt', 'TOP-SECRET-BYTES that are not JSON');
    mkdirSync(join(t.dir, '.warrant-lens'));
    try {
      symlinkSync(secret, join(t.dir, '.warrant-lens', 'accepted-risks.json'));
    } catch {
      this.skip();
    }
    const r = await runCli(['scan', '--fail-on', 'none', 'contracts/dpa.md'], { cwd: t.dir });
    assert.match(r.stderr, /symbolic link/);
    assert.ok(!r.stderr.includes('TOP-SECRET') && !r.stdout.includes('TOP-SECRET'));
  });

  it('init writes a commented starter that the scanner reads, and refuses to overwrite it', async () => {
    const r = await runCli(['init', '--playbook', 'uk-public-body'], { cwd: t.dir });
    assert.equal(r.code, 0, r.stderr);
    const text = readFileSync(join(t.dir, '.warrant-lens.json'), 'utf8');
    assert.match(text, /^\/\/ /);
    assert.match(text, /"playbook": "uk-public-body"/);
    const again = await runCli(['init'], { cwd: t.dir });
    assert.equal(again.code, 2);
    const scan = await runCli(['scan', '--fail-on', 'none', 'contracts/dpa.md'], { cwd: t.dir });
    assert.equal(scan.stderr, '', 'the starter has no problems');
    assert.match(scan.stdout, /playbook-/);
  });
});
