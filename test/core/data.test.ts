/** Shape and consistency checks for the content data: rule texts, case arguments and case facts. */
import assert from 'node:assert/strict';
import { caseArguments, getArgument } from '../../src/core/data/arguments';
import { caseFacts } from '../../src/core/data/case';
import { ruleTexts } from '../../src/core/data/ruleTexts';
import { volatileFacts } from '../../src/core/data/volatileFacts';
import { jurisdictions } from '../../src/core/data/jurisdictions';
import type { RuleId } from '../../src/core/rules/registry';
import { argumentIds } from '../../src/core/types';
import { rules } from '../../src/core';

const ruleIds: RuleId[] = [
  'cl-location-unrestricted',
  'cl-transfer-mechanism',
  'cl-residency-commitment',
  'cl-relocation-no-notice',
  'cl-subprocessors-abroad',
  'cl-operational-access',
  'cl-contracting-entity',
  'cl-sovereign-operations',
  'cl-disclosure-required-by-law',
  'cl-voluntary-disclosure',
  'cl-emergency-disclosure',
  'cl-natsec-secrecy',
  'cl-notice-of-demand',
  'cl-no-notice',
  'cl-redirect-challenge',
  'cl-conflict-notice',
  'cl-mlat-only',
  'cl-foreign-access-ack',
  'cl-cloud-act-mention',
  'cl-transparency-report',
  'cl-no-backdoor',
  'cl-provider-data-rights',
  'cl-customer-ownership',
  'cl-encryption-keys',
  'cl-deletion-return',
  'cl-governing-law-forum',
  'cl-unilateral-update',
  'missing-notice',
  'missing-challenge',
  'missing-location',
  'missing-transfer-mechanism',
];

const isoDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const isoDayOrMonth = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

function validDate(s: string): boolean {
  if (!isoDayOrMonth.test(s)) return false;
  const full = s.length === 7 ? `${s}-01` : s;
  const d = new Date(`${full}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === full;
}

function isSorted(dates: string[]): boolean {
  return dates.every((d, i) => i === 0 || dates[i - 1] <= d);
}

/** Every string reachable from a value, with a path for error messages. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

const wordCount = (s: string) => s.trim().split(/\s+/).length;

describe('content data', () => {
  describe('ruleTexts', () => {
    it('has a text for every rule id and no others', () => {
      assert.deepEqual(Object.keys(ruleTexts).sort(), [...ruleIds].sort());
    });

    for (const id of ruleIds) {
      it(`${id}: has non-empty fields and usable fixes`, () => {
        const t = ruleTexts[id];
        assert.ok(t, `missing text for ${id}`);
        assert.ok(t.title.trim().length > 0, 'title');
        assert.ok(t.explanation.trim().length > 0, 'explanation');
        assert.ok(t.askFor.trim().length > 0, 'askFor');
        assert.ok(Array.isArray(t.fixes) && t.fixes.length <= 2, 'at most two fixes');
        for (const f of t.fixes) {
          assert.ok(f.title.trim().length > 0, 'fix title');
          assert.ok(f.text.trim().length > 0, 'fix text');
          assert.ok(f.kind === 'replace' || f.kind === 'insertAfter', 'fix kind');
          assert.match(f.text.trim(), /[.]$/, 'fix text is a complete sentence');
        }
      });
    }

    it('offers an insertAfter fix for every missing-* rule', () => {
      for (const id of ruleIds.filter((r) => r.startsWith('missing-'))) {
        assert.ok(ruleTexts[id].fixes.length > 0, id);
        assert.ok(ruleTexts[id].fixes.every((f) => f.kind === 'insertAfter'), id);
      }
    });

    it('keeps fill-in brackets balanced', () => {
      for (const [path, s] of strings(ruleTexts)) {
        assert.equal((s.match(/\[/g) ?? []).length, (s.match(/\]/g) ?? []).length, path);
      }
    });
  });

  describe('caseArguments', () => {
    it('has exactly one entry per ArgumentId', () => {
      for (const id of argumentIds) {
        assert.equal(caseArguments.filter((a) => a.id === id).length, 1, id);
        assert.equal(getArgument(id)?.id, id);
      }
      assert.equal(caseArguments.length, argumentIds.length);
      assert.equal(getArgument('arg-unknown'), undefined);
    });

    for (const a of caseArguments) {
      it(`${a.id}: fields, hover length and holdings`, () => {
        for (const k of ['title', 'summary', 'microsoft', 'government', 'today'] as const) {
          assert.ok(a[k].trim().length > 0, k);
        }
        assert.ok(wordCount(a.summary) <= 25, `summary has ${wordCount(a.summary)} words`);
        for (const h of a.holdings) {
          assert.match(h.date, isoDay, `${h.court}: ${h.date}`);
          assert.ok(validDate(h.date), h.date);
          assert.ok(h.court.trim().length > 0 && h.held.trim().length > 0);
        }
        assert.ok(isSorted(a.holdings.map((h) => h.date)), 'holdings in date order');
      });
    }
  });

  describe('caseFacts', () => {
    it('has all top-level fields filled', () => {
      for (const k of ['name', 'citation', 'question', 'whatWasSought', 'asOf', 'disclaimer'] as const) {
        assert.ok(caseFacts[k].trim().length > 0, k);
      }
      assert.ok(caseFacts.parties.length > 0);
      assert.equal(caseFacts.courts.length, 5);
      assert.ok(caseFacts.today.length >= 5 && caseFacts.today.length <= 6);
      assert.match(caseFacts.asOf, isoDay);
    });

    it('has valid, sorted timeline dates', () => {
      assert.ok(caseFacts.timeline.length >= 15 && caseFacts.timeline.length <= 20);
      for (const e of caseFacts.timeline) assert.ok(validDate(e.date), e.date);
      assert.ok(isSorted(caseFacts.timeline.map((e) => e.date)), 'timeline in date order');
    });

    it('includes the CLOUD Act and the per curiam decision in the timeline', () => {
      const dates = caseFacts.timeline.map((e) => e.date);
      assert.ok(dates.includes('2018-03-23'));
      assert.ok(dates.includes('2018-04-17'));
    });

    it('has valid court and development dates, unique development ids', () => {
      for (const c of caseFacts.courts) assert.ok(validDate(c.date), c.date);
      for (const d of caseFacts.developments) {
        assert.ok(validDate(d.date), `${d.id}: ${d.date}`);
      }
      const ids = caseFacts.developments.map((d) => d.id);
      assert.equal(new Set(ids).size, ids.length);
    });
  });

  describe('all strings', () => {
    const all = [...strings(ruleTexts, 'ruleTexts'), ...strings(caseArguments, 'caseArguments'), ...strings(caseFacts, 'caseFacts'), ...strings(volatileFacts.map((f) => ({ ...f, markers: [] })), 'volatileFacts'), ...strings(jurisdictions, 'jurisdictions')];

    it('contain no raw < or backtick', () => {
      for (const [path, s] of all) {
        assert.ok(!s.includes('<'), `${path} contains <`);
        assert.ok(!s.includes('`'), `${path} contains a backtick`);
      }
    });

    it('contain no Markdown emphasis, headings or links', () => {
      for (const [path, s] of all) {
        assert.ok(!/\*\*|__[A-Za-z]|^#|\]\(/.test(s), `${path} looks like Markdown`);
      }
    });
  });
});

describe('facts corrected on 2026-11-30 (issue #8)', () => {
  const arg = (id: string) => caseArguments.find((a) => a.id === id)!;

  it('keeps amici and third parties out of "Microsoft argued"', () => {
    for (const a of caseArguments) {
      assert.doesNotMatch(a.microsoft, /\b(?:Apple|Cisco|Verizon|Ireland's|European Commission|amic|states?\b|Google relied)/, `${a.id}: third parties belong in "others"`);
    }
    assert.match(arg('arg-comity-conflict').others ?? '', /neither party/);
    assert.match(arg('arg-data-mobility').others ?? '', /Google/);
  });

  it('tells the reverse hypothetical as a German bank reaching its own Manhattan branch', () => {
    const m = arg('arg-reciprocity').microsoft;
    for (const w of [/German police/, /German bank/, /Frankfurt head office/, /Manhattan branch/, /New York Times reporter/]) assert.match(m, w);
    assert.doesNotMatch(m, /U\.S\. bank/);
  });

  it('never calls emergency disclosure the only voluntary route, and rates it medium as the fact sheet does', () => {
    const r = rules.find((x) => x.id === 'cl-emergency-disclosure')!;
    assert.doesNotMatch(r.explanation, /\bonly\b[^.]*route/);
    for (const w of [/consent/, /rights or property/, /Missing and Exploited Children/, /by chance/, /executive agreement/]) assert.match(r.explanation, w);
    assert.equal(r.risk, 'medium');
  });

  it('limits § 2703(h) to the provider, content and qualifying foreign governments', () => {
    const today = arg('arg-customer-nationality').today;
    assert.match(today, /provider alone/);
    assert.match(today, /only content/);
    assert.match(today, /qualifying foreign government/);
    assert.doesNotMatch(arg('arg-customer-nationality').summary, /nationality and residence decide/);
  });

  it('shows protective clauses with their limit and model clauses that bind the parent', () => {
    for (const id of ['cl-mlat-only', 'cl-redirect-challenge', 'cl-notice-of-demand', 'cl-conflict-notice']) {
      const r = rules.find((x) => x.id === id)!;
      assert.match(r.explanation, /parent/, `${id} names the parent`);
      assert.match(r.explanation, /cannot stop|overrides|not bind/, `${id} says what it cannot do`);
    }
    for (const id of ['cl-mlat-only', 'cl-redirect-challenge', 'cl-notice-of-demand']) {
      assert.match(rules.find((x) => x.id === id)!.fixes.map((f) => f.text).join(' '), /parent/, `${id} model clause binds the parent`);
    }
    assert.match(rules.find((x) => x.id === 'cl-mlat-only')!.explanation, /breach/);
  });

  it('states no changeable fact in stable prose: volatile statuses come from the table', () => {
    assert.doesNotMatch(JSON.stringify(caseArguments.map((a) => a.today)), /signed on 15 December 2021|adopted its own e-Evidence|under appeal|European Sovereign Cloud/);
    assert.doesNotMatch(JSON.stringify(caseFacts.developments.map((d) => d.summary)), /is pending|without a quorum|set to expire/);
  });
});
