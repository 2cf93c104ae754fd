/** The warrant-lens CLI, run in-process through run(argv, io); one smoke test spawns dist/cli.js. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { allRules as rules, LineIndex } from '../../src/core';
import { runCli, tempFolder } from '../helpers/cli';

const fixtures = join(__dirname, '..', 'fixtures', 'cli');
const contract = join(fixtures, 'contract.md');
const clean = join(fixtures, 'clean.md');
const folder = join(fixtures, 'folder');
const hintOnly = join(folder, 'nested', 'deep.txt');
const contractText = readFileSync(contract, 'utf8');

interface JsonReport {
  schemaVersion: number;
  tool: { name: string; version: string };
  files: { path: string; error?: string; notes: string[]; problems: string[]; findings: { ruleId: string; severity: string; excerpt: string; categories: string[]; start: { line: number; column: number; offset: number } }[] }[];
  summary: { findings: number; byCategory: Record<string, number> };
}

const json = (stdout: string): JsonReport => JSON.parse(stdout) as JsonReport;

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: SarifRegion } }[];
  properties: { categories: string[]; arguments: string[] };
}
interface SarifLog {
  version: string;
  runs: { columnKind: string; tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; help: { text: string } }[] } }; results: SarifResult[] }[];
}

describe('warrant-lens CLI', () => {
  const tmp = tempFolder();
  after(() => tmp.dispose());

  describe('usage', () => {
    it('prints the usage and exits 0 for --help', async () => {
      const r = await runCli(['--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /Usage: warrant-lens scan/);
      assert.equal(r.stderr, '');
    });

    it('prints the usage and exits 0 without arguments', async () => {
      const r = await runCli([]);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /Usage:/);
    });

    it('prints a version and exits 0 for --version', async () => {
      const r = await runCli(['--version']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /^\S+\n$/);
    });

    it('lists every rule for "rules"', async () => {
      const r = await runCli(['rules']);
      assert.equal(r.code, 0);
      for (const rule of rules) assert.ok(r.stdout.includes(rule.id), rule.id);
    });

    const usageErrors: [string, string[], RegExp][] = [
      ['scan without inputs', ['scan'], /at least one file/],
      ['an unknown command', ['frobnicate'], /Unknown command "frobnicate"/],
      ['an unknown option', ['scan', '--bogus', contract], /Unknown option "--bogus"/],
      ['an unknown format', ['scan', '--format', 'xml', contract], /--format must be/],
      ['an unknown --fail-on level', ['scan', '--fail-on', 'fatal', contract], /--fail-on must be/],
      ['an option without its value', ['scan', contract, '--format'], /--format needs a value/],
    ];
    for (const [name, argv, message] of usageErrors) {
      it(`exits 2 with a message on stderr for ${name}`, async () => {
        const r = await runCli(argv);
        assert.equal(r.code, 2);
        assert.match(r.stderr, message);
        assert.match(r.stderr, /Usage:/);
        assert.equal(r.stdout, '');
      });
    }

    it('accepts --format=json with an equals sign', async () => {
      const r = await runCli(['scan', '--format=json', '--fail-on=none', contract]);
      assert.equal(r.code, 0);
      assert.equal(json(r.stdout).schemaVersion, 1);
    });
  });

  describe('unreadable input', () => {
    it('exits 2 and names the path of an unknown file', async () => {
      const missing = join(tmp.dir, 'no-such-contract.md');
      const r = await runCli(['scan', missing]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /no-such-contract\.md: no such file/);
    });

    it('exits 2 with "binary" on stderr for a binary file', async () => {
      const png = tmp.file('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
      const r = await runCli(['scan', png]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /binary/);
    });

    it('exits 2 when one of several inputs is unreadable, and still reports the others', async () => {
      const r = await runCli(['scan', '--format', 'json', contract, join(tmp.dir, 'gone.md')]);
      assert.equal(r.code, 2);
      const report = json(r.stdout);
      assert.ok(report.files.some((f) => f.error && f.path.endsWith('gone.md')));
      assert.ok(report.files.some((f) => f.findings.length > 0));
    });

    it('exits 2 for a glob that matches nothing', async () => {
      const r = await runCli(['scan', join(tmp.dir, 'nothing-*.md')]);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /no files match/);
    });

    it('exits 2 for a folder without contract files', async () => {
      const empty = tempFolder();
      try {
        const r = await runCli(['scan', empty.dir]);
        assert.equal(r.code, 2);
        assert.match(r.stderr, /no contract files found/);
      } finally {
        empty.dispose();
      }
    });
  });

  describe('decoding', () => {
    it('exits 0 with a note for an empty file', async () => {
      const empty = tmp.file('empty.md', '');
      const r = await runCli(['scan', empty]);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /empty file/);
    });

    it('decodes invalid UTF-8 as Windows-1252 and says so', async () => {
      const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' terms. Harbour may store Customer Data in any country where it keeps equipment.\n')]);
      const file = tmp.file('latin.txt', bytes);
      const r = await runCli(['scan', '--format', 'json', '--fail-on', 'none', file]);
      assert.equal(r.code, 0);
      const f = json(r.stdout).files[0]!;
      assert.ok(f.notes.some((n) => /Windows-1252/.test(n)), f.notes.join('; '));
      assert.ok(f.findings.some((x) => x.excerpt.startsWith('Caf\u00e9 terms.') || x.excerpt.startsWith('Harbour')), JSON.stringify(f.findings));
    });

    it('decodes a UTF-16LE file with a byte order mark', async () => {
      const file = tmp.file('utf16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(contractText, 'utf16le')]));
      const r = await runCli(['scan', '--format', 'json', '--fail-on', 'none', file]);
      assert.equal(r.code, 0);
      const f = json(r.stdout).files[0]!;
      assert.ok(f.notes.some((n) => /UTF-16LE/.test(n)), f.notes.join('; '));
      const plain = json((await runCli(['scan', '--format', 'json', '--fail-on', 'none', contract])).stdout).files[0]!;
      assert.deepEqual(
        f.findings.map((x) => [x.ruleId, x.start.offset]),
        plain.findings.map((x) => [x.ruleId, x.start.offset]),
      );
    });

    it('drops a UTF-8 byte order mark', async () => {
      const file = tmp.file('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(contractText)]));
      const withBom = json((await runCli(['scan', '--format', 'json', '--fail-on', 'none', file])).stdout).files[0]!;
      const plain = json((await runCli(['scan', '--format', 'json', '--fail-on', 'none', contract])).stdout).files[0]!;
      assert.deepEqual(
        withBom.findings.map((x) => [x.ruleId, x.start.offset]),
        plain.findings.map((x) => [x.ruleId, x.start.offset]),
      );
    });
  });

  describe('inputs', () => {
    it('scans a folder recursively and reads only contract file types', async () => {
      const r = await runCli(['scan', '--format', 'json', '--fail-on', 'none', folder]);
      assert.equal(r.code, 0);
      const paths = json(r.stdout).files.map((f) => f.path.split(sep).join('/'));
      assert.equal(paths.length, 2, paths.join(', '));
      assert.ok(paths.some((p) => p.endsWith('folder/top.md')));
      assert.ok(paths.some((p) => p.endsWith('folder/nested/deep.txt')));
    });

    it('expands a glob relative to the working folder', async () => {
      const pattern = `${relative(process.cwd(), folder).split(sep).join('/')}/**/*.md`;
      const r = await runCli(['scan', '--format', 'json', '--fail-on', 'none', pattern]);
      assert.equal(r.code, 0, r.stderr);
      const paths = json(r.stdout).files.map((f) => f.path.split(sep).join('/'));
      assert.equal(paths.length, 1, paths.join(', '));
      assert.ok(paths[0]!.endsWith('folder/top.md'));
    });

    it('reads relative paths and globs against its working folder, not the process\'s', async () => {
      const byName = await runCli(['scan', '--format', 'json', '--fail-on', 'none', 'top.md'], { cwd: folder });
      assert.equal(byName.code, 0, byName.stderr);
      assert.equal(json(byName.stdout).files[0]!.path, 'top.md');
      const byGlob = await runCli(['scan', '--format', 'json', '--fail-on', 'none', '**/*.txt'], { cwd: folder });
      assert.equal(byGlob.code, 0, byGlob.stderr);
      assert.deepEqual(json(byGlob.stdout).files.map((f) => f.path.split(sep).join('/')), ['nested/deep.txt']);
    });

    it('scans a file given twice only once', async () => {
      const r = await runCli(['scan', '--format', 'json', '--fail-on', 'none', contract, contract]);
      assert.equal(json(r.stdout).files.length, 1);
    });

    it('reads standard input for "-"', async () => {
      const r = await runCli(['scan', '--format', 'json', '--fail-on', 'none', '-'], { stdin: contractText });
      assert.equal(r.code, 0);
      const f = json(r.stdout).files[0]!;
      assert.equal(f.path, '<stdin>');
      assert.ok(f.findings.length > 0);
    });

    it('refuses binary standard input', async () => {
      const r = await runCli(['scan', '-'], { stdin: Buffer.from([1, 0, 2, 0]) });
      assert.equal(r.code, 2);
      assert.match(r.stderr, /<stdin>: binary/);
    });
  });

  describe('--format json', () => {
    it('prints JSON with schemaVersion 1 and the tool name', async () => {
      const r = await runCli(['scan', '--format', 'json', contract]);
      const report = json(r.stdout);
      assert.equal(report.schemaVersion, 1);
      assert.equal(report.tool.name, 'warrant-lens');
    });

    it('gives 1-based line and column positions that agree with the offsets', async () => {
      const report = json((await runCli(['scan', '--format', 'json', contract])).stdout);
      const index = new LineIndex(contractText);
      for (const f of report.files[0]!.findings) {
        const p = index.positionAt(f.start.offset);
        assert.deepEqual([f.start.line, f.start.column], [p.line + 1, p.character + 1], f.ruleId);
      }
    });

    it('counts findings in the summary', async () => {
      const report = json((await runCli(['scan', '--format', 'json', contract])).stdout);
      assert.equal(report.summary.findings, report.files[0]!.findings.length);
      assert.ok(report.summary.findings > 0);
    });

    it('leaves out missing-* findings with --no-missing', async () => {
      const report = json((await runCli(['scan', '--format', 'json', '--no-missing', contract])).stdout);
      assert.ok(report.files[0]!.findings.length > 0);
      assert.ok(!report.files[0]!.findings.some((f) => f.ruleId.startsWith('missing-')));
    });
  });

  describe('--format sarif', () => {
    // CRLF line breaks and astral characters make line/column and offsets differ in interesting ways.
    const source = `Intro \ud83d\ude00 line.\r\n\r\n${contractText.replace(/\n/g, '\r\n').replace('Harbour may move', 'Harbour \ud83c\uddea\ud83c\uddfa may move')}`;
    let log: SarifLog;
    before(async () => {
      const file = tmp.file('crlf-contract.md', source);
      const r = await runCli(['scan', '--format', 'sarif', '--fail-on', 'none', file]);
      assert.equal(r.code, 0, r.stderr);
      log = JSON.parse(r.stdout) as SarifLog;
    });

    it('writes SARIF version 2.1.0 with one run', () => {
      assert.equal(log.version, '2.1.0');
      assert.equal(log.runs.length, 1);
    });

    it('declares utf16CodeUnits columns', () => {
      assert.equal(log.runs[0]!.columnKind, 'utf16CodeUnits');
    });

    it('has results', () => {
      assert.ok(log.runs[0]!.results.length > 0);
    });

    it('gives every result a ruleId, a level and a message text', () => {
      for (const r of log.runs[0]!.results) {
        assert.equal(typeof r.ruleId, 'string');
        assert.ok(['error', 'warning', 'note', 'none'].includes(r.level), r.level);
        assert.ok(r.message.text.length > 0);
      }
    });

    it('gives every result one location with a full region', () => {
      for (const r of log.runs[0]!.results) {
        assert.equal(r.locations.length, 1);
        const region = r.locations[0]!.physicalLocation.region;
        for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn', 'charOffset', 'charLength'] as const) {
          assert.ok(Number.isInteger(region[key]), `${r.ruleId}: region.${key} = ${region[key]}`);
        }
      }
    });

    it('gives every result its categories and case arguments', () => {
      for (const r of log.runs[0]!.results) {
        assert.ok(Array.isArray(r.properties.categories) && r.properties.categories.length > 0, r.ruleId);
        assert.ok(Array.isArray(r.properties.arguments) && r.properties.arguments.every((a) => a.startsWith('arg-')), r.ruleId);
      }
    });

    it('makes each region line and column agree with its charOffset and charLength', () => {
      const index = new LineIndex(source);
      for (const r of log.runs[0]!.results) {
        const g = r.locations[0]!.physicalLocation.region;
        const s = index.positionAt(g.charOffset);
        const e = index.positionAt(g.charOffset + g.charLength);
        assert.deepEqual([g.startLine, g.startColumn, g.endLine, g.endColumn], [s.line + 1, s.character + 1, e.line + 1, e.character + 1], r.ruleId);
      }
    });

    it('makes each region cover the flagged text of the source', () => {
      for (const r of log.runs[0]!.results) {
        const g = r.locations[0]!.physicalLocation.region;
        const flagged = source.slice(g.charOffset, g.charOffset + g.charLength);
        assert.equal(flagged, flagged.trim(), `${r.ruleId} region has surrounding white space`);
        assert.ok(flagged.length > 0);
      }
    });

    it('describes every rule with shortDescription, fullDescription and help', () => {
      const described = log.runs[0]!.tool.driver.rules;
      assert.deepEqual(
        described.map((d) => d.id),
        rules.map((d) => d.id),
      );
      for (const d of described) {
        assert.ok(d.shortDescription.text.length > 0, `${d.id} shortDescription`);
        assert.ok(d.fullDescription.text.length > 0, `${d.id} fullDescription`);
        assert.ok(d.help.text.length > 0, `${d.id} help`);
      }
    });

    it('points each result at its rule by ruleIndex', () => {
      const described = log.runs[0]!.tool.driver.rules;
      for (const r of log.runs[0]!.results) assert.equal(described[r.ruleIndex!]?.id, r.ruleId);
    });
  });

  describe('--format text', () => {
    it('prints location, severity, rule, excerpt and a summary by category', async () => {
      const r = await runCli(['scan', '--fail-on', 'none', contract]);
      assert.match(r.stdout, /^\s+\d+:\d+\s+warning cl-location-unrestricted/m);
      assert.match(r.stdout, /"Harbour may store and process Customer Data/);
      assert.match(r.stdout, /Case argument: /);
      assert.match(r.stdout, /by category:/);
    });

    it('says which clause a missing-* finding qualifies', async () => {
      const r = await runCli(['scan', '--fail-on', 'none', contract]);
      assert.match(r.stdout, /Qualifies the cl-[a-z-]+ clause at line \d+\./);
    });

    it('prints only the summary with --quiet', async () => {
      const r = await runCli(['scan', '--quiet', '--fail-on', 'none', contract]);
      assert.doesNotMatch(r.stdout, /Case argument: /);
      assert.match(r.stdout, /\d+ findings in 1 file/);
    });

    it('prints no colour codes when not on a terminal', async () => {
      const r = await runCli(['scan', '--fail-on', 'none', contract]);
      assert.doesNotMatch(r.stdout, /\x1b\[/);
    });
  });

  describe('--fail-on', () => {
    it('exits 1 by default when a warning is found', async () => {
      assert.equal((await runCli(['scan', contract])).code, 1);
    });

    it('exits 0 for a file with no findings', async () => {
      assert.equal((await runCli(['scan', '--fail-on', 'hint', clean])).code, 0);
    });

    it('exits 0 when nothing reaches the threshold', async () => {
      assert.equal((await runCli(['scan', '--fail-on', 'error', contract])).code, 0);
    });

    it('exits 1 when a finding is exactly at the threshold', async () => {
      assert.equal((await runCli(['scan', '--fail-on', 'hint', hintOnly])).code, 1);
    });

    it('exits 0 when every finding is below the threshold', async () => {
      assert.equal((await runCli(['scan', '--fail-on', 'info', hintOnly])).code, 0);
    });

    it('exits 0 for --fail-on none whatever is found', async () => {
      assert.equal((await runCli(['scan', '--fail-on', 'none', contract])).code, 0);
    });
  });

  describe('--output', () => {
    it('writes the report to the file and nothing to stdout', async () => {
      const out = join(tmp.dir, 'report.sarif');
      const r = await runCli(['scan', '--format', 'sarif', '--output', out, contract]);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      assert.equal((JSON.parse(readFileSync(out, 'utf8')) as SarifLog).version, '2.1.0');
    });
  });

  describe('built bundle', () => {
    const cli = join(__dirname, '..', '..', 'dist', 'cli.js');

    it('runs dist/cli.js as a process: JSON on stdout, exit 1 for warnings', function () {
      if (!existsSync(cli)) this.skip();
      const p = spawnSync(process.execPath, [cli, 'scan', '--format', 'json', contract], { encoding: 'utf8' });
      assert.equal(p.status, 1, p.stderr);
      assert.equal(json(p.stdout).schemaVersion, 1);
    });

    it('reads piped standard input in dist/cli.js', function () {
      if (!existsSync(cli)) this.skip();
      const p = spawnSync(process.execPath, [cli, 'scan', '--format', 'json', '--fail-on', 'none', '-'], { input: contractText, encoding: 'utf8' });
      assert.equal(p.status, 0, p.stderr);
      assert.ok(json(p.stdout).files[0]!.findings.length > 0);
    });
  });
});
