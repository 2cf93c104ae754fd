/** Run-in titles ("Choice of Law and Place to Resolve Disputes.") name a topic; the clause under them is flagged instead. */
import type { SentenceContext } from '../context';
import { fewerSpacesThan } from '../../text/normalize';

let lastText: string | undefined;
let lastResult = false;

/** Few words, or most of them capitalised: a title, not a clause (remembers the last sentence: several rules ask). */
export function isTitle(s: SentenceContext): boolean {
  if (s.text === lastText) return lastResult;
  lastText = s.text;
  // A sentence of more than 20 words is never a title: decide without rebuilding its raw text.
  lastResult = fewerSpacesThan(s.text, 20) && titleLike(s.raw);
  return lastResult;
}

function titleLike(raw: string): boolean {
  // An address or a name in brackets ("(1 Main Street, Springfield, USA)") is capitalised whatever the sentence is.
  const w = raw.replace(/[*_#]/g, '').replace(/\([^()]{0,200}\)/g, ' ').split(/\s{1,50}/).filter((x) => /[A-Za-z]{3,}/.test(x));
  if (w.length > 12) return false;
  const caps = w.filter((x) => /^[^a-z]{0,5}[A-Z]/.test(x)).length;
  return w.length < 5 || caps >= w.length * 0.7;
}
