/** The Microsoft Ireland warrant case at a glance: parties, courts, timeline, later developments and what they mean today. */
import type { CaseFacts } from '../types';

export const caseFacts: CaseFacts = {
  name: 'United States v. Microsoft Corp. (the Microsoft Ireland warrant case)',
  citation:
    'United States v. Microsoft Corp., No. 17-2, 584 U.S. ___, 138 S. Ct. 1186 (2018) (per curiam); below: Microsoft Corp. v. United States, 829 F.3d 197 (2d Cir. 2016), rehearing en banc denied, 855 F.3d 53 (2d Cir. 2017); In re Warrant to Search a Certain E-Mail Account Controlled and Maintained by Microsoft Corp., 15 F. Supp. 3d 466 (S.D.N.Y. 2014)',
  question:
    'Can a warrant under section 2703 of the Stored Communications Act force a U.S. provider to produce e-mail that it keeps only on a server in Ireland?',
  whatWasSought:
    'The messages in a single msn.com web-mail account hosted by Microsoft that investigators suspected of being used in drug trafficking. Microsoft produced the non-content records it held in the U.S., but the messages themselves were stored only in its Dublin datacenter, run by a wholly owned subsidiary.',
  parties: [
    { role: 'Petitioner in the Supreme Court (appellee below)', name: 'United States of America' },
    { role: 'Respondent in the Supreme Court (appellant below)', name: 'Microsoft Corporation' },
    { role: 'Account holder', name: 'An unnamed msn.com user; the record did not show the user\'s nationality or whereabouts' },
    {
      role: 'Counsel for Microsoft',
      name: 'E. Joshua Rosenkranz of Orrick, Herrington & Sutcliffe presented oral argument at both appellate levels; Brad Smith was among Microsoft\'s own lawyers on the briefs',
    },
    {
      role: 'Counsel for the United States',
      name: 'Assistant U.S. Attorney Justin Anderson (Second Circuit); Deputy Solicitor General Michael R. Dreeben (Supreme Court argument)',
    },
    {
      role: 'Amici supporting neither party in the Supreme Court',
      name: 'Among others: Ireland, the European Commission (for the EU), the United Kingdom, New Zealand\'s Privacy Commissioner and the UN Special Rapporteur on privacy',
    },
  ],
  courts: [
    {
      court: 'U.S. District Court for the Southern District of New York (magistrate judge)',
      judges: 'Magistrate Judge James C. Francis IV',
      outcome:
        'Issued the warrant on 4 December 2013, then refused Microsoft\'s request to set it aside for the Dublin content, treating the warrant as partly a search warrant and partly a subpoena.',
      date: '2014-04-25',
    },
    {
      court: 'U.S. District Court for the Southern District of New York',
      judges: 'Chief Judge Loretta A. Preska',
      outcome:
        'Upheld the magistrate judge in a ruling from the bench, framing the issue as control rather than location. On 8 September 2014 the court entered an agreed civil-contempt order against Microsoft, with sanctions deferred, which gave Microsoft an appealable decision.',
      date: '2014-07-31',
    },
    {
      court: 'U.S. Court of Appeals for the Second Circuit (panel)',
      judges:
        'Circuit Judges Susan L. Carney (opinion) and Gerard E. Lynch (concurring in the judgment); District Judge Victor A. Bolden, sitting by designation',
      outcome: 'Unanimously reversed, vacated and remanded, holding that a Stored Communications Act warrant cannot be used to obtain content kept solely on servers outside the U.S.',
      date: '2016-07-14',
    },
    {
      court: 'Second Circuit, rehearing en banc',
      judges:
        'Eight eligible judges split 4-4 (Judges Pooler, Livingston and Lohier recused); Judges Jacobs, Cabranes, Raggi and Droney each wrote a dissent; Judge Carney wrote a concurrence',
      outcome: 'Rehearing refused by an evenly divided court, leaving the panel decision standing.',
      date: '2017-01-24',
    },
    {
      court: 'Supreme Court of the United States',
      judges: 'Unsigned (per curiam) decision of the Court',
      outcome:
        'Took the case on 16 October 2017 and heard argument on 27 February 2018. Once the CLOUD Act had passed and a fresh warrant had issued, the Court set aside the Second Circuit judgment because nothing remained to decide and ordered the case dismissed, leaving the merits unresolved.',
      date: '2018-04-17',
    },
  ],
  timeline: [
    { date: '2013-12-04', label: 'Warrant issued', detail: 'Magistrate Judge Francis issues a Stored Communications Act warrant for the account, served on Microsoft in Redmond, Washington.' },
    { date: '2013-12-18', label: 'Microsoft moves to quash', detail: 'Microsoft asks the court to vacate the warrant as far as it covers content stored in Dublin.' },
    { date: '2014-04-25', label: 'Magistrate judge rules', detail: 'The motion is denied; the warrant is described as a hybrid of search warrant and subpoena.' },
    { date: '2014-07-31', label: 'District court affirms', detail: 'Chief Judge Preska rules from the bench after about 90 minutes of argument that control, not location, decides.' },
    { date: '2014-09-08', label: 'Contempt by agreement', detail: 'Microsoft is held in civil contempt under a stipulated order, with no sanctions for now, so that it can appeal.' },
    { date: '2014-12-15', label: 'Amici back Microsoft', detail: 'Ten amicus briefs supporting Microsoft are filed in the Second Circuit by technology companies, trade groups, media organisations and computer scientists.' },
    { date: '2014-12-23', label: 'Ireland files a brief', detail: 'Ireland tells the Second Circuit that its sovereignty must be respected and that it would handle a request under the mutual legal assistance treaty.' },
    { date: '2015-09-09', label: 'Second Circuit argument', detail: 'Judges Lynch, Carney and Bolden hear the appeal.' },
    { date: '2016-06-20', label: 'RJR Nabisco decided', detail: 'The Supreme Court restates its two-step test for laws applied abroad; Microsoft files it as supplemental authority.' },
    { date: '2016-07-14', label: 'Second Circuit rules for Microsoft', detail: 'The panel holds that enforcing the warrant for the Dublin content would apply the statute abroad, which Congress had not authorised.' },
    { date: '2017-01-24', label: 'Rehearing en banc denied', detail: 'The eight eligible judges split 4-4, so the panel decision stands; four of them dissent.' },
    { date: '2017-02-03', label: 'Google ordered to comply (E.D. Pa.)', detail: 'Magistrate Judge Rueter of the Eastern District of Pennsylvania declines to follow the Second Circuit for data that Google\'s network moves between countries.' },
    { date: '2017-06', label: 'Government seeks Supreme Court review', detail: 'The Solicitor General files a petition for certiorari, No. 17-2 (the exact day is not confirmed).' },
    { date: '2017-08-14', label: 'Google ordered to comply (N.D. Cal.)', detail: 'Judge Seeborg of the Northern District of California orders Google to produce foreign-stored e-mail, relying on the automatic movement of data within its network.' },
    { date: '2017-10-16', label: 'Certiorari granted', detail: 'The Supreme Court agrees to hear the case.' },
    { date: '2017-10-19', label: 'DOJ limits secrecy orders', detail: 'A Justice Department memo requires case-specific reasons for secrecy orders and normally caps them at one year; Microsoft later drops its separate suit over such orders.' },
    { date: '2018-02-06', label: 'CLOUD Act introduced', detail: 'Senators Hatch, Coons, Graham and Whitehouse introduce S. 2383.' },
    { date: '2018-02-27', label: 'Supreme Court argument', detail: 'Michael Dreeben argues for the United States and Joshua Rosenkranz for Microsoft.' },
    { date: '2018-03-23', label: 'CLOUD Act signed', detail: 'The CLOUD Act becomes law as part of the Consolidated Appropriations Act, 2018 (Public Law 115-141).' },
    {
      date: '2018-04-17',
      label: 'Case ends as moot',
      detail:
        'Once the government had a fresh warrant under the revised law and Microsoft had not opposed ending the case, the Supreme Court vacates the Second Circuit judgment in a per curiam decision and orders the case dismissed.',
    },
  ],
  developments: [
    {
      id: 'dev-schrems-i',
      title: 'Schrems I: Safe Harbour struck down',
      date: '2015-10-06',
      summary:
        'In Case C-362/14 the EU Court of Justice declared the Safe Harbour adequacy decision for the U.S. invalid and held that an adequacy decision does not stop a national data-protection authority from looking into a complaint. The case arose after the 2013 Snowden revelations about U.S. intelligence programmes.',
    },
    {
      id: 'dev-gdpr-art48',
      title: 'GDPR Article 48',
      date: '2016-04-27',
      summary:
        'The GDPR (Regulation (EU) 2016/679, adopted 27 April 2016 and applicable since 25 May 2018) provides that a judgment or decision of a non-EU court or authority requiring the transfer or disclosure of personal data has effect in the EU only when it rests on an international agreement, a mutual legal assistance treaty being the typical example; the other transfer grounds remain available. Recital 115 warns that extraterritorial foreign laws may breach international law.',
    },
    {
      id: 'dev-cloud-act',
      title: 'CLOUD Act',
      date: '2018-03-23',
      summary:
        'The Clarifying Lawful Overseas Use of Data Act requires providers of electronic communication and remote computing services to preserve, back up or disclose data in their possession, custody or control whether it is stored inside or outside the U.S. (18 U.S.C. § 2713). It lets the provider, and only the provider, move within 14 days to quash or modify process for content (18 U.S.C. § 2703(h)) where it reasonably believes the customer is neither a U.S. person nor a U.S. resident and disclosure would risk breaking the law of a qualifying foreign government, meaning a country with an executive agreement; it keeps common-law comity for every other conflict, and creates those executive agreements for foreign access to U.S. providers (18 U.S.C. § 2523).',
      facts: ['qualifying-governments'],
    },
    {
      id: 'dev-schrems-ii',
      title: 'Schrems II: Privacy Shield struck down',
      date: '2020-07-16',
      summary:
        'In Case C-311/18 the EU Court of Justice invalidated the Privacy Shield because U.S. surveillance powers went beyond what is strictly necessary and people in the EU had no effective remedy. The standard contractual clauses stayed valid, but an exporter has to assess each transfer to see whether the recipient can honour them under local law, adding extra safeguards where it cannot.',
    },
    {
      id: 'dev-new-sccs',
      title: 'New standard contractual clauses and EDPB supplementary measures',
      date: '2021-06-04',
      summary:
        'The Commission adopted modular standard contractual clauses in Implementing Decision (EU) 2021/914, with separate controller-processor clauses in Decision (EU) 2021/915. In June 2021 the EDPB finalised its recommendations on supplementary measures, a step-by-step method that includes assessing the destination country\'s law and practice.',
    },
    {
      id: 'dev-us-uk-agreement',
      title: 'CLOUD Act executive agreements',
      date: '2022-10-03',
      summary:
        'Under 18 U.S.C. § 2523 the U.S. may conclude agreements that let a partner country serve orders for serious crime directly on U.S. providers, without targeting U.S. persons, in exchange for letting U.S. orders reach its own providers. Where each agreement stands, and whether the EU has one:',
      facts: ['us-uk-agreement', 'us-australia-agreement', 'eu-us-e-evidence-talks'],
    },
    {
      id: 'dev-dpf',
      title: 'EU-U.S. Data Privacy Framework',
      date: '2023-07-10',
      summary:
        'Executive Order 14086 (signed 7 October 2022) added necessity and proportionality limits on U.S. signals intelligence and a two-level redress path ending at a Data Protection Review Court. The Commission then adopted adequacy decision (EU) 2023/1795 on 10 July 2023 for self-certified U.S. organisations; the order\'s safeguards also help transfers made under standard contractual clauses.',
    },
    {
      id: 'dev-pclob',
      title: 'Oversight board members removed',
      date: '2025-01-27',
      summary: 'Commentators saw a risk for the Data Privacy Framework, which counts an independent U.S. oversight board among its safeguards.',
      facts: ['pclob'],
    },
    {
      id: 'dev-edpb-art48',
      title: 'EDPB Guidelines 02/2024 on Article 48',
      date: '2025-06-04',
      summary:
        'Adopted in draft on 2 December 2024 and in final form on 4 June 2025, the guidelines say a foreign order is not itself a legal basis: answering it is a transfer that needs both an Article 6 basis and a Chapter V ground. One commentary reports that requests served on a parent company abroad fall outside Article 48, which is the usual CLOUD Act pattern.',
    },
    {
      id: 'dev-latombe',
      title: 'Latombe judgment and appeal',
      date: '2025-09-03',
      summary:
        'The EU General Court dismissed French MP Philippe Latombe\'s challenge to the Data Privacy Framework (Case T-553/23), holding that the U.S. offered an adequate level of protection at the time the Commission made its decision.',
      facts: ['dpf-appeal'],
    },
    {
      id: 'dev-sovereign-cloud',
      title: 'Sovereign-cloud responses',
      date: '2026-01-15',
      summary:
        'Providers answered the trust argument with residency, local operation and customer-held keys; Microsoft made European Digital Commitments on 30 April 2025, yet on 10 June 2025 Microsoft France told a French Senate inquiry under oath that it could not guarantee French data would never reach U.S. authorities. Google Cloud offers region choice for data at rest and works with local sovereign partners.',
      facts: ['sovereign-cloud'],
    },
    {
      id: 'dev-fisa-702',
      title: 'FISA section 702',
      date: '2026-06-12',
      summary:
        'Section 702 allows U.S. intelligence agencies to target non-U.S. persons believed to be abroad and to require service providers to assist, wherever the data is kept. The April 2024 reauthorisation (Public Law 118-49) renewed it for two years and widened the set of providers that can be compelled.',
      facts: ['fisa-702'],
    },
    {
      id: 'dev-e-evidence',
      title: 'EU production orders to providers (e-Evidence)',
      date: '2026-08-18',
      summary:
        'The EU\'s answer to the same problem as the CLOUD Act: authorities order the provider directly, wherever the data is stored. Proposed in 2018 and adopted in 2023, the package is also the EU\'s precondition for an e-evidence agreement with the U.S.',
      facts: ['eu-e-evidence', 'eu-us-e-evidence-talks'],
    },
  ],
  today: [
    { text: 'Under U.S. law the location question is settled for Stored Communications Act process: a provider must produce data in its possession, custody or control wherever it is stored.' },
    { text: 'Residency clauses still reduce EU-law and operational risk, but they do not by themselves block a U.S. order; control of keys, staff access and the operating entity now matter more than the building.' },
    {
      text: 'Conflicts of law go through the provider\'s § 2703(h) motion and executive agreements for the few partner countries, and through common-law comity and treaty requests for everyone else, including EU, Swiss and Canadian customers.',
      facts: ['qualifying-governments'],
    },
    { text: 'EU law has hardened: under GDPR Article 48, Schrems II and the 2025 EDPB guidelines, giving data to an authority outside the EU counts as a transfer and requires a legal basis of its own.' },
    { text: 'Transfers to the U.S. rest on the Data Privacy Framework for certified recipients, or on standard contractual clauses with a transfer impact assessment.', facts: ['dpf-appeal'] },
    {
      text: 'National-security access such as FISA section 702 played no part in the Microsoft case; contracts can only mitigate it through notice where lawful, challenge, transparency, customer-held keys and local operation.',
      facts: ['fisa-702'],
    },
  ],
  asOf: '2026-11-30',
  disclaimer:
    'This is general information about a court case and later legal developments, not legal advice. Laws and their status change, especially the statements marked with an "as of" date; ask a qualified lawyer before relying on it for a contract or a decision.',
};
