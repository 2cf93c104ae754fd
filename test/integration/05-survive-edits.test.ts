import * as assert from 'assert';
import * as vscode from 'vscode';
import { clearAcceptedRisks, keysOf, openFixture, ruleIdOf, settled, waitForDiagnostics } from './helpers';

suite('suppressions and accepted risks survive edits', () => {
  test('a suppression comment and an accepted risk still hold after an edit above the clause', async () => {
    const { doc, api } = await openFixture('contracts/suppressed-contract.md');
    // the comment in the fixture hides cl-no-notice on line 6; the location clause (line 10) is shown
    const before = await waitForDiagnostics(doc.uri, (d) => d.some((x) => ruleIdOf(x) === 'cl-location-unrestricted'), 'the location finding');
    assert.ok(!before.some((x) => ruleIdOf(x) === 'cl-no-notice'), `cl-no-notice is suppressed by the comment; got ${keysOf(before).join(', ')}`);
    assert.ok(api.getFindings(doc.uri).every((f) => f.ruleId !== 'cl-no-notice'));

    const location = api.getFindings(doc.uri).find((f) => f.ruleId === 'cl-location-unrestricted');
    assert.ok(location);
    const ok = await vscode.commands.executeCommand<boolean>('_warrantLens.acceptRisk', { uri: doc.uri.toString(), ruleId: location.ruleId, fingerprint: location.fingerprint, reason: 'survives edits' });
    assert.strictEqual(ok, true);
    const accepted = await waitForDiagnostics(doc.uri, (d) => !d.some((x) => ruleIdOf(x) === 'cl-location-unrestricted'), 'the accepted finding hidden');
    const shifted = accepted.map((d) => `${ruleIdOf(d)}@${d.range.start.line + 3}:${d.range.start.character}-${d.range.end.line + 3}:${d.range.end.character}`).sort();

    // edit ABOVE both clauses: every offset moves by three lines
    const insert = new vscode.WorkspaceEdit();
    insert.insert(doc.uri, new vscode.Position(1, 0), '\nA new introduction written during the review.\n\n');
    assert.ok(await vscode.workspace.applyEdit(insert));
    await settled(api, doc);
    const after = await waitForDiagnostics(doc.uri, (d) => keysOf(d).join() === shifted.join(), `the same findings three lines lower (${shifted.join(', ')})`);
    assert.ok(!after.some((x) => ruleIdOf(x) === 'cl-no-notice'), 'the suppression comment still applies');
    assert.ok(!after.some((x) => ruleIdOf(x) === 'cl-location-unrestricted'), 'the accepted risk is still hidden');
    assert.ok(api.getFindings(doc.uri).every((f) => f.ruleId !== 'cl-no-notice' && f.ruleId !== 'cl-location-unrestricted'));

    await clearAcceptedRisks();
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => ruleIdOf(x) === 'cl-location-unrestricted'), 'the finding back once the record is removed', 30000);
  });
});
