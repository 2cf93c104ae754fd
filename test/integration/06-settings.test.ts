import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture, ruleIdOf, waitForDiagnostics } from './helpers';

suite('settings', () => {
  const config = () => vscode.workspace.getConfiguration('warrantLens');

  suiteTeardown(async () => {
    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('changing warrantLens.rules re-analyses open documents (severity remap, then off, then back)', async () => {
    const { doc } = await openFixture('contracts/basic-contract.md');
    const isNoNotice = (d: vscode.Diagnostic) => ruleIdOf(d) === 'cl-no-notice';
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => isNoNotice(x) && x.severity === vscode.DiagnosticSeverity.Warning), 'cl-no-notice as Warning');

    await config().update('rules', { 'cl-no-notice': 'error' }, vscode.ConfigurationTarget.Workspace);
    const errors = await waitForDiagnostics(doc.uri, (d) => d.some((x) => isNoNotice(x) && x.severity === vscode.DiagnosticSeverity.Error), 'cl-no-notice as Error');
    assert.ok(errors.some((x) => ruleIdOf(x) === 'cl-location-unrestricted' && x.severity === vscode.DiagnosticSeverity.Warning), 'other rules keep their severity');

    await config().update('rules', { 'cl-no-notice': 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, (d) => !d.some(isNoNotice) && d.some((x) => ruleIdOf(x) === 'cl-location-unrestricted'), 'cl-no-notice turned off');

    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => isNoNotice(x) && x.severity === vscode.DiagnosticSeverity.Warning), 'cl-no-notice back as Warning');
  });
});
