/** Words of telling and publishing around government demands, as reviewed lists (lower case, folded text). */

/** Verbs and phrases of telling someone: the anchors of notice clauses. */
export const noticeVerbs: readonly string[] = [
  'notify', 'notifies', 'notified', 'notifying', 'notification', 'notice', 'inform', 'informs', 'informed', 'informing', 'tell', 'tells',
  'telling', 'told', 'alert', 'alerts', 'alerting', 'advise', 'advises', 'advising', 'warn', 'warns', 'warning', 'let you know',
  'let the customer know', 'let customer know', 'let users know', 'let the user know', 'letting you know', 'letting the customer know',
  'let the client know', 'let client know', 'let the controller know', 'let them know', 'let the account holder know',
  'hear from us', 'let account owners know', 'let the account owner know', 'let affected users know', 'let the owner know',
  // Passing the demand itself on to the customer is telling it.
  'forward', 'forwards',
];

/**
 * Topics whose "notice" is not about a demand for data: prices, renewals, audits, changes to the terms,
 * termination, service changes, breaches and maintenance.
 */
export const ordinaryNoticeTopics: readonly string[] = [
  'price', 'prices', 'pricing', 'fee', 'fees', 'charges', 'invoice', 'renew', 'renews', 'renewal', 'auto-renew', 'subscription term',
  'audit', 'audits', 'on-site', 'inspection', 'changes to these terms', 'changes to this', 'change these terms', 'modify these terms',
  'amend', 'amendment', 'policy changes', 'material changes', 'terminate', 'termination', 'suspend', 'suspension', 'maintenance',
  'downtime', 'deprecat', 'breach', 'incident', 'unauthorised use', 'unauthorized use', 'sub-processor', 'subprocessor',
];

/** Words of publishing figures about demands. */
export const publishWords: readonly string[] = [
  'publish', 'publishes', 'published', 'publishing', 'make public', 'makes public', 'made public', 'public report', 'transparency report',
  'transparency centre', 'transparency center', 'release a report', 'releases a report', 'issue a report', 'issues a report', 'break out', 'breaks out', 'on our website', 'on its website', 'publicly available', 'made available publicly', 'publicly', 'report publicly', 'publicly report',
];

/** Counts and reports: what is published. */
export const countWords: readonly string[] = [
  'statistics', 'statistic', 'figures', 'numbers', 'number of', 'how many', 'volume of', 'report', 'reports', 'aggregate', 'data on',
];
