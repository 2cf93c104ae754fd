/** The accuracy benches' span scorer (bench/lib/spans.mjs): the matching rule, scoring, SARIF reading, and the held-out labels. */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CATEGORIES, goldSpans, matches, sarifSpans, score, type Label, type Span } from '../bench/lib/spans.mjs';

const root = path.resolve(__dirname, '..');
const sp = (start: number, end: number, ...categories: string[]): Span => ({ start, end, categories });

describe('bench span scorer', () => {
  it('matches spans whose overlap covers half the shorter and a quarter of the longer', () => {
    assert.equal(matches(sp(0, 100), sp(50, 150)), true);
    assert.equal(matches(sp(0, 100), sp(51, 151)), false, 'overlap 49 < half of 100');
    assert.equal(matches(sp(0, 100), sp(0, 400)), true, 'overlap 100 = a quarter of 400');
    assert.equal(matches(sp(0, 100), sp(0, 401)), false, 'overlap 100 < a quarter of 401');
    assert.equal(matches(sp(0, 10), sp(10, 20)), false, 'touching is not overlapping');
  });

  it('counts precision and recall per category, per document, and lists what failed', () => {
    const gold = new Map([
      ['a', [sp(0, 100, 'gov.notice', 'gov.disclosure'), sp(200, 300, 'law.governing')]],
      ['b', [sp(0, 50, 'records.ownership')]],
    ]);
    const pred = new Map([
      ['a', [sp(10, 100, 'gov.disclosure'), sp(400, 500, 'law.governing')]],
      ['b', [sp(0, 50, 'records.ownership'), sp(0, 50, 'records.ownership')]],
    ]);
    const r = score(gold, pred);
    assert.deepEqual(
      { ...r.categories['gov.disclosure'] },
      { precision: 1, recall: 1, f1: 1, gold: 1, pred: 1, tpGold: 1, tpPred: 1 },
    );
    assert.equal(r.categories['gov.notice'].recall, 0);
    assert.equal(r.categories['law.governing'].precision, 0);
    assert.equal(r.categories['records.ownership'].tpPred, 2, 'each predicted span that matches counts');
    assert.deepEqual({ gold: r.micro.gold, pred: r.micro.pred, tpGold: r.micro.tpGold, tpPred: r.micro.tpPred }, { gold: 4, pred: 4, tpGold: 2, tpPred: 3 });
    // Macro over the four categories that have gold spans: (1 + 0 + 0 + 1) / 4.
    assert.equal(r.macroF1, 0.5);
    assert.equal(r.documents.b.f1, 1);
    assert.deepEqual(r.misses.map((m) => `${m.id} ${m.category}`).sort(), ['a gov.notice', 'a law.governing']);
    assert.deepEqual(r.falseAlarms.map((m) => `${m.id} ${m.category} ${m.start}`), ['a law.governing 400']);
  });

  it('reads SARIF regions by line and column, else by character offset, for the document the URI ends with', () => {
    const texts = new Map([['my doc', 'first line\nsecond line\n'], ['other', 'x']]);
    const sarif = {
      runs: [{
        results: [
          { locations: [{ physicalLocation: { artifactLocation: { uri: 'file:///tmp/my%20doc.md' }, region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 7 } } }], properties: { categories: ['gov.notice'] } },
          { locations: [{ physicalLocation: { artifactLocation: { uri: '/x/my doc.md' }, region: { charOffset: 6, charLength: 4 } } }], properties: { category: 'law.governing' } },
          { locations: [{ physicalLocation: { artifactLocation: { uri: '/x/unrelated.md' }, region: { charOffset: 0, charLength: 1 } } }], properties: { categories: ['gov.notice'] } },
        ],
      }],
    };
    const pred = sarifSpans(sarif, texts);
    assert.deepEqual(pred.get('my doc')!.map((s) => [s.start, s.end, s.categories]), [[11, 17, ['gov.notice']], [6, 10, ['law.governing']]]);
    assert.deepEqual(pred.get('other'), []);
  });

  it('agrees with the corpus scorer on a perturbed copy of the corpus labels', function () {
    const corpus = process.env.WARRANT_CORPUS ?? [path.join(root, '..', 'shared', 'corpus'), path.join(root, '..', '..', 'shared', 'corpus')].find((d) => fs.existsSync(d));
    if (!corpus || !fs.existsSync(path.join(corpus, 'score.mjs'))) this.skip();
    const texts = new Map<string, string>();
    const gold = new Map<string, Span[]>();
    const results: unknown[] = [];
    for (const f of fs.readdirSync(path.join(corpus!, 'labels')).filter((f) => f.endsWith('.json')).sort()) {
      const label = JSON.parse(fs.readFileSync(path.join(corpus!, 'labels', f), 'utf8')) as Label;
      const text = fs.readFileSync(path.join(corpus!, 'docs', `${label.id}.md`), 'utf8');
      texts.set(label.id, text);
      gold.set(label.id, goldSpans(label, text));
      // Predictions that keep, shift, widen, drop or mislabel the gold spans in turn, so every outcome occurs.
      goldSpans(label, text).forEach((s, k) => {
        const len = s.end - s.start;
        const [start, end] = [[s.start, s.end], [s.start + Math.floor(len * 0.6), s.end + len], [s.start - len * 2, s.end + len], [0, 0], [s.start, s.end]][k % 5];
        if (end <= start) return;
        const categories = k % 5 === 4 ? [CATEGORIES[(CATEGORIES.indexOf(s.categories[0]) + 1) % CATEGORIES.length]] : s.categories;
        results.push({ locations: [{ physicalLocation: { artifactLocation: { uri: `file:///c/${label.id}.md` }, region: { charOffset: Math.max(0, start), charLength: end - Math.max(0, start) } } }], properties: { categories } });
      });
    }
    const sarif = { version: '2.1.0', runs: [{ results }] };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-spans-'));
    try {
      const file = path.join(dir, 'p.sarif');
      fs.writeFileSync(file, JSON.stringify(sarif));
      const theirs = JSON.parse(execFileSync(process.execPath, [path.join(corpus!, 'score.mjs'), '--sarif', file, '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 })) as { micro: unknown; macroF1: number; categories: unknown; documents: unknown };
      const ours = score(gold, sarifSpans(sarif, texts));
      assert.ok(ours.micro.tpGold > 0 && ours.micro.tpGold < ours.micro.gold, 'the perturbation gives hits and misses');
      assert.deepEqual({ micro: ours.micro, macroF1: ours.macroF1, categories: ours.categories, documents: ours.documents }, theirs);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('held-out labels quote their document exactly once, in known categories', () => {
    const set = path.join(root, 'bench', 'heldout');
    const files = fs.readdirSync(path.join(set, 'labels')).filter((f) => f.endsWith('.json'));
    assert.ok(files.length >= 5);
    for (const f of files) {
      const label = JSON.parse(fs.readFileSync(path.join(set, 'labels', f), 'utf8')) as Label;
      assert.equal(`${label.id}.json`, f);
      const text = fs.readFileSync(path.join(set, 'docs', `${label.id}.md`), 'utf8');
      for (const s of label.spans) {
        assert.equal(text.split(s.quote).length - 1, 1, `${label.id}: ${s.quote.slice(0, 60)}`);
        for (const c of s.categories) assert.ok(CATEGORIES.includes(c), `${label.id}: unknown category ${c}`);
      }
    }
  });
});
