/**
 * Structure before rules (issue #7, item 3): headings, contents lines, cross-references, survival
 * lists and definitions are never findings; run-in titles stay outside a finding; table rows know
 * their columns; run-together and "Clause 8.8." sentence ends split; continued lists read as one.
 * Every fixture is written for this test.
 */
import assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { columnsOf, isRecipientLeadIn, isWholeClause, leadInBlock, openLeadIn, structureKind } from '../../src/core/text/structure';
import { normalizeForMatching } from '../../src/core/text/normalize';
import { segmentSource, sentenceTexts } from '../helpers/segmentation';
import { namesProcessors, recipientCell } from '../../src/core/rules/shared/table';

const ids = (text: string, format?: 'markdown' | 'plaintext'): string[] => analyze(text, { missingProtections: false }, { format }).findings.map((f) => f.ruleId);
const kind = (s: string): string => structureKind(normalizeForMatching(s));

describe('structure before rules (issue #7 item 3)', () => {
  describe('headings', () => {
    it('a heading alone is never a finding', () => {
      for (const h of ['## Data Location and International Transfers', '# Government Requests for Customer Data', 'DISCLOSURE TO LAW ENFORCEMENT\n=============================']) {
        assert.deepEqual(ids(`${h}\n\nWe bill monthly.`), [], h);
      }
    });

    it('a title line in Title Case is a title, whatever its words', () => {
      const t = 'International Transfer And Storage Of Information Collected Abroad';
      assert.equal(isWholeClause(normalizeForMatching(t), t), false);
    });

    it('a heading that is a whole clause is read and reported', () => {
      const t = 'Harbour may store Customer Data in any country where it keeps servers.';
      assert.equal(isWholeClause(normalizeForMatching(t), t), true);
      assert.ok(ids(`# ${t}\n\nWe bill monthly.`).includes('cl-location-unrestricted'));
      assert.ok(ids(`${t}\n----\n\nWe bill monthly.`, 'plaintext').includes('cl-location-unrestricted'));
    });

    it('sentences under a heading still read it as context', () => {
      const { sentences, blocks } = segmentSource('## Sub-processors\n\nWe use the following vendors.');
      const body = sentences[sentences.length - 1]!;
      assert.equal(blocks[body.heading]!.kind, 'heading');
    });
  });

  describe('contents, cross-references, survival lists, definitions', () => {
    it('recognises contents lines', () => {
      assert.equal(kind('12. Governing Law .................... 15'), 'contents');
      assert.equal(kind('Disclosure to Authorities 9'), 'contents');
      assert.equal(kind('The Provider will store data in 3 regions.'), '');
    });

    it('recognises a bare cross-reference', () => {
      assert.equal(kind('See Section 12 (Governing Law).'), 'cross-reference');
      assert.equal(kind('As set out in Clause 8.2 (Government Requests).'), 'cross-reference');
      assert.equal(kind('See Section 12: the Provider may disclose data to any authority.'), '');
    });

    it('recognises a survival list', () => {
      assert.equal(kind('Sections 4 (Data Location), 9 (Government Requests) and 12 (Governing Law) survive termination of this Agreement.'), 'survival list');
      assert.equal(kind('The obligations in this section survive termination.'), '');
    });

    it('reports none of them, in a document where the same words in a clause are reported', () => {
      const structure = [
        'Contents',
        '',
        '1. Data Location ............ 2',
        '2. Government Requests ............ 4',
        '3. Governing Law ............ 6',
        '',
        'See Section 3 (Governing Law and Jurisdiction of the Courts of Ireland).',
        '',
        'Sections 1 (Data Location), 2 (Disclosure to Authorities) and 3 (Governing Law, Ireland) survive any termination.',
        '',
        '"Government Request" means a demand by a court, police or other authority for Customer Data.',
      ].join('\n');
      assert.deepEqual(ids(structure), []);
      assert.ok(ids(`${structure}\n\nThis Agreement is governed by the laws of Ireland.`).includes('cl-governing-law-forum'));
    });
  });

  describe('run-in titles', () => {
    it('keep a bold run-in title outside the finding', () => {
      const text = '6.7 **Account Information.** Harbour may store Customer Data in any country where it keeps servers.';
      const f = analyze(text).findings.find((x) => x.ruleId === 'cl-location-unrestricted');
      assert.ok(f, 'finding');
      assert.ok(text.slice(f.start, f.end).startsWith('Harbour may store'), text.slice(f.start, f.end));
      assert.ok(!f.excerpt.includes('Account Information'));
    });

    it('keep a plain run-in title outside the finding', () => {
      const text = '4.3 Hosting Location. Harbour may store Customer Data in any country where it keeps servers.';
      const f = analyze(text).findings.find((x) => x.ruleId === 'cl-location-unrestricted')!;
      assert.equal(text.slice(f.start, f.end), 'Harbour may store Customer Data in any country where it keeps servers.');
    });
  });

  describe('sentence ends', () => {
    it('split sentences that run together without a space', () => {
      assert.deepEqual(sentenceTexts('Data is kept in Ireland.The Provider may disclose it to authorities.'), ['Data is kept in Ireland.', 'The Provider may disclose it to authorities.']);
    });

    it('leave abbreviations, acronyms and domains whole', () => {
      for (const s of ['Data stays in the U.S.A. only.', 'Send requests to legal.example.com today.', 'Use e.g.Example tools.']) assert.equal(sentenceTexts(s).length, 1, s);
    });

    it('split after a reference that ends a sentence ("Clause 8.8.")', () => {
      assert.deepEqual(sentenceTexts('Notices follow Clause 8.8. The Provider may disclose data to any authority.'), ['Notices follow Clause 8.8.', 'The Provider may disclose data to any authority.']);
    });

    it('keep "Section 2. Data Location" style numbering inside the sentence', () => {
      assert.equal(sentenceTexts('As agreed in Section 2. Data Location rules apply.').length, 1);
    });
  });

  describe('lists that continue one sentence', () => {
    const list = 'Harbour will not disclose Customer Data to:\n\n(a) any government authority; or\n(b) any other third party,\n(c) unless a court orders it.';

    it('read each item after the clause it continues', () => {
      const { sentences } = segmentSource(list);
      const items = sentences.filter((s) => s.lead);
      assert.equal(items.length, 3);
      for (const s of items) assert.equal(list.slice(s.lead!.start, s.lead!.end), 'Harbour will not disclose Customer Data to:');
    });

    it('leave a list of whole sentences alone', () => {
      const { sentences } = segmentSource('Harbour will:\n\n- host data in Ireland.\n- notify Customer of requests.');
      assert.equal(sentences.filter((s) => s.lead).length, 0);
    });

    it('keep findings on the items, not on the whole list', () => {
      for (const f of analyze(list).findings) assert.ok(f.end - f.start < list.length, `${f.ruleId} spans the whole list`);
    });
  });

  describe('lists under a lead-in', () => {
    const cats = (text: string): string[][] => analyze(text, { missingProtections: false }).findings.map((f) => [text.slice(f.start, f.end), ...f.categories]).map((x) => x.map(String));
    const itemsOf = (text: string, category: string): string[] => cats(text).filter((c) => c.includes(category)).map((c) => c[0]!);

    it('find the lead-in of each item, over sub-items, and only when it ends in a colon or an ellipsis', () => {
      const text = 'We pass data to these firms:\n\n- Hosting.\n  - Backups.\n- Billing.\n\nWe like cats.\n\n- Tabby.';
      const { blocks } = segmentSource(text);
      const tail = (k: number): string => text.slice(blocks[k]!.start, blocks[k]!.end);
      const leadOf = (item: string): string => {
        const b = blocks.findIndex((x) => tail(blocks.indexOf(x)).startsWith(item));
        const k = leadInBlock(blocks, b, tail);
        return k < 0 ? '' : tail(k);
      };
      assert.equal(leadOf('Hosting.'), 'We pass data to these firms:');
      assert.equal(leadOf('Billing.'), 'We pass data to these firms:');
      assert.equal(leadOf('Backups.'), '', 'a sub-item is introduced by its parent item, which ends in a full stop');
      assert.equal(leadOf('Tabby.'), '');
      assert.equal(leadInBlock(blocks, 0, tail), -1, 'a paragraph has no lead-in');
    });

    it('tell a lead-in that hands its items recipients from one that lists data or steps', () => {
      for (const t of ['we may share with...', 'we pass account data to outside firms that run the following tasks for us:', 'your details may be disclosed to the following recipients:', 'the following vendors process customer data for us:', 'your data may be shared in these cases:']) {
        assert.equal(isRecipientLeadIn(openLeadIn(t)), true, t);
      }
      for (const t of ['with a court order we can provide the following details, which may include:', 'a request for records should:', 'you must not:']) {
        assert.equal(isRecipientLeadIn(openLeadIn(t)), false, t);
      }
    });

    it('give each item the category its lead-in gives every item, and leave the lead-in itself alone', () => {
      const text = 'Depending on your plan, we pass account data to outside firms that carry out these tasks for us:\n\n- Server hosting.\n- Billing and card handling.\n- Mailing of newsletters.\n';
      assert.deepEqual(itemsOf(text, 'location.subprocessor'), ['Server hosting.', 'Billing and card handling.', 'Mailing of newsletters.']);
    });

    it('read each recipient named by an item, whatever the other items name', () => {
      const text = 'For the data in this category, we may share with...\n\n* Our service providers\n* Police and courts where the law requires us to answer their orders\n* Advertising partners that measure our campaigns\n';
      assert.deepEqual(itemsOf(text, 'location.subprocessor'), ['Our service providers']);
      assert.deepEqual(itemsOf(text, 'gov.disclosure'), ['Police and courts where the law requires us to answer their orders']);
    });

    it('leave items alone under a lead-in that lists data, not recipients', () => {
      const text = 'If we receive a valid court order from the police, we can provide some account details, which may include:\n\n- The name on the account\n- The dates of sign-in\n';
      // The lead-in itself says what is disclosed; the items only list data.
      assert.deepEqual(itemsOf(text, 'gov.disclosure').filter((t) => !t.endsWith(':')), []);
    });

    it('read each case of a "shared in these cases" list for what it names', () => {
      const text = 'Your data may be shared in these cases:\n\n- With your consent.\n- To comply with a court order.\n- With our group companies in Canada.\n';
      assert.deepEqual(itemsOf(text, 'location.subprocessor'), ['With our group companies in Canada.']);
      assert.deepEqual(itemsOf(text, 'location.anywhere'), ['With our group companies in Canada.']);
      assert.deepEqual(itemsOf(text, 'gov.disclosure'), ['To comply with a court order.']);
    });

    it('read only the first sentence of an item on from the lead-in', () => {
      const text = 'We may share personal data with the following recipients:\n\n- Our hosting vendors, which run our servers. Their staff are trained every year.\n';
      assert.deepEqual(itemsOf(text, 'location.subprocessor'), ['Our hosting vendors, which run our servers.']);
    });
  });

  describe('purpose and recipient tables', () => {
    const row = (header: string[], cells: string): Parameters<typeof recipientCell>[0] =>
      ({ text: cells, raw: cells, heading: '', previous: '', tableHeader: header.join(' | '), isTableRow: true, columns: columnsOf(header, cells), isListItem: false, leadIn: '', parse: () => ({ subject: '' }) });

    it('find the cell under the column that names recipients', () => {
      assert.equal(recipientCell(row(['purpose', 'data', 'shared with'], '| billing | card details | payment processors |')), 'payment processors');
      assert.equal(recipientCell(row(['purpose', 'categories of third parties'], '| legal claims | courts and regulators |')), 'courts and regulators');
      assert.equal(recipientCell(row(['sub-processor', 'location'], '| acme | ireland |')), undefined);
    });

    it('tell vendors from other recipients', () => {
      assert.equal(namesProcessors('cloud hosting providers acting on our behalf'), true);
      assert.equal(namesProcessors('our group companies'), true);
      assert.equal(namesProcessors('courts and police'), false);
      assert.equal(namesProcessors('advertising networks'), false);
    });
  });

  describe('table rows', () => {
    it('pair each cell with its column header', () => {
      assert.deepEqual(columnsOf(['sub-processor', 'location'], '| acme | united states | extra |'), [
        { header: 'sub-processor', value: 'acme' },
        { header: 'location', value: 'united states' },
        { header: '', value: 'extra' },
      ]);
    });
  });
});
