// E2E steps on a Word file: opening a .docx hands over to its extracted text, opened in its place with squiggles, and the hover says which paragraph of the original the clause is in.
import { assert, workbench } from './workbench.mjs';

export default async function wordDocument({ page, check }) {
  const { quickOpen } = workbench(page);

  await check('opening a .docx opens its extracted text for review', async () => {
    await page.keyboard.press('Escape');
    await quickOpen('vendor-terms.docx');
    // The extracted text is a read-only document named after the file.
    await page.locator('.tabs-container .tab', { hasText: 'vendor-terms.docx.md' }).first().waitFor({ timeout: 30000 });
    await page.locator('.monaco-editor .view-line', { hasText: 'Vendor Terms for Hosted Services' }).first().waitFor({ timeout: 30000 });
  });

  await check('the extracted Word text gets squiggles, and the hover names the paragraph', async () => {
    const group = page.locator('.part.editor .editor-group-container', { has: page.locator('.tab.active', { hasText: 'vendor-terms.docx.md' }) }).first();
    const squiggle = group.locator('.monaco-editor .squiggly-warning').first();
    await squiggle.waitFor({ timeout: 30000 });
    const hover = page.locator('.monaco-hover', { hasText: /vendor-terms\.docx/ });
    for (let i = 0; ; i++) {
      const box = await squiggle.boundingBox();
      if (box) {
        await page.mouse.move(box.x + Math.min(40, box.width / 2), box.y + box.height / 2, { steps: 4 });
        if (await hover.first().waitFor({ timeout: 3000 }).then(() => true, () => false)) { break; }
      }
      assert(i < 10, 'a hover over the flagged clause of the Word file');
      await page.mouse.move(5, 5);
      await page.waitForTimeout(300);
    }
    const text = (await hover.first().innerText()).replace(/\s+/g, ' ');
    assert(/In vendor-terms\.docx: ¶ \d+/.test(text), `the hover names the paragraph: ${text.slice(0, 200)}`);
    assert(/Ask for:/.test(text), 'the usual explanation is there too');
    await page.mouse.move(5, 5);
  });
}
