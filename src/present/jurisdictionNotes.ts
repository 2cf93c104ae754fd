/** Renders the jurisdiction table of the core: each note followed by the dated facts it relies on. */
import { datedStatements, jurisdictions, motionArguments, type ArgumentId, type JurisdictionId, type JurisdictionNote, type Question, type Risk } from '../core';

/** A note followed by the dated statements of the facts it relies on. */
function rendered(note: JurisdictionNote): string {
  return [note.text, ...datedStatements(note.facts)].join(' ');
}

/** Display label, e.g. "EU/EEA". */
export function jurisdictionLabel(id: JurisdictionId): string {
  return jurisdictions[id].label;
}

/** Why a clause of this kind matters to a reviewer in this jurisdiction; empty for protections. */
export function jurisdictionNote(id: JurisdictionId, question: Question, risk: Risk): string {
  if (risk === 'mitigating') return '';
  return rendered(jurisdictions[id].notes[question]);
}

/** Whether the § 2703(h) motion can help this reviewer, for findings or arguments about nationality and comity; otherwise empty. */
export function motionNote(id: JurisdictionId, argumentIds: readonly ArgumentId[]): string {
  return argumentIds.some((a) => motionArguments.includes(a)) ? rendered(jurisdictions[id].motion) : '';
}
