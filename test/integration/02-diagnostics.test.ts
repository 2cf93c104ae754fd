import * as assert from 'assert';
import * as vscode from 'vscode';
import { analyze } from '../../src/core';
import { keysOf, lensDiagnostics, openFixture, ruleIdOf, waitForDiagnostics } from './helpers';

const sev = vscode.DiagnosticSeverity;

suite('diagnostics', () => {
  test('a fixture contract gets the expected rule ids, ranges and severities', async () => {
    const { doc } = await openFixture('contracts/basic-contract.md');
    const diags = await waitForDiagnostics(doc.uri, (d) => d.length > 0, 'Warrant Lens diagnostics');
    const find = (ruleId: string) => diags.find((d) => ruleIdOf(d) === ruleId);

    // Clause 1 (line 5): storage anywhere -> high risk -> Warning over the whole sentence.
    const location = find('cl-location-unrestricted');
    assert.ok(location, `cl-location-unrestricted reported; got ${keysOf(diags).join(', ')}`);
    assert.deepStrictEqual([location.range.start.line, location.range.start.character, location.range.end.line, location.range.end.character], [4, 0, 4, 127]);
    assert.strictEqual(location.severity, sev.Warning);
    // Clause 2 (line 9): no notice of government requests -> high risk -> Warning.
    const noNotice = find('cl-no-notice');
    assert.ok(noNotice, `cl-no-notice reported; got ${keysOf(diags).join(', ')}`);
    assert.deepStrictEqual([noNotice.range.start.line, noNotice.range.start.character, noNotice.range.end.line, noNotice.range.end.character], [8, 0, 8, 76]);
    assert.strictEqual(noNotice.severity, sev.Warning);
    // The fees clause (line 13) is not flagged.
    assert.ok(!diags.some((d) => d.range.start.line >= 10), `nothing flagged after line 10; got ${keysOf(diags).join(', ')}`);

    for (const d of diags) {
      const code = d.code as { value: string; target: vscode.Uri };
      assert.strictEqual(code.target.toString(), `warrant-lens-rule:/${code.value}.md`, 'code links to the rule page');
      assert.ok(d.message.length > 0);
    }
  });

  test('every diagnostic corresponds to an engine finding (same rule, range and severity)', async () => {
    const { doc } = await openFixture('contracts/basic-contract.md');
    const toSeverity = { error: sev.Error, warning: sev.Warning, info: sev.Information, hint: sev.Hint } as const;
    const expected = analyze(doc.getText()).findings.map((f) => {
      const s = f.risk === 'mitigating' ? sev.Hint : toSeverity[f.severity];
      const a = doc.positionAt(f.start);
      const b = doc.positionAt(f.end);
      return `${f.ruleId}@${a.line}:${a.character}-${b.line}:${b.character}#${s}`;
    }).sort();
    const actual = lensDiagnostics(doc.uri).map((d) => `${keysOf([d])[0]}#${d.severity}`).sort();
    assert.deepStrictEqual(actual, expected);
  });
});
