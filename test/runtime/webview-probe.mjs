// Reads the case panel's webview from the workbench page (Playwright): what it shows and whether
// anything from a document became markup or ran. Used by the integration runner's loopback bridge
// and by the e2e runner.
import { EXTENSION_ID } from './vscode-server.mjs';

const HOSTILE_MARKERS = /__warrantPwned|command:|javascript:|192\.0\.2\.|pixel\.png/i;

/** The inner (#active-frame) frame of the extension's webview, or undefined. */
export function panelFrame(page) {
  const outers = page.frames().filter((f) => f.url().includes(`extensionId=${EXTENSION_ID}`));
  for (const outer of outers.reverse()) {
    const inner = outer.childFrames().find((c) => !c.isDetached());
    if (inner) { return inner; }
  }
  return undefined;
}

/** Snapshot of the panel's DOM; `found: false` while there is no panel frame. */
export async function snapshotPanel(page) {
  const frame = panelFrame(page);
  const pwned = await Promise.all(page.frames().map((f) => f.evaluate(() => window.__warrantPwned).catch(() => undefined)));
  if (!frame) {
    return { found: false, text: '', allText: '', findingTitles: [], excerpts: [], scripts: [], dangerous: [], pwned, findingElements: 0, frames: page.frames().map((f) => f.url().slice(0, 200)) };
  }
  const snap = await frame.evaluate((markerSource) => {
    const markers = new RegExp(markerSource, 'i');
    const dangerous = [];
    for (const el of document.querySelectorAll('*')) {
      const attrs = [...el.attributes];
      const handler = attrs.some((a) => /^on/i.test(a.name));
      const hostileRef = ['SCRIPT', 'IMG', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'A', 'IMAGE', 'USE', 'LINK', 'STYLE', 'FORM', 'META', 'BASE']
        .includes(el.tagName.toUpperCase()) && attrs.some((a) => markers.test(a.value));
      const hostileScript = el.tagName === 'SCRIPT' && markers.test(el.textContent || '');
      if (handler || hostileRef || hostileScript) { dangerous.push(el.outerHTML.slice(0, 160)); }
    }
    return {
      found: true,
      text: document.body ? document.body.innerText : '',
      allText: document.body ? document.body.textContent : '',
      findingTitles: [...document.querySelectorAll('button.finding .finding-title')].map((e) => e.textContent),
      excerpts: [...document.querySelectorAll('button.finding .excerpt')].map((e) => e.textContent),
      scripts: [...document.scripts].map((s) => ({ src: s.src, nonce: Boolean(s.nonce), inline: s.src ? '' : (s.textContent || '').slice(0, 120) })),
      dangerous,
      findingElements: document.querySelectorAll('button.finding').length,
    };
  }, HOSTILE_MARKERS.source).catch((e) => ({ found: false, error: String(e), text: '', allText: '', findingTitles: [], excerpts: [], scripts: [], dangerous: [], findingElements: 0 }));
  return { ...snap, pwned };
}
