/**
 * The labelled dev corpus (../shared/corpus, or WARRANT_CORPUS): every document is analysed without an
 * exception, offsets stay in range, and accuracy stays above generous floors. Scored like the corpus's
 * score.mjs: a prediction matches a label of the same category when their overlap covers at least half
 * of the shorter span and a quarter of the longer one. Skipped when the corpus is not there.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, type AnalysisResult } from '../../src/core';
import { microScore, spansMatch, type Labelled } from '../helpers/score';
import { segmentSource } from '../helpers/segmentation';

const corpus = resolve(process.env.WARRANT_CORPUS ?? join(__dirname, '..', '..', '..', 'shared', 'corpus'));
const docsDir = join(corpus, 'docs');
const labelsDir = join(corpus, 'labels');

interface Doc {
  id: string;
  text: string;
  gold: Labelled[];
  result?: AnalysisResult;
  error?: string;
}

function loadDocs(): Doc[] {
  const docs: Doc[] = [];
  for (const f of readdirSync(labelsDir).filter((x) => x.endsWith('.json')).sort()) {
    const label = JSON.parse(readFileSync(join(labelsDir, f), 'utf8')) as { id: string; spans: { quote: string; categories: string[]; start?: number; end?: number }[] };
    const path = join(docsDir, `${label.id}.md`);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, 'utf8');
    const gold = label.spans.map((s) => {
      const start = s.start ?? text.indexOf(s.quote);
      return { start, end: s.end ?? start + s.quote.length, categories: s.categories };
    });
    docs.push({ id: label.id, text, gold });
  }
  return docs;
}

describe('dev corpus', function () {
  this.timeout(300_000);
  let docs: Doc[] = [];

  before(function () {
    if (!existsSync(docsDir) || !existsSync(labelsDir)) {
      console.log(`      (no corpus at ${corpus}; set WARRANT_CORPUS to run these tests)`);
      this.skip();
    }
    docs = loadDocs();
    for (const d of docs) {
      try {
        d.result = analyze(d.text, {}, { fileName: `${d.id}.md` });
      } catch (err) {
        d.error = err instanceof Error ? (err.stack ?? err.message) : String(err);
      }
    }
  });

  it('has labelled documents to read', () => {
    assert.ok(docs.length > 0, `no labelled documents in ${corpus}`);
  });

  it('analyses every document without an exception', () => {
    const failed = docs.filter((d) => d.error).map((d) => `${d.id}: ${d.error}`);
    assert.deepEqual(failed, []);
  });

  it('keeps every finding inside its document', () => {
    const bad: string[] = [];
    for (const d of docs) {
      for (const f of d.result?.findings ?? []) if (!(f.start >= 0 && f.start < f.end && f.end <= d.text.length)) bad.push(`${d.id}: ${f.ruleId} ${f.start}-${f.end}`);
    }
    assert.deepEqual(bad, []);
  });

  it('keeps every sentence inside its document, in order and without overlap', () => {
    const bad: string[] = [];
    for (const d of docs) {
      let last = 0;
      for (const s of segmentSource(d.text).sentences) {
        if (!(s.start >= last && s.start < s.end && s.end <= d.text.length)) bad.push(`${d.id}: sentence ${s.start}-${s.end} after ${last}`);
        last = s.end;
      }
    }
    assert.deepEqual(bad.slice(0, 20), []);
  });

  it('reports no problems for the plain-text corpus documents', () => {
    const withProblems = docs.filter((d) => (d.result?.problems.length ?? 0) > 0).map((d) => `${d.id}: ${d.result!.problems.join('; ')}`);
    assert.deepEqual(withProblems, []);
  });

  describe('accuracy floors (generous; the benchmark has the real targets)', () => {
    const score = () => microScore(docs.map((d) => ({ gold: d.gold, pred: (d.result?.findings ?? []).map((f) => ({ start: f.start, end: f.end, categories: f.categories })) })));

    it('finds at least 60% of the labelled spans (micro recall)', () => {
      const s = score();
      assert.ok(s.recall >= 0.6, `micro recall ${s.recall.toFixed(3)} over ${s.gold} labelled spans`);
    });

    it('is right at least half of the time (micro precision)', () => {
      const s = score();
      assert.ok(s.precision >= 0.5, `micro precision ${s.precision.toFixed(3)} over ${s.pred} predicted spans`);
    });
  });
});

describe('corpus scoring', () => {
  it('matches spans whose overlap covers half the shorter and a quarter of the longer span', () => {
    assert.equal(spansMatch({ start: 0, end: 100 }, { start: 50, end: 100 }), true);
    assert.equal(spansMatch({ start: 0, end: 100 }, { start: 0, end: 24 }), false);
    assert.equal(spansMatch({ start: 0, end: 10 }, { start: 6, end: 20 }), false);
    assert.equal(spansMatch({ start: 0, end: 10 }, { start: 10, end: 20 }), false);
  });

  it('counts predictions and labels per category', () => {
    const s = microScore([
      {
        gold: [{ start: 0, end: 10, categories: ['gov.notice', 'gov.disclosure'] }],
        pred: [
          { start: 0, end: 10, categories: ['gov.notice'] },
          { start: 50, end: 60, categories: ['gov.notice'] },
        ],
      },
    ]);
    assert.deepEqual(s, { precision: 0.5, recall: 0.5, gold: 2, pred: 2 });
  });
});
