/** Hostile input classes of issue #9, each a generator of about `size` characters, shared by the growth test and the bench. */
import { analyze } from '../../src/core';
import { parseSuppressions } from '../../src/core/review/suppressions';

export interface AdversarialClass {
  name: string;
  /** About `size` characters of this class of input. */
  make(size: number): string;
  format?: 'markdown' | 'html' | 'plaintext';
  /**
   * The two sizes the growth test compares (small, large). Most classes grow with the document; a class
   * whose cost lies inside one sentence grows the sentence instead (sentences are cut at 4,000 characters).
   */
  sizes?: readonly [number, number];
  /** `sizes` are the length of one sentence: a file of this class repeats that sentence. */
  perSentence?: boolean;
}

/** Repeats `unit` to about `size` characters (whole units only). */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

const clause = 'The Provider may store and process Customer Data in any country where it or its sub-processors operate. ';

/** `count` different sentences (numbered), so that the sentence cache cannot make a class look fast. */
function numbered(sentence: string, size: number, separator = ' '): string {
  const count = Math.max(1, Math.ceil(size / (sentence.length + 8)));
  return Array.from({ length: count }, (_, i) => sentence.replace(/\. $/, ` (${i}).`)).join(separator);
}
const prose =
  'The Provider will host Customer Data in the European Union and will not transfer it elsewhere without notice. ' +
  'If a government asks for Customer Data, the Provider will redirect it to the Customer and challenge the request. ' +
  'These terms are governed by the laws of Ireland. ';

export const adversarialClasses: readonly AdversarialClass[] = [
  // Numbered so that no two paragraphs are the same: the sentence cache must not make this look fast.
  { name: 'normal contract text', make: (n) => Array.from({ length: Math.ceil(n / (prose.length + 12)) }, (_, i) => `${i + 1}. ${prose.replace(/\. /g, ` (ref ${i}). `)}`).join('\n\n') },
  {
    // A storage verb, then letters built from the place-tie pattern's own stems with no word break.
    name: 'place-tie stems in one word',
    make: (n) => `Customer Data may be stored in ${fill('storprocesshost', n).slice(0, n)}\n`,
    sizes: [500, 3900],
    perSentence: true,
  },
  { name: 'unclosed suppression comments', make: (n) => fill('<!-- warrant-lens-disable cl-location-unrestricted\n', n), sizes: [32_768, 262_144] },
  { name: 'many suppression comments on one line, then blank lines', make: (n) => `${fill('<!-- warrant-lens-disable-next-line --> ', n / 2)}${'\n'.repeat(n / 2)}${clause}\n` },
  // Each copy of a growing paragraph costs little: the quadratic cost shows only at larger sizes.
  { name: 'short lines between blank lines, no stops', make: (n) => fill('the provider may store customer data\n\n', n), sizes: [65_536, 524_288] },
  // Rows the sentence cache answers, so that the cost of finding each row's table is what is measured.
  { name: 'table rows', make: (n) => `| Company | Location |\n|---|---|\n${fill('| a | b |\n', n)}`, sizes: [65_536, 524_288] },
  { name: 'huge table header', make: (n) => `| ${fill('Location of processing ', n / 2)} | Purpose |\n|---|---|\n${numbered('| Acme | United States. ', n / 2, '|\n')}|\n` },
  // A header row of many columns, then many short rows.
  { name: '10,000-column table', make: (n) => `|${' L |'.repeat(Math.ceil(n / 16))}\n|${'---|'.repeat(Math.ceil(n / 16))}\n${Array.from({ length: Math.ceil(n / 20) }, (_, i) => `| US ${i} | x |`).join('\n')}\n` },
  // A heading some rules read for context, then many short sentences under it.
  { name: 'huge heading', make: (n) => `# ${fill('Legal notices and fees ', n / 2)}\n\n${numbered('We will tell you. ', n / 2)}`, sizes: [32_768, 262_144] },
  // Cut into 4,000-character pieces: the cost per piece is small, so the sizes are large.
  { name: 'one word, no spaces', make: (n) => 'a'.repeat(n), sizes: [262_144, 2_097_152] },
  { name: 'one long line of sentences', make: (n) => numbered(clause, n) },
  { name: 'nested lists', make: (n) => fill(Array.from({ length: 40 }, (_, d) => `${'  '.repeat(d)}- ${clause}`).join('\n') + '\n', n) },
  { name: 'emphasis runs', make: (n) => fill('**bold** _it_ *x* __u__ ~~s~~ ***', n) },
  { name: 'brackets', make: (n) => fill('[[[a](b (c [d]( ][ ', n) },
  { name: 'entities', make: (n) => fill('&amp;&#123;&#x1F600;&nbsp;&bogus &', n) },
  { name: 'right-to-left text', make: (n) => fill('\u202eيجوز للمزود تخزين البيانات في أي بلد. \u05d4\u05e1\u05e4\u05e7 \u202c', n) },
  { name: 'emoji', make: (n) => fill('\u{1F600}\u{1F4C4}\u{1F30D} data \u{1F1EE}\u{1F1EA}. ', n) },
  { name: 'CRLF line breaks', make: (n) => fill(`${clause}\r\n\r\n- item one\r\n- item two\r\n`, n) },
  { name: 'dots without spaces', make: (n) => fill('U.S.A.e.g.i.e.Clause 8.8.', n) },
  { name: 'HTML comment and script openers', make: (n) => fill('<!-- <script> <style> x ', n) },
];

/** Everything the editor runs on a document: the analysis and the suppression comments. */
export function scan(text: string, format: AdversarialClass['format'] = 'markdown'): number {
  const r = analyze(text, {}, { format });
  const s = parseSuppressions(text);
  let hidden = 0;
  for (const f of r.findings) if (s.isSuppressed(f)) hidden++;
  return r.findings.length + hidden;
}
