// Helpers for driving the VS Code web workbench with Playwright (used by the *.e2e.mjs steps).

export const norm = (t) => t.replace(/[\s\u00a0]+/g, ' ');

export function assert(cond, message) {
  if (!cond) { throw new Error(message); }
}

export function workbench(page) {
  const editor = page.locator('.part.editor .monaco-editor').first();
  const statusLine = async () => {
    const t = await page.locator('[id="status.editor.selection"]').first().innerText({ timeout: 5000 });
    return Number(/Ln (\d+)/.exec(t)?.[1] ?? NaN);
  };
  const quickOpen = async (name) => {
    await page.locator('.part.editor').click({ position: { x: 300, y: 300 } });
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(name);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  };
  /** Hovers the first squiggle of `cls` until a Warrant Lens hover shows (decorations re-render, so retry). */
  const hoverSquiggle = async (cls) => {
    const hover = page.locator('.monaco-hover', { hasText: 'Explain in panel' });
    for (let i = 0; ; i++) {
      const box = await page.locator(`.part.editor .monaco-editor .${cls}`).first().boundingBox().catch(() => null);
      if (box) {
        await page.mouse.move(box.x + Math.min(40, box.width / 2), box.y + box.height / 2, { steps: 4 });
        if (await hover.first().waitFor({ timeout: 3000 }).then(() => true, () => false)) { return hover.first(); }
      }
      if (i === 10) { throw new Error(`no Warrant Lens hover over .${cls}`); }
      await page.mouse.move(5, 5);
      await page.waitForTimeout(300);
    }
  };
  const untitledTabs = () => page.locator('.tabs-container .tab', { hasText: /Untitled/ }).count();
  const pwnedEverywhere = async () => (await Promise.all(page.frames().map((f) => f.evaluate(() => window.__warrantPwned).catch(() => undefined))))
    .filter((v) => v !== undefined && v !== null);
  return { editor, statusLine, quickOpen, hoverSquiggle, untitledTabs, pwnedEverywhere };
}
