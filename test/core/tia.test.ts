/** The TIA draft: every filled field cites the clause that answers it, and a contract that lacks an answer gets a reviewer field, never an invented one. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, draftTia, formatAsOf, getStarterPlaybook, listFormatOf, volatileFacts, type Tia, type TiaOptions } from '../../src/core';
import { placesIn } from '../../src/core/data/places';
import { renderTiaHtml, renderTiaMarkdown, tiaToJson } from '../../src/present/tia/tiaReport';

interface Clause {
  answers: string[];
  text: string;
}
const fixture = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'tia', 'clauses.json'), 'utf8')) as { title: string; clauses: Clause[] };

/** The fixture contract from a subset of its clauses: a numbered list, one clause per paragraph. */
function contract(clauses: readonly Clause[]): string {
  return [fixture.title, '', ...clauses.map((c, i) => `${i + 1}. ${c.text}\n`)].join('\n');
}

function tiaOf(text: string, options: TiaOptions = {}): Tia {
  return draftTia({ document: 'contract.md', text, findings: analyze(text, {}, { fileName: 'contract.md' }).findings }, options);
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
// The fields the incorporated 2021 SCCs also answer: dropping the contract's own clause leaves them to the SCCs.
const sccAnswered = new Set(['notice', 'challenge', 'transparency', 'onward-transfers', 'conflict-duty', 'suspension', 'importer-warranty', 'disclosure-terms']);
const sccClause = fixture.clauses.find((c) => c.answers.includes('transfer-tool'))!;

describe('TIA draft', () => {
  const full = contract(fixture.clauses);
  const tia = tiaOf(full);

  it('fills every field the full contract answers, citing the line of the clause that answers it', () => {
    for (const clause of fixture.clauses) {
      for (const id of clause.answers) {
        const field = tia.fields.find((f) => f.id === id);
        assert.ok(field, `no field ${id}`);
        assert.equal(field.filledFrom, 'contract', `${id} should be filled`);
        assert.ok(field.sources.some((s) => s.line === lineOf(full, clause.text.slice(0, 40))), `${id} should cite line ${lineOf(full, clause.text.slice(0, 40))}, cites ${field.sources.map((s) => s.line)}`);
      }
    }
  });

  it('quotes each cited clause from the contract text, at the line it names', () => {
    const lines = full.split('\n');
    for (const f of tia.fields) {
      for (const s of f.sources) {
        assert.ok(full.slice(s.start, s.end).length > 0, `${f.id}: empty citation`);
        assert.ok(lines[s.line - 1]!.includes(full.slice(s.start, Math.min(s.end, s.start + 30))), `${f.id}: line ${s.line} does not hold the cited words`);
      }
    }
  });

  for (const clause of fixture.clauses) {
    const ids = clause.answers.join(', ');
    it(`leaves ${ids} to the reviewer when the contract lacks that clause`, () => {
      const dropScc = clause.answers.some((id) => sccAnswered.has(id));
      const text = contract(fixture.clauses.filter((c) => c !== clause && !(dropScc && c === sccClause)));
      const draft = tiaOf(text);
      for (const id of clause.answers) {
        const field = draft.fields.find((f) => f.id === id)!;
        assert.equal(field.filledFrom, 'reviewer', `${id} was filled from ${field.sources.map((s) => `line ${s.line}: ${s.excerpt}`).join(' | ')}`);
        assert.deepEqual(field.sources, []);
        assert.match(field.value, /^Not stated in the contract\./);
        assert.ok(draft.gaps.some((g) => g.id === id && g.reason === 'not-in-contract'), `${id} missing from gaps`);
      }
    });
  }

  it('takes the Clause 15 safeguards from incorporated 2021 SCCs, citing the incorporation clause', () => {
    const text = contract(fixture.clauses.filter((c) => !['notice', 'challenge'].some((id) => c.answers.includes(id))));
    const draft = tiaOf(text);
    for (const id of ['notice', 'challenge']) {
      const row = draft.matrix.find((r) => r.id === id)!;
      assert.equal(row.status, 'present');
      assert.match(row.note ?? '', /incorporated 2021 SCCs, Clause 15/);
      assert.equal(row.sources[0]!.line, lineOf(text, sccClause.text.slice(0, 40)));
    }
  });

  it('never names a country the contract does not name', () => {
    const text = '# Plain Hosting Terms\n\nThe provider acts as the processor for the customer, which acts as the controller.\n\nThe provider may store customer data in any of its data centres.\n';
    const draft = tiaOf(text);
    const named = new Set(placesIn(text).map((p) => p.name));
    for (const f of draft.fields.filter((x) => x.filledFrom === 'contract')) {
      for (const p of placesIn(f.value.replace(/"[^"]*"/g, ''))) assert.ok(named.has(p.name), `${f.id} names ${p.name}`);
    }
    assert.equal(draft.fields.find((f) => f.id === 'third-countries')!.filledFrom, 'reviewer');
    assert.equal(draft.fields.find((f) => f.id === 'destination-law')!.filledFrom, 'reviewer');
  });

  it('always leaves the legal assessment and the risk rating to the reviewer', () => {
    for (const id of ['legal-assessment', 'risk-rating', 'practical-experience', 're-evaluation']) {
      const f = tia.fields.find((x) => x.id === id)!;
      assert.equal(f.filledFrom, 'reviewer');
      assert.ok(tia.gaps.some((g) => g.id === id && g.reason === 'judgement'));
    }
  });

  it('brings in dated destination-law facts for a U.S. parent, each with its "as of" date', () => {
    const text = contract([...fixture.clauses, { answers: [], text: 'Aurora Holdings is subject to U.S. law, including the CLOUD Act, under which U.S. authorities may compel it to produce data it controls.' }]);
    const f = tiaOf(text).fields.find((x) => x.id === 'destination-law')!;
    assert.equal(f.filledFrom, 'facts');
    assert.ok(f.facts!.some((x) => x.id === 'fisa-702' && /lapsed on 12 June 2026/.test(x.statement)));
    for (const x of f.facts!) assert.match(x.asOf, /^\d{4}-\d{2}/);
    assert.match(f.value, /as of (?:\d{1,2} )?[A-Z][a-z]+ \d{4}/);
  });

  it('shows every changeable fact in the rendered draft with its "as of" date', () => {
    const text = contract([...fixture.clauses, { answers: [], text: 'Aurora Holdings is subject to U.S. law, including the CLOUD Act.' }]);
    const draft = tiaOf(text);
    let seen = 0;
    for (const render of [renderTiaMarkdown(draft), renderTiaHtml(draft)]) {
      for (const block of render.split(/\n|<li>/)) {
        for (const fact of volatileFacts) {
          if (!fact.markers.some((m) => new RegExp(m, 'i').test(block))) continue;
          seen++;
          assert.ok(block.toLowerCase().includes(`as of ${formatAsOf(fact.asOf)}`.toLowerCase()), `${fact.id} without its date: ${block.slice(0, 160)}`);
        }
      }
    }
    assert.ok(seen >= 2, 'the check saw the facts');
  });

  describe('gap matrix', () => {
    it('has the nine safeguard rows, all present for the full contract and all required by default', () => {
      assert.deepEqual(tia.matrix.map((r) => r.id), ['notice', 'challenge', 'transparency', 'no-backdoor', 'customer-keys', 'location', 'onward-transfer', 'conflict-duty', 'suspension']);
      assert.deepEqual(tia.matrix.filter((r) => r.status !== 'present').map((r) => `${r.id}: ${r.why}`), []);
      assert.ok(tia.matrix.every((r) => r.required));
    });

    it('marks notice weak, with the line, when another clause allows disclosure without telling the customer', () => {
      const text = contract([...fixture.clauses, { answers: [], text: 'Aurora may disclose account information to law enforcement without notifying the customer.' }]);
      const row = tiaOf(text).matrix.find((r) => r.id === 'notice')!;
      assert.equal(row.status, 'weak');
      assert.match(row.why!, new RegExp(`line ${lineOf(text, 'without notifying the customer')}`));
    });

    it('marks a notice promise worded as a choice weak', () => {
      const clauses = fixture.clauses.map((c) => (c.answers.includes('notice') ? { ...c, text: 'Aurora may, at its sole discretion, notify the customer of a legally binding request from a public authority for customer data.' } : c));
      const row = tiaOf(contract(clauses)).matrix.find((r) => r.id === 'notice')!;
      assert.equal(row.status, 'weak');
      assert.match(row.why!, /choice/);
    });

    it('marks the location commitment weak when another clause lets data go anywhere', () => {
      const text = contract([...fixture.clauses, { answers: [], text: 'For the content delivery network, Aurora may replicate customer data to any country where it operates, without notice.' }]);
      const row = tiaOf(text).matrix.find((r) => r.id === 'location')!;
      assert.equal(row.status, 'weak');
      assert.match(row.why!, /line \d+/);
    });

    it('lets the playbook decide which rows are required, and reports the breaks', () => {
      const without = contract(fixture.clauses.filter((c) => !c.answers.includes('transparency')));
      const draft = tiaOf(without, { policy: { requiredSafeguards: ['notice', 'transparency'] } });
      assert.deepEqual(draft.matrix.filter((r) => r.required).map((r) => r.id), ['notice', 'transparency']);
      assert.deepEqual(draft.breaks.map((b) => b.rule), ['safeguard:transparency']);
    });
  });

  describe('the organisation\'s playbook', () => {
    it('makes the playbook\'s protections the required rows and adds its own breaks, each with its clause', () => {
      const text = contract([...fixture.clauses.filter((c) => !c.answers.includes('transparency')), { answers: [], text: 'Aurora may also store customer data in the United States.' }]);
      const draft = tiaOf(text, { playbook: getStarterPlaybook('eu-controller')! });
      assert.deepEqual(draft.matrix.filter((r) => r.required).map((r) => r.id), ['notice', 'challenge', 'location']);
      const location = draft.breaks.find((b) => b.rule === 'playbook-location');
      assert.ok(location, `breaks: ${draft.breaks.map((b) => b.rule).join(', ')}`);
      assert.equal(location.sources[0]!.line, lineOf(text, 'in the United States'));
      assert.ok(!draft.breaks.some((b) => b.rule === 'safeguard:transparency'), 'transparency is not required by this playbook');
    });
  });

  describe('playbook locations and tools', () => {
    it('flags a forbidden country with the clause that names it, and not a clause that rules it out', () => {
      const text = contract([...fixture.clauses, { answers: [], text: 'Aurora will never store customer data in Russia.' }]);
      const draft = tiaOf(text, { policy: { forbiddenLocations: ['Vietnam', 'Russia'] } });
      const breaks = draft.breaks.filter((b) => b.rule === 'location:forbidden');
      assert.deepEqual(breaks.map((b) => b.sources[0]!.line), [lineOf(text, 'operations staff in Vietnam')]);
    });

    it('flags countries outside the allowed list', () => {
      const draft = tiaOf(full, { policy: { allowedLocations: ['EEA'] } });
      assert.ok(draft.breaks.some((b) => b.rule === 'location:not-allowed' && /Vietnam/.test(b.message)));
      assert.ok(!draft.breaks.some((b) => /Finland|Sweden/.test(b.message)));
    });

    it('flags transfer tools the playbook does not accept', () => {
      assert.deepEqual(tiaOf(full, { policy: { acceptableTransferTools: ['dpf'] } }).breaks.filter((b) => b.rule.startsWith('transfer-tool')).map((b) => b.rule), ['transfer-tool:not-accepted', 'transfer-tool:none-accepted']);
      assert.deepEqual(tiaOf(full, { policy: { acceptableTransferTools: ['scc-2021'] } }).breaks.filter((b) => b.rule.startsWith('transfer-tool')), []);
    });
  });

  it('serialises to the documented JSON shape', () => {
    const json = tiaToJson(tia) as { schemaVersion: number; document: string; fields: { step: number; id: string; label: string; value: string; sources: { line: number }[] }[]; gaps: unknown[] };
    assert.equal(json.schemaVersion, 1);
    assert.equal(json.document, 'contract.md');
    for (const f of json.fields) {
      assert.ok(f.step >= 0 && f.step <= 6 && f.id && f.label && typeof f.value === 'string');
      for (const s of f.sources) assert.ok(Number.isInteger(s.line) && s.line > 0);
    }
    assert.ok(Array.isArray(json.gaps));
  });

  it('fills at least 60% of the fields of the bundled sample from cited clauses', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'samples', 'cloud-services-agreement.md'), 'utf8');
    const draft = tiaOf(text);
    assert.ok(draft.filledShare >= 0.6, `only ${Math.round(draft.filledShare * 100)}%`);
  });
});

describe('places', () => {
  it('reads country names, codes and the EEA, and tells "US" from "us"', () => {
    assert.deepEqual(placesIn('Data may be kept in the U.S., Germany or the EEA; contact us.').map((p) => p.name), ['United States', 'Germany', 'European Economic Area']);
    assert.deepEqual(placesIn('offices in Latin America and North America').map((p) => p.name), []);
    assert.deepEqual(placesIn('servers in the US').map((p) => p.code), ['US']);
    assert.deepEqual(placesIn('write to us').map((p) => p.code), []);
  });

  it('leaves out places named only to rule them out when asked', () => {
    assert.deepEqual(placesIn('staff may access it, except from the United States, and never from China; backups stay in Ireland', true).map((p) => p.name), ['Ireland']);
  });
});

describe('TIA draft: further wordings of the same answers', () => {
  const { wordings } = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'tia', 'wordings.json'), 'utf8')) as { wordings: { field: string; fills: boolean; text: string }[] };
  for (const w of wordings) {
    it(`${w.fills ? 'fills' : 'leaves'} ${w.field}: "${w.text.slice(0, 60)}..."`, () => {
      const text = `# Aurora Hosting Terms\n\n1. ${w.text}\n`;
      const field = tiaOf(text).fields.find((f) => f.id === w.field)!;
      if (w.fills) {
        assert.equal(field.filledFrom, 'contract');
        assert.ok(field.sources.some((s) => s.line === 3), `cites ${field.sources.map((s) => s.line)}`);
      } else assert.equal(field.filledFrom, 'reviewer', `filled from ${field.sources.map((s) => s.excerpt).join(' | ')}`);
    });
  }

  it('answers the Clause 14(a) warranty and the Clause 15 disclosure terms from incorporated 2021 SCCs, citing the incorporation clause', () => {
    const text = contract([sccClause]);
    const draft = tiaOf(text);
    for (const [id, clause] of [['importer-warranty', 'Clause 14(a)'], ['disclosure-terms', 'Clause 15.2']] as const) {
      const f = draft.fields.find((x) => x.id === id)!;
      assert.equal(f.filledFrom, 'contract');
      assert.deepEqual(f.sources.map((s) => s.line), [lineOf(text, sccClause.text.slice(0, 40))]);
      assert.ok(f.value.includes(`incorporated 2021 SCCs, ${clause}`), f.value);
    }
  });

  it('marks disclosure terms weak when any law, not only EU or Member State law, may require processing', () => {
    const draft = tiaOf('# Aurora Hosting Terms\n\n1. Aurora processes customer data on the customer\'s instructions; where processing is required by applicable laws or other legal requirements, Aurora will notify the customer to the extent permitted.\n');
    const f = draft.fields.find((x) => x.id === 'disclosure-terms')!;
    assert.equal(f.filledFrom, 'contract');
    assert.match(f.weak ?? '', /not only EU or Member State law/);
  });

  it('answers the third countries as unnamed, marked weak, when clauses let data leave the EEA without naming where', () => {
    const text = '# Aurora Hosting Terms\n\n1. The customer chooses the region of its data centre when it orders the service.\n\n2. If customer data is transferred to, or accessed from, a country outside the European Union that has no adequacy decision, Aurora will first put appropriate safeguards in place under Chapter V of the GDPR.\n';
    const draft = tiaOf(text);
    const f = draft.fields.find((x) => x.id === 'third-countries')!;
    assert.equal(f.filledFrom, 'contract', 'third countries left open');
    assert.match(f.weak ?? '', /does not name the countries/);
    assert.deepEqual(f.sources.map((s) => s.line), [lineOf(text, 'If customer data is transferred')]);
    assert.equal(placesIn(f.value.replace(/"[^"]*"/g, '')).length, 0, f.value);
    assert.match(draft.fields.find((x) => x.id === 'destination-law')!.value, /without naming the countries/);
    // For a UK exporter, data outside the EU may be at home: the wording does not say it leaves the UK.
    assert.equal(tiaOf(text, { exporter: 'uk' }).fields.find((x) => x.id === 'third-countries')!.filledFrom, 'reviewer');
  });

  it('marks a notice promise weak when it yields to the law with no promise to seek a waiver', () => {
    const clauses = fixture.clauses.map((c) => (c.answers.includes('notice') ? { ...c, text: 'Aurora will promptly inform the customer of any legally binding request from a public authority for customer data, unless prohibited by the applicable law.' } : c));
    const text = contract(clauses);
    const row = tiaOf(text).matrix.find((r) => r.id === 'notice')!;
    assert.equal(row.status, 'weak');
    assert.match(row.why!, new RegExp(`line ${lineOf(text, 'unless prohibited')}: .*waiver`));
  });

  it('cites the list item that speaks of keys, not the item above it that the finding began with', () => {
    const text = '# Aurora Messaging Terms\n\nAurora processes these data for the customer:\n\ncontact details of the users, such as names and e-mail addresses;  \nmessages, which are encrypted end to end with keys held only on the users\' devices, so Aurora cannot read them.\n';
    const f = tiaOf(text).fields.find((x) => x.id === 'customer-keys')!;
    assert.equal(f.filledFrom, 'contract', 'customer keys left open');
    assert.ok(f.sources.every((s) => s.line === lineOf(text, 'encrypted end to end')), `cites ${f.sources.map((s) => `${s.line}: ${s.excerpt}`).join(' | ')}`);
  });

  it('does not take them from SCCs the contract only mentions', () => {
    const draft = tiaOf(contract([{ answers: [], text: 'Aurora may in future offer the standard contractual clauses of Decision 2021/914 to customers who ask.' }]));
    for (const id of ['importer-warranty', 'disclosure-terms']) assert.equal(draft.fields.find((x) => x.id === id)!.filledFrom, 'reviewer');
  });
});

describe('sub-processor list format from the file name', () => {
  it('reads CSV, Markdown and HTML extensions in any case, and leaves anything else to be guessed', () => {
    assert.equal(listFormatOf('vendors.csv'), 'csv');
    assert.equal(listFormatOf('lists/Vendors.MD'), 'markdown');
    assert.equal(listFormatOf('vendors.markdown'), 'markdown');
    assert.equal(listFormatOf('/tmp/sub.processors.htm'), 'html');
    assert.equal(listFormatOf('saved.HTML'), 'html');
    assert.equal(listFormatOf('vendors.txt'), undefined);
    assert.equal(listFormatOf('csv'), undefined);
  });
});

