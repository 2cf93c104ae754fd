/** The reviewer's home jurisdiction and how it changes the wording of a risk. */
import type { Risk } from '../core';

/** Values of the `warrantLens.jurisdiction` setting. */
export const jurisdictionIds = ['eu-eea', 'uk', 'us', 'switzerland', 'canada', 'australia', 'other'] as const;
export type JurisdictionId = (typeof jurisdictionIds)[number];

/** Which reviewer question a category answers (mirrors `CategoryInfo.question`). */
export type Question = 'location' | 'access' | 'records' | 'law';

interface JurisdictionText {
  label: string;
  /** One sentence per question: why a risky clause of that kind matters to this reviewer. */
  notes: Record<Question, string>;
}

const usAccess = 'A U.S. provider must produce data in its possession, custody or control wherever it is stored (CLOUD Act, 18 U.S.C. § 2713, 2018)';

const table: Record<JurisdictionId, JurisdictionText> = {
  'eu-eea': {
    label: 'EU/EEA',
    notes: {
      location: 'For an EU/EEA controller, personal data may leave the EEA only under GDPR Chapter V (adequacy, SCCs or binding corporate rules), and a data location clause is what keeps data within EU law.',
      access: `${usAccess}; under GDPR Article 48 a foreign order alone is no legal basis for the provider to hand over EU personal data, so you need notice and a promise to challenge.`,
      records: 'Under the GDPR the provider as processor may use personal data only on your documented instructions; wider rights for the provider need a legal basis of their own.',
      law: 'A forum outside the EU/EEA makes it harder to enforce GDPR-based commitments against the provider.',
    },
  },
  uk: {
    label: 'United Kingdom',
    notes: {
      location: 'Under the UK GDPR, transfers out of the UK need adequacy regulations, the UK transfer addendum or IDTA, or another Article 46 safeguard.',
      access: `${usAccess}; the US–UK Data Access Agreement (in force since 3 Oct 2022) also lets each country's authorities order the other's providers directly for serious crime.`,
      records: 'Under the UK GDPR the provider as processor may use personal data only on your documented instructions.',
      law: 'A forum outside the UK makes it harder to enforce UK GDPR-based commitments against the provider.',
    },
  },
  us: {
    label: 'United States',
    notes: {
      location: 'Storing data abroad no longer shields it from U.S. process (CLOUD Act, 2018), but it exposes the data to the law and authorities of the country where it sits.',
      access: `${usAccess}; for you, the contract terms on notice, challenge and voluntary disclosure decide whether you hear about a demand in time to respond.`,
      records: 'Records the provider treats as its own business records are easier to obtain from it without involving you.',
      law: 'The governing law and forum decide which court hears a dispute about a disclosure.',
    },
  },
  switzerland: {
    label: 'Switzerland',
    notes: {
      location: 'Under the Swiss Federal Act on Data Protection, disclosure abroad needs an adequate country or safeguards such as SCCs adapted for Switzerland.',
      access: `${usAccess}; Swiss public-sector data protection authorities have advised customer-held keys for sensitive data in international cloud services for this reason.`,
      records: 'The provider as processor may use personal data only as you instruct.',
      law: 'A forum outside Switzerland makes it harder to enforce commitments under Swiss law.',
    },
  },
  canada: {
    label: 'Canada',
    notes: {
      location: 'Canadian privacy law keeps you accountable for personal data sent abroad for processing and expects you to be open about where it goes.',
      access: `${usAccess}; your contract terms on notice and challenge decide whether you can respond before data is handed over.`,
      records: 'You remain accountable for personal data the provider processes for you.',
      law: 'A forum outside Canada makes it harder to enforce commitments under Canadian law.',
    },
  },
  australia: {
    label: 'Australia',
    notes: {
      location: 'Under the Australian Privacy Principles (APP 8) you generally stay accountable for personal data disclosed overseas.',
      access: `${usAccess}; a US–Australia CLOUD Act agreement was signed on 15 Dec 2021, letting each country's authorities order the other's providers for serious crime.`,
      records: 'You remain accountable for personal data the provider handles for you.',
      law: 'A forum outside Australia makes it harder to enforce commitments under Australian law.',
    },
  },
  other: {
    label: 'your jurisdiction',
    notes: {
      location: 'Where data is stored decides whose law and which authorities can reach it.',
      access: `${usAccess}; your contract terms on notice and challenge decide whether you hear of a demand.`,
      records: 'What the provider may do with your data decides whether it can hand it over as its own records.',
      law: 'The governing law and forum decide which court hears a dispute about a disclosure.',
    },
  },
};

/** Parses a setting value; unknown values fall back to `eu-eea`. */
export function toJurisdiction(value: unknown): JurisdictionId {
  return typeof value === 'string' && (jurisdictionIds as readonly string[]).includes(value) ? (value as JurisdictionId) : 'eu-eea';
}

/** Display label, e.g. "EU/EEA". */
export function jurisdictionLabel(id: JurisdictionId): string {
  return table[id].label;
}

/** Why a clause of this kind matters to a reviewer in this jurisdiction; empty for protections. */
export function jurisdictionNote(id: JurisdictionId, question: Question, risk: Risk): string {
  if (risk === 'mitigating') return '';
  return table[id].notes[question];
}

/** Human label of a risk level. */
export function riskLabel(risk: Risk): string {
  switch (risk) {
    case 'high':
      return 'High risk';
    case 'medium':
      return 'Medium risk';
    case 'low':
      return 'Low risk';
    default:
      return 'Protection';
  }
}
