// Writes the Word and PDF fixtures of the test workspace (test/fixtures/workspace/contracts/vendor-terms.*)
// from our own text, with the same builders the unit tests use. Run: npm run fixtures:documents.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocx, pdfFromParagraphs } from '../test/helpers/documents';

const dir = join(__dirname, '..', 'test', 'fixtures', 'workspace', 'contracts');
const title = 'Vendor Terms for Hosted Services';
const clauses = [
  'These terms apply to the hosted services the vendor provides under each order form.',
  'The vendor may store and process Customer Data in any country where the vendor or its subcontractors operate.',
  'The vendor will not notify the customer of any request from a government authority for Customer Data.',
  'These terms are governed by the laws of Ireland.',
];

async function main(): Promise<void> {
  writeFileSync(
    join(dir, 'vendor-terms.docx'),
    buildDocx([{ heading: 1, text: title }, { p: [clauses[0]!] }, { p: [clauses[1]!.slice(0, 40), { text: clauses[1]!.slice(40, 44), bold: true }, clauses[1]!.slice(44)] }, { p: [clauses[2]!] }, { p: [clauses[3]!] }]),
  );
  const { bytes } = await pdfFromParagraphs([title, ...clauses], { header: `${title} - Confidential` });
  writeFileSync(join(dir, 'vendor-terms.pdf'), bytes);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
