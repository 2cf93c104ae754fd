import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProjectLookup } from '../../src/cli/projectConfig';
import { tempFolder } from '../helpers/cli';

describe('config lookup per folder', () => {
  it('finds the nearest config for every file, whatever order the folders are asked in', () => {
    const tmp = tempFolder();
    const root = tmp.dir;
    mkdirSync(join(root, 'a', 'b', 'c'), { recursive: true });
    writeFileSync(join(root, 'a', '.warrant-lens.json'), JSON.stringify({ jurisdiction: 'uk' }));
    writeFileSync(join(root, 'a', 'b', 'c', '.warrant-lens.json'), JSON.stringify({ jurisdiction: 'us' }));
    const lookup = new ProjectLookup(root);
    const at = (...p: string[]) => lookup.configFor(join(root, ...p)).config.jurisdiction;
    assert.equal(at('a', 'b', 'x.md'), 'uk');
    assert.equal(at('a', 'b', 'c', 'y.md'), 'us');
    assert.equal(at('a', 'b', 'z.md'), 'uk');
    assert.equal(at('a', 'b', 'c', 'w.md'), 'us');
    assert.equal(lookup.configFor(join(root, 'q.md')).file, undefined);
    assert.equal(at('a', 'b', 'c', 'v.md'), 'us');
    tmp.dispose();
  });
});
