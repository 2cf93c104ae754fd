/** The reviewer-facing prose of every rule (title, explanation, what to ask for, model clauses), keyed by rule id. */
import type { RuleId } from '../rules/registry';
import type { RuleText } from '../types';

export const ruleTexts: Record<RuleId, RuleText> = {
  // Location: storage, processing and who operates the service

  'cl-location-unrestricted': {
    title: 'Data may be stored anywhere',
    explanation:
      "Your data can end up in whatever country the provider, its group companies or its suppliers operate in, and simply using the service is often treated as agreeing to that. With no fixed location you cannot tell which governments could compel access, and each move abroad needs its own transfer basis under EU law. The Microsoft Ireland case was fought over one known location, a Dublin datacenter; a clause like this leaves nothing comparable to argue about.",
    askFor:
      'A closed list of countries or regions for storage and processing, covering backups and support, that changes only with your prior written agreement.',
    fixes: [
      {
        title: 'Limit storage and processing to listed countries',
        kind: 'replace',
        text: 'Provider shall store, process and back up Customer Data solely in [the countries listed in Schedule 2]. Provider shall not store, process, access or provide support for Customer Data from any other country unless Customer has first approved that country in writing.',
      },
    ],
  },

  'cl-transfer-mechanism': {
    title: 'Legal basis for transfers abroad',
    explanation:
      "The clause names the legal tool used to move personal data out of the EEA, the UK or Switzerland, such as the 2021 standard contractual clauses, the EU-U.S. Data Privacy Framework or binding corporate rules. The EU Court of Justice struck down Safe Harbour in 2015 and Privacy Shield in 2020. No transfer tool stops a foreign government from demanding the data; where the transfer rests on an Article 46 tool such as standard contractual clauses or binding corporate rules, Schrems II requires a check of the destination country's access laws, while a transfer under an adequacy decision, including the Data Privacy Framework for a certified recipient, needs no such check of its own.",
    askFor:
      'The 2021 standard contractual clauses with the right module, a named fallback if the main mechanism falls away, and help with transfer impact assessments. Treat any reliance on Safe Harbour, Privacy Shield or the 2010 clauses as out of date.',
    facts: ['dpf-appeal'],
    fixes: [
      {
        title: 'Name a current mechanism with a fallback',
        kind: 'replace',
        text: 'Provider shall transfer Customer Personal Data outside [the EEA] only on the basis of [the EU-U.S. Data Privacy Framework, under which Provider maintains an active certification], with the standard contractual clauses approved by Commission Implementing Decision (EU) 2021/914 (Module [Two]) incorporated as a fallback. If any transfer mechanism relied on is invalidated or suspended, Provider shall within [30] days either put another lawful mechanism in place or stop the affected transfers, in either case at no cost to Customer.',
      },
      {
        title: 'Add support for transfer assessments',
        kind: 'insertAfter',
        text: 'Provider shall give Customer the information reasonably needed to assess the laws and practices of each destination country, including those on access by public authorities, and shall inform Customer without undue delay if it can no longer comply with the transfer terms.',
      },
    ],
  },

  'cl-residency-commitment': {
    title: 'Data kept in a chosen region',
    explanation:
      "Good: the provider promises to keep data in a region or jurisdiction chosen in advance, which eases EU transfer rules and supports sovereignty goals. Since the CLOUD Act, however, location does not shield data from a U.S. order if a provider within U.S. reach controls it, which was the government's control argument in the Microsoft Ireland case. Check the carve-outs, such as promises limited to data at rest, support data, metadata, or moves made to answer a legal order.",
    askFor:
      'Residency that covers processing, backups, logs, support data and the metadata you create, with a complete list of exceptions and a report whenever one is used.',
    fixes: [
      {
        title: 'Extend residency beyond data at rest',
        kind: 'replace',
        text: 'Provider shall keep Customer Data, including backups, logs and Customer-created metadata, within [the Selected Region] both at rest and during processing. Any transfer outside [the Selected Region] permitted by an exception listed in Schedule [3] shall be limited to the data strictly needed, recorded, and notified to Customer no later than [10] business days after it occurs.',
      },
    ],
  },

  'cl-relocation-no-notice': {
    title: 'Data can be relocated at will',
    explanation:
      "The provider keeps the right to change where data is stored, add regions or replicate data without your consent or advance notice. After the Second Circuit ruled for Microsoft in 2016, several U.S. district courts in 2017 still ordered Google to produce foreign-stored data, in part because its network shifted data between countries automatically. A location that can change at the provider's discretion undermines any residency promise and your own records of where data goes.",
    askFor:
      'A fixed list of approved locations, advance written notice of any change, and a right to object or to leave without penalty.',
    fixes: [
      {
        title: 'Fix approved locations, with notice and objection',
        kind: 'replace',
        text: "Provider shall keep Customer Data only in the Approved Locations listed in Schedule [2]. Provider shall inform Customer in writing no less than [90] days before any change to the Approved Locations takes effect; within that period Customer may object and, if the objection is not resolved, terminate the affected Services without penalty and with a refund of any prepaid fees.",
      },
    ],
  },

  'cl-subprocessors-abroad': {
    title: 'Vendors and affiliates abroad',
    explanation:
      'Sub-processors and group companies may handle your data, often in other countries. Each one is an onward transfer under the GDPR and brings in the laws of its own home state; a sub-processor with a U.S. parent can be reached by U.S. process even for data hosted in the EU, because control rather than location now decides. Without notice and a right to object, the list can grow without your knowledge.',
    askFor:
      "For each sub-processor its legal entity, country, function and data categories; advance notice of changes with a right to object; and the same government-request commitments the provider gives you.",
    fixes: [
      {
        title: 'Require a list, notice and an objection right',
        kind: 'replace',
        text: "Provider shall maintain a list identifying each Sub-processor's legal entity, processing locations and function, and shall notify Customer at least [30] days before adding or replacing a Sub-processor. Customer may object on reasonable grounds and, if the parties cannot resolve the objection, may terminate the affected Services and receive a pro-rata refund. Provider shall impose on every Sub-processor obligations on government requests at least as protective as those in Section [X].",
      },
    ],
  },

  'cl-operational-access': {
    title: 'Staff elsewhere can reach the data',
    explanation:
      "Provider employees or contractors, possibly in other countries, may get into your account or content for support, diagnosis or legal reasons. In the Microsoft Ireland case the magistrate judge and the district court stressed that Microsoft could retrieve the Dublin mail from the U.S., and the CLOUD Act now turns on that kind of control. Whoever can reach the data from a country is someone that country's authorities can press to produce it.",
    askFor:
      'Access only by staff in a named region, your approval for each access other than pre-authorised automated operations, and logs you can inspect.',
    fixes: [
      {
        title: 'Restrict access to approved in-region staff',
        kind: 'replace',
        text: 'Access to Customer Data is restricted to Provider personnel who are both located and resident in [the EU]. Each access, other than automated operations listed in Schedule [4], requires Customer\'s prior approval through [the agreed approval process], and Provider shall log every access and make the logs available to Customer on request.',
      },
    ],
  },

  'cl-contracting-entity': {
    title: 'Local contracting company',
    explanation:
      "The contract is signed with a local subsidiary, for example an Irish or Luxembourg company, while the group's parent is based elsewhere. Microsoft's Dublin datacenter belonged to a subsidiary it wholly owned, yet the government argued that the U.S. parent had control over the data; the CLOUD Act follows control and, as AWS itself reads it, covers every provider that operates in the U.S. A local signatory helps you enforce the contract, but it does not on its own put data beyond the reach of foreign authorities.",
    askFor:
      'The name of the ultimate parent and of every affiliate that can access the data, the states whose authorities have power over each one, and notice of any change of control.',
    fixes: [
      {
        title: 'Disclose the parent and affiliates with access',
        kind: 'insertAfter',
        text: 'Provider shall name in Schedule [5] the ultimate parent of its group and every affiliate with the technical or legal ability to access Customer Data, together with the states whose authorities have power to compel each one, and shall notify Customer within [30] days of any change of control or ownership that alters that list.',
      },
    ],
  },

  'cl-sovereign-operations': {
    title: 'Sovereign or locally operated cloud',
    explanation:
      'Good: the service is run by a local entity with local staff and local governance, and is technically separated from the wider group. This is the industry answer to the trust and control arguments of the Microsoft Ireland case. Ownership may still sit abroad, and a parent under U.S. jurisdiction can still be ordered to produce data its group controls: on 10 June 2025 Microsoft France told a French Senate inquiry under oath that it could not guarantee French data would never reach U.S. authorities without French consent.',
    askFor:
      'Binding contract terms rather than marketing statements, disclosure of who owns the operator and who holds the keys and the source code, and notice of governance changes.',
    facts: ['sovereign-cloud'],
    fixes: [
      {
        title: 'Make the sovereignty commitments binding',
        kind: 'replace',
        text: 'The Services are operated by [EU operating entity], and only personnel resident in [the EU] may hold access to Customer Data or to the keys protecting it. No one outside [the EU] shall be technically able to reach Customer Data, and Provider shall notify Customer at least [60] days in advance of any change in the ownership, governance or staffing of the operating entity that affects these commitments.',
      },
    ],
  },

  // Access: disclosure to public authorities

  'cl-disclosure-required-by-law': {
    title: 'Disclosure when the law requires it',
    explanation:
      'The provider may hand over data when a law, court order, subpoena, warrant or authority requires it. Some such clause is unavoidable, but what matters is whose law counts, which data, and whether you are told and the demand is tested first; the Microsoft Ireland case turned on whether a U.S. warrant could reach data held abroad at all. Under GDPR Article 48 an order from a non-EU court or agency is not in itself a lawful basis for handing over EU personal data.',
    askFor:
      'Disclosure only under legally binding orders and only of the minimum data, with redirection to you, notice unless forbidden, and a legality review followed by a challenge where there are grounds.',
    fixes: [
      {
        title: 'Limit to binding orders with safeguards',
        kind: 'replace',
        text: 'Provider shall not disclose Customer Data to any public authority except in response to an order that is legally binding on Provider, and then only the part of Customer Data that the order strictly requires. Before disclosing, Provider shall (a) invite the authority to request the data from Customer instead, (b) notify Customer unless the law prohibits it, and (c) review whether the order is lawful and challenge it where there are reasonable grounds to do so.',
      },
    ],
  },

  'cl-voluntary-disclosure': {
    title: "Disclosure at the provider's discretion",
    explanation:
      'The provider may give data to authorities or others without any binding order, for example on a good-faith belief or to protect its own rights or property. The Stored Communications Act itself allows providers serving the public to volunteer message content only in listed cases, and discretionary sharing bypasses everything the Microsoft Ireland litigation took for granted: a judge-approved order that can be tested, narrowed or contested before data leaves.',
    askFor: 'Deletion of discretionary disclosure for customer content, keeping only a narrow emergency exception.',
    fixes: [
      {
        title: 'Delete disclosure at the provider\'s discretion',
        kind: 'replace',
        text: "Provider shall not disclose Customer Data to any public authority or other third party voluntarily or at its own discretion, even where Provider believes in good faith that disclosure would be appropriate; the only exception is the emergency procedure set out in Section [X]. No disclosure made to protect Provider's own rights or property may include the content of Customer Data.",
      },
    ],
  },

  'cl-emergency-disclosure': {
    title: 'Emergency disclosure without an order',
    explanation:
      "The provider may release data quickly, without a court order, when it believes someone's life or safety is at risk. U.S. law allows a provider to volunteer content in a genuine emergency involving danger of death or serious injury (18 U.S.C. § 2702(b)(8)), the provision Judge Carney pointed to in January 2017 when answering law-enforcement concerns about the Microsoft ruling. It is one of several voluntary routes in § 2702(b), beside the user's consent, protecting the provider's own rights or property, reports to the National Center for Missing and Exploited Children, evidence of a crime found by chance and, since 2018, orders of a partner government under an executive agreement. It is legitimate when narrow, but it is the voluntary route contracts name most often, and customers are often not told.",
    askFor:
      'A trigger limited to imminent danger of death or serious injury, the minimum data, a record of each request, and notice to you once the emergency is over.',
    fixes: [
      {
        title: 'Confine emergencies to danger to life',
        kind: 'replace',
        text: 'Without a binding order, Provider may disclose Customer Data only where it reasonably and in good faith believes that immediate disclosure is necessary to prevent an imminent risk of death or serious physical injury, and then only the data needed to address that risk. Provider shall keep a written record of each such disclosure and tell Customer about it once the emergency is over.',
      },
    ],
  },

  'cl-natsec-secrecy': {
    title: 'Secret national-security demands',
    explanation:
      'The clause warns that the provider may receive national-security demands or secrecy orders and be barred from telling you. Secrecy removes the value of any notice or challenge promise; Microsoft sued the Justice Department in 2016 after receiving 2,576 secrecy orders in 18 months, 68 percent of them with no end date. Intelligence access of this kind sits outside the criminal warrant process of the Microsoft Ireland case, yet it is what chiefly draws EU regulators\' attention to U.S. providers.',
    askFor:
      'A commitment to seek the lifting or narrowing of any gag, notice once it lapses, yearly aggregate reporting, and a pledge of no backdoors.',
    facts: ['fisa-702'],
    fixes: [
      {
        title: 'Add duties to lift secrecy and to report',
        kind: 'insertAfter',
        text: 'Where Provider is prohibited from notifying Customer of a demand, Provider shall take reasonable legal steps to have the prohibition lifted, shortened or narrowed, and shall notify Customer without delay once it is free to do so. Provider shall publish at least once a year, to the extent the law permits, aggregate statistics on the national-security demands it has received.',
      },
    ],
  },

  'cl-notice-of-demand': {
    title: 'Notice of government demands',
    explanation:
      'Good: the provider promises to tell you about a demand for your data, usually with a copy, unless the law forbids it. Notice is what lets you contest the demand yourself, the point Microsoft pressed in its 2016 lawsuit against secrecy orders. Know its limit: a secrecy order from a court overrides it, and a promise made only by a local subsidiary does not bind a parent company that receives the demand. Check the exceptions, such as emergencies or particular types of request, and who in the group is bound.',
    askFor: 'A short deadline for the notice, a copy of the demand, time to object before anything is handed over, and the same duty for every group company that could receive a demand.',
    fixes: [
      {
        title: 'Add a deadline, a copy and time to object',
        kind: 'replace',
        text: 'Unless prohibited by law, Provider shall inform Customer in writing no later than [2] business days after a demand for Customer Data reaches Provider or any of its affiliates, enclose a copy of the demand, and refrain from disclosing for a reasonable period so that Customer can seek protective relief. Provider shall ensure that each affiliate able to access Customer Data, including its ultimate parent, is bound by the same duty.',
      },
    ],
  },

  'cl-no-notice': {
    title: 'Disclosure without telling you',
    explanation:
      'The provider states or implies that it may hand over your data without informing you, even where no law bars it from doing so. That takes away your chance to challenge the demand or raise your own legal protections. It also runs against the direction of U.S. policy after Microsoft sued over secrecy orders: in October 2017 the Justice Department required case-specific reasons for such orders and normally limited them to one year.',
    askFor: 'A duty to notify you of every demand unless a law or court order specifically forbids it.',
    fixes: [
      {
        title: 'Replace with a duty to notify',
        kind: 'replace',
        text: 'Provider shall notify Customer of every demand by a public authority for Customer Data before disclosing any Customer Data, unless a law or court order specifically forbids such notice, in which case Provider shall notify Customer as soon as the prohibition ends.',
      },
    ],
  },

  'cl-redirect-challenge': {
    title: 'Redirect and challenge commitment',
    explanation:
      'Good: the provider promises to point authorities to you before anything else and to fight demands that are unlawful or too broad. This writes into the contract the stance Microsoft took in court and the treaty and comity arguments made on its side. It has a limit: the promise cannot stop a court from compelling a provider under U.S. jurisdiction, or its U.S. parent, and if the challenge fails you are left with a claim for breach, not a shield; a promise given only by a local subsidiary does not bind the parent. U.S. law offers a statutory challenge, the 18 U.S.C. § 2703(h) motion, only to the provider, only for content, and only where the customer\'s country is a qualifying foreign government.',
    askFor:
      'A legality review that covers conflicts with the law where you or the data are located, use of the § 2703(h) motion where available, the same commitment from the parent and every affiliate that could be served, and disclosure of only the minimum if all else fails.',
    facts: ['qualifying-governments'],
    fixes: [
      {
        title: 'Add a legality review and the § 2703(h) route',
        kind: 'replace',
        text: 'Provider shall first ask any authority seeking Customer Data to obtain it directly from Customer. If the authority maintains its demand, Provider shall review its lawfulness, including any conflict with the laws of the place where Customer is established or where the Customer Data is held, shall challenge the demand where reasonable grounds exist, including by motion under 18 U.S.C. § 2703(h) where that remedy is available, and shall disclose no more than the minimum the demand requires. Provider shall procure that its ultimate parent and each affiliate able to access Customer Data give and honour the same commitments.',
      },
    ],
  },

  'cl-conflict-notice': {
    title: 'Warning about conflicting laws',
    explanation:
      "Good: the provider confirms it knows of no law that would force it to breach its data commitments and will tell you if that changes. This is the contract-side answer to the comity problem in the Microsoft Ireland case and to the Schrems II judgment of 16 July 2020, which requires exporters to check whether the destination country's laws let the recipient keep its promises. It warns you and gives you an exit; it cannot stop a court that compels the provider or its parent, and a warranty given only by a local subsidiary says nothing about the laws its parent is subject to.",
    askFor: 'A list of the laws that could require disclosure, prompt notice of any change, and a right to suspend transfers or terminate.',
    fixes: [
      {
        title: 'Add a warranty, notice and an exit right',
        kind: 'replace',
        text: 'Provider warrants that, having made reasonable enquiries, it is not aware of any law applicable to it that would require disclosure of Customer Data contrary to this Agreement, apart from the laws identified in Annex [X]. Should that position change, Provider shall tell Customer without undue delay, and Customer may suspend the affected transfers or end the affected Services without penalty.',
      },
    ],
  },

  'cl-mlat-only': {
    title: 'Foreign requests through treaty channels',
    explanation:
      "Good, as long as the jurisdiction it protects is yours: the provider honours foreign demands only when they arrive through a treaty or another recognised channel. This mirrors the mutual legal assistance route Microsoft and Ireland pointed to in the case, and GDPR Article 48, which recognises non-EU orders only when they rest on an international agreement. Check the direction, because such wording often shields the provider's home state instead of yours. And know its limit: a contract cannot stop compelled process. A U.S. court can still order a provider under U.S. jurisdiction, or its U.S. parent, to produce data it controls wherever it is stored (18 U.S.C. § 2713); the clause then gives you a claim for breach, such as damages or termination, not a shield, and if only a local subsidiary signed it, it does not bind the parent at all.",
    askFor:
      'Wording anchored to your own jurisdiction, so that authorities outside it must use a treaty or a process your law recognises; a commitment that binds the parent and every affiliate with access; and a remedy (notice, termination, damages) for when a court compels disclosure anyway.',
    fixes: [
      {
        title: "Anchor the clause to the customer's jurisdiction",
        kind: 'replace',
        text: "Where an authority located outside [Customer's jurisdiction] demands Customer Data, Provider shall comply only if the demand comes through an international agreement that binds [Customer's jurisdiction], for example a treaty on mutual legal assistance, or if the courts of [Customer's jurisdiction] would otherwise enforce it. Provider shall procure that its ultimate parent and each affiliate able to access Customer Data are bound by the same rule. If Provider or any affiliate is nonetheless compelled to disclose Customer Data, Provider shall notify Customer unless the law forbids it, and Customer may terminate the affected Services without penalty and claim damages for the disclosure.",
      },
    ],
  },

  'cl-foreign-access-ack': {
    title: 'Foreign authorities may obtain data',
    explanation:
      "The provider warns that where data is processed abroad, that country's courts or agencies may obtain it under local law, but it promises nothing in return. This is the reciprocity point Microsoft made in the case: if one state can reach data through a provider, others will claim the same power. A statement of risk is not a protection.",
    askFor:
      'The countries concerned and the laws under which access could be compelled there, plus your notice, redirect and challenge protections for those demands.',
    fixes: [
      {
        title: 'Name the countries and apply the protections',
        kind: 'insertAfter',
        text: "For each country outside [Customer's jurisdiction] in which Customer Data is processed, Provider shall identify the laws under which that country's authorities could compel access, and Sections [notice], [redirect and challenge] and [minimisation] shall apply to every demand made under those laws.",
      },
    ],
  },

  'cl-cloud-act-mention': {
    title: 'CLOUD Act or U.S. access law cited',
    explanation:
      'The document names U.S. access laws such as the CLOUD Act, the Stored Communications Act or FISA. Since 23 March 2018 the CLOUD Act has required providers to meet U.S. orders for data in their possession, custody or control wherever it is stored, settling by statute the question the Microsoft Ireland case was about. Naming the law is honest; what counts is whether notice, challenge and transparency duties come with it, and a USA PATRIOT Act reference usually signals old drafting. FISA section 702 is a separate intelligence power that was never part of the Microsoft case.',
    askFor:
      'A link from the reference to concrete duties: notice, redirect and challenge, minimisation, transparency, and use of the § 2703(h) motion where it applies.',
    facts: ['fisa-702', 'qualifying-governments'],
    fixes: [
      {
        title: 'Tie U.S. orders to notice and challenge duties',
        kind: 'insertAfter',
        text: 'Where Provider receives an order under United States law, including the CLOUD Act or FISA, concerning Customer Data, Sections [notice], [redirect and challenge], [minimisation] and [transparency] shall apply in full, and Provider shall seek to quash or modify the order under 18 U.S.C. § 2703(h) where that remedy is available.',
      },
    ],
  },

  'cl-transparency-report': {
    title: 'Published request statistics',
    explanation:
      'Good: the provider publishes figures on the government requests it receives. Such reports are the only public sign of how many disclosures actually happen: Google first reported enterprise cloud requests as a separate category in May 2020, and other providers publish comparable figures. Aggregate numbers say nothing about your own data, so pair them with notice duties.',
    askFor:
      'Reports at least twice a year, broken down by requesting state and the kind of process used, with separate counts for enterprise customers and for content stored outside the requesting country.',
    facts: ['provider-statistics'],
    fixes: [
      {
        title: 'Require an enterprise-level breakdown',
        kind: 'replace',
        text: 'Provider shall publish, at least every six months, the number of government demands it received for enterprise customer data, split by requesting country and by kind of legal process, and shall state how many of those demands resulted in the disclosure of content held outside the requesting country.',
      },
    ],
  },

  'cl-no-backdoor': {
    title: 'No backdoor or blanket access',
    explanation:
      'Good: the provider says no government has direct or blanket access to customer data and that it does not hand over encryption keys. This separates targeted legal process, the kind of demand at issue in the Microsoft Ireland case, from bulk or direct access, the concern behind the EU Court of Justice rulings of 2015 and 2020. It does not stop a targeted order served on the provider or its parent; check whether it is a binding warranty or only a policy statement.',
    askFor: 'A contractual warranty covering present and future mechanisms, with notice and challenge duties if a law ever compels access to keys.',
    fixes: [
      {
        title: 'Turn the statement into a warranty',
        kind: 'replace',
        text: 'Provider warrants that it has not created and shall not create any means by which a government can access Customer Data directly, in bulk or without case-by-case legal process, and that it shall not surrender encryption keys or weaken encryption for that purpose unless a law compels it, and then subject to Sections [notice] and [challenge].',
      },
    ],
  },

  // Records: ownership, service data, keys and exit

  'cl-provider-data-rights': {
    title: 'Provider claims rights in your data',
    explanation:
      "The provider takes ownership of, or a broad licence over, data generated by or about your use, such as service data, logs, telemetry, metadata or derived data, often as its own controller. Microsoft argued in 2014 that stored e-mail is the customer's private correspondence, not the provider's business records; data the provider does hold as its own records falls outside your control and usually outside residency promises. Such data can then be produced as records belonging to the provider, without your content being touched.",
    askFor:
      'No ownership of customer or derived data, use of service data only for operating, securing and invoicing the service, and that data kept in region and treated like customer data for government requests.',
    fixes: [
      {
        title: 'Limit use and keep service data in region',
        kind: 'replace',
        text: 'Provider acquires no title to Customer Data or to anything derived from it. Provider may use service, diagnostic and usage data only to operate, secure and invoice the Services; where such data identifies Customer or its users, Provider shall keep it in [the Selected Region] and treat it as Customer Data for the purposes of Section [government access].',
      },
    ],
  },

  'cl-customer-ownership': {
    title: 'Customer owns its data',
    explanation:
      'Good: the contract confirms that you own your data and limits what the provider may do with it. It supports the view Microsoft put forward in the case, that stored mail belongs to the user and the provider merely holds it, and it strengthens a request that authorities come to you first. It does not change U.S. law, which since 2018 reaches stored content whoever owns it.',
    askFor: 'Wording that the provider holds the data only as your processor and custodian, acting on your documented instructions.',
    fixes: [
      {
        title: 'Add processor and custodian wording',
        kind: 'replace',
        text: "Customer retains all right, title and interest in Customer Data. Provider holds Customer Data solely as Customer's processor and custodian and may access or use it only to provide the Services in accordance with Customer's documented instructions.",
      },
    ],
  },

  'cl-encryption-keys': {
    title: 'Who holds the encryption keys',
    explanation:
      "The clause describes encryption and who controls the keys. A provider can only hand over what it can read, so keys you hold outside the provider's reach limit what any government can obtain through it, and since Schrems II EU regulators have treated such encryption as a strong extra safeguard for stored data. Recovery or availability keys kept by the provider, as in Microsoft 365's Customer Key design, reopen that door.",
    askFor:
      'Keys you generate and hold outside the provider, no escrow or recovery copies without your consent, and confirmation that revoking them makes the data unreadable to the provider.',
    fixes: [
      {
        title: 'Require customer-held keys without escrow',
        kind: 'replace',
        text: "Provider shall encrypt Customer Data at rest using keys created and held by Customer outside Provider's systems and control. Provider shall not create or retain any recovery, escrow or availability copy of those keys unless Customer agrees in writing, and revocation of the keys by Customer shall leave Customer Data unreadable to Provider.",
      },
    ],
  },

  'cl-deletion-return': {
    title: 'Return and deletion after the contract',
    explanation:
      "The clause sets what happens to your data when the contract ends and how long copies and backups survive. Whatever survives can be frozen and then ordered produced; under U.S. law a request to preserve data holds it for 90 days, renewable once for a further 90. A short deletion period backed by a certificate ends the provider's control, and with it the reach of orders served on the provider.",
    askFor: 'Return in a usable format, deletion of all copies including backups within a fixed period, a written certificate, and identification of any legal hold.',
    fixes: [
      {
        title: 'Add deadlines for return, deletion and proof',
        kind: 'replace',
        text: 'Within [30] days after termination Provider shall return Customer Data to Customer in [a commonly used machine-readable format], and within [90] days after termination it shall delete all remaining copies, including backups, and certify the deletion in writing. Longer retention is permitted only where mandated by law or by a binding order, and Provider shall tell Customer which requirement applies unless it is prohibited from doing so.',
      },
    ],
  },

  'cl-governing-law-forum': {
    title: 'Which law and courts decide disputes',
    explanation:
      'The clause chooses the law and the courts, or arbitration, for contract disputes. It does not decide which states can force the provider to hand data over, since the Microsoft Ireland case turned on the reach of a statute, not on the contract. It does decide whether you can enforce location, notice and challenge promises in practice, and whether liability caps limit your remedy for an unlawful disclosure.',
    askFor: 'Law and courts close to you, and no liability cap on breaches of the data-location and government-access terms.',
    fixes: [
      {
        title: 'Align law and forum with the customer',
        kind: 'replace',
        text: "This Agreement, including Provider's obligations on data location and government access, shall be governed by the law of [EU Member State], and any dispute arising from it shall be decided exclusively by the courts of [city]. No limitation or exclusion of liability in this Agreement applies to a breach of Sections [data location] or [government access].",
      },
    ],
  },

  'cl-unilateral-update': {
    title: 'Terms can change by posting',
    explanation:
      'The provider may change its terms, location lists or sub-processor lists by posting a new version, often effective on posting or on continued use. Any location or access promise you negotiated can then be weakened without a new agreement. As the 2017 Google warrant cases showed, data whose location the provider can change at will has no stable location to argue about.',
    askFor:
      'No reduction of location, sub-processor or government-access protections during the current term, advance notice of adverse changes, and a right to terminate.',
    fixes: [
      {
        title: 'Freeze protections for the current term',
        kind: 'replace',
        text: "No change to the terms governing data location, Sub-processors or government access shall reduce Customer's protection during the subscription term then in effect. Any change that is adverse to Customer requires written notice no less than [90] days before it applies, and Customer may terminate the affected Services without penalty before the change takes effect.",
      },
    ],
  },

  // Document-level rules: a protection the document never gives

  'missing-notice': {
    title: 'No promise to tell you about demands',
    explanation:
      "The document lets the provider disclose data to authorities but never promises to tell you when that happens. Without notice you cannot contest a demand or rely on your own legal protections; Microsoft's 2016 lawsuit over secrecy orders was about exactly this right to know.",
    askFor: 'A duty to notify you promptly of any demand, with a copy, unless the law forbids it, and notice once any prohibition ends.',
    fixes: [
      {
        title: 'Add a notice duty',
        kind: 'insertAfter',
        text: 'Unless the law forbids it, Provider shall tell Customer in writing about any demand by a public authority for Customer Data, with a copy, no later than [2] business days after the demand arrives; where notice is prohibited, Provider shall give it as soon as the prohibition ends.',
      },
    ],
  },

  'missing-challenge': {
    title: 'No promise to redirect or contest demands',
    explanation:
      'The document allows disclosure to authorities but never commits the provider to send them to you first, to narrow an overbroad demand or to challenge an unlawful one. These are the safeguards argued for in the Microsoft Ireland case and offered by several providers since; without them the provider may simply comply.',
    askFor: 'Commitments to redirect authorities to you, to review and challenge demands where there are grounds, and to disclose only the minimum.',
    fixes: [
      {
        title: 'Add redirect, challenge and minimisation',
        kind: 'insertAfter',
        text: "Before disclosing Customer Data to a public authority, Provider shall ask the authority to seek the data from Customer directly, shall assess the demand's lawfulness and challenge it where reasonable grounds exist, and shall disclose only the minimum Customer Data the demand strictly requires.",
      },
    ],
  },

  'missing-location': {
    title: 'Data may leave, with no location promise',
    explanation:
      "The document lets data be stored or processed outside your country or region but never commits to any location. You then cannot tell which countries' laws apply or plan your transfers, and the provider is free to move data as it likes, the kind of mobility that weakened location arguments in the 2017 Google warrant cases.",
    askFor: 'A named country or region for storage and processing, covering backups and support, changed only with your written consent.',
    fixes: [
      {
        title: 'Add a location commitment',
        kind: 'insertAfter',
        text: "Customer Data, together with its backups and any copies made for support, shall be stored and processed only in [the EU], and Provider shall not move any Customer Data outside [the EU] without Customer's prior written consent.",
      },
    ],
  },

  'missing-transfer-mechanism': {
    title: 'No legal basis named for transfers',
    explanation:
      "The document lets personal data go abroad but names no legal basis for the transfer, such as an adequacy decision, the 2021 standard contractual clauses or binding corporate rules. Under the GDPR each transfer outside the EEA needs one: an adequacy decision, an Article 46 tool such as standard contractual clauses, or, case by case, an Article 49 derogation. Since Schrems II in July 2020 a transfer on an Article 46 tool also needs a check of the destination country's government-access laws.",
    askFor: 'A named transfer mechanism for each destination, a fallback if it is invalidated, and support for transfer impact assessments.',
    fixes: [
      {
        title: 'Name a transfer basis',
        kind: 'insertAfter',
        text: 'Provider shall transfer Customer Personal Data outside [the EEA] only to countries covered by an adequacy decision or under the standard contractual clauses approved by Commission Implementing Decision (EU) 2021/914, and shall give Customer the information it needs to assess the laws of each destination country, including those on access by public authorities.',
      },
    ],
  },
};
