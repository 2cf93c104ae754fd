/** Words of forum (courts, venue, jurisdiction, arbitration), as a reviewed list (lower case, folded text). */

/** Words of forum: courts, venue, jurisdiction and arbitration. */
export const forumWords: readonly string[] = [
  'jurisdiction', 'exclusive jurisdiction', 'non-exclusive jurisdiction', 'personal jurisdiction', 'venue', 'courts', 'court', 'competent courts',
  'forum', 'arbitration', 'arbitral', 'arbitrator', 'seat of arbitration', 'place of arbitration', 'tribunal', 'litigat', 'proceedings',
];
