/** The clause categories: title, risk and a one-line description each, in the product's own words. */
import type { AnyCategoryId, Risk } from '../types';

export interface CategoryInfo {
  title: string;
  risk: Risk;
  description: string;
  /** Which reviewer question it answers. */
  question: 'location' | 'access' | 'records' | 'law';
}

export const categories: Record<AnyCategoryId, CategoryInfo> = {
  'location.anywhere': { title: 'Data may go anywhere', risk: 'high', question: 'location', description: 'The provider may store, process, reach or move the data outside your country or region, or in a named foreign country, without a limit you control.' },
  'location.commitment': { title: 'Location commitment', risk: 'mitigating', question: 'location', description: 'The provider promises to keep the data (at rest, in processing or in backups) in a named country or region, or in the one you choose.' },
  'location.transfer-mechanism': { title: 'Transfer mechanism', risk: 'medium', question: 'location', description: 'Names the legal basis for moving personal data across borders: standard contractual clauses, an adequacy decision, the Data Privacy Framework, binding corporate rules or an assessment.' },
  'location.subprocessor': { title: 'Sub-processors and affiliates', risk: 'medium', question: 'location', description: 'Lets group companies, sub-processors or vendors handle the data, or sets how they are added and changed.' },
  'gov.disclosure': { title: 'Disclosure under legal process', risk: 'high', question: 'access', description: 'Lets the provider hand data to courts, regulators or police when a law, order, subpoena or warrant requires it.' },
  'gov.voluntary': { title: 'Voluntary disclosure', risk: 'high', question: 'access', description: 'Lets the provider give data to authorities or others without being compelled: on a good-faith belief, for safety, fraud or an emergency.' },
  'gov.foreign-law': { title: 'Foreign or national-security access', risk: 'high', question: 'access', description: 'Says that the authorities of the country where data sits can reach it, or names laws such as the CLOUD Act or FISA section 702.' },
  'gov.no-notice': { title: 'Disclosure without notice', risk: 'high', question: 'access', description: 'The provider may disclose without telling you, or may be barred from telling you.' },
  'gov.notice': { title: 'Notice of demands', risk: 'mitigating', question: 'access', description: 'The provider promises to tell you about a government or third-party demand for your data.' },
  'gov.challenge': { title: 'Redirect and challenge', risk: 'mitigating', question: 'access', description: 'The provider promises to send the authority to you, to contest or narrow a demand, or to disclose only the minimum.' },
  'gov.transparency': { title: 'Transparency reporting', risk: 'mitigating', question: 'access', description: 'The provider publishes reports or statistics about government requests.' },
  'records.ownership': { title: 'Ownership and use of data', risk: 'medium', question: 'records', description: 'Says who owns your content, metadata and usage records, or what rights the provider takes in them.' },
  'security.customer-keys': { title: 'Customer-held keys', risk: 'mitigating', question: 'records', description: 'Encryption under keys you control, or a statement that the provider cannot read your content.' },
  'records.retention': { title: 'Retention and deletion', risk: 'medium', question: 'records', description: 'Says what happens to the data when the contract or account ends: export, return, deletion, backups, and what the provider may keep.' },
  'terms.unilateral-change': { title: 'Terms the provider may change', risk: 'medium', question: 'law', description: 'Lets the provider change the terms, policies, location or sub-processor lists by posting a new version, without the customer agreeing.' },
  'law.governing': { title: 'Governing law and forum', risk: 'low', question: 'law', description: 'Chooses the law, courts, venue or arbitration for disputes.' },
  'missing.gov.notice': { title: 'No promise of notice', risk: 'high', question: 'access', description: 'The document allows disclosure to authorities but never promises to tell you about a demand.' },
  'missing.gov.challenge': { title: 'No redirect or challenge', risk: 'medium', question: 'access', description: 'The document allows disclosure to authorities but never promises to redirect, narrow or contest a demand.' },
  'missing.location.commitment': { title: 'No location commitment', risk: 'high', question: 'location', description: 'The document lets data leave your region but commits to no location.' },
  'missing.location.transfer-mechanism': { title: 'No transfer mechanism', risk: 'medium', question: 'location', description: 'The document lets data go abroad but names no legal basis for the transfer.' },
};
