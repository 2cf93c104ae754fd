/**
 * The clause rules (`cl-*`) in matching order: when two rules of one category hit a sentence, the
 * first one listed here wins. The matchers live by theme in location.ts, government.ts and records.ts.
 */
import type { ClauseRule } from './context';
import * as gov from './government';
import * as loc from './location';
import * as rec from './records';

// ---------------------------------------------------------------- the ordered list

/** Every clause rule's matcher, most specific first within each category. */
export const clauseRules: readonly ClauseRule[] = [
  // location.anywhere
  { id: 'cl-relocation-no-notice', match: loc.relocationNoNotice },
  { id: 'cl-operational-access', match: loc.operationalAccess },
  { id: 'cl-contracting-entity', match: loc.contractingEntity },
  { id: 'cl-location-unrestricted', match: loc.locationUnrestricted },
  // location.commitment
  { id: 'cl-sovereign-operations', match: loc.sovereignOperations },
  { id: 'cl-residency-commitment', match: loc.residencyCommitment },
  { id: 'cl-transfer-mechanism', match: loc.transferMechanism },
  // location.subprocessor
  { id: 'cl-unilateral-update', match: loc.unilateralUpdate },
  { id: 'cl-subprocessors-abroad', match: loc.subprocessorsAbroad },
  // gov.disclosure
  { id: 'cl-mlat-only', match: gov.mlatOnly },
  { id: 'cl-disclosure-required-by-law', match: gov.disclosureRequiredByLaw },
  // gov.voluntary
  { id: 'cl-no-backdoor', match: gov.noBackdoor },
  { id: 'cl-emergency-disclosure', match: gov.emergencyDisclosure },
  { id: 'cl-voluntary-disclosure', match: gov.voluntaryDisclosure },
  // gov.foreign-law
  { id: 'cl-natsec-secrecy', match: gov.natsecSecrecy },
  { id: 'cl-cloud-act-mention', match: gov.cloudActMention },
  { id: 'cl-conflict-notice', match: gov.conflictNotice },
  { id: 'cl-foreign-access-ack', match: gov.foreignAccessAck },
  // notice, challenge, transparency
  { id: 'cl-notice-of-demand', match: gov.noticeOfDemand },
  { id: 'cl-no-notice', match: gov.noNotice },
  { id: 'cl-redirect-challenge', match: gov.redirectChallenge },
  { id: 'cl-transparency-report', match: gov.transparencyReport },
  // records, keys, law
  { id: 'cl-customer-ownership', match: rec.customerOwnership },
  { id: 'cl-provider-data-rights', match: rec.providerDataRights },
  { id: 'cl-deletion-return', match: rec.deletionReturn },
  { id: 'cl-encryption-keys', match: rec.encryptionKeys },
  { id: 'cl-governing-law-forum', match: rec.governingLawForum },
];

