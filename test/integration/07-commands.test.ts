import * as assert from 'assert';
import * as vscode from 'vscode';
import { fixtureUri, lensDiagnostics, openFixture, ruleIdOf, waitFor } from './helpers';

suite('commands', () => {
  test('"scan workspace" analyses files that are not open and lists them in Problems', async () => {
    const notOpen = fixtureUri('contracts/scan-only.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === notOpen.toString()), 'scan-only.md was never opened');
    const result = await vscode.commands.executeCommand<{ files: number; findings: number }>('warrantLens.scanWorkspace');
    assert.ok(result && typeof result.files === 'number' && typeof result.findings === 'number', `returns counts: ${JSON.stringify(result)}`);
    assert.ok(result.files >= 5, `at least the 5 fixture contracts were scanned (${result.files})`);
    assert.ok(result.findings > 0);
    const diags = await waitFor(() => {
      const d = lensDiagnostics(notOpen);
      return d.length > 0 ? d : undefined;
    }, 'Problems entries for the unopened scan-only.md');
    assert.ok(diags.some((d) => ruleIdOf(d) === 'cl-no-notice'), 'the no-notice clause of scan-only.md is reported');
  });

  test('"export report" opens a Markdown review report of the document', async () => {
    const { doc, api } = await openFixture('contracts/basic-contract.md');
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('warrantLens.exportReport', doc.uri);
    assert.ok(report, 'returns the report document');
    assert.strictEqual(report.languageId, 'markdown');
    assert.strictEqual(report.isUntitled, true, 'an untitled editor, nothing written to disk');
    const text = report.getText();
    for (const f of api.getFindings(doc.uri)) assert.ok(text.includes(f.ruleId), `report lists ${f.ruleId}`);
    assert.match(text, /basic-contract\.md/, 'report names the document');
    assert.ok(lensDiagnostics(report.uri).length === 0, 'the report itself is not analysed');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('"analyze now" returns the visible findings', async () => {
    const { doc, api } = await openFixture('contracts/basic-contract.md');
    const findings = await vscode.commands.executeCommand<{ ruleId: string }[]>('warrantLens.analyzeNow', doc.uri);
    assert.deepStrictEqual(findings.map((f) => f.ruleId).sort(), api.getFindings(doc.uri).map((f) => f.ruleId).sort());
  });
});
