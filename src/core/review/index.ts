/** The review step and what it reads: config file, playbook, suppressions, accepted risks, severity. */
export * from './review';
export * from './config';
export * from './playbook';
export * from './severity';
export * from './suppressions';
export * from './acceptedRisks';
export { placesIn, mechanismsIn, regionIds, regionLabels, transferMechanismIds, transferMechanisms, type RegionId, type TransferMechanismId, type PlaceMention } from '../data/places';
export * from './parties';
