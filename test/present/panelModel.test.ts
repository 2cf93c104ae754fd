import assert from 'node:assert/strict';
import { analyze, caseArguments, caseFacts, LineIndex, review } from '../../src/core';
import { exposureSummary, panelDocument, panelModel, protectionCategories } from '../../src/present/panelModel';

const text = 'We may disclose Customer Data to law enforcement without notice to you.\n\nYour data may be stored and processed in any country where we operate, including the United States.\n';

function docModel(source = text) {
  const { visible, hidden } = review({ text: source, findings: analyze(source).findings, config: { settings: { rules: {}, categories: {}, maxChars: 1e7, missingProtections: true } } });
  const index = new LineIndex(source);
  return panelDocument({ uri: 'file:///c.md', name: 'c.md', visible, hidden, lineOf: (o) => index.positionAt(o).line }, 'eu-eea');
}

describe('panel model', () => {
  it('carries the case at a glance and every argument', () => {
    const m = panelModel('eu-eea');
    assert.equal(m.version, 1);
    assert.equal(m.case.name, caseFacts.name);
    assert.equal(m.case.timeline.length, caseFacts.timeline.length);
    assert.deepEqual(m.arguments.map((a) => a.id), caseArguments.map((a) => a.id));
    assert.equal(m.document, undefined);
    assert.equal(m.jurisdiction.label, 'EU/EEA');
  });

  it('lists the document findings with 1-based lines and counts by risk', () => {
    const d = docModel();
    assert.ok(d.total >= 2);
    assert.equal(d.findings.length, d.total);
    assert.equal(Object.values(d.byRisk).reduce((a, b) => a + b, 0), d.total);
    const loc = d.findings.find((f) => f.ruleId === 'cl-location-unrestricted');
    assert.ok(loc);
    assert.equal(loc.line, 3);
    assert.deepEqual(new Set(d.findings.map((f) => f.id)).size, d.total, 'ids are unique');
  });

  it('groups by argument and by category, highest risk first, with every finding id resolvable', () => {
    const d = docModel();
    const ids = new Set(d.findings.map((f) => f.id));
    for (const groups of [d.byArgument, d.byCategory]) {
      assert.ok(groups.length > 0);
      for (const g of groups) {
        assert.equal(g.count, g.findingIds.length);
        for (const id of g.findingIds) assert.ok(ids.has(id));
      }
      const order = { high: 0, medium: 1, low: 2, mitigating: 3 };
      for (let i = 1; i < groups.length; i++) assert.ok(order[groups[i - 1]!.risk] <= order[groups[i]!.risk]);
    }
    assert.equal(d.byCategory.reduce((a, g) => a + g.count, 0), d.total, 'each finding in one category group');
  });

  it('links arguments to the document findings', () => {
    const d = docModel();
    const m = panelModel('eu-eea', d);
    const linked = m.arguments.filter((a) => a.findingIds.length > 0);
    assert.ok(linked.length > 0);
    for (const a of linked) for (const id of a.findingIds) assert.ok(d.findings.find((f) => f.id === id)?.argumentIds.includes(a.id as never));
  });

  it('summarises exposure: anywhere, who can reach it, missing protections, named places', () => {
    const x = docModel().exposure;
    assert.match(x.locations.join(' '), /Anywhere/);
    assert.ok(x.authorities.length > 0);
    assert.deepEqual(x.protections.map((p) => p.categoryId), [...protectionCategories]);
    assert.equal(x.protections.find((p) => p.categoryId === 'gov.notice')?.present, false);
    assert.deepEqual(x.placesNamed, ['United States']);
    assert.ok(x.note.length > 0);
  });

  it('shows a protection as present when a mitigating clause gives it', () => {
    const x = exposureSummary([{ categories: ['gov.notice'], risk: 'mitigating', excerpt: 'We will notify you.' }], 'uk');
    assert.equal(x.protections.find((p) => p.categoryId === 'gov.notice')?.present, true);
    assert.equal(x.note, '');
  });

  it('is plain JSON (survives postMessage)', () => {
    const m = panelModel('eu-eea', docModel());
    assert.deepEqual(JSON.parse(JSON.stringify(m)), m);
  });

  it('makes no exposure claims for a document that was not analysed', () => {
    const d = panelDocument({ uri: 'file:///big.md', name: 'big.md', visible: [], hidden: { off: 0, suppressed: 0, accepted: 0 }, lineOf: () => 0, pending: 'Not analysed: too large.' }, 'eu-eea');
    assert.equal(d.analysed, false);
    assert.deepEqual(d.exposure.protections, [], 'no protection is listed as missing');
    assert.deepEqual(d.exposure.authorities, [], 'no "no clause on government access" claim');
    assert.deepEqual(d.exposure.locations, []);
  });

  it('counts each finding once per argument, with the group\'s own highest risk', () => {
    const d = docModel();
    for (const g of d.byArgument) {
      assert.equal(new Set(g.findingIds).size, g.count);
      const own = d.findings.filter((f) => g.findingIds.includes(f.id)).map((f) => f.risk);
      const order = ['high', 'medium', 'low', 'mitigating'];
      assert.equal(g.risk, own.sort((a, b) => order.indexOf(a) - order.indexOf(b))[0]);
    }
  });

  it('gives amici their own field, dated statuses from the table, and the § 2703(h) position per jurisdiction', () => {
    const eu = panelModel('eu-eea');
    const comity = eu.arguments.find((a) => a.id === 'arg-comity-conflict')!;
    assert.match(comity.others ?? '', /neither party/);
    assert.doesNotMatch(comity.microsoft, /Ireland|Commission|Apple/);
    assert.match(comity.forReviewer ?? '', /not available/);
    assert.match(panelModel('uk').arguments.find((a) => a.id === 'arg-comity-conflict')!.forReviewer ?? '', /Only the provider/);
    assert.equal(eu.arguments.find((a) => a.id === 'arg-trust')!.forReviewer, undefined);
    const devs = eu.case.developments.filter((d) => d.status.length > 0);
    assert.ok(devs.length >= 5);
    for (const d of devs) for (const s of d.status) assert.match(s, /^As of (\d{1,2} )?[A-Z][a-z]+ \d{4}: /);
  });
});
