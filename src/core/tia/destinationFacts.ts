/**
 * The dated facts about destination law that the TIA's step 3 quotes. The changeable ones (FISA 702,
 * the DPF appeal, U.S. oversight) come from the shared volatile-facts table; the statutes that frame
 * them are stated here, each with the date it was last checked.
 */
import { getVolatileFact, type VolatileFactId } from '../data/volatileFacts';
import type { DatedFact } from './types';

const fromTable = (id: VolatileFactId, country: string): DatedFact => {
  const f = getVolatileFact(id);
  return { id, country, title: f.topic, statement: f.statement, asOf: f.asOf };
};

export const destinationFacts: readonly DatedFact[] = [
  { id: 'us-cloud-act', country: 'US', title: 'CLOUD Act (18 U.S.C. § 2713)', statement: 'U.S. providers must disclose data in their possession, custody or control when served with U.S. process, wherever the data is stored. A U.S. importer, or a U.S. parent that controls the importer, brings data held abroad within reach.', asOf: '2026-11-30' },
  fromTable('fisa-702', 'US'),
  { id: 'us-eo-12333', country: 'US', title: 'Executive Order 12333', statement: 'Governs U.S. signals intelligence outside FISA, including collection abroad and in transit, largely without court supervision. Contract terms cannot limit it; encryption under keys the customer holds can.', asOf: '2026-11-30' },
  { id: 'us-eo-14086', country: 'US', title: 'Executive Order 14086', statement: 'Requires U.S. signals intelligence to be necessary and proportionate to listed objectives and gives people in the EU a redress path ending at the Data Protection Review Court; its safeguards also apply to transfers made under SCCs.', asOf: '2026-11-30' },
  fromTable('dpf-appeal', 'US'),
  fromTable('pclob', 'US'),
];
