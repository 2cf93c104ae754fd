import * as assert from 'assert';
import * as vscode from 'vscode';
import { getArgument } from '../../src/core';
import { hoverText, openFixture, unescapeMarkdown } from './helpers';

async function hoversAt(uri: vscode.Uri, pos: vscode.Position): Promise<vscode.Hover[]> {
  return (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, pos)) ?? [];
}

suite('hover', () => {
  test('the hover on a flagged clause explains it through the linked case arguments', async () => {
    const { doc, api } = await openFixture('contracts/basic-contract.md');
    const pos = new vscode.Position(8, 20); // inside "Nimbus is not obligated to notify Customer ..."
    const findings = api.getFindings(doc.uri).filter((f) => f.start <= doc.offsetAt(pos) && doc.offsetAt(pos) <= f.end);
    assert.ok(findings.some((f) => f.ruleId === 'cl-no-notice'), 'cl-no-notice is under the cursor');
    const hovers = await hoversAt(doc.uri, pos);
    const ours = hovers.filter((h) => hoverText([h]).includes('cl-no-notice') || hoverText([h]).includes('cl\\-no\\-notice'));
    assert.strictEqual(ours.length, 1, 'one Warrant Lens hover');
    const text = unescapeMarkdown(hoverText(ours));
    assert.match(text, /Nimbus is not obligated to notify Customer/, 'quotes the clause');
    const argIds = [...new Set(findings.flatMap((f) => f.arguments))];
    assert.ok(argIds.length > 0);
    for (const id of argIds) {
      const arg = getArgument(id);
      assert.ok(arg, `argument ${id} exists`);
      assert.ok(text.includes(arg.title.replace(/\s+/g, ' ')), `hover names the linked argument "${arg.title}"`);
    }
    // the first finding's first argument is shown in full: both sides of the case
    const first = getArgument(findings[0]!.arguments[0]!)!;
    assert.ok(text.includes(first.microsoft.replace(/\s+/g, ' ').slice(0, 60)), 'hover gives Microsoft\'s argument');
    assert.ok(text.includes(first.government.replace(/\s+/g, ' ').slice(0, 60)), 'hover gives the government\'s argument');
    assert.ok(ours[0]!.range?.contains(pos), 'hover range covers the position');
  });

  test('no Warrant Lens hover on an unflagged clause', async () => {
    const { doc } = await openFixture('contracts/basic-contract.md');
    const text = hoverText(await hoversAt(doc.uri, new vscode.Position(12, 10))); // the fees clause
    assert.ok(!/Case argument/.test(text), `unexpected hover: ${text.slice(0, 200)}`);
  });
});
