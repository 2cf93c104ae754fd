/** Run-in titles ("Choice of Law and Place to Resolve Disputes.") name a topic; the clause under them is flagged instead. */
import type { SentenceContext } from '../context';

/** Few words, or most of them capitalised: a title, not a clause. */
export function isTitle(s: SentenceContext): boolean {
  const w = s.raw.replace(/[*_#]/g, '').split(/\s{1,50}/).filter((x) => /[A-Za-z]{3,}/.test(x));
  if (w.length > 12) return false;
  const caps = w.filter((x) => /^[^a-z]{0,5}[A-Z]/.test(x)).length;
  return w.length < 5 || caps >= w.length * 0.7;
}
