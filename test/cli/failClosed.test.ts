/**
 * Fail closed (issue #9): nothing a document contains hides the rest of it. For each way a file once
 * hid a risky clause, the clause still gets a finding, or the CLI exits 2 and says what it skipped.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { runCli, tempFolder } from '../helpers/cli';

const risky = 'Harbour may store and process Customer Data in any country where Harbour or its service providers keep equipment.';
const disclosure = 'Harbour may disclose Customer Data to any government authority without notice to the Customer.';
const base = `${risky}\n\n${disclosure}\n`;

interface Case {
  name: string;
  file: string;
  text: string;
}

// Each wraps the same two clauses in something that once made them vanish with exit code 0.
const cases: Case[] = [
  { name: 'an inline `<style>` in Markdown before the clauses', file: 'style.md', text: `Use \`<style>\` for looks.\n\n${base}` },
  { name: 'an inline `<script>` in Markdown before the clauses', file: 'script.md', text: `A \`<script>\` tag is not allowed.\n\n${base}` },
  { name: 'an unclosed <script> element in HTML', file: 'script.html', text: `<p>Terms</p><script>\n<p>${risky}</p>\n<p>${disclosure}</p>\n` },
  { name: '"<!--" in a .txt file', file: 'comment.txt', text: `Draft <!-- internal\n\n${base}` },
  { name: 'a "--" line under the clause in a .txt file', file: 'setext.txt', text: `${risky}\n--\n\n${disclosure}\n` },
  { name: 'the clauses as "#" headings', file: 'heading.md', text: `# ${risky}\n\n## ${disclosure}\n` },
  { name: '20 control characters at the start', file: 'controls.md', text: `${'\u0001'.repeat(20)}${base}` },
];

describe('fail closed (issue #9)', () => {
  const tmp = tempFolder();
  after(() => tmp.dispose());

  it('finds both clauses in the base file', async () => {
    const r = await runCli(['scan', '--format', 'json', '--fail-on', 'none', '--no-missing', tmp.file('base.md', base)]);
    const ids = JSON.parse(r.stdout).files[0].findings.map((f: { ruleId: string }) => f.ruleId);
    assert.ok(ids.includes('cl-location-unrestricted') && ids.length >= 2, ids.join(', '));
  });

  for (const c of cases) {
    it(`still reports the clauses after ${c.name}`, async () => {
      const r = await runCli(['scan', '--format', 'json', '--fail-on', 'none', '--no-missing', tmp.file(c.file, c.text)]);
      const findings = JSON.parse(r.stdout).files[0].findings as { ruleId: string; excerpt: string }[];
      assert.ok(findings.some((f) => f.ruleId === 'cl-location-unrestricted'), `${c.name}: ${findings.map((f) => f.ruleId).join(', ')}`);
      assert.ok(findings.some((f) => /disclose/.test(f.excerpt)), `${c.name}: ${findings.map((f) => f.excerpt).join(' | ')}`);
      assert.equal(r.code, 0, r.stderr);
    });
  }

  it('exits 2 and names the reason when a comment hides a clause, unless --allow-skipped', async () => {
    const path = tmp.file('hidden.md', `Intro.\n\n<!--\n${risky}\n-->\n`);
    const r = await runCli(['scan', '--fail-on', 'none', path]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /hidden\.md: not analysed: Text inside an HTML comment/);
    const allowed = await runCli(['scan', '--fail-on', 'none', '--allow-skipped', path]);
    assert.equal(allowed.code, 0, allowed.stderr);
  });

  it('exits 2 for a file refused as binary', async () => {
    const r = await runCli(['scan', '--fail-on', 'none', tmp.file('binary.md', `${'\u0001\u0002'.repeat(200)}${base}`)]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not analysed: This looks like a binary file/);
  });

  it('keeps a short note in a comment from failing the run', async () => {
    const r = await runCli(['scan', '--fail-on', 'none', tmp.file('note.md', `<!-- TODO: check -->\n\n${base}`)]);
    assert.equal(r.code, 0, r.stderr);
  });

  it('marks text after the size limit as unread (the CLI exits 2 for unread text)', () => {
    const text = `${'Filler sentence without risk.\n\n'.repeat(200)}${base}`;
    const r = analyze(text, { maxChars: 1000 });
    assert.ok(r.skipped.some((s) => !s.read && /size limit/.test(s.reason) && s.end === text.length));
  });
});

describe('fail closed with --format jsonl (issue #9)', () => {
  const tmp = tempFolder();
  after(() => tmp.dispose());

  it('exits 2 and names the reason for a file with unread text, and 0 with --allow-skipped', async () => {
    const path = tmp.file('hidden.md', `Intro.\n\n<!--\n${risky}\n-->\n`);
    const r = await runCli(['scan', '--format', 'jsonl', '--fail-on', 'none', path]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /hidden\.md: not analysed: Text inside an HTML comment/);
    assert.equal((await runCli(['scan', '--format', 'jsonl', '--fail-on', 'none', '--allow-skipped', path])).code, 0);
  });
});
