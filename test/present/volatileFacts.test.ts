/**
 * Every fact that can change is shown with its "as of" date, on every surface: hover, panel model,
 * rule pages (generated and on disk), review report, SARIF help, CLI text and the README. The facts
 * and the patterns that recognise them come from src/core/data/volatileFacts.ts, not from this file.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { formatSarif } from '../../src/cli/formatters/sarif';
import { formatText } from '../../src/cli/formatters/text';
import type { ScannedFile } from '../../src/cli/formatters/types';
import { caseArguments, caseFacts, datedStatement, formatAsOf, jurisdictionIds, jurisdictions, rules, volatileFactIds, volatileFacts, type Finding, type VolatileFact } from '../../src/core';
import { hoverMarkdown } from '../../src/present/hoverMarkdown';
import { panelModel } from '../../src/present/panelModel';
import { reviewReport } from '../../src/present/report';
import { ruleDocMarkdown, ruleDocFileName } from '../../src/present/ruleDoc';
import type { VisibleFinding } from '../../src/core';

const root = path.resolve(__dirname, '..', '..');

/** Undoes the Markdown escapes of src/present/markdown.ts and folds line wrapping, so the patterns see the words a reader sees. */
const unescape = (s: string) => s.replace(/\\([\\`*_{}[\]()#+\-.!|<>~&:$])/g, '$1').replace(/\s+/g, ' ');

const patterns = volatileFacts.map((f) => ({ fact: f, res: f.markers.map((m) => new RegExp(m, 'i')) }));

/** Which facts a block of shown text states. */
function factsIn(block: string): VolatileFact[] {
  const text = unescape(block);
  return patterns.filter((p) => p.res.some((re) => re.test(text))).map((p) => p.fact);
}

/** Blocks that state a fact without its "as of" date: `where: fact id`. */
function undated(blocks: readonly string[], where: string): string[] {
  const bad: string[] = [];
  for (const block of blocks) {
    const text = unescape(block).toLowerCase();
    for (const f of factsIn(block)) if (!text.includes(`as of ${formatAsOf(f.asOf)}`.toLowerCase())) bad.push(`${where}: ${f.id} in "${block.slice(0, 160)}"`);
  }
  return bad;
}

/** A shown Markdown text as blocks: lines (the presenters fold each paragraph and list item onto one line). */
const lines = (md: string) => md.split(/\r?\n/).filter((l) => l.trim());

/** Every string a person reads in a JSON-shaped value (identifiers such as `id`, `ruleId` or `argumentIds` are skipped). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => (/^(id|uri|\w*Ids?)$/.test(k) ? [] : strings(v)));
  return [];
}

/** One finding per rule, built from the registry so this test does not depend on detection. */
const findings: Finding[] = rules.map((r, i) => ({
  ruleId: r.id,
  categories: [r.category],
  risk: r.risk,
  severity: r.severity,
  arguments: [...r.arguments],
  message: r.title,
  excerpt: `Clause ${i}`,
  start: i * 20,
  end: i * 20 + 10,
  clause: { start: i * 20, end: i * 20 + 10 },
  fingerprint: `fp${i}`,
}));
const visible: VisibleFinding[] = findings.map((finding) => ({ finding, severity: finding.severity, status: 'active' as const }));
const allArguments = caseArguments.map((a) => a.id);

/** Facts seen on any surface, to show that the check is not vacuous. */
const seen = new Set<string>();
function check(blocks: readonly string[], where: string): void {
  for (const b of blocks) for (const f of factsIn(b)) seen.add(f.id);
  assert.deepEqual(undated(blocks, where), []);
}

describe('volatile facts', () => {
  describe('the table', () => {
    it('has one entry per id, each dated, sourced and recognised by its own patterns', () => {
      assert.deepEqual(volatileFacts.map((f) => f.id), [...volatileFactIds]);
      for (const f of volatileFacts) {
        assert.match(f.asOf, /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, f.id);
        assert.ok(f.source.trim().length > 10 && f.topic.trim().length > 3, f.id);
        assert.ok(f.markers.length > 0, f.id);
        assert.ok(
          factsIn(f.statement).some((x) => x.id === f.id),
          `${f.id}: its statement must match one of its markers, or a surface could show it undated`,
        );
      }
    });

    it('is used: every fact is attached to an argument, a development, a rule or a jurisdiction note', () => {
      const used = new Set<string>([
        ...caseArguments.flatMap((a) => a.facts ?? []),
        ...caseFacts.developments.flatMap((d) => d.facts ?? []),
        ...caseFacts.today.flatMap((t) => t.facts ?? []),
        ...rules.flatMap((r) => r.facts ?? []),
        ...jurisdictionIds.flatMap((j) => [...Object.values(jurisdictions[j].notes), jurisdictions[j].motion].flatMap((n) => n.facts ?? [])),
      ]);
      assert.deepEqual(volatileFactIds.filter((id) => !used.has(id)), []);
    });

    it('the checker fails on a fact shown without its date and passes with it', () => {
      const f = volatileFacts[0]!;
      assert.equal(undated([f.statement], 'probe').length, 1);
      assert.deepEqual(undated([datedStatement(f)], 'probe'), []);
      assert.equal(undated([`As of 1 January 2000: ${f.statement}`], 'probe').length, 1, 'a wrong date does not count');
    });
  });

  describe('every surface shows each fact with its date', () => {
    for (const j of jurisdictionIds) {
      it(`hovers of every rule, reviewer in ${j}`, () => {
        for (const f of findings) check(lines(hoverMarkdown(f, { jurisdiction: j })), `hover ${f.ruleId} (${j})`);
      });

      it(`the panel model, reviewer in ${j}`, () => {
        check(strings(panelModel(j)), `panel (${j})`);
      });

      it(`the review report, reviewer in ${j}`, () => {
        const md = reviewReport({ documentName: 'c.md', visible, hidden: { off: 0, suppressed: 0, accepted: 0 }, lineOf: (o) => Math.floor(o / 20), jurisdiction: j, date: '2026-11-30' });
        check(lines(md), `report (${j})`);
      });
    }

    it('rule pages, as generated and as committed in docs/rules', () => {
      for (const r of rules) {
        check(lines(ruleDocMarkdown(r)), `rule page ${r.id}`);
        const file = path.join(root, 'docs', 'rules', ruleDocFileName(r.id));
        if (fs.existsSync(file)) check(lines(fs.readFileSync(file, 'utf8')), `docs/rules/${ruleDocFileName(r.id)}`);
      }
    });

    it('SARIF rule help and CLI text output', () => {
      const text = findings.map((f) => `Clause ${f.ruleId}.`).join('\n');
      const file: ScannedFile = { path: 'c.md', text, result: { findings, problems: [], skipped: [], stats: { chars: text.length, sentences: 0, cachedSentences: 0, candidateSentences: 0, nlpChars: 0 } }, notes: [] };
      const sarif = JSON.parse(formatSarif([file], '0.0.0')) as unknown;
      check(strings(sarif).flatMap((s) => s.split(/\n\n/)), 'SARIF');
      check(lines(formatText([file], { color: false, quiet: false })), 'CLI text');
    });

    it('the README, the walkthrough and the argument hovers in full', () => {
      for (const p of ['README.md', ...fs.readdirSync(path.join(root, 'media', 'walkthrough')).map((f) => `media/walkthrough/${f}`)]) {
        check(fs.readFileSync(path.join(root, p), 'utf8').split(/\n\s*\n/), p);
      }
      const all = findings.map((f) => ({ ...f, arguments: allArguments }));
      for (const j of jurisdictionIds) for (const f of all.slice(0, 1)) check(lines(hoverMarkdown(f, { jurisdiction: j })), `hover with every argument (${j})`);
    });

    it('found every fact on some surface (the check above is not vacuous)', () => {
      assert.deepEqual(volatileFactIds.filter((id) => !seen.has(id)), []);
    });
  });

  it('dates every item of the panel that carries a changeable fact, from the table', () => {
    const m = panelModel('eu-eea');
    for (const d of caseFacts.developments) {
      const pd = m.case.developments.find((x) => x.id === d.id)!;
      assert.equal(pd.status.length, (d.facts ?? []).length, d.id);
    }
  });
});
