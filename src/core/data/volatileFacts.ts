/** Facts about later law that can change, each with the date it was last checked and its source: every surface renders them from here. */

/** One statement whose truth depends on the date: a status, a pending case, a figure a provider reports. */
export interface VolatileFact {
  id: VolatileFactId;
  /** Short name of the subject, e.g. "FISA section 702". */
  topic: string;
  /** The statement in the product's words, one to three sentences. */
  statement: string;
  /** When the statement was last checked against its source: YYYY-MM-DD, or YYYY-MM where the source gives only the month. */
  asOf: string;
  /** Where it was checked, named so a reviewer can look it up again. */
  source: string;
  /**
   * Patterns (case-insensitive regular expressions) that recognise this fact in any text the product
   * shows. A test scans every surface and fails where one matches without this fact's "as of" date.
   */
  markers: string[];
}

export const volatileFactIds = [
  'fisa-702',
  'us-uk-agreement',
  'us-australia-agreement',
  'qualifying-governments',
  'eu-us-e-evidence-talks',
  'eu-e-evidence',
  'dpf-appeal',
  'pclob',
  'sovereign-cloud',
  'provider-statistics',
] as const;
export type VolatileFactId = (typeof volatileFactIds)[number];

export const volatileFacts: readonly VolatileFact[] = [
  {
    id: 'fisa-702',
    topic: 'FISA section 702',
    statement:
      'Section 702 lapsed on 12 June 2026, after short extensions to 30 April and then 12 June, when Congress passed no reauthorisation. Collection continues under the FISA Court certifications approved in March 2026, which run to about March 2027, so the lapse did not end U.S. access: those certifications, the CLOUD Act, section 2703 orders and Executive Order 12333 are unaffected. Check the current status before relying on this.',
    asOf: '2026-06',
    source: 'Press reports of 30 April, 11 June and late June 2026 on the extensions, the failed votes and the lapse',
    markers: ['\\b702\\b[^.]{0,80}\\b(?:laps|expir|sunset|extended|extension|reauthori|certification)', '\\b(?:laps|expir|sunset|reauthori)\\w*[^.]{0,60}\\b702\\b'],
  },
  {
    id: 'us-uk-agreement',
    topic: 'U.S.-UK CLOUD Act agreement',
    statement: 'The U.S.-UK Data Access Agreement, signed on 3 October 2019, has been in force since 3 October 2022.',
    asOf: '2026-11-30',
    source: 'Agreement on Access to Electronic Data for the Purpose of Countering Serious Crime; National Law Review, October 2022',
    markers: ['U\\.?S\\.?[-\u2013 ]UK (?:Data Access )?agreement', 'UK Data Access Agreement'],
  },
  {
    id: 'us-australia-agreement',
    topic: 'U.S.-Australia CLOUD Act agreement',
    statement: 'The U.S.-Australia CLOUD Act agreement, signed on 15 December 2021, has been in force since 31 January 2024.',
    asOf: '2026-11-30',
    source: 'Joint statement of the U.S. Attorney General and Australia\'s Attorney-General, 31 January 2024',
    markers: ['U\\.?S\\.?[-\u2013 ]Australia'],
  },
  {
    id: 'qualifying-governments',
    topic: 'Who can benefit from the section 2703(h) motion',
    statement:
      'Only countries with a CLOUD Act executive agreement count as qualifying foreign governments for the section 2703(h) motion; today that means the United Kingdom and Australia. The EU, Switzerland and Canada have none, so for their residents the motion is not available and only common-law comity objections remain.',
    asOf: '2026-11-30',
    source: '18 U.S.C. § 2703(h) and § 2523; the executive agreements in force',
    markers: ['(?:UK|United Kingdom) and Australia', '(?:has|have) (?:a|no) CLOUD Act agreement', '(?:motion|2703\\(h\\))[^.]{0,60}\\bnot available'],
  },
  {
    id: 'eu-us-e-evidence-talks',
    topic: 'EU-U.S. e-evidence agreement',
    statement: 'EU-U.S. talks on an e-evidence agreement, opened in 2019 and resumed in 2023, had produced no agreement in the latest sources reviewed.',
    asOf: '2026-06',
    source: 'Lawfare / Cross-Border Data Forum, December 2023; Digital Watch, 2023',
    markers: ['EU[-\u2013 ]U\\.?S\\.? (?:talks|negotiations)', 'no (?:EU[-\u2013 ]U\\.?S\\.? )?agreement (?:found|yet)'],
  },
  {
    id: 'eu-e-evidence',
    topic: 'EU e-Evidence rules',
    statement:
      'The EU e-Evidence Regulation (EU) 2023/1543, which lets EU authorities send production and preservation orders straight to providers offering services in the EU, has applied since 18 August 2026. Under Directive (EU) 2023/1544, transposed by 18 February 2026, such providers must designate an establishment or a legal representative in the EU.',
    asOf: '2026-11-30',
    source: 'EUR-Lex: Regulation (EU) 2023/1543 and Directive (EU) 2023/1544',
    markers: ['e-Evidence (?:Regulation|rules|package)', '2023/154[34]'],
  },
  {
    id: 'dpf-appeal',
    topic: 'Data Privacy Framework appeal',
    statement:
      'The EU General Court upheld the EU-U.S. Data Privacy Framework on 3 September 2025 (Latombe, T-553/23); the appeal, Case C-703/25 P, lodged on 31 October 2025, is pending before the Court of Justice, so the Framework could still fall.',
    asOf: '2026-06',
    source: 'EUR-Lex, OJ C/2025/6610 (Case C-703/25 P); General Court judgment ECLI:EU:T:2025:831',
    markers: ['C-703/25', '(?:under|pending) appeal', 'appeal[^.]{0,40}\\bpending'],
  },
  {
    id: 'pclob',
    topic: 'U.S. oversight board',
    statement:
      'In January 2025 the President removed members of the Privacy and Civil Liberties Oversight Board, one of the oversight bodies the Data Privacy Framework counts on; check the board\'s current make-up before relying on its oversight.',
    asOf: '2026-06',
    source: 'Lawfare, 31 January 2025; IAPP and Just Security, January 2025',
    markers: ['Privacy and Civil Liberties Oversight Board', 'PCLOB'],
  },
  {
    id: 'sovereign-cloud',
    topic: 'Sovereign-cloud offerings',
    statement:
      'Microsoft announced the completion of its EU Data Boundary on 26 February 2025, and AWS opened its European Sovereign Cloud, run by German companies with EU-resident staff, on 15 January 2026. These are product commitments that can change; read the contract terms that apply to your account.',
    asOf: '2026-06',
    source: 'Microsoft EU Data Boundary announcement, 26 February 2025; AWS European Sovereign Cloud launch, 15 January 2026',
    markers: ['European Sovereign Cloud', 'EU Data Boundary'],
  },
  {
    id: 'provider-statistics',
    topic: 'Provider request statistics',
    statement:
      'AWS reports that since it began publishing the figure in 2020 it has disclosed to the U.S. government no enterprise or government customer content stored outside the U.S.; figures like this are the provider\'s own and change with each report.',
    asOf: '2026-06',
    source: 'AWS, "Clarifying Lawful Overseas Use of Data (CLOUD) Act" page',
    markers: ['AWS (?:reports|states|says)', 'zero disclosures', 'no enterprise (?:or government )?(?:customer )?content'],
  },
];

const byId = new Map(volatileFacts.map((f) => [f.id, f]));

/** The fact with this id (every id of `VolatileFactId` has one; a test checks it). */
export function getVolatileFact(id: VolatileFactId): VolatileFact {
  return byId.get(id)!;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "30 November 2026" for 2026-11-30, "June 2026" for 2026-06. */
export function formatAsOf(asOf: string): string {
  const [y, m, d] = asOf.split('-');
  const month = months[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The fact as every surface shows it: its statement led by its "as of" date. */
export function datedStatement(fact: VolatileFact): string {
  return `As of ${formatAsOf(fact.asOf)}: ${fact.statement}`;
}

/** The dated statements of these facts, in the order given. */
export function datedStatements(ids: readonly VolatileFactId[] | undefined): string[] {
  return (ids ?? []).map((id) => datedStatement(getVolatileFact(id)));
}
