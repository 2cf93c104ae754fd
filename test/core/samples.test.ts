/** The bundled samples are the product's first impression: together they must show every rule. */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, rules } from '../../src/core';

const dir = join(__dirname, '..', '..', 'samples');

describe('bundled samples', () => {
  it('exercise every rule between them', () => {
    const seen = new Set<string>();
    for (const f of readdirSync(dir)) for (const finding of analyze(readFileSync(join(dir, f), 'utf8')).findings) seen.add(finding.ruleId);
    assert.deepEqual(rules.map((r) => r.id).filter((id) => !seen.has(id)), []);
  });

  it('show risky and protective clauses in the agreement', () => {
    const findings = analyze(readFileSync(join(dir, 'cloud-services-agreement.md'), 'utf8')).findings;
    assert.ok(findings.some((f) => f.risk === 'high'));
    assert.ok(findings.some((f) => f.risk === 'mitigating'));
  });
});
