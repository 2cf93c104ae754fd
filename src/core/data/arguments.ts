/** The 15 arguments of the Microsoft Ireland case: both sides, what each court held, and what has changed since. */
import type { ArgumentId, ArgumentInfo } from '../types';

const MJ = 'Magistrate Judge Francis (S.D.N.Y.)';
const DC = 'Chief Judge Preska (S.D.N.Y.)';
const CA2 = 'Second Circuit panel';
const EB = 'Second Circuit, rehearing en banc denied';
const SC = 'Supreme Court';

const MOOT = 'Not decided: after the CLOUD Act the Court set the Second Circuit judgment aside because the dispute had become moot, without reaching the merits.';

export const caseArguments: ArgumentInfo[] = [
  {
    id: 'arg-territoriality',
    title: 'Where does the search take place?',
    summary: 'Is pulling mail from a Dublin server a search abroad, or just a U.S. company handing over records in the U.S.?',
    microsoft:
      'Warrants stop at the border. A U.S. court could not send agents to break into a building abroad, so it could not conscript Microsoft to do the same on its behalf; retrieving the messages meant making copies in Ireland and importing them.',
    government:
      'Nothing that mattered happened abroad. Microsoft staff could retrieve the data from the U.S. with a software tool, and the hand-over to agents took place in the U.S.; before the Supreme Court its lawyer said the statute is concerned with conduct of a classically domestic kind.',
    holdings: [
      { court: MJ, date: '2014-04-25', held: 'No search abroad: the warrant operates like a subpoena, and any search happens when agents review the data in the U.S.' },
      { court: DC, date: '2014-07-31', held: 'Affirmed, treating the dispute as one about control rather than location.' },
      {
        court: CA2,
        date: '2016-07-14',
        held: 'For Microsoft: the privacy intrusion would occur in Dublin, where Microsoft, acting for the government, would access and collect the messages, so enforcing the warrant would apply the statute abroad.',
      },
      { court: EB, date: '2017-01-24', held: 'Rehearing refused on a 4-4 vote; the four dissenting judges took the government\'s view that the disclosure in the U.S. is what counts.' },
      { court: SC, date: '2018-04-17', held: MOOT },
    ],
    today:
      'The CLOUD Act (signed 23 March 2018) made storage location irrelevant for U.S. Stored Communications Act process whenever the data is within the provider\'s possession, custody or control. The territorial argument lives on in EU law: GDPR Article 48 gives effect to a non-EU order only when an international agreement underpins it. In a contract, a location clause now mainly manages EU-law and operational risk, not U.S. reach.',
  },
  {
    id: 'arg-presumption',
    title: 'The presumption against extraterritoriality',
    summary: 'U.S. courts read statutes as purely domestic unless Congress has plainly extended them abroad, and the 1986 Stored Communications Act never mentioned foreign-stored data.',
    microsoft:
      'Under Morrison v. National Australia Bank (2010) and RJR Nabisco v. European Community (decided 20 June 2016), the warrant failed both steps of the test: Congress wrote nothing in 1986, long before cloud storage, about reaching data abroad, and the stored content sat in Ireland, so this was not a domestic application of the law.',
    government:
      'Even if the statute does not apply abroad, this was a domestic application, because the conduct the statute regulates, a provider disclosing data to the government, takes place in the U.S.',
    holdings: [
      { court: MJ, date: '2014-04-25', held: 'Found no breach of the presumption, relying on the statute\'s structure, its legislative history and the practical consequences of the opposite reading.' },
      { court: DC, date: '2014-07-31', held: 'Agreed with the magistrate judge.' },
      {
        court: CA2,
        date: '2016-07-14',
        held: 'Applied Morrison: neither the wording nor the legislative history shows that the warrant provisions were meant to operate abroad, and the statute\'s focus pointed to Dublin, so the warrant could not be enforced for the content stored there.',
      },
      {
        court: EB,
        date: '2017-01-24',
        held: 'Concurring in the denial, Judge Carney said the panel had followed Morrison and the text, while accepting that technology had overtaken the statute and that Congress should revise it.',
      },
      { court: SC, date: '2018-04-17', held: MOOT },
    ],
    today:
      'For Stored Communications Act duties the CLOUD Act supplies the clear statement from Congress that was missing. The presumption still governs other U.S. statutes, and it matters when reading contract language drafted before March 2018 that assumes storage location limits U.S. reach.',
  },
  {
    id: 'arg-sca-focus',
    title: 'A privacy law or a disclosure law?',
    summary: 'Is the Stored Communications Act mainly about protecting stored messages or about providers handing them over? The answer decides where the relevant conduct happens.',
    microsoft:
      'The statute is built around privacy: section 2701 forbids unauthorised access, section 2702 restricts voluntary disclosure, and section 2703 is a narrow exception allowing compelled disclosure. Its focus is therefore the stored content and where it sits.',
    government: 'Section 2703 is about the provider disclosing data to the government, and that happens where the provider is served, here in the U.S.',
    holdings: [
      { court: CA2, date: '2016-07-14', held: 'The statute centres on user privacy, and the intrusion occurs at the place the content is accessed, which was Dublin.' },
      { court: EB, date: '2017-01-24', held: 'The dissenting judges rejected the privacy-focus reading.' },
      { court: SC, date: '2018-04-17', held: MOOT },
    ],
    today:
      'For U.S. process the question is closed by section 2713, which the CLOUD Act added. The privacy-first reading carries on in EU law, in the Charter rights the EU Court of Justice relied on in the Schrems rulings, and in contract promises that limit voluntary disclosure of customer data.',
  },
  {
    id: 'arg-warrant-vs-subpoena',
    title: 'A warrant or a subpoena?',
    summary: 'For message content the statute requires a warrant, and Microsoft said a warrant, unlike a subpoena for documents, stops at the border.',
    microsoft:
      'Warrant is a term of art under the Federal Rules of Criminal Procedure, with territorial bounds. The statute deliberately gives message content warrant-level protection and other records subpoena-level protection, so a warrant cannot be stretched the way a subpoena can.',
    government:
      'A warrant under the statute is a mix of search warrant and subpoena: the provider, not an officer, carries it out, and like a subpoena it reaches whatever the recipient controls.',
    holdings: [
      { court: MJ, date: '2014-04-25', held: 'Adopted the hybrid view: partly a search warrant, partly a subpoena.' },
      { court: DC, date: '2014-07-31', held: 'Accepted the hybrid and control approach.' },
      {
        court: CA2,
        date: '2016-07-14',
        held: 'Rejected the hybrid label: warrants and subpoenas have long been separate instruments, and the statute does not use the terms interchangeably. Judge Lynch, concurring in the judgment, reportedly read the word warrant mainly as setting the probable-cause standard.',
      },
      { court: SC, date: '2018-04-17', held: MOOT },
    ],
    today:
      'Since section 2713 the distinction makes no difference to the U.S. outcome. It still explains why contracts treat content differently from metadata and other records, and why a clause allowing disclosure under a subpoena may cover more data than one limited to warrants.',
  },
  {
    id: 'arg-control-not-location',
    title: 'Control, not location',
    summary: 'The government\'s central test: what counts is who can get at the data, not which country its server sits in.',
    microsoft:
      'The government\'s authorities were subpoena cases. The statute chose a warrant for content, so precedents about subpoenas for documents held abroad did not apply.',
    government:
      'Decades of case law let U.S. courts order anyone within their jurisdiction to produce records held abroad, including Marc Rich (2d Cir. 1983) and the Bank of Nova Scotia case (11th Cir. 1984), where a bank was fined for contempt after refusing to produce records held at Caribbean branches. Microsoft\'s choice of where to store data could not defeat a warrant.',
    holdings: [
      { court: MJ, date: '2014-04-25', held: 'Accepted control as the test.' },
      { court: DC, date: '2014-07-31', held: 'Called the dispute a question of control, not of location.' },
      { court: CA2, date: '2016-07-14', held: 'Held that subpoena precedents do not govern a warrant under the statute.' },
      { court: SC, date: '2018-04-17', held: MOOT },
    ],
    today:
      'The CLOUD Act adopted the government\'s test for Stored Communications Act process: a provider must produce data in its possession, custody or control wherever it is stored, and AWS reads the Act as covering every provider that operates in the U.S., wherever its head office is. For contract review this is the central lesson: a residency promise on its own cannot block U.S. process when a company within U.S. jurisdiction has control of the data, so look at keys, staff access, the operating entity and its owners.',
  },
  {
    id: 'arg-business-records',
    title: 'Provider records or customer correspondence?',
    summary: 'Is stored e-mail a business record of the provider, open to ordinary process, or the customer\'s private mail that the provider merely holds?',
    microsoft:
      'In a Wall Street Journal opinion piece of 30 July 2014, Brad Smith argued that users own their e-mail and that it deserves the protection given to a sealed letter, whereas the government\'s filings treated it as Microsoft\'s own business records, which receive less protection.',
    government: 'The provider controlled the records, and the warrant simply required it to produce them in the U.S.',
    holdings: [
      { court: DC, date: '2014-07-31', held: 'Ruled for the government; one commentary read the ruling as treating the stored mail as Microsoft\'s business records.' },
      { court: CA2, date: '2016-07-14', held: 'Saw the messages as the customer\'s own protected communications, which Microsoft would be gathering on the government\'s behalf.' },
      { court: SC, date: '2018-04-17', held: MOOT },
    ],
    today:
      'Section 2713 covers both content and other customer records, so for U.S. purposes the label has stopped mattering. It still matters where a contract hands the provider wide rights over customer data, service data or metadata, which the provider then keeps as records of its own; for controller and processor roles under the GDPR; and for the U.S. Justice Department practice, described by Google, of asking an enterprise customer for its data first, rather than its cloud provider.',
  },
  {
    id: 'arg-comity-conflict',
    title: 'Comity and conflicting foreign law',
    summary: 'Obeying a U.S. order may mean breaking EU or Irish law; the question is how much weight another country\'s sovereignty should receive.',
    microsoft: 'Complying could put Microsoft in breach of EU data-protection rules, and a U.S. court should not force that conflict on a provider when a treaty route to the data existed.',
    others:
      'Apple and Cisco, as amici for Microsoft in the district court, said the magistrate judge had not weighed the clashing foreign obligations and had set the treaty route aside too quickly. Ireland filed its own briefs (December 2014 in the Second Circuit; December 2017 in the Supreme Court, supporting neither party) insisting that its sovereignty be respected. The European Commission, also supporting neither party in 2017, took no side on U.S. law and explained how the GDPR governs disclosures of data held in the EU.',
    government: 'The conflict was hypothetical: Microsoft had pointed to no Irish law that prohibited the disclosure, and any diplomatic fallout was a matter for the political branches, not the court.',
    holdings: [
      { court: DC, date: '2014-07-31', held: 'Called the effects on foreign sovereigns incidental at best.' },
      { court: CA2, date: '2016-07-14', held: 'Decided on the statute and the presumption against extraterritoriality, without weighing comity.' },
      { court: SC, date: '2018-04-17', held: MOOT },
    ],
    today:
      'The CLOUD Act wrote a comity procedure into the statute: under 18 U.S.C. § 2703(h) the provider, and only the provider, may move to quash or modify process for content that would clash with the law of a qualifying foreign government, meaning a country holding an executive agreement with the U.S. For every other country common-law comity is all that remains. On the EU side, GDPR Article 48 and the EDPB guidelines on it (final version adopted 4 June 2025) treat complying with a foreign order as a transfer requiring a separate legal basis. Contracts can reflect this through conflict-of-law warranties and notice and challenge duties.',
    facts: ['qualifying-governments'],
  },
  {
    id: 'arg-reciprocity',
    title: 'If the U.S. can, so can everyone else',
    summary: 'A rule letting U.S. courts reach servers abroad invites every other government to claim servers located in the U.S. by the same logic.',
    microsoft:
      'At the July 2014 hearing Microsoft\'s counsel described Chinese authorities demanding a password at Microsoft\'s offices to reach data stored in the U.S., and in September 2014 Microsoft pointed to a new UK law claiming worldwide reach over providers. Its December 2014 appeal brief opened with the mirror image of the case: German police serve a German bank at its Frankfurt head office and order it to have its Manhattan branch open a New York Times reporter\'s safe-deposit box, reaching into the U.S. through the bank\'s own branch just as the U.S. was reaching into Dublin through Microsoft.',
    government: 'A diplomatic concern, not a legal one, which did not change what the statute required.',
    holdings: [
      { court: DC, date: '2014-07-31', held: 'Judge Preska found the China episode troubling but still ruled for the government.' },
      { court: SC, date: '2018-04-17', held: MOOT },
    ],
    today:
      'The second half of the CLOUD Act is a reciprocity scheme: under executive agreements (18 U.S.C. § 2523) partner countries may serve orders for serious crime directly on U.S. providers, provided the orders are not aimed at U.S. persons, and must let U.S. orders reach their own providers. The EU built the mirror image for itself: its own authorities may now order providers directly, wherever the data is. For contracts, assume several governments may claim your data through the provider.',
    facts: ['us-uk-agreement', 'us-australia-agreement', 'eu-e-evidence', 'eu-us-e-evidence-talks'],
  },
  {
    id: 'arg-mlat',
    title: 'Use the treaty route',
    summary: 'Microsoft and Ireland said U.S. investigators should ask Ireland for the data under the two countries\' 2001 mutual legal assistance treaty.',
    microsoft: 'The two countries concluded a mutual legal assistance treaty in 2001, and evidence held in Ireland should be sought through that channel.',
    others: 'Ireland, in its December 2014 brief to the Second Circuit, said it would deal with such a request quickly.',
    government:
      'Treaty requests take a long time and a lot of work, many countries have no such treaty with the U.S., and data can be moved. The government\'s 2017 petition to the Supreme Court warned that the panel ruling seriously threatened public safety and national security.',
    holdings: [
      { court: MJ, date: '2014-04-25', held: 'Did not treat the treaty route as limiting the warrant; supporting amici later complained it had been set aside without findings.' },
      { court: CA2, date: '2016-07-14', held: 'Did not need to decide the point, having ruled on the statute.' },
      { court: SC, date: '2018-04-17', held: MOOT },
    ],
    today:
      'CLOUD Act executive agreements work as a faster treaty channel for the few countries that have one. GDPR Article 48 names mutual legal assistance treaties as the model basis for honouring foreign orders, and the EU-U.S. mutual legal assistance agreement, in force since 2010, remains the default channel for EU data. Clauses that send foreign authorities to treaty channels put this argument into the contract, but they bind only the provider that signs them and cannot stop a U.S. court from compelling it or its U.S. parent.',
    facts: ['us-uk-agreement', 'us-australia-agreement'],
  },
  {
    id: 'arg-trust',
    title: 'Trust in the cloud',
    summary: 'Microsoft\'s commercial case: customers will not trust U.S. providers with their data if a U.S. warrant can reach it anywhere.',
    microsoft: 'At a New York event in December 2014 presenting the companies and groups that backed Microsoft, Brad Smith said the case came down to trust and framed it as deciding who owns e-mail stored in the cloud.',
    others:
      'In a joint amicus brief to the Second Circuit, Verizon, HP, eBay, Cisco, salesforce.com and Infor warned that the lower-court ruling would deepen foreign customers\' fear that data U.S. providers hold overseas is readily available to the U.S. government, which would hurt their business.',
    government:
      'The government did not treat commercial consequences as a legal question; its line throughout was that the statute and the needs of investigators decided the case, and that policy effects were for the political branches.',
    holdings: [{ court: SC, date: '2018-04-17', held: 'No court ruled on this policy argument; the case ended as moot.' }],
    today:
      'The same concern drives residency boundaries, sovereign-cloud products and Microsoft\'s European Digital Commitments of 30 April 2025. On 10 June 2025 Microsoft France told a French Senate inquiry under oath that it could not guarantee French data would never reach U.S. authorities without French approval. In contracts, prefer binding terms on operation, staffing, keys and notice to marketing statements.',
    facts: ['sovereign-cloud'],
  },
  {
    id: 'arg-law-enforcement-need',
    title: 'Evidence should not depend on where it is stored',
    summary: 'Prosecutors argued that a provider\'s storage decisions should not decide whether evidence of a crime can be obtained at all.',
    microsoft:
      'The answer to slow access lay in treaty requests and in new legislation from Congress, not in stretching a 1986 statute to reach data abroad.',
    government:
      'Providers decide where to keep data for commercial reasons and can shift it at will, so the ruling would hamper criminal and national-security investigations.',
    others: 'A group of U.S. states, reportedly 33, filed in support of the government\'s petition to the Supreme Court.',
    holdings: [
      {
        court: EB,
        date: '2017-01-24',
        held: 'Judge Cabranes, dissenting, reportedly said the panel ruling burdened law enforcement and offered criminals a roadmap; Judge Carney, concurring, accepted that the worry was real but pointed out that the statute already permits emergency disclosure under 18 U.S.C. § 2702(b)(8).',
      },
      { court: SC, date: '2018-04-17', held: MOOT },
    ],
    today:
      'Congress accepted the point: the CLOUD Act\'s findings say timely access to data held by providers is essential and that storage abroad impedes it. In contracts the argument appears in emergency-disclosure and relocation clauses, so check that emergency exceptions are narrow and that the provider cannot move data at will.',
  },
  {
    id: 'arg-legislative-fix',
    title: 'A job for Congress',
    summary: 'Judges who disagreed about the outcome agreed the 1986 law fitted cloud storage badly and that Congress should act; in March 2018 it did.',
    microsoft: 'Microsoft told the Supreme Court the question belonged to Congress, and it supported the CLOUD Act.',
    government:
      'The Justice Department also backed the CLOUD Act; once it passed, the government secured a fresh warrant under the revised law and asked the Supreme Court to end the case as moot.',
    holdings: [
      {
        court: CA2,
        date: '2016-07-14',
        held: 'Judge Lynch, concurring in the judgment, reportedly stressed that the statute had aged badly and that Congress, not the courts, should make the policy call; at the September 2015 argument he had hoped Congress would legislate with nuance.',
      },
      { court: EB, date: '2017-01-24', held: 'Judge Carney wrote that technology had left the statute behind and that it was overdue for revision.' },
      {
        court: SC,
        date: '2018-04-17',
        held: 'After the CLOUD Act passed and a new warrant issued, the Court found nothing left to decide, set aside the Second Circuit judgment and remanded with instructions to dismiss.',
      },
    ],
    today:
      'The CLOUD Act (introduced 6 February 2018 as S. 2383; signed 23 March 2018 as part of Public Law 115-141) answered the question by statute. Because the answer now rests on legislation, contract clauses that cite specific statutes should be reviewed whenever those statutes change.',
  },
  {
    id: 'arg-customer-nationality',
    title: 'Whose data is it?',
    summary: 'Nobody knew if the mailbox owner was American. Since 2018 a provider may object for foreign customers only where their country has a U.S. agreement.',
    microsoft:
      'Microsoft\'s system stored each account close to the country the user chose when registering, which is why this mailbox was in Dublin; its case rested on where the data would be seized, not on who the customer was.',
    government: 'The customer\'s identity was beside the point: a U.S. provider was being ordered to disclose data in the U.S.',
    holdings: [
      {
        court: CA2,
        date: '2016-07-14',
        held: 'Noted that the record said nothing about the customer\'s citizenship or location and held that the place of seizure, not nationality, decides. Judge Lynch reportedly stressed that the unknown nationality could matter to the policy balance.',
      },
      { court: SC, date: '2018-04-17', held: MOOT },
    ],
    today:
      'The section 2703(h) motion added in 2018 belongs to the provider alone, covers only content, and is due within 14 days of service. It needs two things: the provider reasonably believes the customer is neither a U.S. person nor a U.S. resident, and disclosure would risk breaking the law of a qualifying foreign government, meaning a country with a CLOUD Act agreement. Where the customer\'s country has no such agreement, nationality and residence give no statutory objection; only common-law comity remains. Orders made under executive agreements cannot be aimed at U.S. persons or anyone located in the U.S.',
    facts: ['qualifying-governments'],
  },
  {
    id: 'arg-data-mobility',
    title: 'Data that moves by itself',
    summary: 'Courts facing networks that shuffle data across borders on their own found its location too unstable to decide whether a U.S. warrant applies.',
    microsoft: 'Microsoft\'s case rested on a fixed location: the mailbox content sat only in Dublin, where its system had placed the account.',
    others: 'After the 2016 ruling Google, not a party to the case, relied on it to refuse production of data stored outside the U.S., and several district courts ordered it to comply.',
    government: 'Data can move between countries, and where it happens to be at a given moment should not decide whether a warrant can be enforced.',
    holdings: [
      { court: 'Magistrate Judge Rueter (E.D. Pa.)', date: '2017-02-03', held: 'Declined to follow the Second Circuit and ordered Google to produce data that its network moves among countries.' },
      {
        court: 'Judge Seeborg (N.D. Cal.)',
        date: '2017-08-14',
        held: 'Ordered Google to comply, noting that its network relocates data on its own to improve performance, so the country where a particular message sits may differ from one moment to the next.',
      },
      { court: SC, date: '2018-04-17', held: 'The Microsoft case ended as moot; the Supreme Court did not address the point.' },
    ],
    today:
      'Under the CLOUD Act location no longer matters for U.S. process, but mobility still matters for EU transfer rules and residency planning. If a contract allows the provider to shift data around, or fixes a location only for stored data at rest, any claim that the data legally sits in one place is weak.',
  },
  {
    id: 'arg-secrecy',
    title: 'The customer\'s right to know',
    summary: 'In a related 2016 lawsuit Microsoft attacked secrecy orders that kept providers from informing customers that their data had been handed over.',
    microsoft:
      'In April 2016 Microsoft sued the Justice Department in the Western District of Washington over secrecy orders under 18 U.S.C. § 2705(b), saying it had been served with 2,576 of them over 18 months, of which 1,752 (68 percent) had no expiry. In February 2017 Judge James Robart let its First Amendment claim go forward.',
    government:
      'The Justice Department answered with policy rather than a ruling: a memo of 19 October 2017 from Deputy Attorney General Rod Rosenstein required case-specific reasons for each secrecy order and normally limited it to one year or less. Microsoft then dropped its suit.',
    holdings: [],
    today:
      'Secrecy orders and national security letters, which usually carry nondisclosure duties, still exist, and notice promises in contracts normally give way to them. Look for commitments to seek the lifting or narrowing of a gag, to notify once it ends, and to publish aggregate figures on the demands received.',
  },
];

export function getArgument(id: ArgumentId | string): ArgumentInfo | undefined {
  return caseArguments.find((a) => a.id === id);
}
