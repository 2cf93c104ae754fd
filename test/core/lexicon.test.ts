/** The shared lexicons: complete where they claim to be, and compiled into bounded patterns. */
import assert from 'node:assert/strict';
import { countries, euMemberStates, foreignAreaRe, homeAreaRe, placeRe, stemsSource, usStates, usStateRe, wordsSource, authorityRe, legalProcessRe } from '../../src/core/lexicon';

describe('lexicons', () => {
  it('lists the 27 EU member states, the 50 states and DC, and every member state as a country', () => {
    assert.equal(new Set(euMemberStates.filter((s) => s !== 'czechia')).size, 27);
    assert.equal(usStates.length, 51);
    const names = new Set(countries.flat());
    for (const s of euMemberStates) assert.ok(names.has(s), s);
    assert.ok(countries.length >= 190, `${countries.length} countries`);
  });

  it('tells home-area places from foreign ones, by name and adjective', () => {
    assert.ok(homeAreaRe.test('hosted in finland'));
    assert.ok(homeAreaRe.test('a german data centre'));
    assert.ok(!homeAreaRe.test('hosted in brazil'));
    assert.ok(foreignAreaRe.test('hosted in brazil'));
    assert.ok(foreignAreaRe.test('a vietnamese subsidiary'));
    assert.ok(foreignAreaRe.test('servers in the u.s. and canada'));
    assert.ok(!foreignAreaRe.test('hosted in finland'));
  });

  it('matches whole words only, and not ambiguous words on their own', () => {
    assert.ok(!placeRe.test('the franchise agreement'));
    assert.ok(!placeRe.test('a turkey sandwich'));
    assert.ok(placeRe.test('the courts of ontario'));
    assert.ok(usStateRe.test('the laws of the state of oregon'));
  });

  it('knows authorities and legal process', () => {
    assert.ok(authorityRe.test('a request from the tax office'));
    assert.ok(legalProcessRe.test('served with a production order'));
  });

  it('compiles bounded patterns: a fixed alternation, and at most 20 characters after a stem', () => {
    assert.doesNotMatch(wordsSource(['a b']), /\*|\+/);
    assert.match(stemsSource(['stor']), /\\w\{0,20\}$/);
  });
});
