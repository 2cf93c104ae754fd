/** The README's security section lists exactly the runtime dependencies package.json declares, at their installed versions. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');

describe('README: security and dependencies', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Security and dependencies'), readme.indexOf('\n## ', readme.indexOf('## Security and dependencies') + 3));
  const rows = [...section.matchAll(/^\| ([@a-z0-9./-]+) \| ([0-9][^ |]*)/gm)].map((m) => ({ name: m[1]!, version: m[2]! }));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

  it('names every runtime dependency and no other', () => {
    assert.deepEqual(rows.map((r) => r.name).sort(), Object.keys(pkg.dependencies).sort());
  });

  it('gives the version that is installed', () => {
    for (const r of rows) {
      const installed = (JSON.parse(readFileSync(join(root, 'node_modules', r.name, 'package.json'), 'utf8')) as { version: string }).version;
      assert.equal(r.version, installed, r.name);
    }
  });
});
