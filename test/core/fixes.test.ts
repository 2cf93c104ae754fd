/** Model language must fix what it replaces: no suggested clause may itself read as a high-risk clause. */
import assert from 'node:assert/strict';
import { analyze, rules } from '../../src/core';

describe('model clauses', () => {
  for (const rule of rules) {
    for (const fix of rule.fixes) {
      it(`${rule.id}: "${fix.title}" raises no high-risk finding`, () => {
        const high = analyze(fix.text, { missingProtections: false }).findings.filter((f) => f.risk === 'high');
        assert.deepEqual(high.map((f) => `${f.ruleId}: ${f.excerpt}`), []);
      });
    }
  }
});
