/** Inline suppression comments: parses them from document text and builds the comment a quick fix inserts. */
import type { Finding, Span } from '../types';

/** The directive words, after the `warrant-lens-` prefix. */
export type SuppressionDirective = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file';

/** One directive found in the text. `ruleIds` empty means every rule. */
export interface SuppressionComment extends Span {
  directive: SuppressionDirective;
  ruleIds: string[];
  /** 0-based line of the comment. */
  line: number;
}

/** Which findings the comments of a document hide. */
export interface Suppressions {
  comments: SuppressionComment[];
  /** True when a comment hides this finding. */
  isSuppressed(finding: Pick<Finding, 'ruleId' | 'start' | 'end' | 'clause'>): boolean;
}

/** How a comment is written: an HTML comment (Markdown) or a line comment (plain text, contracts). */
export type CommentStyle = 'html' | 'line';

// `<!-- warrant-lens-disable cl-a, cl-b -->` or, at the start of a line, `// warrant-lens-…` or `# warrant-lens-…`.
// An HTML comment is found by scanning (see htmlComments), so an unclosed one costs one pass, not one per opener.
const htmlDirectiveRe = /^<!--\s*warrant-lens-(disable-next-line|disable-line|disable-file|disable|enable)\b/;
const lineCommentRe = /^[ \t]*(?:\/\/|#)[ \t]*warrant-lens-(disable-next-line|disable-line|disable-file|disable|enable)\b([^\r\n]*)$/gm;
const ruleIdRe = /[A-Za-z][\w.-]*/g;

interface Range {
  start: number;
  end: number;
  ruleIds: string[];
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function lineEnd(text: string, starts: readonly number[], line: number): number {
  let end = line + 1 < starts.length ? starts[line + 1]! : text.length;
  while (end > starts[line]! && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}

function parseIds(rest: string): string[] {
  return (rest.replace(/--\s*$/, '').match(ruleIdRe) ?? []).filter((id) => id !== 'warrant-lens');
}

/**
 * The `<!-- warrant-lens-… -->` comments: each opener's directive, up to the next `-->`. The next `-->`
 * is looked up once and reused by every opener before it, so the scan is linear however many openers
 * are never closed.
 */
function htmlComments(text: string, starts: readonly number[], out: SuppressionComment[]): void {
  let close = -2;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', open + 4)) {
    const m = htmlDirectiveRe.exec(text.slice(open, open + 64));
    if (!m) continue;
    const from = open + m[0].length;
    if (close !== -1 && close < from) close = text.indexOf('-->', from);
    if (close < 0) return;
    out.push({ start: open, end: close + 3, directive: m[1] as SuppressionDirective, ruleIds: parseIds(text.slice(from, close)), line: lineOf(starts, open) });
    open = close - 1;
  }
}

/** Finds every suppression comment in the text, in document order. */
export function parseSuppressionComments(text: string): SuppressionComment[] {
  if (!text.includes('warrant-lens-')) return [];
  const starts = lineStarts(text);
  const comments: SuppressionComment[] = [];
  htmlComments(text, starts, comments);
  lineCommentRe.lastIndex = 0;
  for (let m = lineCommentRe.exec(text); m; m = lineCommentRe.exec(text)) {
    comments.push({ start: m.index, end: m.index + m[0].length, directive: m[1] as SuppressionDirective, ruleIds: parseIds(m[2] ?? ''), line: lineOf(starts, m.index) });
  }
  return comments.sort((a, b) => a.start - b.start);
}

function overlaps(a: Span, start: number, end: number): boolean {
  // A zero-length finding still counts when it sits inside the range.
  return a.start < end && (a.end > start || (a.start === a.end && a.start >= start));
}

/**
 * Ranges per rule id ('*' for every rule), each list sorted by start with ends that never go back
 * (lines, and disable…enable blocks of one id, do not overlap), so a lookup is a binary search.
 */
class RangeIndex {
  private readonly byId = new Map<string, Range[]>();

  add(start: number, end: number, ruleIds: readonly string[]): void {
    for (const id of ruleIds.length === 0 ? ['*'] : ruleIds) {
      let list = this.byId.get(id);
      if (!list) this.byId.set(id, (list = []));
      const last = list[list.length - 1];
      if (last && last.start === start && last.end === end) continue;
      list.push({ start, end, ruleIds: [] });
    }
  }

  sort(): void {
    for (const list of this.byId.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** True when a range of `ruleId` (or of every rule) passes `hit` among those that may reach [start, end). */
  any(ruleId: string, start: number, end: number, hit: (r: Range) => boolean): boolean {
    for (const id of ['*', ruleId]) {
      const list = this.byId.get(id);
      if (!list) continue;
      // The first range whose end reaches `start`: ends are sorted with the starts.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.end < start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < list.length && list[i]!.start <= end; i++) if (hit(list[i]!)) return true;
    }
    return false;
  }
}

/**
 * Parses the suppression comments of a document.
 * - `disable-next-line [ids]`: the next non-blank line after the comment; a finding is hidden when it or
 *   the clause it sits in overlaps that line (so a comment above a paragraph covers the paragraph).
 * - `disable-line [ids]`: the comment's own line, same overlap rule.
 * - `disable [ids]` … `enable [ids]`: everything between; `enable` without ids ends every open block.
 * - `disable-file [ids]`: the whole document.
 */
export function parseSuppressions(text: string): Suppressions {
  const comments = parseSuppressionComments(text);
  const lineRanges = new RangeIndex();
  const blockRanges = new RangeIndex();
  const fileIds = new Set<string>();
  if (comments.length > 0) {
    const starts = lineStarts(text);
    const open = new Map<string, number>(); // rule id ('*' for all) → start offset
    // The next non-blank line after a line, remembered: many comments on one line walk the blank lines once.
    const nextNonBlank = new Map<number, number>();
    for (const c of comments) {
      switch (c.directive) {
        case 'disable-file':
          for (const id of c.ruleIds.length === 0 ? ['*'] : c.ruleIds) fileIds.add(id);
          break;
        case 'disable-line':
          lineRanges.add(starts[c.line]!, lineEnd(text, starts, c.line), c.ruleIds);
          break;
        case 'disable-next-line': {
          const from = lineOf(starts, c.end) + 1;
          let line = nextNonBlank.get(from);
          if (line === undefined) {
            line = from;
            while (line < starts.length && text.slice(starts[line]!, lineEnd(text, starts, line)).trim() === '') line++;
            nextNonBlank.set(from, line);
          }
          if (line < starts.length) lineRanges.add(starts[line]!, lineEnd(text, starts, line), c.ruleIds);
          break;
        }
        case 'disable':
          for (const id of c.ruleIds.length === 0 ? ['*'] : c.ruleIds) if (!open.has(id)) open.set(id, c.end);
          break;
        case 'enable': {
          const ids = c.ruleIds.length === 0 ? [...open.keys()] : c.ruleIds;
          for (const id of ids) {
            const start = open.get(id);
            if (start === undefined) continue;
            blockRanges.add(start, c.start, id === '*' ? [] : [id]);
            open.delete(id);
          }
          break;
        }
      }
    }
    for (const [id, start] of open) blockRanges.add(start, text.length, id === '*' ? [] : [id]);
    lineRanges.sort();
    blockRanges.sort();
  }
  return {
    comments,
    isSuppressed(finding) {
      if (fileIds.has('*') || fileIds.has(finding.ruleId)) return true;
      if (blockRanges.any(finding.ruleId, finding.start, finding.start, (r) => finding.start >= r.start && finding.start < r.end)) return true;
      if (lineRanges.any(finding.ruleId, finding.start, finding.end, (r) => overlaps(finding, r.start, r.end))) return true;
      return finding.clause !== undefined && lineRanges.any(finding.ruleId, finding.clause.start, finding.clause.end, (r) => overlaps(finding.clause!, r.start, r.end));
    },
  };
}

/** The comment style for a language id: HTML comments in Markdown, line comments elsewhere. */
export function commentStyleFor(languageId: string): CommentStyle {
  return languageId === 'markdown' ? 'html' : 'line';
}

/** The text of one suppression comment (without line break). */
export function suppressionComment(directive: SuppressionDirective, ruleIds: readonly string[], style: CommentStyle): string {
  const body = ['warrant-lens-' + directive, ...ruleIds].join(' ');
  return style === 'html' ? `<!-- ${body} -->` : `// ${body}`;
}

/** A text insertion: `text` goes in at `offset`. */
export interface Insertion {
  offset: number;
  text: string;
}

/**
 * Where and what to insert so that a `disable-next-line` comment hides this finding: a comment line
 * just above the line where the finding's clause starts, with the same indentation.
 */
export function nextLineSuppression(text: string, finding: Pick<Finding, 'ruleId' | 'start' | 'clause'>, style: CommentStyle): Insertion {
  const anchor = Math.max(0, Math.min(finding.clause?.start ?? finding.start, finding.start, text.length));
  let lineStart = anchor;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return { offset: lineStart, text: indent + suppressionComment('disable-next-line', [finding.ruleId], style) + eol };
}

/**
 * Where and what to insert for a `disable-file` comment: the first line, or just after a YAML front
 * matter block, which must stay first for Markdown tools to see it.
 */
export function fileSuppression(text: string, ruleId: string, style: CommentStyle): Insertion {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let offset = 0;
  const front = /^---\r?\n[^]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (front) offset = front[0].length;
  const needsBreak = offset > 0 && !/\n$/.test(front![0]);
  return { offset, text: (needsBreak ? eol : '') + suppressionComment('disable-file', [ruleId], style) + eol };
}
