import * as assert from 'assert';
import * as vscode from 'vscode';
import { buildDocx, pdfFromParagraphs } from '../helpers/documents';
import { fixtureUri, getApi, hoverText, keysOf, ruleIdOf, settled, unescapeMarkdown, waitForDiagnostics } from './helpers';

const clauses = [
  'The provider may store Customer Data in any country where it or its subcontractors operate.',
  'The provider will not notify the customer of any request from a government authority for Customer Data.',
  'This agreement is governed by the laws of Ireland.',
];

suite('Word and PDF files', () => {
  const docxUri = () => fixtureUri('contracts/generated-terms.docx');
  const pdfUri = () => fixtureUri('contracts/generated-terms.pdf');

  suiteSetup(async () => {
    await vscode.workspace.fs.writeFile(docxUri(), buildDocx([{ heading: 1, text: 'Generated Terms' }, { p: [clauses[0]!.slice(0, 30), { text: clauses[0]!.slice(30, 33), bold: true }, clauses[0]!.slice(33)] }, { p: [clauses[1]!] }, { p: [clauses[2]!] }]));
    const filler = Array.from({ length: 40 }, (_, i) => `Filler ${i + 1}. The parties will meet each quarter to review the service levels and agree any changes in writing.`);
    await vscode.workspace.fs.writeFile(pdfUri(), (await pdfFromParagraphs([...filler, clauses[0]!], { header: 'Generated Terms - Confidential' })).bytes);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const u of [docxUri(), pdfUri()]) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
  });

  test('"Review with Warrant Lens" opens a .docx as read-only text with the same diagnostics, labelled with paragraphs', async () => {
    const doc = (await vscode.commands.executeCommand<vscode.TextDocument>('warrantLens.reviewDocument', docxUri()))!;
    assert.ok(doc, 'the extracted text opened');
    assert.strictEqual(doc.uri.scheme, 'warrant-lens-extract');
    assert.strictEqual(doc.languageId, 'markdown');
    assert.match(doc.getText(), /in any country where it or its subcontractors operate/, 'runs are joined');
    const api = await getApi();
    await settled(api, doc);
    const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => ruleIdOf(x) === 'cl-no-notice'), 'diagnostics on the extracted Word text');
    assert.ok(diags.some((d) => ruleIdOf(d) === 'cl-location-unrestricted'), keysOf(diags).join(', '));

    const location = diags.find((d) => ruleIdOf(d) === 'cl-location-unrestricted')!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, location.range.start);
    assert.match(unescapeMarkdown(hoverText(hovers)).replace(/&nbsp;/g, ' '), /In generated-terms\.docx: ¶ 2/);

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, location.range);
    const ours = actions.filter((a) => a.title.startsWith('Warrant Lens:'));
    assert.ok(ours.some((a) => /Copy suggested language/.test(a.title)), ours.map((a) => a.title).join(' | '));
    assert.ok(ours.every((a) => a.edit === undefined), 'no action edits the read-only text');

    const report = await vscode.commands.executeCommand<vscode.TextDocument>('warrantLens.exportReport', doc.uri);
    assert.ok(report, 'a report opened');
    assert.match(report.getText(), /# Warrant Lens review: contracts\/generated-terms\.docx/);
    assert.match(report.getText(), /\| ¶ 2 \| High risk \| `cl-location-unrestricted` \|/);
  });

  test('"Review with Warrant Lens" opens a .pdf with running headers left out and the page in the hover', async () => {
    const doc = (await vscode.commands.executeCommand<vscode.TextDocument>('warrantLens.reviewDocument', pdfUri()))!;
    assert.ok(doc, 'the extracted text opened');
    assert.doesNotMatch(doc.getText(), /Confidential/);
    const api = await getApi();
    await settled(api, doc);
    const diags = await waitForDiagnostics(doc.uri, (d) => d.some((x) => ruleIdOf(x) === 'cl-location-unrestricted'), 'diagnostics on the extracted PDF text');
    const location = diags.find((d) => ruleIdOf(d) === 'cl-location-unrestricted')!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, location.range.start);
    assert.match(unescapeMarkdown(hoverText(hovers)).replace(/&nbsp;/g, ' '), /In generated-terms\.pdf: page [2-9], line \d+/);
  });

  test('"Compare Risk with..." on a .docx against an earlier Markdown version opens the diff editor and lists the added risk first', async () => {
    const older = fixtureUri('contracts/generated-terms-v1.md');
    await vscode.workspace.fs.writeFile(older, new TextEncoder().encode(`# Generated Terms\n\n${clauses[0]}\n\n${clauses[2]}\n`));
    try {
      const markdown = await vscode.commands.executeCommand<string>('warrantLens.compareRisk', docxUri(), older);
      assert.ok(markdown, 'the comparison ran');
      assert.match(markdown, /## Got worse\n\n- \*\*Added: [^*]+\*\* \(cl-no-notice; high risk, warning; ¶ 3\)/);
      assert.doesNotMatch(markdown, /## Got better/);
      assert.match(markdown, /1 added, 0 removed/);
      const diffTab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputTextDiff);
      assert.ok(diffTab, 'a diff editor is open');
    } finally {
      await vscode.workspace.fs.delete(older);
    }
  });

  test('"Scan Workspace" reads Word and PDF files and lists their findings in Problems on the extracted text', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const result = await vscode.commands.executeCommand<{ files: number }>('warrantLens.scanWorkspace');
    assert.ok(result && result.files >= 7, JSON.stringify(result));
    const extracted = vscode.languages.getDiagnostics().filter(([uri, ds]) => uri.scheme === 'warrant-lens-extract' && /vendor-terms\.(docx|pdf)/.test(uri.path) && ds.some((d) => ruleIdOf(d) === 'cl-location-unrestricted'));
    assert.strictEqual(extracted.length, 2, extracted.map(([u]) => u.toString()).join(', '));
  });

  test('a damaged Word file gets a clear warning, not a crash', async () => {
    const bad = fixtureUri('contracts/damaged.docx');
    await vscode.workspace.fs.writeFile(bad, new TextEncoder().encode('PK\u0003\u0004 this is not really a zip'));
    try {
      const doc = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('warrantLens.reviewDocument', bad);
      assert.strictEqual(doc, undefined);
    } finally {
      await vscode.workspace.fs.delete(bad);
    }
  });
});
