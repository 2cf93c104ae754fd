import * as assert from 'assert';
import * as vscode from 'vscode';
import { getArgument } from '../../src/core';
import { hoverText, openFixture, unescapeMarkdown } from './helpers';

async function hoversAt(uri: vscode.Uri, pos: vscode.Position): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos)) ?? [];
}

suite('hover', () => {
  test('the hover on a flagged clause is short: risk, why, what to ask for, and a link to the case argument in the panel', async () => {
    const { doc, api } = await openFixture('contracts/basic-contract.md');
    const pos = new vscode.Position(8, 20); // inside "Nimbus is not obligated to notify Customer ..."
    const findings = api.getFindings(doc.uri).filter((f) => f.start <= doc.offsetAt(pos) && doc.offsetAt(pos) <= f.end);
    assert.ok(findings.some((f) => f.ruleId === 'cl-no-notice'), 'cl-no-notice is under the cursor');
    const hovers = await hoversAt(doc.uri, pos);
    const ours = hovers.filter((h) => hoverText([h]).includes('cl-no-notice') || hoverText([h]).includes('cl\\-no\\-notice'));
    assert.strictEqual(ours.length, 1, 'one Warrant Lens hover for the clause');
    const md = hoverText(ours);
    const text = unescapeMarkdown(md);
    for (const f of findings) assert.ok(text.includes(f.ruleId), `the one block names ${f.ruleId}`);
    assert.match(text, /High risk/);
    assert.match(text, /Ask for:/);
    const first = getArgument(findings.find((f) => f.ruleId === 'cl-no-notice')!.arguments[0]!)!;
    assert.ok(md.includes(`command:warrantLens.openPanel?${encodeURIComponent(JSON.stringify([first.id]))}`) || md.includes('command:warrantLens.openPanel'), 'links the case argument to the panel');
    assert.ok(!text.includes(first.microsoft.slice(0, 60)), 'the case detail stays in the panel');
    const visible = text.replace(/\]\([^)]*\)/g, ']').length;
    console.log(`[measure] hover on the no-notice clause: ${visible} characters (Markdown with link targets: ${md.length})`);
    assert.ok(ours[0]!.range?.contains(pos), 'hover range covers the position');
  });

  test('no Warrant Lens hover on an unflagged clause', async () => {
    const { doc } = await openFixture('contracts/basic-contract.md');
    const text = hoverText(await hoversAt(doc.uri, new vscode.Position(12, 10))); // the fees clause
    assert.ok(!/Ask for/.test(text), `unexpected hover: ${text.slice(0, 200)}`);
  });
});
