import * as assert from 'assert';
import * as vscode from 'vscode';
import { getRule, withPartyNames } from '../../src/core';
import { clearAcceptedRisks, fixtureUri, keysOf, lensDiagnostics, openFixture, ruleIdOf, settled, waitFor, waitForDiagnostics, type WarrantLensApi } from './helpers';

const FILE = 'contracts/fixes-contract.md';

/** The first model clause of a rule, as the engine defines it (rule texts may be reworded). */
function firstFix(ruleId: string): { title: string; kind: 'replace' | 'insertAfter'; head: string } {
  const fix = getRule(ruleId)?.fixes[0];
  assert.ok(fix, `${ruleId} has a fix`);
  // The fixture defines no party names: model language carries bracketed placeholders.
  return { title: `Warrant Lens: ${fix.title}`, kind: fix.kind, head: withPartyNames(fix.text.trim(), {}).slice(0, 40) };
}

/** A replace fix starts the clause's line; an insert fix is appended to the clause. */
function assertFixed(lineText: string, model: ReturnType<typeof firstFix>, original: string): void {
  if (model.kind === 'replace') assert.ok(lineText.startsWith(model.head), `"${lineText.slice(0, 60)}" starts with the model clause "${model.head}"`);
  else assert.ok(lineText.startsWith(original.slice(0, 40)) && lineText.includes(model.head), `the model clause is appended: ${lineText.slice(0, 120)}`);
}

async function actionsFor(doc: vscode.TextDocument, ruleId: string, line: number): Promise<{ diag: vscode.Diagnostic; actions: vscode.CodeAction[] }> {
  const diag = lensDiagnostics(doc.uri).find((d) => ruleIdOf(d) === ruleId && d.range.start.line === line);
  assert.ok(diag, `${ruleId} on line ${line + 1}; have ${keysOf(lensDiagnostics(doc.uri)).join(', ')}`);
  // The workbench passes the diagnostics it knows at the range to the provider; they reach it from the
  // extension host asynchronously, so ask until the rule's actions are there.
  const ours = await waitFor(async () => {
    const actions = (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, diag.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
    const mine = actions.filter((a): a is vscode.CodeAction => 'title' in a && a.title.startsWith('Warrant Lens:') && (!('diagnostics' in a) || !a.diagnostics || a.diagnostics.some((d) => ruleIdOf(d) === ruleId)));
    return mine.length > 0 ? mine : undefined;
  }, `Warrant Lens quick fixes for ${ruleId} on line ${line + 1}`);
  return { diag, actions: ours };
}

function pick(actions: vscode.CodeAction[], re: RegExp): vscode.CodeAction {
  const a = actions.find((x) => re.test(x.title));
  assert.ok(a, `an action matching ${re}; have: ${actions.map((x) => x.title).join(' | ')}`);
  return a;
}

/** One `undo` must restore the exact original text (each fix is one undo step). */
async function undoOnce(api: WarrantLensApi, doc: vscode.TextDocument, original: string): Promise<void> {
  await vscode.window.showTextDocument(doc, { preview: false, preserveFocus: false });
  await vscode.commands.executeCommand('undo');
  await waitFor(() => doc.getText() === original, 'one undo to restore the original text', 5000);
  await settled(api, doc);
}

suite('quick fixes (apply and undo)', () => {
  let doc: vscode.TextDocument;
  let api: WarrantLensApi;
  let original: string;

  suiteSetup(async () => {
    ({ doc, api } = await openFixture(FILE));
    original = doc.getText();
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => ruleIdOf(x) === 'cl-no-notice'), 'cl-no-notice');
  });

  teardown(async () => {
    if (doc.getText() !== original) {
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
      await vscode.workspace.applyEdit(edit);
      await settled(api, doc);
    }
  });

  test('the preferred model-clause fix replaces the clause; undo restores it', async () => {
    const { actions } = await actionsFor(doc, 'cl-no-notice', 12);
    const model = firstFix('cl-no-notice');
    const flagged = api.getFindings(doc.uri).find((f) => f.ruleId === 'cl-no-notice');
    assert.ok(flagged);
    const fix = actions.find((a) => a.title === model.title);
    assert.ok(fix, `"${model.title}" offered; have: ${actions.map((x) => x.title).join(' | ')}`);
    assert.strictEqual(fix.isPreferred, true, 'the first fix is preferred');
    assert.strictEqual(fix.kind?.value, 'quickfix');
    assert.ok(fix.edit, 'the fix carries an edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assertFixed(doc.lineAt(12).text, model, original.split('\n')[12]!);
    assert.strictEqual(doc.lineAt(8).text, original.split('\n')[8], 'other clauses untouched');
    await settled(api, doc);
    await waitFor(() => !api.getFindings(doc.uri).some((f) => f.fingerprint === flagged.fingerprint), 'the fixed clause\'s finding to go away');
    await undoOnce(api, doc, original);
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => ruleIdOf(x) === 'cl-no-notice' && x.range.start.line === 12), 'cl-no-notice to come back');
  });

  test('"fix all" rewrites every clause of the rule in one undo step', async () => {
    const { actions } = await actionsFor(doc, 'cl-location-unrestricted', 4);
    const fingerprints = api.getFindings(doc.uri).filter((f) => f.ruleId === 'cl-location-unrestricted').map((f) => f.fingerprint);
    assert.strictEqual(fingerprints.length, 2);
    const all = pick(actions, /^Warrant Lens: Fix all .*Data may be stored anywhere|^Warrant Lens: Fix all/);
    assert.ok(all.edit);
    assert.ok(await vscode.workspace.applyEdit(all.edit));
    const model = firstFix('cl-location-unrestricted');
    for (const line of [4, 8]) assertFixed(doc.lineAt(line).text, model, original.split('\n')[line]!);
    assert.match(doc.lineAt(12).text, /not obligated to notify/, 'the other rule\'s clause is untouched');
    await settled(api, doc);
    // the two flagged clauses are gone (their findings, by fingerprint; the model text is new text)
    await waitFor(() => !api.getFindings(doc.uri).some((f) => fingerprints.includes(f.fingerprint)), 'the fixed clauses\' findings to go away');
    await waitForDiagnostics(doc.uri, (d) => !d.some((x) => ruleIdOf(x) === 'cl-location-unrestricted' && x.range.start.character === 0), 'no diagnostic left on the replaced clauses');
    await undoOnce(api, doc, original);
    await waitForDiagnostics(doc.uri, (d) => d.filter((x) => ruleIdOf(x) === 'cl-location-unrestricted').length === 2, 'both clauses flagged again');
  });

  test('"suppress for this clause" inserts a comment that hides only that finding; undo restores it', async () => {
    const { actions } = await actionsFor(doc, 'cl-no-notice', 12);
    const sup = pick(actions, /^Warrant Lens: Suppress cl-no-notice (for this clause|on the next line)$/);
    assert.ok(sup.edit);
    assert.ok(await vscode.workspace.applyEdit(sup.edit));
    assert.match(doc.getText(), /warrant-lens-disable-next-line cl-no-notice/);
    await settled(api, doc);
    const after = await waitForDiagnostics(doc.uri, (d) => !d.some((x) => ruleIdOf(x) === 'cl-no-notice'), 'cl-no-notice suppressed');
    assert.strictEqual(after.filter((x) => ruleIdOf(x) === 'cl-location-unrestricted').length, 2, 'other findings stay');
    await undoOnce(api, doc, original);
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => ruleIdOf(x) === 'cl-no-notice'), 'cl-no-notice back');
  });

  test('"suppress in this file" hides the rule everywhere in the file; undo restores it', async () => {
    const { actions } = await actionsFor(doc, 'cl-location-unrestricted', 8);
    const sup = pick(actions, /^Warrant Lens: Suppress cl-location-unrestricted in this file$/);
    assert.ok(sup.edit);
    assert.ok(await vscode.workspace.applyEdit(sup.edit));
    assert.match(doc.getText(), /warrant-lens-disable-file cl-location-unrestricted/);
    await settled(api, doc);
    await waitForDiagnostics(doc.uri, (d) => !d.some((x) => ruleIdOf(x) === 'cl-location-unrestricted') && d.some((x) => ruleIdOf(x) === 'cl-no-notice'), 'the rule hidden in the whole file only');
    await undoOnce(api, doc, original);
    await waitForDiagnostics(doc.uri, (d) => d.filter((x) => ruleIdOf(x) === 'cl-location-unrestricted').length === 2, 'both back');
  });

  test('the hover\'s apply-fix link command applies the fix; undo restores it', async () => {
    const f = api.getFindings(doc.uri).find((x) => x.ruleId === 'cl-no-notice');
    assert.ok(f);
    const ok = await vscode.commands.executeCommand<boolean>('_warrantLens.applyFix', { uri: doc.uri.toString(), ruleId: f.ruleId, fingerprint: f.fingerprint, fixIndex: 0 });
    assert.strictEqual(ok, true);
    assertFixed(doc.lineAt(12).text, firstFix('cl-no-notice'), original.split('\n')[12]!);
    await settled(api, doc);
    await undoOnce(api, doc, original);
  });

  test('"accept this risk" records it in .warrant-lens/accepted-risks.json and hides it; removing the record brings it back', async () => {
    const { actions } = await actionsFor(doc, 'cl-no-notice', 12);
    const accept = pick(actions, /^Warrant Lens: Accept this risk/);
    assert.strictEqual(accept.command?.command, '_warrantLens.acceptRisk');
    const args = accept.command.arguments?.[0] as { uri: string; ruleId: string; fingerprint: string };
    assert.strictEqual(args.ruleId, 'cl-no-notice');
    // the reason normally comes from an input box; the command takes it as an argument too
    const ok = await vscode.commands.executeCommand<boolean>('_warrantLens.acceptRisk', { ...args, reason: 'integration test: accepted' });
    assert.strictEqual(ok, true);
    const file = fixtureUri('.warrant-lens/accepted-risks.json');
    const saved = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
    assert.strictEqual(saved.version, 1);
    assert.ok(saved.accepted.some((a: { ruleId: string; fingerprint: string; reason: string }) => a.ruleId === 'cl-no-notice' && a.fingerprint === args.fingerprint && a.reason === 'integration test: accepted'));
    await waitForDiagnostics(doc.uri, (d) => !d.some((x) => ruleIdOf(x) === 'cl-no-notice'), 'the accepted finding hidden');
    assert.strictEqual(doc.getText(), original, 'accepting does not edit the contract');
    // "undo": the record is the only state; removing it shows the finding again (through the file watcher)
    await clearAcceptedRisks();
    await waitForDiagnostics(doc.uri, (d) => d.some((x) => ruleIdOf(x) === 'cl-no-notice'), 'the finding back after the record is removed', 30000);
  });
});
