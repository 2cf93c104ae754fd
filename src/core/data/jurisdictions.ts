/** The reviewer's home jurisdiction: why each kind of clause matters there, and whether the § 2703(h) motion can help. */
import type { ArgumentId } from '../types';
import type { VolatileFactId } from './volatileFacts';

/** Values of the `warrantLens.jurisdiction` setting. */
export const jurisdictionIds = ['eu-eea', 'uk', 'us', 'switzerland', 'canada', 'australia', 'other'] as const;
export type JurisdictionId = (typeof jurisdictionIds)[number];

/** Which reviewer question a category answers (as `CategoryInfo.question`). */
export type Question = 'location' | 'access' | 'records' | 'law';

/** A sentence for the reviewer, with the changeable facts it relies on. */
export interface JurisdictionNote {
  text: string;
  facts?: VolatileFactId[];
}

export interface JurisdictionInfo {
  label: string;
  /** Why a risky clause answering each question matters to this reviewer. */
  notes: Record<Question, JurisdictionNote>;
  /** Whether the provider's statutory motion to quash (18 U.S.C. § 2703(h)) can protect this reviewer's data. */
  motion: JurisdictionNote;
}

/** The arguments whose subject is the § 2703(h) motion or comity: surfaces add `motion` beside them. */
export const motionArguments: readonly ArgumentId[] = ['arg-customer-nationality', 'arg-comity-conflict'];

const usAccess = 'A provider subject to U.S. jurisdiction must produce data in its possession, custody or control wherever it is stored (CLOUD Act, 18 U.S.C. § 2713, 2018)';

const noMotion = (who: string): JurisdictionNote => ({
  text: `For ${who} the provider's statutory motion to quash U.S. process (18 U.S.C. § 2703(h)) is not available. The provider may still raise a common-law comity objection, but that is its choice and its argument, not a right of yours.`,
  facts: ['qualifying-governments'],
});

const withMotion = (country: string): JurisdictionNote => ({
  text: `Because ${country} has a CLOUD Act agreement with the U.S., a provider served with U.S. process for the content of a customer it reasonably believes is neither a U.S. person nor a U.S. resident may ask the court, within 14 days, to quash or modify it where disclosure would risk breaking ${country === 'the United Kingdom' ? 'UK' : 'Australian'} law. Only the provider can bring this motion, and only for content; ask the contract to commit it to do so.`,
  facts: ['qualifying-governments'],
});

export const jurisdictions: Record<JurisdictionId, JurisdictionInfo> = {
  'eu-eea': {
    label: 'EU/EEA',
    notes: {
      location: {
        text: 'The GDPR applies to personal data you control wherever it is stored (Article 3), so a location clause does not keep data "within EU law"; it decides whether Chapter V transfer rules are engaged, which allow data to leave the EEA on an adequacy decision, an Article 46 tool such as standard contractual clauses or binding corporate rules, or, case by case, an Article 49 derogation.',
      },
      access: { text: `${usAccess}. Under GDPR Article 48 a non-EU order is not in itself a legal basis for handing over EU personal data, so you need notice and a promise to challenge.` },
      records: { text: 'Under the GDPR the provider as processor may use personal data only on your documented instructions; wider rights for the provider need a legal basis of their own.' },
      law: { text: 'A forum outside the EU/EEA makes it harder to enforce GDPR-based commitments against the provider.' },
    },
    motion: noMotion('an EU/EEA customer'),
  },
  uk: {
    label: 'United Kingdom',
    notes: {
      location: { text: 'Under the UK GDPR, transfers out of the UK need adequacy regulations, the UK transfer addendum or IDTA, another Article 46 safeguard, or a narrow Article 49 exception.' },
      access: { text: `${usAccess}; the U.S.-UK Data Access Agreement also lets each country's authorities order the other's providers directly for serious crime.`, facts: ['us-uk-agreement'] },
      records: { text: 'Under the UK GDPR the provider as processor may use personal data only on your documented instructions.' },
      law: { text: 'A forum outside the UK makes it harder to enforce UK GDPR-based commitments against the provider.' },
    },
    motion: withMotion('the United Kingdom'),
  },
  us: {
    label: 'United States',
    notes: {
      location: { text: 'Storing data abroad no longer shields it from U.S. process (CLOUD Act, 2018), but it exposes the data to the law and authorities of the country where it sits.' },
      access: { text: `${usAccess}; for you, the contract terms on notice, challenge and voluntary disclosure decide whether you hear about a demand in time to respond.` },
      records: { text: 'Records the provider treats as its own business records are easier to obtain from it without involving you.' },
      law: { text: 'The governing law and forum decide which court hears a dispute about a disclosure.' },
    },
    motion: { text: 'The statutory motion to quash (18 U.S.C. § 2703(h)) protects only customers who are neither U.S. persons nor U.S. residents, so it does not help a U.S. customer; your protection is notice and the chance to challenge the demand yourself.' },
  },
  switzerland: {
    label: 'Switzerland',
    notes: {
      location: { text: 'Under the Swiss Federal Act on Data Protection, disclosure abroad needs an adequate country or safeguards such as SCCs adapted for Switzerland.' },
      access: { text: `${usAccess}; Swiss public-sector data protection authorities have advised customer-held keys for sensitive data in international cloud services for this reason.` },
      records: { text: 'The provider as processor may use personal data only as you instruct.' },
      law: { text: 'A forum outside Switzerland makes it harder to enforce commitments under Swiss law.' },
    },
    motion: noMotion('a Swiss customer'),
  },
  canada: {
    label: 'Canada',
    notes: {
      location: { text: 'Canadian privacy law keeps you accountable for personal data sent abroad for processing and expects you to be open about where it goes.' },
      access: { text: `${usAccess}; your contract terms on notice and challenge decide whether you can respond before data is handed over.` },
      records: { text: 'You remain accountable for personal data the provider processes for you.' },
      law: { text: 'A forum outside Canada makes it harder to enforce commitments under Canadian law.' },
    },
    motion: noMotion('a Canadian customer'),
  },
  australia: {
    label: 'Australia',
    notes: {
      location: { text: 'Under the Australian Privacy Principles (APP 8) you generally stay accountable for personal data disclosed overseas.' },
      access: { text: `${usAccess}; the U.S.-Australia CLOUD Act agreement also lets each country's authorities order the other's providers directly for serious crime.`, facts: ['us-australia-agreement'] },
      records: { text: 'You remain accountable for personal data the provider handles for you.' },
      law: { text: 'A forum outside Australia makes it harder to enforce commitments under Australian law.' },
    },
    motion: withMotion('Australia'),
  },
  other: {
    label: 'your jurisdiction',
    notes: {
      location: { text: 'Where data is stored decides whose law and which authorities can reach it.' },
      access: { text: `${usAccess}; your contract terms on notice and challenge decide whether you hear of a demand.` },
      records: { text: 'What the provider may do with your data decides whether it can hand it over as its own records.' },
      law: { text: 'The governing law and forum decide which court hears a dispute about a disclosure.' },
    },
    motion: {
      text: 'The provider\'s statutory motion to quash U.S. process (18 U.S.C. § 2703(h)) is available only where your country has a CLOUD Act agreement with the U.S.; elsewhere only a common-law comity objection by the provider remains.',
      facts: ['qualifying-governments'],
    },
  },
};
