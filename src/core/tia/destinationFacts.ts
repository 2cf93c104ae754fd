/**
 * Dated facts about the law of destination countries that the TIA's step 3 quotes. These can change:
 * each carries the date it was last checked, and the TIA prints it. (Interim table: when the shared
 * volatile-facts table lands in src/core/data, `draftTia` takes its entries instead.)
 */
import type { DatedFact } from './types';

export const destinationFacts: readonly DatedFact[] = [
  { id: 'us-cloud-act', country: 'US', title: 'CLOUD Act (18 U.S.C. § 2713)', statement: 'U.S. providers must disclose data in their possession, custody or control when served with U.S. process, wherever the data is stored. A U.S. parent or a U.S. importer brings data held abroad within reach.', asOf: '2026-11-30' },
  { id: 'us-fisa-702', country: 'US', title: 'FISA section 702', statement: 'Section 702 lapsed on 12 June 2026 when Congress did not reauthorise it, but collection continues under the certifications the FISC approved in March 2026, valid until about March 2027. Check the current status before relying on this.', asOf: '2026-06-30' },
  { id: 'us-eo-12333', country: 'US', title: 'Executive Order 12333', statement: 'Governs U.S. signals intelligence outside FISA, including collection abroad and in transit, largely without court supervision. Contract terms cannot limit it; encryption under customer-held keys can.', asOf: '2026-11-30' },
  { id: 'us-eo-14086', country: 'US', title: 'Executive Order 14086', statement: 'Requires U.S. signals intelligence to be necessary and proportionate to listed objectives and gives EU individuals a redress path ending at the Data Protection Review Court. Its safeguards also apply to transfers under SCCs.', asOf: '2026-11-30' },
  { id: 'us-dpf', country: 'US', title: 'EU-U.S. Data Privacy Framework', statement: 'Adequacy decision (EU) 2023/1795 covers self-certified U.S. organisations. The General Court dismissed the challenge in Latombe (T-553/23) on 3 September 2025; an appeal (C-703/25 P) is pending before the Court of Justice.', asOf: '2026-11-30' },
];
