// One review for the editor and the CLI: the project config file, the playbook, suppressions in SARIF,
// fixes that keep a run-in title, reports that are never analysed.
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';
import { getRule } from '../../src/core';
import { bridge, EXTENSION_ID, fixtureUri, lensDiagnostics, openFixture, ruleIdOf, settled, waitFor, waitForDiagnostics, type WebviewSnapshot } from './helpers';

const FILE = 'configured/dpa.md';

/** Runs the extension's own CLI bundle (dist/cli.js) on a workspace file, as CI would. */
function cli(args: string[]): string {
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  const root = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
  return execFileSync(process.execPath, [path.join(ext.extensionPath, 'dist', 'cli.js'), 'scan', '--fail-on', 'none', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
}

const severityName = (s: vscode.DiagnosticSeverity) => ['error', 'warning', 'info', 'hint'][s]!;

suite('one review for the editor and the CLI', () => {
  test('the config file changes severities in the editor and in the CLI alike', async () => {
    const { doc } = await openFixture(FILE);
    const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => ruleIdOf(x) === 'cl-no-notice'), 'cl-no-notice');
    const noNotice = diags.find((x) => ruleIdOf(x) === 'cl-no-notice')!;
    assert.strictEqual(noNotice.severity, vscode.DiagnosticSeverity.Error, 'the config file raises cl-no-notice to error');
    assert.ok(!diags.some((x) => ruleIdOf(x) === 'cl-governing-law-forum'), 'the config file turns the governing-law rule off');

    const json = JSON.parse(cli(['-f', 'json', FILE])) as { files: { findings: { ruleId: string; severity: string; start: { line: number } }[] }[] };
    const fromCli = json.files[0]!.findings.map((f) => `${f.ruleId}@${f.start.line - 1}:${f.severity}`).sort();
    const fromEditor = diags.map((d) => `${ruleIdOf(d)}@${d.range.start.line}:${severityName(d.severity)}`).sort();
    assert.deepStrictEqual(fromEditor, fromCli, 'the same findings at the same severities');
  });

  test('a playbook break is a diagnostic, a panel entry and a report line', async () => {
    const { doc, api } = await openFixture(FILE);
    const expected = /Playbook requires storage in the EU\/EEA; this clause allows the United States\./;
    const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => ruleIdOf(x) === 'playbook-location'), 'the playbook break');
    const br = diags.filter((x) => ruleIdOf(x) === 'playbook-location');
    assert.strictEqual(br.length, 1, 'one break for the clause');
    assert.match(br[0]!.message, expected);
    assert.strictEqual(br[0]!.severity, vscode.DiagnosticSeverity.Error, 'the playbook\'s own severity');

    const model = api.panelModel().document;
    assert.ok(model, 'the panel describes the document');
    assert.strictEqual(model.playbook?.name, 'Test EU playbook');
    const breaks = model.findings.filter((f) => model.playbook!.breaks.includes(f.id));
    assert.ok(breaks.some((f) => expected.test(f.title)), `the panel lists the break; has ${breaks.map((f) => f.title).join(' | ')}`);
    await vscode.commands.executeCommand('warrantLens.openPanel');
    const snap = await waitFor(async () => {
      const s = await bridge<WebviewSnapshot>('/webview');
      if (s === undefined) return { skipped: true } as const;
      return s.found && s.text.includes('dpa.md') && s.findingTitles.some((t) => expected.test(t)) ? s : undefined;
    }, 'the panel webview to show the playbook break', 30000);
    if (!('skipped' in snap)) assert.match(snap.text, /Playbook: Test EU playbook/);

    const report = await vscode.commands.executeCommand<vscode.TextDocument>('warrantLens.exportReport', doc.uri);
    const text = report.getText();
    assert.match(text, /### Playbook breaks \(1\)/);
    assert.match(text, expected);
    assert.ok(text.indexOf('### Playbook breaks') < text.indexOf('## All findings'), 'the summary comes first');
    assert.match(path.basename(report.uri.path), /^dpa\.warrant-lens-review-\d{4}-\d\d-\d\d\.md$/, 'a proper file name');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('a suppressed finding is absent in the editor and present, marked, in SARIF', async () => {
    const { doc } = await openFixture(FILE);
    const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => ruleIdOf(x) === 'cl-no-notice'), 'the document\'s diagnostics');
    assert.ok(!diags.some((x) => ruleIdOf(x) === 'cl-disclosure-required-by-law'), 'the comment hides it in the editor');
    const log = JSON.parse(cli(['-f', 'sarif', FILE])) as { runs: { results: { ruleId: string; suppressions?: { kind: string }[] }[] }[] };
    const hit = log.runs[0]!.results.filter((r) => r.ruleId === 'cl-disclosure-required-by-law');
    assert.strictEqual(hit.length, 1, 'SARIF keeps the result');
    assert.deepStrictEqual(hit[0]!.suppressions?.map((s) => s.kind), ['inSource']);
    assert.ok(!log.runs[0]!.results.some((r) => r.ruleId === 'cl-no-notice' && r.suppressions), 'an active finding carries no suppression');
  });

  test('a quick fix on a clause with a number and a bold run-in title keeps both, and names the parties as the contract does', async () => {
    const { doc, api } = await openFixture(FILE);
    const original = doc.getText();
    const diag = (await waitForDiagnostics(doc.uri, (d) => d.some((x) => ruleIdOf(x) === 'cl-location-unrestricted'), 'the location finding')).find((x) => ruleIdOf(x) === 'cl-location-unrestricted')!;
    const title = `Warrant Lens: ${getRule('cl-location-unrestricted')!.fixes[0]!.title}`;
    const fix = await waitFor(async () => {
      const all = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
      return all.find((a) => a.title === title && a.edit);
    }, `the fix "${title}"`);
    try {
      assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'the fix applies');
      const line = doc.lineAt(diag.range.start.line).text;
      assert.ok(line.startsWith('1.1 **Data Location.** '), `the number and the title stay: "${line.slice(0, 80)}"`);
      assert.ok(!line.includes('[Provider]') && /\bNimbus\b/.test(line.slice(23)), `the model clause says "Nimbus": "${line.slice(0, 120)}"`);
    } finally {
      await vscode.commands.executeCommand('undo');
      await waitFor(() => doc.getText() === original, 'undo restores the clause', 5000);
      await settled(api, doc);
    }
  });

  test('a saved report gets no findings, in the editor and in a workspace scan', async () => {
    const { doc, api } = await openFixture(FILE);
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('warrantLens.exportReport', doc.uri);
    const text = report.getText();
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    // Saved into the workspace, as a reviewer would.
    const saved = fixtureUri('configured/dpa-review.md');
    await vscode.workspace.fs.writeFile(saved, new TextEncoder().encode(text));
    try {
      const opened = await vscode.workspace.openTextDocument(saved);
      await vscode.window.showTextDocument(opened, { preview: false });
      await settled(api, opened);
      assert.strictEqual(api.getFindings(saved).length, 0);
      assert.strictEqual(lensDiagnostics(saved).length, 0);
      assert.strictEqual(api.panelModel().document?.analysed, false, 'the panel says it was not analysed');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.commands.executeCommand('warrantLens.scanWorkspace');
      assert.strictEqual(lensDiagnostics(saved).length, 0, 'a workspace scan does not flag it either');
    } finally {
      await vscode.workspace.fs.delete(saved);
    }
  });
});
