/** Instruments of legal process and compulsion, as a reviewed list (lower case, folded text). */

export const legalProcess: readonly string[] = [
  'warrant', 'search warrant', 'subpoena', 'subpoenas', 'court order', 'court orders', 'judicial order', 'order of a court',
  'legal process', 'valid legal process', 'lawful process', 'compulsory process', 'legal request', 'legal requests', 'lawful request',
  'lawful requests', 'legal demand', 'binding order', 'legally binding order', 'legally binding request', 'binding request',
  'production order', 'preservation order', 'preservation request', 'disclosure order', 'civil investigative demand',
  'letter rogatory', 'letters rogatory', 'mutual legal assistance', 'mlat', 'national security letter', 'gag order',
  'non-disclosure order', 'nondisclosure order', 'summons', 'injunction', 'judgment', 'judgement', 'decision of a court',
  // Added for the government rules.
  'final judgment', 'final judgement', 'judicial decision', 'court decision', 'official request', 'official data request',
  'data demand', 'data request', 'information request', 'request for information', 'demand for data', 'lawful order', 'valid order',
  'order compelling', 'compulsory order', 'production request', 'letter of request',
];
