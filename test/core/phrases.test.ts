/** The definition filter's cheap literal test must never turn away a sentence the full pattern accepts. */
import assert from 'node:assert/strict';
import { definitionCueRe, definitionRe, isDefinition } from '../../src/core/rules/phrases';

/** The top-level alternatives of a `(?:a|b|c)` source (escapes, classes and groups respected). */
function alternatives(source: string): string[] {
  const body = source.startsWith('(?:') && source.endsWith(')') ? source.slice(3, -1) : source;
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      current += c + (body[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  out.push(current);
  return out;
}

describe('definition filter', () => {
  it('every alternative of definitionRe needs one of the cue words', () => {
    const alts = alternatives(definitionRe.source);
    assert.ok(alts.length >= 5, `found ${alts.length} alternatives`);
    // An alternative added without any cue word would be hidden by the literal test: extend definitionCueRe.
    for (const alt of alts) assert.ok(definitionCueRe.test(alt), `no cue word in: ${alt}`);
  });

  it('agrees with the full pattern on definitions and on sentences that only look like them', () => {
    const sentences = [
      '"customer data" means all data the customer uploads to the service.',
      'service data refers to information about how the service is used.',
      '"affiliate" includes any entity under common control.',
      'capitalised terms have the meaning given in the agreement.',
      'terms not defined here are interpreted as defined in the gdpr.',
      'this means that your data may be stored in the united states.',
      'the provider will use every lawful means to resist a demand.',
      'we store your data in ireland.',
      'the term "processing" is defined as any operation on personal data.',
    ];
    for (const s of sentences) assert.equal(isDefinition(s), definitionRe.test(s), s);
    assert.equal(isDefinition('"customer data" means all data the customer uploads to the service.'), true);
    assert.equal(isDefinition('we store your data in ireland.'), false);
  });

  it('reads "means" after a determiner as a noun, not a definition ("by this means", "by some means")', () => {
    assert.equal(isDefinition('papers served by this means do not waive any objection to jurisdiction.'), false);
    assert.equal(isDefinition('we may contact you by some means other than e-mail.'), false);
    assert.equal(isDefinition('we have no practical means to read your files.'), false);
    assert.equal(isDefinition('personal data means any information relating to an identified person.'), true);
  });
});
