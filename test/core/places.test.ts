import * as assert from 'node:assert/strict';
import { mechanismsIn, placeMentions, placeNamed, placesIn, regionPlace, toolsIn } from '../../src/core';

describe('the one place model', () => {
  it('gives each place its EEA membership and the playbook region it falls in', () => {
    assert.deepEqual(['Ireland', 'Norway', 'Switzerland', 'United States', 'Mexico'].map((n) => [placeNamed(n)?.eea, placeNamed(n)?.region]), [[true, 'eu-eea'], [true, 'eu-eea'], [false, 'switzerland'], [false, 'us'], [false, undefined]]);
    assert.equal(regionPlace('eu-eea').code, 'EEA');
    assert.equal(regionPlace('south-korea').name, 'South Korea');
  });

  it('reads looser words as places for the reviewer, but not as destinations the TIA states', () => {
    const text = 'Swiss data centres; hosted in Europe and in Germany.';
    assert.deepEqual(placeMentions(text).map((m) => `${m.name}:${m.loose}`), ['Switzerland:true', 'European Union:true', 'Germany:false']);
    assert.deepEqual(placesIn(text).map((p) => p.name), ['Germany']);
  });

  it('marks places named only to rule them out', () => {
    assert.deepEqual(placeMentions('staff may access it, except from the United States; backups stay in Ireland').map((m) => `${m.name}:${m.ruledOut}`), ['United States:true', 'Ireland:false']);
  });
});

describe('the one transfer-tool table', () => {
  it('maps each tool a clause names to the playbook mechanism it counts as', () => {
    assert.deepEqual(toolsIn('Transfers are governed by the Standard Contractual Clauses (Decision 2021/914), Module Two.').map((t) => t.id), ['scc-2021', 'scc']);
    assert.deepEqual(mechanismsIn('Transfers are governed by the Standard Contractual Clauses (Decision 2021/914), Module Two.'), ['scc']);
    assert.deepEqual(mechanismsIn('We remain certified under the Privacy Shield.'), ['dpf']);
    assert.deepEqual(mechanismsIn('the UK Addendum, or where it applies the International Data Transfer Agreement'), ['uk-idta', 'uk-addendum']);
    assert.deepEqual(mechanismsIn('under the Safe Harbor principles'), []);
    assert.ok(toolsIn('under the Safe Harbor principles')[0]?.defunct);
  });
});
