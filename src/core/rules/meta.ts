/** Metadata of every rule: category, risk, default severity and the case arguments it bears on. */
import type { AnyCategoryId, ArgumentId, Risk, Severity } from '../types';

export interface RuleMeta {
  id: string;
  category: AnyCategoryId;
  risk: Risk;
  arguments: ArgumentId[];
}

/** Default severity follows risk: what a reviewer must look at is a warning; protections are hints. */
export function severityForRisk(risk: Risk): Exclude<Severity, 'off'> {
  switch (risk) {
    case 'high':
      return 'warning';
    case 'medium':
      return 'info';
    default:
      return 'hint';
  }
}

/** In the order a reviewer reads them: location, government access, records and law, then gaps. */
export const ruleMeta: readonly RuleMeta[] = [
  { id: 'cl-location-unrestricted', category: 'location.anywhere', risk: 'high', arguments: ['arg-territoriality', 'arg-comity-conflict', 'arg-data-mobility', 'arg-control-not-location'] },
  { id: 'cl-transfer-mechanism', category: 'location.transfer-mechanism', risk: 'medium', arguments: ['arg-comity-conflict', 'arg-sca-focus'] },
  { id: 'cl-residency-commitment', category: 'location.commitment', risk: 'mitigating', arguments: ['arg-territoriality', 'arg-control-not-location', 'arg-trust', 'arg-data-mobility'] },
  { id: 'cl-relocation-no-notice', category: 'location.anywhere', risk: 'high', arguments: ['arg-data-mobility', 'arg-law-enforcement-need', 'arg-territoriality'] },
  { id: 'cl-subprocessors-abroad', category: 'location.subprocessor', risk: 'medium', arguments: ['arg-control-not-location', 'arg-comity-conflict', 'arg-reciprocity'] },
  { id: 'cl-operational-access', category: 'location.anywhere', risk: 'high', arguments: ['arg-control-not-location', 'arg-territoriality', 'arg-trust'] },
  { id: 'cl-contracting-entity', category: 'location.anywhere', risk: 'low', arguments: ['arg-control-not-location', 'arg-comity-conflict'] },
  { id: 'cl-sovereign-operations', category: 'location.commitment', risk: 'mitigating', arguments: ['arg-trust', 'arg-control-not-location', 'arg-comity-conflict'] },
  { id: 'cl-disclosure-required-by-law', category: 'gov.disclosure', risk: 'medium', arguments: ['arg-sca-focus', 'arg-warrant-vs-subpoena', 'arg-comity-conflict', 'arg-control-not-location'] },
  { id: 'cl-voluntary-disclosure', category: 'gov.voluntary', risk: 'high', arguments: ['arg-sca-focus', 'arg-trust', 'arg-business-records'] },
  { id: 'cl-emergency-disclosure', category: 'gov.voluntary', risk: 'medium', arguments: ['arg-law-enforcement-need', 'arg-sca-focus'] },
  { id: 'cl-natsec-secrecy', category: 'gov.foreign-law', risk: 'high', arguments: ['arg-secrecy', 'arg-control-not-location', 'arg-trust'] },
  { id: 'cl-notice-of-demand', category: 'gov.notice', risk: 'mitigating', arguments: ['arg-secrecy', 'arg-business-records', 'arg-trust'] },
  { id: 'cl-no-notice', category: 'gov.no-notice', risk: 'high', arguments: ['arg-secrecy', 'arg-business-records'] },
  { id: 'cl-redirect-challenge', category: 'gov.challenge', risk: 'mitigating', arguments: ['arg-mlat', 'arg-comity-conflict', 'arg-business-records', 'arg-customer-nationality', 'arg-trust'] },
  { id: 'cl-conflict-notice', category: 'gov.foreign-law', risk: 'mitigating', arguments: ['arg-comity-conflict', 'arg-reciprocity'] },
  { id: 'cl-mlat-only', category: 'gov.disclosure', risk: 'mitigating', arguments: ['arg-mlat', 'arg-reciprocity', 'arg-comity-conflict'] },
  { id: 'cl-foreign-access-ack', category: 'gov.foreign-law', risk: 'medium', arguments: ['arg-reciprocity', 'arg-territoriality', 'arg-control-not-location'] },
  { id: 'cl-cloud-act-mention', category: 'gov.foreign-law', risk: 'low', arguments: ['arg-legislative-fix', 'arg-control-not-location', 'arg-presumption', 'arg-customer-nationality'] },
  { id: 'cl-transparency-report', category: 'gov.transparency', risk: 'mitigating', arguments: ['arg-trust', 'arg-secrecy', 'arg-reciprocity'] },
  { id: 'cl-no-backdoor', category: 'gov.voluntary', risk: 'mitigating', arguments: ['arg-trust', 'arg-sca-focus'] },
  { id: 'cl-provider-data-rights', category: 'records.ownership', risk: 'high', arguments: ['arg-business-records', 'arg-warrant-vs-subpoena', 'arg-control-not-location'] },
  { id: 'cl-customer-ownership', category: 'records.ownership', risk: 'mitigating', arguments: ['arg-business-records', 'arg-trust'] },
  { id: 'cl-encryption-keys', category: 'security.customer-keys', risk: 'mitigating', arguments: ['arg-control-not-location', 'arg-trust', 'arg-comity-conflict'] },
  { id: 'cl-deletion-return', category: 'records.retention', risk: 'medium', arguments: ['arg-control-not-location', 'arg-law-enforcement-need'] },
  { id: 'cl-governing-law-forum', category: 'law.governing', risk: 'low', arguments: ['arg-presumption', 'arg-comity-conflict'] },
  { id: 'cl-unilateral-update', category: 'terms.unilateral-change', risk: 'medium', arguments: ['arg-data-mobility', 'arg-trust'] },
  { id: 'missing-notice', category: 'missing.gov.notice', risk: 'high', arguments: ['arg-secrecy', 'arg-business-records', 'arg-trust'] },
  { id: 'missing-challenge', category: 'missing.gov.challenge', risk: 'medium', arguments: ['arg-mlat', 'arg-comity-conflict', 'arg-business-records'] },
  { id: 'missing-location', category: 'missing.location.commitment', risk: 'high', arguments: ['arg-territoriality', 'arg-control-not-location', 'arg-data-mobility'] },
  { id: 'missing-transfer-mechanism', category: 'missing.location.transfer-mechanism', risk: 'medium', arguments: ['arg-comity-conflict', 'arg-territoriality'] },
];
