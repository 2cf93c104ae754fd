/** Helpers several location rules share: reading sub-processor tables. */
import type { SentenceContext } from '../context';
import { any, has } from '../phrases';
import { namesProcessors, recipientCell } from './table';

const entityColumnRe = any('processor', 'entity', 'vendor', 'provider', 'company', 'name', 'delegatee', 'third part', 'recipient');
const detailColumnRe = any('country', 'location', 'purpose', 'function', 'service', 'activit', 'task', 'categor', 'transfer', 'headquarters');
const subprocessorSectionRe = any('sub-?processor', 'delegat', 'service providers?');

export function subprocessorTableRow(s: SentenceContext): boolean {
  if (!s.isTableRow) return false;
  // A row with one filled cell is a sub-heading inside the table, not a sub-processor.
  if (s.text.split('|').filter((c) => c.trim().length > 0).length < 2) return false;
  // A purpose or recipient table: the row is labelled by who receives the data.
  const recipients = recipientCell(s);
  if (recipients !== undefined) return namesProcessors(recipients);
  const h = s.tableHeader;
  return (has(h, entityColumnRe) && has(h, detailColumnRe)) || has(`${s.heading} ${h}`, subprocessorSectionRe);
}
