// E2E steps on a hostile contract (script tags, event handlers, command: links, Markdown image
// tricks): the hover and the panel show it as text, nothing executes, no command runs. Then the
// network record of the whole session: nothing outside loopback from the extension host or webview.
import fs from 'node:fs';
import { assert, workbench } from './workbench.mjs';
import { panelFrame, snapshotPanel } from '../runtime/webview-probe.mjs';

export default async function hostileAndNetwork({ page, check, HOSTILE, dialogs, outside, netlog }) {
  const { editor, quickOpen, hoverSquiggle, untitledTabs, pwnedEverywhere } = workbench(page);

  await check('hostile contract: the hover quotes none of the markup and nothing runs', async () => {
    await quickOpen(HOSTILE);
    await editor.locator('.squiggly-warning').first().waitFor({ timeout: 30000 });
    const hover = await hoverSquiggle('squiggly-warning');
    const text = await hover.innerText();
    // The hover quotes no document text (the clause is under the cursor); the panel test below shows the excerpts as text.
    assert(/Ask for|Explain in panel/.test(text), `a Warrant Lens hover: ${text.slice(0, 300)}`);
    const bad = await hover.evaluate((h) => [...h.querySelectorAll('script, img, svg, iframe, object, embed, [onerror], [onload], [onclick]')]
      .map((e) => e.outerHTML.slice(0, 120))
      .concat([...h.querySelectorAll('a')].map((a) => a.getAttribute('data-href') || a.getAttribute('href') || '')
        .filter((href) => href && !/^(command:_?warrantLens\.|warrant-lens-rule:)/.test(href))));
    assert(bad.length === 0, `no element or link from the document in the hover: ${bad.join(' | ')}`);
    // click every link in the hover that is not the extension's: there must be none; click the
    // literal "[run](command:...)" text too: nothing may happen
    await hover.locator('text=/newUntitledFile/').first().click({ timeout: 3000 }).catch(() => {});
    await page.waitForTimeout(500);
    assert(await untitledTabs() === 0, 'no command from the document ran (no Untitled editor)');
    assert((await pwnedEverywhere()).length === 0, 'no script from the document ran');
    assert(dialogs.length === 0, `no dialog: ${dialogs.join(' | ')}`);
  });

  await check('hostile contract: the panel shows the excerpts as text and nothing runs', async () => {
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    // through the command palette this time (the activity-bar icon toggles the side bar)
    await page.keyboard.press('F1');
    await page.locator('.quick-input-widget input').fill('>Warrant Lens: Open Case Panel');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Open Case Panel' }).first().waitFor();
    await page.keyboard.press('Enter');
    let snap;
    const end = Date.now() + 30000;
    for (;;) {
      snap = await snapshotPanel(page);
      if (snap.found && snap.text.includes(HOSTILE) && snap.excerpts.some((e) => e.includes('onerror='))) { break; }
      if (Date.now() > end) { throw new Error(`the panel did not show ${HOSTILE}: ${snap.text.slice(0, 200)}`); }
      await page.waitForTimeout(250);
    }
    assert(snap.excerpts.some((e) => e.includes("<script>__warrantPwned='script'</script>")), 'the script tag is shown as text');
    assert(snap.dangerous.length === 0, `no element from the document: ${snap.dangerous.join(' | ')}`);
    const own = (s) => (s.nonce && /\/media\/panel\.js$/.test(s.src) && s.inline === '') || (s.src === '' && s.inline.includes('acquireVsCodeApi'));
    assert(snap.scripts.every(own), `only the extension's scripts: ${JSON.stringify(snap.scripts)}`);
    // open every group and click each finding: the excerpts contain command: links and handlers
    const frame = panelFrame(page);
    await frame.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    const n = await frame.locator('button.finding').count();
    for (let i = 0; i < n; i++) { await frame.locator('button.finding').nth(i).click(); }
    await page.waitForTimeout(500);
    assert(await untitledTabs() === 0, 'no command from the document ran (no Untitled editor)');
    assert((await pwnedEverywhere()).length === 0, 'no script from the document ran');
    assert(dialogs.length === 0, `no dialog: ${dialogs.join(' | ')}`);
  });

  await check('no connection outside loopback (extension host and webview)', async () => {
    const records = fs.existsSync(netlog) ? fs.readFileSync(netlog, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
    const host = records.filter((r) => r.role === 'extensionHost');
    assert(host.length === 0, `extension host tried: ${host.map((r) => `${r.api} ${r.target}`).join(', ')}`);
    const fromWebview = outside.filter((r) => r.webview);
    assert(fromWebview.length === 0, `the panel webview requested: ${fromWebview.map((r) => r.url).join(', ')}`);
    const others = records.filter((r) => r.role !== 'extensionHost').map((r) => `${r.role}: ${r.target}`);
    if (others.length || outside.length) {
      console.log(`       (not the extension's, blocked: ${[...new Set([...others, ...outside.map((r) => `workbench: ${new URL(r.url).host}`)])].join(', ')})`);
    }
  });
}
