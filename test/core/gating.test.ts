/** Rule gates are a speed-up only: switching them off must never change a finding. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../src/core';
import { gating } from '../../src/core/rules/gates';

const root = join(__dirname, '..', '..');
const corpusDocs = resolve(process.env.WARRANT_CORPUS ?? join(root, '..', 'shared', 'corpus'), 'docs');

function documents(): [string, string][] {
  const docs: [string, string][] = [];
  for (const f of readdirSync(join(root, 'samples'))) docs.push([`samples/${f}`, readFileSync(join(root, 'samples', f), 'utf8')]);
  const fixtures = join(root, 'test', 'fixtures', 'rules');
  for (const f of readdirSync(fixtures).filter((x) => x.endsWith('.md'))) docs.push([`fixtures/${f}`, readFileSync(join(fixtures, f), 'utf8').replace(/ \{[+-]\}/g, '')]);
  // The labelled corpus, when it is there, is the widest test of the gates.
  if (existsSync(corpusDocs)) for (const f of readdirSync(corpusDocs)) docs.push([`corpus/${f}`, readFileSync(join(corpusDocs, f), 'utf8')]);
  return docs;
}

const summary = (text: string): string[] => analyze(text).findings.map((f) => `${f.ruleId}@${f.start}-${f.end}`);

describe('rule gates', () => {
  after(() => {
    gating.enabled = true;
  });

  for (const [name, text] of documents()) {
    it(`change nothing in ${name}`, () => {
      gating.enabled = true;
      const gated = summary(text);
      gating.enabled = false;
      const ungated = summary(text);
      gating.enabled = true;
      const lost = ungated.filter((x) => !gated.includes(x));
      assert.deepEqual(lost, [], `findings a gate hid: ${lost.join(', ')}`);
      assert.deepEqual(gated, ungated);
    });
  }
});
