/** Words of choice of law and forum, as reviewed lists (lower case, folded text). */

/** Verbs and phrases that choose a law. */
export const governWords: readonly string[] = [
  'governed by', 'shall govern', 'will govern', 'governs', 'govern', 'construed', 'interpreted', 'shall apply', 'will apply', 'applies',
  'subject to the laws', 'in accordance with the laws', 'under the laws', 'laws of', 'law of', 'governing law', 'choice of law', 'applicable law',
];

/** Words of forum: courts, venue, jurisdiction and arbitration. */
export const forumWords: readonly string[] = [
  'jurisdiction', 'exclusive jurisdiction', 'non-exclusive jurisdiction', 'personal jurisdiction', 'venue', 'courts', 'court', 'competent courts',
  'forum', 'arbitration', 'arbitral', 'arbitrator', 'seat of arbitration', 'place of arbitration', 'tribunal', 'litigat', 'proceedings',
];
