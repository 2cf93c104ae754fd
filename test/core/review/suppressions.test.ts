import assert from 'node:assert/strict';
import { commentStyleFor, fileSuppression, nextLineSuppression, parseSuppressionComments, parseSuppressions, suppressionComment } from '../../../src/core/review/suppressions';

/** A finding covering the first occurrence of `phrase`, its clause the paragraph around it. */
function findingAt(text: string, phrase: string, ruleId = 'cl-no-notice') {
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, `fixture contains ${phrase}`);
  const paraStart = text.lastIndexOf('\n\n', start) < 0 ? 0 : text.lastIndexOf('\n\n', start) + 2;
  const paraEndRaw = text.indexOf('\n\n', start);
  const paraEnd = paraEndRaw < 0 ? text.length : paraEndRaw;
  return { ruleId, start, end: start + phrase.length, clause: { start: paraStart, end: paraEnd } };
}

describe('suppressions', () => {
  describe('parseSuppressionComments', () => {
    it('finds HTML and line comments with their rule ids', () => {
      const text = '<!-- warrant-lens-disable cl-a, cl-b -->\nx\n// warrant-lens-disable-next-line cl-c\n# warrant-lens-disable-file\n';
      const comments = parseSuppressionComments(text);
      assert.deepEqual(
        comments.map((c) => [c.directive, c.ruleIds, c.line]),
        [
          ['disable', ['cl-a', 'cl-b'], 0],
          ['disable-next-line', ['cl-c'], 2],
          ['disable-file', [], 3],
        ],
      );
    });

    it('ignores line comments that do not start the line', () => {
      assert.deepEqual(parseSuppressionComments('See http://x // warrant-lens-disable-file'), []);
    });
  });

  describe('disable-next-line', () => {
    const text = 'Intro.\n\n<!-- warrant-lens-disable-next-line cl-no-notice -->\nWe may disclose data without notice to you.\n\nWe may disclose data without notice again.\n';

    it('hides the named rule on the next line', () => {
      const s = parseSuppressions(text);
      assert.equal(s.isSuppressed(findingAt(text, 'We may disclose data without notice to you.')), true);
    });

    it('leaves other rules and later paragraphs alone', () => {
      const s = parseSuppressions(text);
      assert.equal(s.isSuppressed(findingAt(text, 'We may disclose data without notice to you.', 'cl-other')), false);
      assert.equal(s.isSuppressed(findingAt(text, 'We may disclose data without notice again.')), false);
    });

    it('covers a finding later in a hard-wrapped paragraph through its clause', () => {
      const wrapped = '// warrant-lens-disable-next-line\nProvider keeps records.\nIt may disclose them without notice.\n';
      const s = parseSuppressions(wrapped);
      const f = { ruleId: 'cl-no-notice', start: wrapped.indexOf('It may'), end: wrapped.length - 1, clause: { start: wrapped.indexOf('Provider'), end: wrapped.length - 1 } };
      assert.equal(s.isSuppressed(f), true);
    });

    it('skips blank lines between the comment and the clause', () => {
      const t = '<!-- warrant-lens-disable-next-line -->\n\n\nWithout notice.\n';
      assert.equal(parseSuppressions(t).isSuppressed(findingAt(t, 'Without notice.')), true);
    });

    it('still applies after an edit above the comment moves everything down', () => {
      const moved = 'A new first paragraph was added.\n\n' + text;
      assert.equal(parseSuppressions(moved).isSuppressed(findingAt(moved, 'We may disclose data without notice to you.')), true);
    });
  });

  describe('disable … enable', () => {
    const text = 'A without notice.\n<!-- warrant-lens-disable cl-no-notice -->\nB without notice.\n<!-- warrant-lens-enable cl-no-notice -->\nC without notice.\n';

    it('hides findings between the comments only', () => {
      const s = parseSuppressions(text);
      assert.equal(s.isSuppressed(findingAt(text, 'A without')), false);
      assert.equal(s.isSuppressed(findingAt(text, 'B without')), true);
      assert.equal(s.isSuppressed(findingAt(text, 'C without')), false);
    });

    it('runs to the end of the document without an enable', () => {
      const t = 'A.\n<!-- warrant-lens-disable -->\nB without notice.\n';
      assert.equal(parseSuppressions(t).isSuppressed(findingAt(t, 'B without', 'cl-any')), true);
    });

    it('ends every open block on an enable without ids', () => {
      const t = '<!-- warrant-lens-disable cl-a cl-b -->\nX\n<!-- warrant-lens-enable -->\nY\n';
      const s = parseSuppressions(t);
      assert.equal(s.isSuppressed({ ruleId: 'cl-b', start: t.indexOf('X'), end: t.indexOf('X') + 1, clause: { start: t.indexOf('X'), end: t.indexOf('X') + 1 } }), true);
      assert.equal(s.isSuppressed({ ruleId: 'cl-a', start: t.indexOf('Y'), end: t.indexOf('Y') + 1, clause: { start: t.indexOf('Y'), end: t.indexOf('Y') + 1 } }), false);
    });
  });

  describe('disable-file', () => {
    it('hides the named rule anywhere', () => {
      const t = 'Text without notice.\n\n<!-- warrant-lens-disable-file cl-no-notice -->\n';
      const s = parseSuppressions(t);
      assert.equal(s.isSuppressed(findingAt(t, 'Text without notice.')), true);
      assert.equal(s.isSuppressed(findingAt(t, 'Text without notice.', 'cl-other')), false);
    });

    it('hides every rule without ids (plain-text form)', () => {
      const t = '// warrant-lens-disable-file\nText without notice.\n';
      assert.equal(parseSuppressions(t).isSuppressed(findingAt(t, 'Text without notice.', 'cl-other')), true);
    });
  });

  describe('building comments', () => {
    it('uses HTML comments for Markdown and line comments elsewhere', () => {
      assert.equal(commentStyleFor('markdown'), 'html');
      assert.equal(commentStyleFor('plaintext'), 'line');
      assert.equal(suppressionComment('disable-next-line', ['cl-x'], 'html'), '<!-- warrant-lens-disable-next-line cl-x -->');
      assert.equal(suppressionComment('disable-file', ['cl-x'], 'line'), '// warrant-lens-disable-file cl-x');
    });

    it('inserts a next-line comment above the clause with its indentation, which then suppresses it', () => {
      const t = 'Intro.\n\n  - We may disclose data without notice.\n';
      const f = findingAt(t, 'We may disclose data without notice.');
      const ins = nextLineSuppression(t, f, 'html');
      assert.equal(ins.offset, t.indexOf('  - We'));
      assert.equal(ins.text, '  <!-- warrant-lens-disable-next-line cl-no-notice -->\n');
      const edited = t.slice(0, ins.offset) + ins.text + t.slice(ins.offset);
      assert.equal(parseSuppressions(edited).isSuppressed(findingAt(edited, 'We may disclose data without notice.')), true);
    });

    it('keeps CRLF line ends', () => {
      const t = 'A.\r\n\r\nB without notice.\r\n';
      assert.ok(nextLineSuppression(t, findingAt(t, 'B without'), 'line').text.endsWith('\r\n'));
    });

    it('puts a file comment after YAML front matter', () => {
      const t = '---\ntitle: DPA\n---\nBody.\n';
      const ins = fileSuppression(t, 'cl-x', 'html');
      assert.equal(ins.offset, t.indexOf('Body'));
      assert.equal(ins.text, '<!-- warrant-lens-disable-file cl-x -->\n');
      assert.equal(fileSuppression('Body.\n', 'cl-x', 'line').offset, 0);
    });
  });
});
