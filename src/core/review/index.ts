/** The review step and what it reads: config file, playbook, suppressions, accepted risks, severity. */
export * from './review';
export * from './config';
export * from './playbook';
export * from './severity';
export * from './suppressions';
export * from './acceptedRisks';
export { places, placesIn, placeMentions, placeNamed, placeCovered, regionPlace, regionIds, regionLabels, type Place, type RegionId, type PlaceMention } from '../data/places';
export { mechanismsIn, transferMechanismIds, transferMechanisms, type TransferMechanismId } from '../data/transferTools';
export * from './parties';
