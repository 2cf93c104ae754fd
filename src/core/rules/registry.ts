/**
 * The rule registry: every rule, one module each (`<rule-id>.ts` in this folder). `RuleId` is derived
 * from it, so a rule id that is not here does not type-check anywhere (texts, settings, tests).
 */
import { rule as clLocationUnrestricted } from './cl-location-unrestricted';
import { rule as clTransferMechanism } from './cl-transfer-mechanism';
import { rule as clResidencyCommitment } from './cl-residency-commitment';
import { rule as clRelocationNoNotice } from './cl-relocation-no-notice';
import { rule as clSubprocessorsAbroad } from './cl-subprocessors-abroad';
import { rule as clOperationalAccess } from './cl-operational-access';
import { rule as clContractingEntity } from './cl-contracting-entity';
import { rule as clSovereignOperations } from './cl-sovereign-operations';
import { rule as clDisclosureRequiredByLaw } from './cl-disclosure-required-by-law';
import { rule as clVoluntaryDisclosure } from './cl-voluntary-disclosure';
import { rule as clEmergencyDisclosure } from './cl-emergency-disclosure';
import { rule as clNatsecSecrecy } from './cl-natsec-secrecy';
import { rule as clNoticeOfDemand } from './cl-notice-of-demand';
import { rule as clNoNotice } from './cl-no-notice';
import { rule as clRedirectChallenge } from './cl-redirect-challenge';
import { rule as clConflictNotice } from './cl-conflict-notice';
import { rule as clMlatOnly } from './cl-mlat-only';
import { rule as clForeignAccessAck } from './cl-foreign-access-ack';
import { rule as clCloudActMention } from './cl-cloud-act-mention';
import { rule as clTransparencyReport } from './cl-transparency-report';
import { rule as clNoBackdoor } from './cl-no-backdoor';
import { rule as clProviderDataRights } from './cl-provider-data-rights';
import { rule as clCustomerOwnership } from './cl-customer-ownership';
import { rule as clEncryptionKeys } from './cl-encryption-keys';
import { rule as clDeletionReturn } from './cl-deletion-return';
import { rule as clGoverningLawForum } from './cl-governing-law-forum';
import { rule as clUnilateralUpdate } from './cl-unilateral-update';
import { rule as missingNotice } from './missing-notice';
import { rule as missingChallenge } from './missing-challenge';
import { rule as missingLocation } from './missing-location';
import { rule as missingTransferMechanism } from './missing-transfer-mechanism';
import type { ClauseRule, DocumentRule, Rule } from './rule';

/** Every rule by id, in the order a reviewer reads them: location, government access, records and law, then gaps. */
export const registry = {
  'cl-location-unrestricted': clLocationUnrestricted,
  'cl-transfer-mechanism': clTransferMechanism,
  'cl-residency-commitment': clResidencyCommitment,
  'cl-relocation-no-notice': clRelocationNoNotice,
  'cl-subprocessors-abroad': clSubprocessorsAbroad,
  'cl-operational-access': clOperationalAccess,
  'cl-contracting-entity': clContractingEntity,
  'cl-sovereign-operations': clSovereignOperations,
  'cl-disclosure-required-by-law': clDisclosureRequiredByLaw,
  'cl-voluntary-disclosure': clVoluntaryDisclosure,
  'cl-emergency-disclosure': clEmergencyDisclosure,
  'cl-natsec-secrecy': clNatsecSecrecy,
  'cl-notice-of-demand': clNoticeOfDemand,
  'cl-no-notice': clNoNotice,
  'cl-redirect-challenge': clRedirectChallenge,
  'cl-conflict-notice': clConflictNotice,
  'cl-mlat-only': clMlatOnly,
  'cl-foreign-access-ack': clForeignAccessAck,
  'cl-cloud-act-mention': clCloudActMention,
  'cl-transparency-report': clTransparencyReport,
  'cl-no-backdoor': clNoBackdoor,
  'cl-provider-data-rights': clProviderDataRights,
  'cl-customer-ownership': clCustomerOwnership,
  'cl-encryption-keys': clEncryptionKeys,
  'cl-deletion-return': clDeletionReturn,
  'cl-governing-law-forum': clGoverningLawForum,
  'cl-unilateral-update': clUnilateralUpdate,
  'missing-notice': missingNotice,
  'missing-challenge': missingChallenge,
  'missing-location': missingLocation,
  'missing-transfer-mechanism': missingTransferMechanism,
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof registry;

/** Every rule, in reading order. */
export const allRules: readonly Rule[] = Object.values(registry);

/**
 * The clause rules in matching order: when two rules of one category match a sentence, the one listed
 * first here wins, so the more specific rule of a category comes before the general one.
 */
export const clauseRules: readonly ClauseRule[] = [
  clRelocationNoNotice,
  clOperationalAccess,
  clContractingEntity,
  clLocationUnrestricted,
  clSovereignOperations,
  clResidencyCommitment,
  clTransferMechanism,
  clSubprocessorsAbroad,
  clMlatOnly,
  clDisclosureRequiredByLaw,
  clNoBackdoor,
  clEmergencyDisclosure,
  clVoluntaryDisclosure,
  clNatsecSecrecy,
  clCloudActMention,
  clConflictNotice,
  clForeignAccessAck,
  clNoticeOfDemand,
  clNoNotice,
  clRedirectChallenge,
  clTransparencyReport,
  clCustomerOwnership,
  clProviderDataRights,
  clDeletionReturn,
  clEncryptionKeys,
  clGoverningLawForum,
  clUnilateralUpdate,
];

/** The document-level rules (`missing-*`). */
export const documentRules: readonly DocumentRule[] = allRules.filter((r): r is DocumentRule => r.kind === 'document');
