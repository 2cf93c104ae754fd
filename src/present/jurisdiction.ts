/** The `warrantLens.jurisdiction` setting and risk labels; light enough for the activation path (no engine import). */
import type { JurisdictionId, Question, Risk } from '../core';

export type { JurisdictionId, Question };

/** Values of the setting, in the order of package.json (a test checks they match the core table). */
export const jurisdictionIds: readonly JurisdictionId[] = ['eu-eea', 'uk', 'us', 'switzerland', 'canada', 'australia', 'other'];

/** Parses a setting value; unknown values fall back to `eu-eea`. */
export function toJurisdiction(value: unknown): JurisdictionId {
  return typeof value === 'string' && (jurisdictionIds as readonly string[]).includes(value) ? (value as JurisdictionId) : 'eu-eea';
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
