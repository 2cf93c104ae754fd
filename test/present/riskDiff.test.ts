/** Comparing the findings of two versions: matching by fingerprint, wording and similarity, and what counts as worse. */
import assert from 'node:assert/strict';
import { Analyzer, type Finding } from '../../src/core';
import { diffExceeds, diffRisk, type RiskDiff } from '../../src/present/riskDiff';

const analyzer = new Analyzer();
function side(text: string) {
  const r = analyzer.analyze(text, { missingProtections: false }, { format: 'plaintext' });
  analyzer.clear();
  return { text, findings: r.findings };
}
const diff = (a: string, b: string): RiskDiff => diffRisk(side(a), side(b));
const ids = (fs: readonly Finding[]) => fs.map((f) => f.ruleId).sort();

const store = 'The provider may store Customer Data in any country where it operates.';
const lawful = 'The provider will disclose Customer Data to public authorities only where a court order requires it.';
const notice = 'The provider will notify the customer of any government demand for its data unless the law forbids it.';

describe('diffRisk', () => {
  it('finds nothing changed between identical versions', () => {
    const d = diff(`${store}\n\n${lawful}\n`, `${store}\n\n${lawful}\n`);
    assert.deepEqual([d.added, d.removed, d.changed], [[], [], []]);
    assert.ok(d.unchanged >= 2);
  });

  it('reports an added clause as added, with nothing removed', () => {
    const d = diff(`${lawful}\n`, `${lawful}\n\n${store}\n`);
    assert.deepEqual(ids(d.added), ids(side(store).findings));
    assert.deepEqual(d.removed, []);
  });

  it('treats a renumbered clause as the same clause, not as removed and added', () => {
    const d = diff(`4.1 ${store}\n\n4.2 ${lawful}\n`, `5.1 ${lawful}\n\n5.7 ${store}\n`);
    assert.deepEqual([d.added, d.removed], [[], []]);
    assert.ok(d.changed.every((c) => c.direction === 'same'));
  });

  it('treats a lightly edited clause as changed, matched by similarity', () => {
    const edited = 'The provider may store and back up Customer Data in any country where it or its affiliates operate.';
    const d = diff(`${store}\n`, `${edited}\n`);
    assert.deepEqual([d.added, d.removed], [[], []]);
    assert.ok(d.changed.length >= 1);
    assert.ok(d.changed.every((c) => c.similarity >= 0.6 && c.similarity < 1));
  });

  it('keeps an unrelated clause that replaced another apart: removed and added', () => {
    const d = diff(`${lawful}\n\n${store}\n`, `${lawful}\n\n${notice}\n`);
    assert.deepEqual(ids(d.removed), ids(side(store).findings));
    assert.deepEqual(ids(d.added), ids(side(notice).findings));
  });

  it('counts a removed protection as a loss, and an added risk as a failure at --fail-on warning', () => {
    const lost = diff(`${notice}\n`, '');
    assert.ok(lost.removed.some((f) => f.risk === 'mitigating'));
    const added = diff('', `${store}\n`);
    assert.equal(diffExceeds(added, 'warning'), true);
    assert.equal(diffExceeds(added, 'error'), false);
    assert.equal(diffExceeds(added, 'none'), false);
    // Adding a protection never fails the check.
    assert.equal(diffExceeds(diff('', `${notice}\n`), 'hint'), false);
  });

  it('lists worse changes before better ones', () => {
    const before = side(`${store}\n`).findings[0]!;
    const mk = (f: Finding, severity: Finding['severity'], risk: Finding['risk'], start: number): Finding => ({ ...f, severity, risk, start, end: start + 1, fingerprint: `fp${start}` });
    const a = mk(before, 'hint', 'low', 0);
    const b = mk(before, 'warning', 'high', 10);
    const r = diffRisk({ text: 'same words here', findings: [a, b] }, { text: 'same words here', findings: [mk(before, 'warning', 'high', 0), mk(before, 'hint', 'low', 10)] });
    assert.deepEqual(r.changed.map((c) => c.direction), ['worse', 'better']);
  });
});
