/** Verbs of what is done with data, as reviewed lists of stems (lower case, matched at a word start). */

/** Handing data to someone else. */
export const discloseVerbs: readonly string[] = [
  'disclos', 'provid', 'produc', 'shar', 'releas', 'hand over', 'handed over', 'turn over', 'turned over', 'furnish', 'give access',
  'grant access', 'make available', 'made available', 'transmit', 'communicat', 'deliver', 'supply', 'supplied', 'send', 'sent',
];

/** Keeping data somewhere. */
export const keepVerbs: readonly string[] = ['stor', 'host', 'kept', 'keep', 'hold', 'held', 'retain', 'maintain', 'house', 'back up', 'backed up', 'archiv', 'locat', 'resid'];

/** Working on data, wherever it is kept. */
export const processVerbs: readonly string[] = ['process', 'access', 'handl', 'use', 'analy', 'operat'];

/** Moving data from one place to another. */
export const moveVerbs: readonly string[] = ['transfer', 'mov', 'replicat', 'migrat', 'relocat', 'export', 'copy', 'copied', 'transmit', 'rout'];
