/** STUB: replaced by the content writer. The case at a glance. */
import type { CaseFacts } from '../types';

export const caseFacts: CaseFacts = {
  name: '', citation: '', question: '', whatWasSought: '', parties: [], courts: [], timeline: [], developments: [], today: [], asOf: '', disclaimer: '',
};
