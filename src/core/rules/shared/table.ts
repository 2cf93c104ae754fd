/**
 * Reading purpose and recipient tables ("Purpose | Data | Shared with"): a row is labelled by its
 * recipients, so rules ask for the cell under the column that names them.
 */
import type { SentenceContext } from '../context';
import { any, has } from '../phrases';

// Column titles that name who receives the data.
const recipientHeaderRe = any('\\brecipients?\\b', '\\bshared? with\\b', '\\bdisclosed to\\b', '\\btransferred to\\b', '\\bthird parties\\b', '\\bwho (?:we share|receives?)\\b', '\\bwe (?:may )?(?:share|disclose)\\b');

// A purpose or data column that says "share" ("Why we share it", "What we disclose") names no recipients.
const notRecipientHeaderRe = /^\W{0,3}(?:why|what|how|when|purpose|reason)\b/;

/** The recipient cell of a table row, folded; undefined when the row's table has no recipient column. */
export function recipientCell(s: SentenceContext): string | undefined {
  if (!s.isTableRow || !s.columns) return undefined;
  for (const c of s.columns) if (c.header && has(c.header, recipientHeaderRe) && !notRecipientHeaderRe.test(c.header)) return c.value;
  return undefined;
}

// Recipients that act for the provider: vendors, processors, contractors, affiliates and group companies.
const processorRecipientRe = any('\\bservice providers?\\b', '\\bvendors?\\b', '\\bsuppliers?\\b', '\\b(?:sub-?)?processors?\\b', '\\b(?:sub-?)?contractors?\\b', '\\baffiliat', '\\bgroup (?:compan|entit)', '\\bsubsidiar', '\\b(?:hosting|payment|cloud|analytics|support|e-?mail|infrastructure|storage) (?:service )?providers?\\b', '\\bon (?:our|its) behalf\\b', '\\bagents?\\b');

/** True when a recipient cell names vendors, processors or group companies acting for the provider. */
export const namesProcessors = (cell: string): boolean => has(cell, processorRecipientRe);
