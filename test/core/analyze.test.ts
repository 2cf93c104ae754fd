/** analyze() and Analyzer: bad input, size limits, settings, the sentence cache and finding invariants. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, Analyzer, getRule, type AnalysisResult } from '../../src/core';
import { hostileString, randomInt, seededRandom } from '../helpers/random';

const contract = readFileSync(join(__dirname, '..', 'fixtures', 'cli', 'contract.md'), 'utf8');
const sample = readFileSync(join(__dirname, '..', '..', 'samples', 'cloud-services-agreement.md'), 'utf8');

/** Checks the invariants every result must keep, whatever the input. */
function assertWellFormed(result: AnalysisResult, text: string): void {
  assert.ok(Array.isArray(result.findings) && Array.isArray(result.problems) && Array.isArray(result.skipped));
  for (const f of result.findings) {
    assert.ok(f.start >= 0 && f.start < f.end && f.end <= text.length, `finding ${f.ruleId} at ${f.start}-${f.end} outside 0-${text.length}`);
    assert.ok(f.clause.start <= f.start && f.clause.end >= f.end, `finding ${f.ruleId} leaves its clause`);
    assert.ok(getRule(f.ruleId), `unknown rule ${f.ruleId}`);
    assert.equal(typeof f.fingerprint, 'string');
  }
  for (const s of result.skipped) assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `skipped ${s.start}-${s.end} outside the text`);
}

describe('analyze', () => {
  describe('bad input', () => {
    it('returns an empty result for empty text', () => {
      const r = analyze('');
      assert.deepEqual(r.findings, []);
      assert.deepEqual(r.problems, []);
      assert.equal(r.stats.sentences, 0);
    });

    it('returns no findings and no problems for white space only', () => {
      const r = analyze('   \n\n\t \r\n\u00a0 \r');
      assert.deepEqual(r.findings, []);
      assert.deepEqual(r.problems, []);
    });

    it('reads a few stray NUL bytes as spaces and says so', () => {
      const text = `${contract}\u0000\u0000rest`;
      const r = analyze(text);
      assert.deepEqual(
        r.findings.map((f) => f.ruleId),
        analyze(contract).findings.map((f) => f.ruleId),
      );
      assert.ok(r.problems.some((p) => /2 control characters/.test(p)), r.problems.join('; '));
    });

    it('refuses text with many NUL bytes as binary and analyses nothing', () => {
      const text = `${contract}${'\u0000a'.repeat(contract.length)}`;
      const r = analyze(text);
      assert.deepEqual(r.findings, []);
      assert.equal(r.stats.sentences, 0);
      assert.ok(r.problems.some((p) => /binary/i.test(p) && /NUL/.test(p)), r.problems.join('; '));
      assert.deepEqual(
        r.skipped.map((s) => [s.start, s.end]),
        [[0, text.length]],
      );
    });

    it('still reads a contract that starts with twenty control characters', () => {
      const r = analyze(`${'\u0001'.repeat(20)}Harbour may store Customer Data in any country where it keeps servers.`);
      assert.ok(r.findings.some((f) => f.ruleId === 'cl-location-unrestricted'), JSON.stringify(r.findings.map((f) => f.ruleId)));
      assert.deepEqual(r.skipped, []);
    });

    it('refuses text made mostly of control characters as binary', () => {
      const r = analyze('\u0001\u0002\u0003\u0004 ab \u0005\u0006\u0007\u0008'.repeat(10));
      assert.deepEqual(r.findings, []);
      assert.ok(r.problems.some((p) => /binary/i.test(p)));
    });

    it('keeps offsets exact in text that starts with a U+FEFF byte order mark', () => {
      const text = `**Summary.** Harbour may store Customer Data in any country.\n\n${contract}`;
      const plain = analyze(text).findings.map((f) => [f.ruleId, f.start + 1, f.end + 1]);
      const withBom = analyze(`\ufeff${text}`).findings.map((f) => [f.ruleId, f.start, f.end]);
      assert.deepEqual(withBom, plain);
    });

    it('notes U+FFFD replacement characters and still analyses the text', () => {
      const r = analyze(`${contract}\n\nCaf\ufffd terms.`);
      assert.ok(r.problems.some((p) => /decoded/i.test(p)), r.problems.join('; '));
      assert.ok(r.findings.length > 0);
    });

    it('returns a result for a 1 MB single line and says it was read in pieces', () => {
      const words = 'Harbour may store Customer Data in any country and disclose it to authorities without notice ';
      const text = words.repeat(Math.ceil(1_000_000 / words.length)).slice(0, 1_000_000);
      const r = analyze(text);
      assertWellFormed(r, text);
      assert.ok(r.skipped.some((s) => /pieces/.test(s.reason)), JSON.stringify(r.skipped));
    });

    it('returns a result for 5,000 ever deeper nested list levels', () => {
      let text = '';
      for (let i = 0; i < 5000; i++) text += `${'  '.repeat(i)}- x\n`;
      const r = analyze(text);
      assertWellFormed(r, text);
      assert.ok(r.stats.sentences > 0);
    });

    it('returns a result for a non-string input instead of throwing', () => {
      const r = analyze(undefined as unknown as string);
      assert.deepEqual(r.findings, []);
    });

    it('returns a result for 5,000 nested list levels that carry clause text', () => {
      let text = '';
      for (let i = 0; i < 5000; i++) text += `${' '.repeat(i % 400)}- Harbour may store Customer Data in any country (level ${i}).\n`;
      const r = analyze(text);
      assertWellFormed(r, text);
      assert.ok(r.findings.length > 0);
    });
  });

  describe('size limit', () => {
    it('analyses only the first maxChars characters', () => {
      const text = `${contract}\n\n${contract}`;
      const r = analyze(text, { maxChars: contract.length });
      assert.ok(r.findings.length > 0);
      for (const f of r.findings) assert.ok(f.end <= contract.length, `${f.ruleId} at ${f.start}-${f.end}`);
    });

    it('reports the rest as skipped and as a problem', () => {
      const text = `${contract}\n\n${contract}`;
      const r = analyze(text, { maxChars: contract.length });
      assert.equal(r.skipped.length, 1);
      assert.equal(r.skipped[0]!.end, text.length);
      assert.ok(r.skipped[0]!.start <= contract.length);
      assert.ok(r.problems.some((p) => /size limit/.test(p)));
    });

    it('cuts at a line break when one is near the limit', () => {
      const text = `${contract}\n\n${contract}`;
      const r = analyze(text, { maxChars: contract.length + 5 });
      const cut = r.skipped[0]!.start;
      assert.equal(text[cut], '\n');
    });

    it('reports nothing skipped for text under the limit', () => {
      const r = analyze(contract, { maxChars: contract.length });
      assert.deepEqual(r.skipped, []);
    });
  });

  describe('settings', () => {
    const base = analyze(contract);

    it('drops the findings of a rule set to "off"', () => {
      const ruleId = base.findings.find((f) => !f.ruleId.startsWith('missing-'))!.ruleId;
      const r = analyze(contract, { rules: { [ruleId]: 'off' } });
      assert.equal(r.findings.filter((f) => f.ruleId === ruleId).length, 0);
      assert.ok(r.findings.length > 0, 'other rules still report');
    });

    it('changes the severity of every finding in a category set to "error"', () => {
      const category = base.findings[0]!.categories[0]!;
      const r = analyze(contract, { categories: { [category]: 'error' } });
      const inCategory = r.findings.filter((f) => f.categories[0] === category);
      assert.ok(inCategory.length > 0);
      for (const f of inCategory) assert.equal(f.severity, 'error', f.ruleId);
    });

    it('leaves findings of other categories at their severity', () => {
      const category = base.findings[0]!.categories[0]!;
      const r = analyze(contract, { categories: { [category]: 'error' } });
      const others = (x: AnalysisResult) => x.findings.filter((f) => f.categories[0] !== category).map((f) => `${f.ruleId}:${f.severity}`);
      assert.deepEqual(others(r), others(base));
    });

    it('lets a rule setting win over its category setting', () => {
      const f0 = base.findings.find((f) => !f.ruleId.startsWith('missing-'))!;
      const r = analyze(contract, { rules: { [f0.ruleId]: 'hint' }, categories: { [f0.categories[0]!]: 'error' } });
      for (const f of r.findings.filter((x) => x.ruleId === f0.ruleId)) assert.equal(f.severity, 'hint');
    });

    it('drops a whole category set to "off"', () => {
      const category = base.findings[0]!.categories[0]!;
      const r = analyze(contract, { categories: { [category]: 'off' } });
      assert.equal(r.findings.filter((f) => f.categories[0] === category).length, 0);
    });

    it('drops missing-protection findings when missingProtections is false', () => {
      assert.ok(base.findings.some((f) => f.ruleId.startsWith('missing-')), 'the fixture has missing-* findings');
      const r = analyze(contract, { missingProtections: false });
      assert.equal(r.findings.filter((f) => f.ruleId.startsWith('missing-')).length, 0);
    });

    it('reports an unknown category as a problem and still analyses', () => {
      const r = analyze(contract, { categories: { 'no.such': 'error' } as never });
      assert.ok(r.problems.some((p) => /no\.such/.test(p)));
      assert.equal(r.findings.length, base.findings.length);
    });

    it('reports a bad severity as a problem and ignores it', () => {
      const ruleId = base.findings[0]!.ruleId;
      const r = analyze(contract, { rules: { [ruleId]: 'loud' as never } });
      assert.ok(r.problems.some((p) => /loud/.test(p)));
      assert.deepEqual(r.findings, base.findings);
    });
  });

  describe('findings', () => {
    const r = analyze(sample);

    it('keeps every finding inside the text and its clause', () => {
      assertWellFormed(r, sample);
    });

    it('sorts findings by start offset', () => {
      for (let i = 1; i < r.findings.length; i++) assert.ok(r.findings[i - 1]!.start <= r.findings[i]!.start);
    });

    it('gives each finding its rule category first', () => {
      for (const f of r.findings) assert.equal(f.categories[0], getRule(f.ruleId)!.category, f.ruleId);
    });

    it('gives each finding an excerpt of its own text', () => {
      for (const f of r.findings) {
        const words = f.excerpt.replace(/…$/, '').split(' ').slice(0, 3).join(' ');
        assert.ok(sample.slice(f.start, f.end).replace(/\s+/g, ' ').includes(words), `${f.ruleId}: ${f.excerpt}`);
      }
    });

    it('points every missing-* finding at an existing clause finding', () => {
      const doc = analyze(contract);
      const missing = doc.findings.filter((f) => f.ruleId.startsWith('missing-'));
      assert.ok(missing.length > 0, 'the fixture has missing-* findings');
      for (const m of missing) {
        assert.ok(m.related, `${m.ruleId} has no related clause`);
        const target = doc.findings.find((f) => f.ruleId === m.related!.ruleId && f.start === m.related!.start && f.end === m.related!.end);
        assert.ok(target, `${m.ruleId} points at ${m.related!.ruleId} ${m.related!.start}-${m.related!.end}, which is not a finding`);
      }
    });

    it('anchors every missing-* finding on the clause it qualifies', () => {
      for (const m of analyze(contract).findings.filter((f) => f.ruleId.startsWith('missing-'))) {
        assert.deepEqual([m.start, m.end], [m.related!.start, m.related!.end]);
      }
    });

    it('gives only missing-* findings a related clause', () => {
      for (const f of analyze(contract).findings) assert.equal(f.related !== undefined, f.ruleId.startsWith('missing-'), f.ruleId);
    });

    it('asks the NLP parser only where the clause structure leaves the subject open', () => {
      // One clause led by the customer and a verb: the customer acts, no parse needed.
      const chooses = analyze('You may store your files on servers in the United States.');
      assert.equal(chooses.stats.nlpChars, 0);
      assert.ok(!chooses.findings.some((f) => f.ruleId === 'cl-location-unrestricted'));
      // The customer's data leads: the provider moves it, no parse needed either.
      const data = analyze('Customer Data may be stored in the United States.');
      assert.equal(data.stats.nlpChars, 0);
      assert.ok(data.findings.some((f) => f.ruleId === 'cl-location-unrestricted'));
      // A condition set in after "acknowledges that,": the clause acknowledged after it (the authorities) acts.
      const inserted = analyze('Customer acknowledges that, where data is processed outside the EEA, the authorities of those countries may be able to obtain it under their own laws.');
      assert.equal(inserted.stats.nlpChars, 0);
      assert.ok(inserted.findings.some((f) => f.ruleId === 'cl-location-unrestricted'));
      // A subordinate clause inside the first one: which clause is the main one is left to the parser.
      const nested = analyze('You acknowledge that if you store data outside the EEA, the authorities of those countries may obtain it.');
      assert.ok(nested.stats.nlpChars > 0);
    });

    it('reports no missing-* finding when nothing triggers it', () => {
      const doc = analyze('# Notes\n\nThe picnic is on Saturday. Bring a chair.');
      assert.deepEqual(doc.findings, []);
    });
  });

  describe('fingerprints', () => {
    const pairs = (r: AnalysisResult) => r.findings.map((f) => `${f.ruleId} ${f.fingerprint}`).sort();

    it('stay the same when text above the clause changes', () => {
      const before = analyze(contract);
      const after = analyze(`An extra paragraph was added at the very top of this document.\n\n${contract}`);
      assert.deepEqual(pairs(after), pairs(before));
    });

    it('stay the same when the clause moves to another line', () => {
      const before = analyze(contract);
      const after = analyze(contract.replace('## 2. Requests', '\n\n\n## 2. Requests'));
      assert.deepEqual(pairs(after), pairs(before));
    });

    it('change when the clause text itself changes', () => {
      const target = '1.1 Harbour may store and process Customer Data in any country';
      assert.ok(contract.includes(target));
      const before = analyze(contract).findings.find((f) => contract.slice(f.start, f.end).startsWith('Harbour may store'))!;
      const edited = contract.replace(target, '1.1 Harbour may store and process all Customer Data in any country');
      const after = analyze(edited).findings.find((f) => edited.slice(f.start, f.end).startsWith('Harbour may store') && f.ruleId === before.ruleId)!;
      assert.notEqual(after.fingerprint, before.fingerprint);
    });
  });

  describe('options', () => {
    it('reads an .html file as HTML and reports offsets in the source', () => {
      const text = '<p>Harbour may store Customer Data in any country where it keeps equipment.</p>';
      const r = analyze(text, {}, { fileName: 'terms.html' });
      assert.ok(r.findings.length > 0);
      for (const f of r.findings) assert.deepEqual([f.start, f.end], [3, text.length - 4]);
    });

    it('does not analyse text inside HTML comments', () => {
      const r = analyze('<!-- Harbour may store Customer Data in any country where it keeps equipment. -->', {}, { format: 'html' });
      assert.deepEqual(r.findings, []);
    });
  });
});

describe('Analyzer', () => {
  /** The text with one character inserted in the middle of a sentence. */
  function editOnce(text: string, at: number, ch = 'x'): string {
    return text.slice(0, at) + ch + text.slice(at);
  }

  it('answers nothing from the cache on the first analysis', () => {
    const r = new Analyzer().analyze(sample);
    assert.equal(r.stats.cachedSentences, 0);
  });

  it('answers every sentence from the cache when the text is unchanged', () => {
    const a = new Analyzer();
    a.analyze(sample);
    const r = a.analyze(sample);
    assert.equal(r.stats.cachedSentences, r.stats.sentences);
  });

  it('answers all but the edited sentence and its follower from the cache after a one-character edit', () => {
    const a = new Analyzer();
    a.analyze(sample);
    const at = sample.indexOf(' ', Math.floor(sample.length / 2));
    const r = a.analyze(editOnce(sample, at));
    assert.ok(r.stats.cachedSentences >= r.stats.sentences - 2, `${r.stats.cachedSentences} of ${r.stats.sentences} cached`);
    assert.ok(r.stats.cachedSentences < r.stats.sentences, 'the edited sentence is analysed again');
  });

  it('returns the same findings after an edit as a fresh analysis of the edited text', () => {
    const a = new Analyzer();
    a.analyze(contract);
    const edited = editOnce(contract, contract.indexOf('equipment'), 'e');
    assert.deepEqual(a.analyze(edited).findings, analyze(edited).findings);
  });

  // Edits that change structure as well as words: the incremental path must agree with a fresh analysis.
  const edits = ['q', '.', ' ', '\n', '\n\n', '# ', '- ', '1. ', '| a |', '|---|\n', '===\n', '---\n', '**', '<!--', '-->', '<script>', '\r\n', '\r', 'U.S. ', 'Customer Data in any country ', '\ud83d\ude00', '\ud800'];
  for (const [name, start] of [
    ['the sample contract', sample],
    ['a CRLF contract', contract.replace(/\n/g, '\r\n')],
    ['a document with tables and setext headings', readFileSync(join(__dirname, '..', 'fixtures', 'segment', 'mixed.md'), 'utf8') + contract],
  ] as const) {
    it(`returns the same findings as a fresh analysis after each of 30 random edits of ${name}`, () => {
      const rand = seededRandom(name.length * 7919);
      const a = new Analyzer();
      let text: string = start;
      a.analyze(text);
      const diverged: string[] = [];
      for (let i = 0; i < 30; i++) {
        const at = randomInt(rand, text.length + 1);
        const del = rand() < 0.3 ? 1 + randomInt(rand, 12) : 0;
        const ins = rand() < 0.8 ? edits[randomInt(rand, edits.length)]! : '';
        text = text.slice(0, at) + ins + text.slice(at + del);
        const incremental = a.analyze(text).findings;
        const fresh = analyze(text).findings;
        try {
          assert.deepEqual(incremental, fresh);
        } catch {
          diverged.push(`edit ${i}: at ${at} deleted ${del} inserted ${JSON.stringify(ins)}`);
          a.clear();
          a.analyze(text);
        }
      }
      assert.deepEqual(diverged, []);
    });
  }

  it('reflects settings changes even when every sentence comes from the cache', () => {
    const a = new Analyzer();
    const first = a.analyze(contract);
    const ruleId = first.findings.find((f) => !f.ruleId.startsWith('missing-'))!.ruleId;
    const r = a.analyze(contract, { rules: { [ruleId]: 'off' } });
    assert.equal(r.findings.filter((f) => f.ruleId === ruleId).length, 0);
  });

  it('re-analyses sentences after clear()', () => {
    const a = new Analyzer();
    a.analyze(contract);
    a.clear();
    assert.equal(a.cacheSize, 0);
    assert.equal(a.analyze(contract).stats.cachedSentences, 0);
  });

  it('does not let its cache grow without bound over many different documents', () => {
    const a = new Analyzer();
    let total = 0;
    // Short sentences that pass no prefilter: cheap to analyse, but each one is a cache entry.
    const doc = (i: number) => Array.from({ length: 200 }, (_, k) => `Blue ${i} ${k} shines.`).join(' ');
    for (let i = 0; i < 60; i++) total += a.analyze(doc(i)).stats.sentences;
    assert.ok(a.cacheSize < total / 2, `cache holds ${a.cacheSize} entries after ${total} distinct sentences`);
  });
});

describe('analyze on hostile input', () => {
  const rand = seededRandom(0x5eed);
  const inputs: string[] = [];
  for (let i = 0; i < 300; i++) inputs.push(hostileString(rand));

  it('never throws and keeps offsets in range for 300 random strings', () => {
    for (const [i, text] of inputs.entries()) {
      let r: AnalysisResult;
      try {
        r = analyze(text);
      } catch (err) {
        assert.fail(`input #${i} ${JSON.stringify(text.slice(0, 120))} threw: ${(err as Error).stack}`);
      }
      assertWellFormed(r, text);
    }
  });

  it('never throws when one Analyzer reads the random strings in a row', () => {
    const a = new Analyzer();
    for (const [i, text] of inputs.entries()) {
      let r: AnalysisResult;
      try {
        r = a.analyze(text, {}, { format: i % 3 === 0 ? 'html' : i % 3 === 1 ? 'plaintext' : 'markdown' });
      } catch (err) {
        assert.fail(`input #${i} ${JSON.stringify(text.slice(0, 120))} threw: ${(err as Error).stack}`);
      }
      assertWellFormed(r, text);
    }
  });

  it('never throws on random edits of a real contract', () => {
    const r2 = seededRandom(7);
    const a = new Analyzer();
    let text = sample;
    for (let i = 0; i < 100; i++) {
      const at = randomInt(r2, text.length);
      text = text.slice(0, at) + hostileString(r2, 3) + text.slice(at + randomInt(r2, 20));
      assertWellFormed(a.analyze(text), text);
    }
  });

  it('never throws for settings of the wrong shape', () => {
    for (const s of [null, 5, 'x', [], { rules: 5 }, { categories: [] }, { maxChars: -1 }, { maxChars: Number.NaN }, { missingProtections: 'yes' }]) {
      const r = analyze(contract, s as never);
      assert.ok(r.findings.length > 0, JSON.stringify(s));
    }
  });
});
