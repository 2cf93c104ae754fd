/** The rule registry: one module per rule, named by its id, each listed once, each with its fixtures. */
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { inSet } from '../../src/core/rules/gates';
import { allRules, clauseRules, documentRules, registry } from '../../src/core/rules/registry';

const root = join(__dirname, '..', '..');
const ruleDir = join(root, 'src', 'core', 'rules');

describe('rule registry', () => {
  it('lists every rule module of src/core/rules, keyed by the id its file is named after', () => {
    const files = readdirSync(ruleDir).filter((f) => /^(?:cl|missing)-[a-z-]+\.ts$/.test(f)).map((f) => f.slice(0, -3)).sort();
    assert.deepEqual(Object.keys(registry).sort(), files);
    for (const [id, rule] of Object.entries(registry)) assert.equal(rule.id, id);
  });

  it('has each clause rule once in matching order, and the document rules apart', () => {
    const clauseIds = allRules.filter((r) => r.kind === 'clause').map((r) => r.id).sort();
    assert.deepEqual(clauseRules.map((r) => r.id).sort(), clauseIds);
    assert.equal(new Set(clauseRules).size, clauseRules.length);
    assert.deepEqual(documentRules.map((r) => r.id), allRules.filter((r) => r.id.startsWith('missing-')).map((r) => r.id));
  });

  it('points every rule at a fixture file that exists', () => {
    for (const r of allRules) assert.ok(existsSync(join(root, r.fixtures)), `${r.id}: ${r.fixtures}`);
  });

  it('gives every clause rule a non-empty gate', () => {
    for (const r of clauseRules) assert.ok(r.gate.words.length > 0 || r.gate.rows, r.id);
  });

  it('addresses rule sets beyond 32 rules (no 32-bit limit)', () => {
    const set = new Uint32Array(3);
    set[1] = 1 << 8;
    assert.equal(inSet(set, 40), true);
    assert.equal(inSet(set, 8), false);
    set[2] = 1 << 31;
    assert.equal(inSet(set, 95), true);
  });
});
