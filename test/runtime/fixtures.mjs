// Test-time fixture generation (kept out of git): a ~1 MB contract made of numbered, varied clauses,
// some of which the rules flag. Deterministic, so runs are comparable.
import fs from 'node:fs';
import path from 'node:path';

const FILLER = [
  'The Supplier shall deliver the monthly service report to the Customer within ten business days of the end of each month',
  'Invoices are payable within thirty days of receipt, and disputed amounts shall be notified in writing with reasons',
  'Each party shall keep the other party\'s confidential information secret and use it only to perform this Agreement',
  'The Customer may terminate this schedule for convenience on ninety days\' written notice to the Supplier',
  'Service credits are the Customer\'s sole remedy for a failure to meet the availability target in a calendar month',
  'The Supplier shall maintain insurance cover of not less than five million euros for each claim',
  'Neither party is liable for a delay caused by events beyond its reasonable control, provided it informs the other party promptly',
  'Changes to this schedule take effect only when both parties have signed a written change note',
];
const FLAGGED = [
  'Customer Data may be processed outside the European Economic Area',
  'Provider may host Customer Content on its global infrastructure in any country in which Provider or its Sub-processors operate',
  'Nimbus is not obligated to notify Customer of any request for Customer Data',
  'We may disclose your information to authorities without notice to you',
];

/** Writes the large contract to `file` and returns its size in characters. */
export function writeLargeContract(file, targetChars = 1_050_000) {
  const parts = ['# Master Services Agreement (generated, large)\n\nThis document is generated at test time to check that a large contract does not block the editor.\n'];
  let size = parts[0].length;
  for (let i = 1; size < targetChars; i++) {
    let p;
    if (i % 40 === 0) { p = `\n## Part ${i / 40}\n`; }
    else {
      const base = i % 97 === 0 ? FLAGGED[(i / 97) % FLAGGED.length] : FILLER[i % FILLER.length];
      p = `\n${i}. ${base} (clause ${i}, reference ${(i * 7919) % 100003}).\n`;
    }
    parts.push(p);
    size += p.length;
  }
  const text = parts.join('');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return text.length;
}
