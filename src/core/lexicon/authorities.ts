/** Authorities that may ask for or compel data, as a reviewed list (lower case, matched on folded text). */

/** Nouns naming an authority, stems where the plural differs ("authorit" covers authority and authorities). */
export const authorities: readonly string[] = [
  'authority', 'authorities', 'public authority', 'public authorities', 'public body', 'public bodies', 'competent authority',
  'competent authorities', 'government', 'governments', 'governmental body', 'government agency', 'government agencies',
  'state agency', 'federal agency', 'agency', 'agencies', 'law enforcement', 'law enforcement agency', 'law enforcement agencies',
  'law enforcement authorities', 'police', 'police force', 'prosecutor', 'prosecutors', 'public prosecutor', 'investigating authority',
  'court', 'courts', 'tribunal', 'tribunals', 'judge', 'magistrate', 'judicial authority', 'judicial authorities',
  'regulator', 'regulators', 'regulatory authority', 'regulatory authorities', 'regulatory body', 'supervisory authority',
  'supervisory authorities', 'data protection authority', 'data protection authorities', 'tax authority', 'tax authorities',
  'tax office', 'revenue service', 'customs', 'intelligence agency', 'intelligence agencies', 'intelligence service',
  'intelligence services', 'security service', 'security services', 'national security', 'national security agency',
  // Added for the government rules: tax and revenue bodies, police and prosecutors by other names, and officials.
  'tax administration', 'tax administrations', 'revenue authority', 'revenue authorities', 'revenue agency', 'tax agency',
  'police forces', 'police service', 'police services', 'investigating magistrate', 'investigating judge', 'examining magistrate',
  'prosecution service', 'public prosecutors', 'state authorities', 'state authority', 'emergency services', 'public officials',
  'government officials', 'law enforcement officials', 'law enforcement bodies', 'regulatory bodies', 'government bodies',
  'fiscal authority', 'fiscal authorities', 'rescue services', 'administrative body', 'administrative bodies', 'investigators',
  // State bodies named by function in national security and telecom-interception laws.
  'state bodies', 'state body', 'security bodies', 'state security bodies', 'state security', 'security agencies',
  // Financial supervisors named by their field rather than as "regulator" or "authority".
  'banking supervisor', 'banking supervisors', 'financial supervisor', 'financial supervisors', 'prudential supervisor',
  'insurance supervisor', 'securities supervisor',
  // Public services that act on a report of danger to a child or a vulnerable person.
  'child protection services', 'child-protection services', 'child protection authorities', 'child welfare services',
  'child welfare authorities', 'social services', 'safeguarding authorities',
  // Where suspicious transactions are reported.
  'financial intelligence unit', 'financial intelligence units',
];
