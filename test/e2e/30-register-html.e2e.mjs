// E2E steps for the vendor register: `warrant-lens matrix --format html` over a folder of contracts,
// opened from disk in Chromium. One row per contract, sorting by a column header, every cell link
// pointing at a clause line of its contract, nothing loaded from anywhere. Screenshots go to
// test-results/e2e/ with the workbench's.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { assert } from './workbench.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

export default async function registerHtml({ page, check }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warrant-register-'));
  const fixture = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/tia/clauses.json'), 'utf8'));
  const contracts = {
    'aurora-dpa.md': [fixture.title, '', ...fixture.clauses.map((c, i) => `${i + 1}. ${c.text}\n`)].join('\n'),
    'nimbus-agreement.md': fs.readFileSync(path.join(ROOT, 'samples/cloud-services-agreement.md'), 'utf8'),
    'zephyr-terms.txt': 'Zephyr Terms of Service\n\nZephyr may store your data in any country and may disclose it to law enforcement at its discretion.\n',
    'quill-dpa.html': '<h1>Quill Data Processing Agreement</h1>\n<p>Quill will host customer data only in data centres located in Germany.</p>\n<p>Quill <b onmouseover="window.__pwned=1">will</b> notify the customer of any request <script>window.__pwned=1</script> from a public authority.</p>\n',
  };
  for (const [name, text] of Object.entries(contracts)) fs.writeFileSync(path.join(dir, name), text);
  const out = path.join(dir, 'register.html');
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.js'), 'matrix', dir, '-o', out], { encoding: 'utf8' });

  const context = await page.context().browser().newContext({ viewport: { width: 1440, height: 900 } });
  const requests = [];
  context.on('request', (req) => requests.push(req.url()));
  const tab = await context.newPage();
  const shot = (name) => tab.screenshot({ path: path.join(ROOT, 'test-results/e2e', `register-${name}.png`), fullPage: true }).catch(() => {});
  try {
    await check('register: matrix --format html writes one row per contract and opens in Chromium', async () => {
      assert(r.status === 0, `matrix exited ${r.status}: ${r.stderr}`);
      await tab.goto(pathToFileURL(out).href);
      const rows = await tab.locator('table[data-sortable] tbody tr').count();
      assert(rows === Object.keys(contracts).length, `${rows} rows for ${Object.keys(contracts).length} contracts`);
      const vendors = await tab.locator('table[data-sortable] tbody tr td:nth-child(2)').allInnerTexts();
      assert(['Aurora Hosting', 'Nimbus', 'Zephyr', 'Quill'].every((v) => vendors.some((x) => x.startsWith(v))), `vendors: ${vendors.join(' | ')}`);
      await shot('loaded');
    });

    await check('register: clicking a column header sorts the rows, and clicking again reverses them', async () => {
      const header = tab.locator('th', { hasText: 'Vendor' }).locator('button');
      const col = () => tab.locator('table[data-sortable] tbody tr td:nth-child(2)').allInnerTexts();
      await header.click();
      const up = (await col()).map((x) => x.split('\n')[0].toLowerCase());
      assert(JSON.stringify(up) === JSON.stringify([...up].sort((a, b) => a.localeCompare(b))), `ascending: ${up.join(', ')}`);
      assert((await tab.locator('th', { hasText: 'Vendor' }).getAttribute('aria-sort')) === 'ascending', 'aria-sort says ascending');
      await header.click();
      const down = (await col()).map((x) => x.split('\n')[0].toLowerCase());
      assert(JSON.stringify(down) === JSON.stringify([...up].reverse()), `descending: ${down.join(', ')}`);
      await tab.locator('th', { hasText: 'Highest risk' }).locator('button').click();
      const risks = await tab.locator('table[data-sortable] tbody tr td:nth-last-child(2)').allInnerTexts();
      const rank = { none: -1, mitigating: 0, low: 1, medium: 2, high: 3 };
      assert(risks.every((x, i) => i === 0 || rank[risks[i - 1]] <= rank[x]), `risk sorted by severity, not alphabet: ${risks.join(', ')}`);
      await shot('sorted');
    });

    await check('register: every cell link opens a line of its own contract', async () => {
      const links = await tab.locator('table[data-sortable] tbody a').evaluateAll((as) => as.map((a) => ({ href: a.href, row: a.closest('tr').cells[0].innerText })));
      assert(links.length > 10, `${links.length} links`);
      for (const l of links) {
        const u = new URL(l.href);
        assert(u.protocol === 'file:', `file link: ${l.href}`);
        const file = decodeURIComponent(u.pathname);
        assert(fs.existsSync(file), `link target exists: ${file}`);
        assert(path.basename(file) === path.basename(l.row.trim()), `${l.href} belongs to ${l.row}`);
        if (u.hash) {
          const line = Number(u.hash.slice(2));
          assert(line >= 1 && line <= fs.readFileSync(file, 'utf8').split('\n').length, `line ${line} exists in ${file}`);
        }
      }
    });

    await check('register: the page loads nothing and runs nothing from the contracts', async () => {
      await tab.locator('td', { hasText: 'Quill' }).first().hover();
      assert((await tab.evaluate(() => window.__pwned)) === undefined, 'no script or handler from a contract ran');
      const outside = requests.filter((u) => !u.startsWith('file:'));
      assert(outside.length === 0, `requests: ${outside.join(' | ')}`);
    });
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
