import * as assert from 'assert';
import * as vscode from 'vscode';
import { bridge, openFixture, waitFor, type WebviewSnapshot } from './helpers';

suite('case panel', () => {
  test('the webview view resolves and receives the model of the active document', async () => {
    const { doc, api } = await openFixture('contracts/basic-contract.md');
    await vscode.commands.executeCommand('warrantLens.openPanel');
    const model = api.panelModel();
    assert.strictEqual(model.version, 1);
    assert.ok(model.case.name.length > 0, 'case at a glance');
    assert.ok(model.arguments.length >= 10, 'the arguments of the case');
    assert.ok(model.document, 'a document part for the active contract');
    assert.strictEqual(model.document.uri, doc.uri.toString());
    const findings = api.getFindings(doc.uri);
    assert.strictEqual(model.document.total, findings.length);
    assert.deepStrictEqual(model.document.findings.map((f) => f.ruleId).sort(), findings.map((f) => f.ruleId).sort());
    const noNotice = model.document.findings.find((f) => f.ruleId === 'cl-no-notice');
    assert.strictEqual(noNotice?.line, 9, 'findings carry their 1-based line');

    // What the webview really shows (the offline runner reads its DOM through a loopback bridge).
    const snap = await waitFor(async () => {
      const s = await bridge<WebviewSnapshot>('/webview');
      if (s === undefined) return { skipped: true } as const;
      return s.found && s.text.includes('basic-contract.md') && s.findingElements > 0 ? s : undefined;
    }, 'the panel webview to render the document\'s findings', 30000);
    if ('skipped' in snap) return; // desktop run: no bridge
    for (const f of model.document.findings) assert.ok(snap.findingTitles.includes(f.title), `panel lists "${f.title}"; has ${snap.findingTitles.join(' | ')}`);
    assert.ok(snap.excerpts.some((e) => e.startsWith('Nimbus is not obligated to notify Customer')), 'panel shows the flagged clause');
  });

  test('a reveal through the openPanel command with an argument id resolves', async () => {
    await openFixture('contracts/basic-contract.md');
    await vscode.commands.executeCommand('warrantLens.openPanel', 'arg-secrecy');
  });
});
