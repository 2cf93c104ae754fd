/** The pattern pre-test is a speed-up only: it must answer exactly as the regex does. */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../src/core';
import { compiledPatterns } from '../../src/core/rules/phrases';
import { mayMatch, prefiltering, requiredLiterals, testPattern } from '../../src/core/rules/prefilter';
import { normalizeForMatching } from '../../src/core/text/normalize';
import '../../src/core/rules/registry';

const root = join(__dirname, '..', '..');
const corpusDocs = resolve(process.env.WARRANT_CORPUS ?? join(root, '..', 'shared', 'corpus'), 'docs');

describe('pattern pre-test', () => {
  describe('required literals', () => {
    const cases: [RegExp, string[] | undefined][] = [
      [/(?:sub-? ?processor|service providers?|\bvendors?\b)/, ['processor', 'service provider', 'vendor']],
      // A group that always matches gives its alternatives; an optional one gives nothing.
      [/(?:do not|never)\b[^.;]{0,40}\b(?:sell|rent)/, ['do not', 'never']],
      [/(?:the )?customer data/, ['customer data']],
      [/abc|d(?:e|f)ghi/, ['abc', 'ghi']],
      // Escaped punctuation is itself; a class, a dot or an assertion ends a run.
      [/\b(?:a|b)\w{0,20} example\.com/, [' example.com']],
      [/foo(?=bar)baz/, ['foo']],
      [/(?<!non-)disclos/, ['disclos']],
      // A repeated character appears once, but what follows need not come right after it.
      [/abc+def/, ['abc']],
      [/a{0,2}bcd/, ['bcd']],
      // "{,3}" is not a quantifier in JavaScript: it is matched as it stands.
      [/ab{,3}cd/, ['ab{,3}cd']],
      // Nothing usable: too short, an alternative without literals, flags that change matching.
      [/ab+cd/, undefined],
      [/(?:data|[a-z]+)/, undefined],
      [/data/i, undefined],
      [/data/g, undefined],
      [/x[]abc/, undefined],
      [/(a)bcd\1/, undefined],
      // A character given by its code is not its digits.
      [/\u2019s data/, ['s data']],
      [/\x41BCD/, ['BCD']],
      [/\cJabc/, ['abc']],
    ];
    for (const [re, expected] of cases) {
      it(`${re} -> ${JSON.stringify(expected)}`, () => assert.deepEqual(requiredLiterals(re), expected));
    }
    it('agree with the regex on texts made to match and to nearly match', () => {
      const probes: [RegExp, string][] = [
        [/(?:third[- ]party (?:service )?providers?|\bvendors?\b)/, 'our third-party service providers'],
        [/(?:shar|disclos)\w{0,20} (?:[a-z]{1,30} ){0,8}(?:with|to) (?:our )?affiliat/, 'we share data with our affiliates'],
        [/only (?:be )?(?:store|process)\w{0,20} (?:with)?in (?:the )?(?:eu|eea)/, 'data will only be stored in the eea'],
        [/vendors?/, 'a vendo r'],
      ];
      for (const [re, text] of probes) assert.equal(testPattern(text, re), re.test(text), `${re} on "${text}"`);
    });
  });

  describe('on the rules\' own patterns', () => {
    // Every sentence of the fixtures and samples, folded as the rules see it, against every pattern.
    const sentences: string[] = [];
    for (const dir of ['samples', join('test', 'fixtures', 'rules')]) {
      for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.md'))) {
        const text = normalizeForMatching(readFileSync(join(root, dir, f), 'utf8').replace(/ \{[+-]\}/g, ''));
        sentences.push(...text.split(/(?<=[.;:!?])\s+|\n+/).filter((s) => s.length > 0));
      }
    }
    it('answer as the regex does on every fixture and sample sentence', () => {
      const patterns = compiledPatterns();
      assert.ok(patterns.length > 200, `only ${patterns.length} patterns`);
      const wrong: string[] = [];
      for (const re of patterns) {
        for (const s of sentences) if (testPattern(s, re) !== re.test(s)) wrong.push(`${re.source.slice(0, 60)} on "${s.slice(0, 80)}"`);
      }
      assert.deepEqual(wrong.slice(0, 10), []);
    });
    it('rule a pattern out (mayMatch) only where the regex does not match, and do rule most out', () => {
      const wrong: string[] = [];
      let ruledOut = 0;
      let misses = 0;
      for (const re of compiledPatterns()) {
        for (const s of sentences) {
          const may = mayMatch(s, re);
          if (!may) ruledOut++;
          if (!re.test(s)) misses++;
          else if (!may) wrong.push(`${re.source.slice(0, 60)} on "${s.slice(0, 80)}"`);
        }
      }
      assert.deepEqual(wrong.slice(0, 10), []);
      assert.ok(ruledOut > misses / 2, `only ${ruledOut} of ${misses} non-matches ruled out`);
    });
    it('keep each text\'s trigrams apart when more texts alternate than signatures are kept', () => {
      const re = /(?:sub-?processor|service providers?)/;
      const texts = Array.from({ length: 20 }, (_, i) => (i % 3 === 0 ? `text ${i} names a sub-processor` : `text ${i} names nobody`));
      for (let round = 0; round < 3; round++) for (const t of texts) assert.equal(testPattern(t, re), re.test(t), t);
    });
  });

  describe('in analysis', () => {
    const docs: [string, string][] = readdirSync(join(root, 'samples')).map((f) => [`samples/${f}`, readFileSync(join(root, 'samples', f), 'utf8')]);
    if (existsSync(corpusDocs)) for (const f of readdirSync(corpusDocs)) docs.push([`corpus/${f}`, readFileSync(join(corpusDocs, f), 'utf8')]);
    const summary = (text: string): string[] => analyze(text).findings.map((f) => `${f.ruleId}@${f.start}-${f.end}:${f.categories.join(',')}:${f.risk}`);
    after(() => {
      prefiltering.enabled = true;
    });
    for (const [name, text] of docs) {
      it(`changes nothing in ${name}`, () => {
        prefiltering.enabled = false;
        const plain = summary(text);
        prefiltering.enabled = true;
        assert.deepEqual(summary(text), plain);
      });
    }
  });
});
