/**
 * Issue #9: every rule pattern is bounded. Rule and lexicon sources may not repeat a character class,
 * `\w` or `.` without a limit (`\w{0,20}`, not `\w*`), so no clause can make a pattern run long.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', 'src', 'core');
const dirs = ['rules', 'rules/shared', 'lexicon'];
// An unbounded repeat of \w, \s, a character class or "." (in a string or a regex literal).
const unbounded = /\\\\?[ws][*+]|\][*+]|(?<!\\)\.[*+]/;

describe('rule patterns are bounded', () => {
  for (const dir of dirs) {
    for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts'))) {
      it(`${dir}/${file}`, () => {
        const bad = readFileSync(join(root, dir, file), 'utf8')
          .split('\n')
          .map((line, i) => ({ line: line.replace(/^\s*(?:\/\/|\*).*$/, ''), n: i + 1 }))
          .filter(({ line }) => /['`/]/.test(line) && unbounded.test(line))
          .map(({ line, n }) => `${n}: ${line.trim().slice(0, 100)}`);
        assert.deepEqual(bad, []);
      });
    }
  }
});
