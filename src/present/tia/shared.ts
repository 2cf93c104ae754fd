/** Small helpers the TIA, matrix and portfolio renderers share: escaping and how a clause position reads. */
import type { SourceRef } from '../../core';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Markdown table cells: pipes and line breaks would end the cell. */
export function escapeCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

/** "line 12", or "p. 3, ¶ 4" for Word and PDF input. */
export function where(ref: SourceRef): string {
  if (ref.page !== undefined) return `p. ${ref.page}${ref.paragraph !== undefined ? `, ¶ ${ref.paragraph}` : ''}`;
  if (ref.paragraph !== undefined) return `¶ ${ref.paragraph}, line ${ref.line}`;
  return `line ${ref.line}`;
}

/** A link target for a clause: `document#L12` (VS Code and most viewers open the line). */
export type HrefFor = (document: string, ref: SourceRef) => string;
export const defaultHref: HrefFor = (document, ref) => `${encodeURI(document.replace(/\\/g, '/'))}#L${ref.line}`;

/** The statuses as words and symbols a reader sees. */
export const statusLabel = { present: 'Present', weak: 'Weak', missing: 'Missing' } as const;

/** The stylesheet of the self-contained HTML reports (no external resources; works light and dark). */
export const reportCss = `
:root { color-scheme: light dark; --fg: #1f2328; --bg: #ffffff; --muted: #59636e; --line: #d1d9e0; --head: #f6f8fa; --present: #1a7f37; --weak: #9a6700; --missing: #cf222e; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --head: #151b23; --present: #3fb950; --weak: #d29922; --missing: #f85149; } }
body { font: 14px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); margin: 2rem; max-width: 80rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; border-bottom: 1px solid var(--line); padding-bottom: .3rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; } th, td { border: 1px solid var(--line); padding: .4rem .6rem; vertical-align: top; text-align: left; }
th { background: var(--head); } th[aria-sort] button { all: unset; cursor: pointer; font-weight: 600; } th[aria-sort] button:focus-visible { outline: 2px solid var(--present); }
th[aria-sort="ascending"] button::after { content: " ▲"; } th[aria-sort="descending"] button::after { content: " ▼"; }
.muted, .note { color: var(--muted); } blockquote { margin: .3rem 0; padding-left: .8rem; border-left: 3px solid var(--line); color: var(--muted); }
.present { color: var(--present); font-weight: 600; } .weak { color: var(--weak); font-weight: 600; } .missing { color: var(--missing); font-weight: 600; }
.risk-high { color: var(--missing); font-weight: 600; } .risk-medium { color: var(--weak); font-weight: 600; }
.reviewer { border-left: 4px solid var(--weak); padding-left: .6rem; } a { color: inherit; }
`;
