import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { extractDocument } from '../../src/input';
import { bridge, lensDiagnostics, openFixture, waitFor, type WebviewSnapshot } from './helpers';

/** A fresh folder outside the workspace (exports written there do not become contracts of the register). */
const scratch = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

suite('transfer impact assessment and portfolio', () => {
  test('"Draft Transfer Impact Assessment" opens an unsaved Markdown draft with the six steps and cited clauses', async () => {
    const { doc } = await openFixture('contracts/basic-contract.md');
    const draft = await vscode.commands.executeCommand<vscode.TextDocument>('warrantLens.draftTia', doc.uri);
    assert.ok(draft, 'returns the draft');
    assert.strictEqual(draft.languageId, 'markdown');
    assert.strictEqual(draft.isUntitled, true, 'nothing written to disk');
    const text = draft.getText();
    for (let step = 1; step <= 6; step++) assert.match(text, new RegExp(`## Step ${step}: `));
    assert.match(text, /\*\*For the reviewer\.\*\*/);
    assert.match(text, /Government-access gap matrix/);
    const links = [...text.matchAll(/\]\(([^)]+)#L(\d+)\)/g)];
    assert.ok(links.length > 0, 'cites clauses');
    for (const [, uri, line] of links) {
      assert.strictEqual(uri, doc.uri.toString(), 'each link opens the contract');
      assert.ok(Number(line) >= 1 && Number(line) <= doc.lineCount, `line ${line} exists`);
    }
    assert.strictEqual(lensDiagnostics(draft.uri).length, 0, 'the draft itself is not analysed');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the Portfolio lists one row per contract in the workspace, and sorts them', async () => {
    const files = await vscode.workspace.findFiles('**/*.{md,markdown,txt,contract,docx,pdf}');
    const rows = await vscode.commands.executeCommand<{ document: string; vendor: { text: string }; highestRisk: string }[]>('warrantLens.refreshPortfolio');
    assert.ok(rows.length > 0 && rows.length <= files.length, `${rows.length} rows for ${files.length} files (over-size files are left out)`);
    assert.strictEqual(new Set(rows.map((r) => r.document)).size, rows.length, 'one row per document');
    assert.ok(rows.some((r) => r.document.endsWith('vendor-terms.docx')) && rows.some((r) => r.document.endsWith('vendor-terms.pdf')), 'Word and PDF contracts are in the register');
    const byVendor = await vscode.commands.executeCommand<{ vendor: { text: string } }[]>('warrantLens.sortPortfolio', 'vendor');
    const names = byVendor.map((r) => r.vendor.text);
    assert.deepStrictEqual(names, [...names].sort((a, b) => a.localeCompare(b)));
    const byRisk = await vscode.commands.executeCommand<{ highestRisk: string }[]>('warrantLens.sortPortfolio', 'risk');
    const rank: Record<string, number> = { high: 3, medium: 2, low: 1, mitigating: 0, none: -1 };
    assert.ok(byRisk.every((r, i) => i === 0 || rank[byRisk[i - 1]!.highestRisk]! >= rank[r.highestRisk]!), 'highest risk first');
  });

  test('"Export Portfolio" writes the register in each format, one row per contract, with links that reach the contracts', async () => {
    const rows = await vscode.commands.executeCommand<{ document: string }[]>('warrantLens.sortPortfolio', 'document');
    const dir = scratch('wl-register-');
    const write = async (format: string, ext: string) => {
      const target = vscode.Uri.file(path.join(dir, `register.${ext}`));
      const written = await vscode.commands.executeCommand<vscode.Uri>('warrantLens.exportPortfolio', format, target);
      assert.strictEqual(written?.toString(), target.toString(), `${format}: resolves with the file written`);
      return fs.readFileSync(target.fsPath, 'utf8');
    };
    const json = JSON.parse(await write('json', 'json')) as { documents: number; rows: { document: string }[] };
    assert.strictEqual(json.documents, rows.length);
    assert.deepStrictEqual(json.rows.map((r) => r.document), rows.map((r) => r.document), 'in the order shown');
    const csv = await write('csv', 'csv');
    assert.strictEqual(csv.trimEnd().split('\r\n').length, rows.length + 1, 'a header and one record per contract');
    for (const r of rows) assert.ok(csv.includes(`"${r.document}"`), `${r.document} in the CSV`);
    const md = await write('markdown', 'md');
    assert.match(md, new RegExp(`^# Vendor register: ${rows.length} contracts`));
    const html = await write('html', 'html');
    assert.match(html, /^<!DOCTYPE html>/i);
    const links = [...html.matchAll(/href="([^"#]+)(?:#L(\d+))?"/g)].filter(([, href]) => !/^[a-z]+:/i.test(href!));
    assert.ok(links.length >= rows.length, 'every row links its contract');
    for (const [, href] of links) assert.ok(fs.existsSync(path.resolve(dir, decodeURI(href!))), `${href} resolves from the report's folder`);
  });

  test('"Draft Transfer Impact Assessment as Word" saves a .docx with the six steps, readable by the Word reader', async () => {
    const { doc } = await openFixture('contracts/basic-contract.md');
    const target = vscode.Uri.file(path.join(scratch('wl-tia-'), 'basic-tia.docx'));
    const written = await vscode.commands.executeCommand<vscode.Uri>('warrantLens.draftTiaWord', doc.uri, target);
    assert.strictEqual(written?.toString(), target.toString());
    const bytes = new Uint8Array(fs.readFileSync(target.fsPath));
    const { text } = await extractDocument('docx', bytes, () => Promise.reject(new Error('not a PDF')));
    for (let step = 1; step <= 6; step++) assert.match(text, new RegExp(`Step ${step}: `));
    assert.match(text, /Transfer impact assessment \(draft\)/);
    assert.match(text, /in any country in which Provider or its Sub-processors operate/, 'quotes the contract\'s clause');
    assert.match(text, /For the reviewer\./);
  });

  test('"Check Sub-processor List" shows the entries that break the contract\'s location commitment', async () => {
    const contract = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# Hosting terms\n\n1. The provider will store and process customer data only in Germany and France.\n' });
    await vscode.window.showTextDocument(contract);
    const list = vscode.Uri.file(path.join(scratch('wl-subs-'), 'subprocessors.csv'));
    fs.writeFileSync(list.fsPath, 'Name,Country,Purpose\nBlueHost GmbH,Germany,Hosting\nFarAway Support Inc.,United States,Support\n');
    const result = await vscode.commands.executeCommand<vscode.TextDocument>('warrantLens.checkSubprocessors', list, contract.uri);
    assert.ok(result, 'opens the check');
    assert.strictEqual(result.isUntitled, true, 'nothing written to disk');
    const text = result.getText();
    assert.match(text, /2 entries: 1 break/);
    assert.match(text, /\| 3 \| FarAway Support Inc\. \| United States \| Breaks \| United States is outside the contract's location commitment \(Germany, France\)/);
    assert.match(text, /\| 2 \| BlueHost GmbH \| Germany \| OK \|/);
    assert.match(text, /Checked against the location commitment at line 3/);
    assert.strictEqual(lensDiagnostics(result.uri).length, 0, 'the check itself is not analysed');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the case panel shows the government-access gap matrix of the active contract', async () => {
    const { api } = await openFixture('contracts/basic-contract.md');
    await vscode.commands.executeCommand('warrantLens.openPanel');
    const rows = api.panelModel().document?.gapMatrix ?? [];
    assert.deepStrictEqual(rows.map((r) => r.id), ['notice', 'challenge', 'transparency', 'no-backdoor', 'customer-keys', 'location', 'onward-transfer', 'conflict-duty', 'suspension']);
    assert.ok(rows.every((r) => ['present', 'weak', 'missing'].includes(r.status)));
    assert.ok(rows.filter((r) => r.status !== 'missing').every((r) => r.lines.length > 0), 'a present or weak safeguard names its lines');
    const snap = await waitFor(async () => {
      const s = await bridge<WebviewSnapshot>('/webview');
      if (s === undefined) return { skipped: true } as const;
      return s.found && s.text.includes('Government-access safeguards') ? s : undefined;
    }, 'the panel webview to render the gap matrix', 30000);
    if ('skipped' in snap) return; // desktop run: no bridge
    for (const r of rows) assert.ok(snap.text.includes(r.label), `panel shows "${r.label}"`);
  });
});
