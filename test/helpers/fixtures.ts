/**
 * Reads rule fixtures (test/fixtures/rules/README.md): paragraphs ending in ` {+}` must be flagged by
 * the fixture's rule, ` {-}` and unmarked paragraphs must not. Markers are stripped before analysis and
 * every offset refers to the stripped text.
 */
import type { Finding } from '../../src/core';

export type Expectation = '+' | '-' | 'none';

/** One paragraph of a fixture: lines between blank lines. */
export interface FixtureParagraph {
  /** Offsets in the stripped text. */
  start: number;
  end: number;
  /** 1-based line of the paragraph's first line in the fixture file. */
  line: number;
  expect: Expectation;
}

export interface ParsedFixture {
  /** The fixture text with markers (and the space before them) removed. */
  text: string;
  paragraphs: FixtureParagraph[];
  /** Markers not at the end of a paragraph (mistakes in the fixture), as "line N". */
  strayMarkers: string[];
}

const markerRe = / \{([+-])\}[ \t]*$/;

/** Strips the markers and returns the clean text with its paragraphs and their expectations. */
export function parseFixture(source: string): ParsedFixture {
  const lines = source.split(/(?<=\n)/);
  let text = '';
  const paragraphs: FixtureParagraph[] = [];
  const strayMarkers: string[] = [];
  let current: FixtureParagraph | null = null;
  const close = (): void => {
    if (current) paragraphs.push(current);
    current = null;
  };
  lines.forEach((raw, i) => {
    const eol = /\r?\n$/.exec(raw)?.[0] ?? '';
    let content = raw.slice(0, raw.length - eol.length);
    if (content.trim() === '') {
      close();
      text += raw;
      return;
    }
    const m = markerRe.exec(content);
    if (m) content = content.slice(0, m.index);
    if (/ \{[+-]\}/.test(content)) strayMarkers.push(`line ${i + 1}`);
    if (!current) current = { start: text.length + (content.length - content.trimStart().length), end: 0, line: i + 1, expect: 'none' };
    const p: FixtureParagraph = current;
    text += content;
    p.end = text.length - (content.length - content.trimEnd().length);
    text += eol;
    if (m) {
      if (p.expect !== 'none') strayMarkers.push(`line ${i + 1}`);
      p.expect = m[1] as '+' | '-';
      // A marker ends its paragraph even without a blank line after it.
      close();
    }
  });
  close();
  return { text, paragraphs, strayMarkers };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Short, single-line quote of a span for failure messages. */
export function quote(text: string, start: number, end: number, max = 90): string {
  const t = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return JSON.stringify(t.length > max ? `${t.slice(0, max - 1)}…` : t);
}

/**
 * Compares the findings of `ruleId` with the fixture's expectations in both directions and returns
 * one line per mismatch (empty when the fixture passes).
 */
export function fixtureMismatches(ruleId: string, fixture: ParsedFixture, findings: readonly Finding[]): string[] {
  const out: string[] = [];
  const own = findings.filter((f) => f.ruleId === ruleId);
  for (const p of fixture.paragraphs) {
    const hits = own.filter((f) => overlaps(f, p));
    if (p.expect === '+' && hits.length === 0) {
      const others = [...new Set(findings.filter((f) => overlaps(f, p)).map((f) => f.ruleId))];
      out.push(`missing    line ${p.line}: ${quote(fixture.text, p.start, p.end)} (flagged by: ${others.join(', ') || 'no rule'})`);
    }
    if (p.expect !== '+' && hits.length > 0) {
      out.push(`unexpected line ${p.line}${p.expect === '-' ? ' {-}' : ' (unmarked)'}: ${quote(fixture.text, p.start, p.end)}`);
    }
  }
  // Findings outside every paragraph (should not happen: it would mean offsets drifted).
  for (const f of own) {
    if (!fixture.paragraphs.some((p) => overlaps(f, p))) out.push(`unexpected finding at ${f.start}-${f.end} outside any paragraph: ${quote(fixture.text, f.start, f.end)}`);
  }
  return out;
}
