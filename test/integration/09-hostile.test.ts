import * as assert from 'assert';
import * as vscode from 'vscode';
import { bridge, hoverText, openFixture, waitFor, type WebviewSnapshot } from './helpers';

const HOSTILE = 'contracts/hostile-contract.md';
const allowedCommands = new Set(['warrantLens.openPanel', '_warrantLens.applyFix', 'warrantLens.showRule']);

suite('hostile document text', () => {
  test('hover Markdown escapes document text: no HTML, no foreign command or javascript links', async () => {
    const { doc, api } = await openFixture(HOSTILE);
    const findings = api.getFindings(doc.uri);
    assert.ok(findings.length >= 2, 'the hostile clauses are flagged');
    const lines = [...new Set(findings.map((f) => doc.positionAt(f.start).line))];
    for (const line of lines) {
      const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(line, 3))) ?? [];
      const ours = hovers.filter((h) => /Ask for|Explain in panel/.test(hoverText([h])));
      assert.strictEqual(ours.length, 1, `one Warrant Lens hover on line ${line + 1}`);
      for (const c of ours[0]!.contents) {
        assert.ok(c instanceof vscode.MarkdownString, 'MarkdownString content');
        assert.notStrictEqual(c.isTrusted, true, 'never fully trusted');
        if (typeof c.isTrusted === 'object') {
          for (const id of c.isTrusted.enabledCommands) assert.ok(allowedCommands.has(id), `only the extension's own commands are enabled (${id})`);
        }
        assert.notStrictEqual(c.supportHtml, true, 'HTML is not rendered');
        const md = c.value;
        // every link target in the Markdown is one of the extension's own commands
        for (const m of md.matchAll(/(?<!\\)\]\(([^)\s]*)/g)) {
          const target = m[1]!;
          const id = /^command:([^?]+)/.exec(target)?.[1];
          assert.ok(id && allowedCommands.has(id), `link target ${target.slice(0, 80)} is an allowed command`);
        }
        assert.ok(!/(?<!\\)<(script|img|svg|iframe|a)\b/i.test(md), 'no raw HTML tag survives');
        assert.ok(!/(?<!\\)\]\((command:workbench|javascript:)/.test(md), 'no hostile link survives');
      }
      // The hover quotes no document text (the clause is under the cursor); what it shows is escaped.
    }
  });

  test('the exported report escapes the hostile text', async () => {
    const { doc } = await openFixture(HOSTILE);
    const report = await vscode.commands.executeCommand<vscode.TextDocument>('warrantLens.exportReport', doc.uri);
    const text = report.getText();
    assert.ok(!/(?<!\\)<(script|img|svg|iframe)\b/i.test(text), 'no raw HTML from the document');
    assert.ok(!/(?<!\\)\]\((command:|javascript:)/.test(text), 'no live link from the document');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the panel shows the hostile excerpts as text; nothing from the document becomes markup or runs', async () => {
    const { api } = await openFixture(HOSTILE);
    await vscode.commands.executeCommand('warrantLens.openPanel');
    const model = api.panelModel();
    assert.ok(model.document?.findings.some((f) => f.excerpt.includes('<script>')), 'the model carries the raw excerpt (the webview must render it as text)');
    const snap = await waitFor(async () => {
      const s = await bridge<WebviewSnapshot>('/webview');
      if (s === undefined) return { skipped: true } as const;
      return s.found && s.text.includes('hostile-contract.md') && s.excerpts.some((e) => e.includes('onerror=')) ? s : undefined;
    }, 'the panel to show the hostile document', 30000);
    if ('skipped' in snap) return;
    assert.ok(snap.excerpts.some((e) => e.includes("<script>__warrantPwned='script'</script>")), `the script tag is shown as text: ${snap.excerpts.join(' | ')}`);
    assert.deepStrictEqual(snap.dangerous, [], 'no img/svg/iframe/object/embed/command:/javascript: element in the webview');
    // scripts: the extension's nonce'd media/panel.js, plus the acquireVsCodeApi shim VS Code itself injects
    const own = (x: { src: string; nonce: boolean; inline: string }) => (x.nonce && /\/media\/panel\.js$/.test(x.src) && x.inline === '') || (x.src === '' && x.inline.includes('acquireVsCodeApi'));
    assert.ok(snap.scripts.every(own), `only the extension's own scripts: ${JSON.stringify(snap.scripts)}`);
    assert.strictEqual(snap.scripts.filter((x) => /\/media\/panel\.js$/.test(x.src)).length, 1);
    assert.ok(snap.pwned.every((v) => v === undefined || v === null), `no hostile code ran: ${JSON.stringify(snap.pwned)}`);
  });
});
