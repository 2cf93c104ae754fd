/** The clause frame decides negation, modality, restriction, exceptions and polarity once for every rule. */
import assert from 'node:assert/strict';
import { clauseAround, frameAt, polarity } from '../../src/core/rules/frame';

const frameOf = (text: string, anchor: string) => {
  const at = text.indexOf(anchor);
  assert.ok(at >= 0, `anchor "${anchor}" in "${text}"`);
  return frameAt(text, at);
};

describe('clause frame', () => {
  it('finds the clause around an anchor between semicolons and contrastive commas', () => {
    const t = 'we keep logs for a year; the vendor may store backups anywhere, but never outside the region';
    const c = clauseAround(t, t.indexOf('store'));
    assert.equal(t.slice(c.start, c.end), ' the vendor may store backups anywhere');
  });

  it('reads permission, obligation, ability and plain statements', () => {
    assert.equal(frameOf('the supplier may move the files to any of its sites', 'move').modality, 'permission');
    assert.equal(frameOf('the supplier shall keep the files in norway', 'keep').modality, 'obligation');
    assert.equal(frameOf('staff abroad have the technical means to open the files', 'open').modality, 'ability');
    assert.equal(frameOf('backups sit in two sites in the region', 'sit').modality, 'statement');
  });

  it('reads negation before the anchor and from a negated subject', () => {
    assert.equal(frameOf('the supplier will not move the files abroad', 'move').negated, true);
    assert.equal(frameOf('no engineer outside the union is able to open the files', 'open').negated, true);
    assert.equal(frameOf('the supplier will move the files abroad', 'move').negated, false);
  });

  it('classifies exceptions: a legal bar, a legal requirement, the customer\'s choice', () => {
    assert.equal(frameOf('we will tell the client about each demand unless the law forbids us to do so', 'tell').exception, 'legal-bar');
    assert.equal(frameOf('we will not hand over records except where a statute requires it', 'hand over').exception, 'law-requires');
    assert.equal(frameOf('files never leave the region unless the client instructs otherwise', 'leave').exception, 'customer-choice');
    assert.equal(frameOf('we will tell the client about each demand', 'tell').exception, undefined);
  });

  it('decides polarity once: a denied or confined action protects unless a non-customer exception reopens it', () => {
    assert.equal(polarity(frameOf('files may be copied to any country', 'copied')), 'risk');
    assert.equal(polarity(frameOf('files will not be copied outside the union', 'copied')), 'protection');
    assert.equal(polarity(frameOf('files are held only in the chosen region', 'held')), 'protection');
    assert.equal(polarity(frameOf('files will not be copied abroad unless the client agrees', 'copied')), 'protection');
    assert.equal(polarity(frameOf('we will not give records to police unless a court requires it', 'give')), 'risk');
  });

  it('reads softened promises, deferral, a bar set by someone else, and anchors inside the exception', () => {
    assert.equal(frameOf('we will do our best to warn the client of a demand', 'warn').soft, true);
    assert.equal(frameOf('where practicable the host will tell the client', 'tell').soft, true);
    assert.equal(frameOf('the host will tell the client', 'tell').soft, false);
    assert.equal(frameOf('the host may postpone telling the client', 'telling').deferred, true);
    assert.equal(frameOf('the host will provide delayed notice once the order expires', 'notice').deferred, false);
    assert.equal(frameOf('a judge may forbid the host from telling the client', 'telling').barred, true);
    const t = 'the host will tell the client unless it is prohibited from telling anyone';
    assert.equal(frameAt(t, t.lastIndexOf('telling')).inException, true);
    assert.equal(frameAt(t, t.indexOf('tell')).inException, false);
  });
});

