/** The README's example CLI output is what the CLI prints on the bundled sample. Refresh it with `npm run docs:readme-example`. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { currentBlock, exampleArgs, exampleBlock, withBlock } from '../../scripts/readme-example';
import { runCli } from '../helpers/cli';

const root = path.resolve(__dirname, '..', '..');

describe('README example output', () => {
  it('matches what the CLI prints on samples/cloud-services-agreement.md (run npm run docs:readme-example when detection or texts change)', async () => {
    // Same code as dist/cli.js, run in-process from the sources so that a stale build cannot hide a change.
    const r = await runCli(exampleArgs, { cwd: root });
    assert.equal(r.code, 0, r.stderr);
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const block = currentBlock(readme);
    assert.ok(block, 'README.md has the cli-example markers');
    assert.equal(block, exampleBlock(r.stdout), 'README example is stale: run `npm run docs:readme-example`');
  });

  it('shows the first findings in full, counts the rest, and keeps the summary', () => {
    const finding = (n: number) => [`    ${n}:1    warning cl-x  Title (high risk; gov.x)`, '            "excerpt"', '            Case argument: A. B.'];
    const out = ['', 'a.md', ...[1, 2, 3, 4, 5].flatMap(finding), '', '5 findings in 1 file', '  by severity: 5 warning'].join('\n');
    const block = exampleBlock(out);
    assert.match(block, /\n {4}3:1 /);
    assert.doesNotMatch(block, /\n {4}4:1 /);
    assert.match(block, /… 2 more findings …/);
    assert.match(block, /5 findings in 1 file\n {2}by severity: 5 warning\n```/);
    assert.equal(withBlock(`x\n${block}\ny`, 'B'), 'x\nB\ny');
    assert.throws(() => exampleBlock('nothing'), /no findings/);
  });
});
