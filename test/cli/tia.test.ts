/** `tia`, `matrix`, and the folder-scale options of `scan` (jsonl, shard, jobs, matrix), run in-process. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempFolder } from '../helpers/cli';

const sample = join(__dirname, '..', '..', 'samples', 'cloud-services-agreement.md');
const fixture = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'tia', 'clauses.json'), 'utf8')) as { title: string; clauses: { text: string }[] };
const aurora = [fixture.title, '', ...fixture.clauses.map((c, i) => `${i + 1}. ${c.text}\n`)].join('\n');

describe('warrant-lens tia', () => {
  const tmp = tempFolder();
  after(() => tmp.dispose());

  it('prints a Markdown draft with the six steps, quoted clauses with their lines, and reviewer fields', async () => {
    const r = await runCli(['tia', sample]);
    assert.equal(r.code, 0, r.stderr);
    for (let s = 1; s <= 6; s++) assert.match(r.stdout, new RegExp(`## Step ${s}: `));
    assert.match(r.stdout, /\(\[line 81\]\([^)]*cloud-services-agreement\.md#L81\)\)/);
    assert.match(r.stdout, /\*\*For the reviewer\.\*\*/);
    assert.match(r.stdout, /\| Notice of government requests \| yes \| Weak \|/);
  });

  it('writes the documented JSON, with every citation on a real line of the contract', async () => {
    const r = await runCli(['tia', sample, '-f', 'json']);
    const json = JSON.parse(r.stdout) as { schemaVersion: number; fields: { id: string; sources: { line: number; excerpt: string }[] }[]; gaps: { id: string }[] };
    assert.equal(json.schemaVersion, 1);
    const lines = readFileSync(sample, 'utf8').split('\n');
    for (const f of json.fields) for (const s of f.sources) assert.ok(lines[s.line - 1]!.replace(/[*_]/g, '').length > 0, `${f.id} cites an empty line`);
    assert.ok(json.gaps.some((g) => g.id === 'legal-assessment'));
  });

  it('writes self-contained HTML that escapes the contract text', async () => {
    const file = tmp.file('hostile.md', `${aurora}\n\n99. Aurora will notify the customer of any request <script>alert(1)</script> from a public authority.\n`);
    const r = await runCli(['tia', file, '-f', 'html']);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /<script>alert/);
    assert.doesNotMatch(r.stdout, /<script/);
    assert.match(r.stdout, /Content-Security-Policy/);
    assert.doesNotMatch(r.stdout, /https?:\/\//);
  });

  it('writes a Word document (a zip holding word/document.xml) with --output x.docx', async () => {
    const out = join(tmp.dir, 'tia.docx');
    const r = await runCli(['tia', sample, '-o', out]);
    assert.equal(r.code, 0, r.stderr);
    const bytes = readFileSync(out);
    assert.equal(bytes.subarray(0, 2).toString(), 'PK');
    assert.ok(bytes.includes(Buffer.from('word/document.xml')));
  });

  it('cites page (PDF) or paragraph (Word) as well as the line of the extracted text', async () => {
    const dir = join(__dirname, '..', 'fixtures', 'workspace', 'contracts');
    for (const [file, key] of [['vendor-terms.pdf', 'page'], ['vendor-terms.docx', 'paragraph']] as const) {
      const r = await runCli(['tia', join(dir, file), '-f', 'json']);
      assert.equal(r.code, 0, r.stderr);
      const sources = (JSON.parse(r.stdout) as { fields: { sources: Record<string, number>[] }[] }).fields.flatMap((f) => f.sources);
      assert.ok(sources.length > 0, `${file} has cited clauses`);
      for (const src of sources) assert.ok(Number.isInteger(src[key]) && src[key]! > 0 && src.line! > 0, `${file}: ${JSON.stringify(src)}`);
    }
  });

  it('refuses docx on standard output, and a second contract, with exit code 2', async () => {
    assert.equal((await runCli(['tia', sample, '-f', 'docx'])).code, 2);
    assert.equal((await runCli(['tia', sample, sample])).code, 2);
    assert.equal((await runCli(['tia', sample, '-f', 'pdf'])).code, 2);
  });

  it('applies the nearest .warrant-lens.json playbook, or a starter named with --playbook, and refuses an unknown one', async () => {
    const dir = tempFolder();
    try {
      dir.file('.warrant-lens.json', JSON.stringify({ playbook: { requiredProtections: ['notice'] } }));
      const contract = dir.file('nimbus.md', readFileSync(sample, 'utf8'));
      const json = (r: { stdout: string }) => JSON.parse(r.stdout) as { matrix: { id: string; required: boolean }[]; breaks: { rule: string }[] };
      const own = json(await runCli(['tia', contract, '-f', 'json'], { cwd: dir.dir }));
      assert.deepEqual(own.matrix.filter((m) => m.required).map((m) => m.id), ['notice']);
      const starter = json(await runCli(['tia', contract, '-f', 'json', '--playbook', 'eu-controller'], { cwd: dir.dir }));
      assert.deepEqual(starter.matrix.filter((m) => m.required).map((m) => m.id), ['notice', 'challenge', 'location']);
      assert.ok(starter.breaks.some((b) => b.rule === 'playbook-location'), 'the sample lets Service Data go to the United States');
      assert.equal((await runCli(['tia', contract, '--playbook', 'nope'], { cwd: dir.dir })).code, 2);
    } finally {
      dir.dispose();
    }
  });

  it('checks a saved sub-processor list against the location commitment and the playbook', async () => {
    const list = tmp.file('subs.csv', 'Name,Country,Purpose\nNordlight Backup AB,Sweden,Backups\n"Mekong Ops, Ltd.",Vietnam,Support\nCloudy Inc.,,CDN\nStar Mail LLC,USA,E-mail\n');
    tmp.file('.warrant-lens.json', JSON.stringify({ playbook: { locations: { forbidden: ['us'] } } }));
    const contract = tmp.file('aurora.md', aurora);
    const r = await runCli(['tia', contract, '--subprocessors', list, '-f', 'json'], { cwd: tmp.dir });
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout) as { subprocessorList: { entries: { name: string; status: string; reasons: string[] }[] } };
    const byName = Object.fromEntries(json.subprocessorList.entries.map((e) => [e.name, e]));
    assert.equal(byName['Nordlight Backup AB']!.status, 'ok');
    assert.equal(byName['Mekong Ops, Ltd.']!.status, 'breaks');
    assert.ok(byName['Mekong Ops, Ltd.']!.reasons.some((x) => /outside the contract's location commitment \(Finland, Sweden\)/.test(x)));
    assert.ok(byName['Star Mail LLC']!.reasons.some((x) => /United States is forbidden by the playbook/.test(x)));
    assert.equal(byName['Cloudy Inc.']!.status, 'unknown');
  });
});

describe('warrant-lens matrix', () => {
  const tmp = tempFolder();
  const names = ['a-vendor.md', 'b-vendor.md', 'c-vendor.txt', 'sub/d-vendor.html'];
  before(() => {
    tmp.file('a-vendor.md', aurora);
    tmp.file('b-vendor.md', readFileSync(sample, 'utf8'));
    tmp.file('c-vendor.txt', 'Zephyr Terms of Service\n\nZephyr may store your data in any country and may disclose it to law enforcement at its discretion.\n');
    require('node:fs').mkdirSync(join(tmp.dir, 'sub'));
    tmp.file('sub/d-vendor.html', '<h1>Quill Data Processing Agreement</h1><p>Quill will host customer data only in data centres located in Germany.</p>');
  });
  after(() => tmp.dispose());

  for (const format of ['json', 'csv', 'markdown', 'html']) {
    it(`gives one row per contract (${format})`, async () => {
      const r = await runCli(['matrix', tmp.dir, '-f', format, '-j', '1']);
      assert.equal(r.code, 0, r.stderr);
      if (format === 'json') assert.equal((JSON.parse(r.stdout) as { rows: unknown[] }).rows.length, names.length);
      if (format === 'csv') assert.equal(r.stdout.trim().split('\r\n').length, names.length + 1);
      if (format === 'markdown') assert.equal(r.stdout.split('\n').filter((l) => l.startsWith('| [')).length, names.length);
      if (format === 'html') assert.equal((r.stdout.match(/<tr><td>/g) ?? []).length, names.length);
    });
  }

  it('names the vendor and links each cell to its clause', async () => {
    const r = await runCli(['matrix', tmp.dir, '-f', 'json', '-j', '1']);
    const rows = (JSON.parse(r.stdout) as { rows: { document: string; vendor: { text: string }; whereData: { text: string; sources: { line: number }[] } }[] }).rows;
    assert.deepEqual(rows.map((x) => x.vendor.text), ['Aurora Hosting', 'Nimbus', 'Zephyr', 'Quill']);
    const a = rows[0]!;
    assert.match(a.whereData.text, /Finland, Sweden/);
    assert.ok(a.whereData.sources.length > 0);
  });

  it('gives the same rows on worker threads as on one thread', async () => {
    const one = await runCli(['matrix', tmp.dir, '-f', 'json', '-j', '1']);
    const two = await runCli(['matrix', tmp.dir, '-f', 'json', '-j', '2']);
    assert.equal(two.code, 0, two.stderr);
    assert.equal(two.stdout, one.stdout);
  });
});

describe('warrant-lens scan at folder scale', () => {
  const tmp = tempFolder();
  before(() => {
    for (let i = 0; i < 6; i++) tmp.file(`c${i}.md`, `# Contract ${i}\n\nThe provider may store customer data in any country, and may disclose it to law enforcement at its discretion (contract ${i}).\n`);
  });
  after(() => tmp.dispose());

  it('streams one JSON object per file with --format jsonl, the same on 1 and 2 workers', async () => {
    const one = await runCli(['scan', tmp.dir, '-f', 'jsonl', '-j', '1', '--fail-on', 'none']);
    const two = await runCli(['scan', tmp.dir, '-f', 'jsonl', '-j', '2', '--fail-on', 'none']);
    assert.equal(one.code, 0, one.stderr);
    const lines = one.stdout.trim().split('\n').map((l) => JSON.parse(l) as { path: string; findings: unknown[] });
    assert.equal(lines.length, 6);
    assert.ok(lines.every((l) => l.findings.length > 0));
    assert.equal(two.stdout, one.stdout);
  });

  it('splits the files into disjoint shards that cover them all', async () => {
    const paths = async (shard: string) => (await runCli(['scan', tmp.dir, '-f', 'jsonl', '--shard', shard, '--fail-on', 'none'])).stdout.trim().split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { path: string }).path);
    const parts = [await paths('1/3'), await paths('2/3'), await paths('3/3')];
    const all = parts.flat();
    assert.equal(all.length, 6);
    assert.equal(new Set(all).size, 6);
  });

  it('exits 1 in jsonl mode when a finding reaches --fail-on', async () => {
    assert.equal((await runCli(['scan', tmp.dir, '-f', 'jsonl'])).code, 1);
  });

  it('prints the gap matrix of each file with --format matrix', async () => {
    const r = await runCli(['scan', sample, '-f', 'matrix', '--fail-on', 'none']);
    assert.match(r.stdout, /\| Safeguard \| Required \| Status \| Clause or reason \|/);
    assert.match(r.stdout, /\| No backdoor or bulk access \| yes \| Present \|/);
  });

  it('rejects a bad --shard or --jobs with exit code 2', async () => {
    assert.equal((await runCli(['scan', tmp.dir, '--shard', '4/3'])).code, 2);
    assert.equal((await runCli(['scan', tmp.dir, '--shard', 'x'])).code, 2);
    assert.equal((await runCli(['scan', tmp.dir, '--jobs', '0'])).code, 2);
  });
});
