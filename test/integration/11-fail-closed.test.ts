import * as assert from 'assert';
import * as vscode from 'vscode';
import { getApi, ruleIdOf, waitForDiagnostics } from './helpers';

const risky = 'Harbour may store and process Customer Data in any country where Harbour or its service providers keep equipment.';

/** Opens an untitled Markdown document with `content` and waits for its diagnostics to satisfy `pred`. */
async function diagnosticsOf(content: string, pred: (d: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  await getApi();
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(doc, { preview: false });
  return waitForDiagnostics(doc.uri, pred, what);
}

suite('fail closed (issue #9)', () => {
  test('a clause hidden in an HTML comment gets a "not analysed" problem where the comment starts', async () => {
    const d = await diagnosticsOf(`Intro.\n\n<!--\n${risky}\n-->\n`, (x) => x.some((y) => ruleIdOf(y) === 'not-analysed'), 'a not-analysed problem');
    const p = d.find((y) => ruleIdOf(y) === 'not-analysed')!;
    assert.strictEqual(p.range.start.line, 2);
    assert.match(p.message, /HTML comment/);
  });

  test('a clause written as a "#" heading is still flagged', async () => {
    await diagnosticsOf(`# ${risky}\n\nWe bill monthly.\n`, (x) => x.some((y) => ruleIdOf(y) === 'cl-location-unrestricted'), 'the heading clause flagged');
  });

  test('an inline `<style>` does not hide the rest of the document', async () => {
    await diagnosticsOf(`Use \`<style>\` for looks.\n\n${risky}\n`, (x) => x.some((y) => ruleIdOf(y) === 'cl-location-unrestricted'), 'the clause after <style> flagged');
  });
});
