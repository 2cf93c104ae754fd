/**
 * The clause frame: around the word a rule anchors on (a verb of storing, disclosing, notifying...),
 * decides once for every rule whether that clause is negated, what modality it has, whether it is
 * restricted ("only", "solely"), and which exception qualifies it ("unless prohibited", "except
 * where"). Rules then ask for a polarity instead of each listing its own "will not" patterns.
 */

export type Modality = 'permission' | 'obligation' | 'ability' | 'statement';

export type ExceptionKind = 'legal-bar' | 'law-requires' | 'customer-choice' | 'other';

export interface Frame {
  /** "will not", "never", "no ... may", "without": the anchored action is denied. */
  negated: boolean;
  /** "may", "can" (permission or ability); "will", "shall", "must", "agrees to" (obligation); else a statement. */
  modality: Modality;
  /** "only", "solely", "exclusively", "only if": the action is confined. */
  restricted: boolean;
  /** The exception that qualifies the clause, if any. */
  exception?: ExceptionKind;
  /** The clause the anchor stands in (between clause breaks), folded. */
  clause: string;
  /** "will try to", "where possible", "our policy is to": a softened promise (still a promise). */
  soft: boolean;
  /** "delay", "postpone", "withhold" before the anchor: the action is put off, not denied. */
  deferred: boolean;
  /** "prohibited from", "forbids us from", "prevents ... from": someone else bars the action. */
  barred: boolean;
  /** The anchor stands inside the clause's own exception ("unless we are barred from telling you"). */
  inException: boolean;
}

// Where one clause of a sentence ends: semicolons, colons, and ", but" / ", however" / ", whereas".
const breakRe = /[;:]|,\s(?:but|however|whereas|although|while|provided)\b|\.\s/g;

/** The clause around `at`: from the last clause break before it to the first one after it. */
export function clauseAround(text: string, at: number): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  breakRe.lastIndex = 0;
  for (let m = breakRe.exec(text); m; m = breakRe.exec(text)) {
    if (m.index < at) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

const negationRe = /\b(?:not|never|no|nor|neither|cannot|can't|won't|don't|doesn't|without|none)\b|n't\b/;
const permissionRe = /\b(?:may|might|can|could|is (?:permitted|allowed|entitled) to|(?:is|are|remains?) free to|reserves? the right to|has the right to)\b/;
const obligationRe = /'ll\b|\b(?:will|shall|must|agrees? to|undertakes? to|commits? to|is (?:required|obliged|obligated) to|ensures?)\b/;
const abilityRe = /\b(?:is able to|are able to|(?:has|have) the ability to|(?:has|have) (?:the |any )?(?:technical )?means)\b/;
const restrictedRe = /\b(?:only|solely|exclusively|strictly)\b/;

const softRe = /\b(?:try|tries|attempts?|endeavou?rs?|aims?|seeks?) to\b|\bdo (?:our|its|their) best\b|\bbest efforts?\b|\breasonable (?:commercial )?efforts?\b|\b(?:where|if|when|whenever) (?:reasonably )?(?:possible|practicable|feasible)\b|\b(?:policy|practice) (?:is )?to\b|\bgenerally\b/;
const deferredRe = /\b(?:delay|delays|delayed|delaying|postpone|postpones|postponed|postponing|defer|defers|deferred|deferring|withhold|withholds|withheld|withholding)\b/;
const barredRe = /\b(?:prohibit|prohibits|prohibited|forbid|forbids|forbidden|bar|bars|barred|prevent|prevents|prevented|stop|stops|stopped|preclude|precludes|precluded|restrain|restrains|restrained|gag|gagged)\b[^.;]{0,40}\bfrom\s?$/;
const exceptionLeadRe = /\b(?:unless|except|save where|save as|other than)\b/;

const exceptionRe = /\b(?:unless|except|save (?:where|as|to the extent)|other than|excluding|apart from|to the extent (?:legally |lawfully )?(?:permitted|required|allowed)|where (?:legally )?(?:required|permitted))\b/;
const legalBarRe = /\b(?:unless|except (?:where|if|as))\b[^.;]{0,60}\b(?:prohibit|forbid|bar|preclud|not (?:legally )?(?:permitted|allowed))\w{0,4}|\bto the extent (?:legally |lawfully )?(?:permitted|allowed)|\b(?:where|if|as far as) (?:legally |lawfully )?(?:permitted|possible|allowed)/;
const lawRequiresRe = /\b(?:unless|except|other than|save)\b[^.;]{0,60}\b(?:required|compelled|obliged|obligated|requires?)\b|\bto the extent (?:legally )?required\b/;
const customerChoiceRe = /\b(?:unless|except|other than|save)\b[^.;]{0,60}\b(?:customer|client|controller|you)\b[^.;]{0,30}\b(?:consent|approv|agree|instruct|request|select|choos|authori[sz])/;

/**
 * The frame of the clause around `at` in the folded sentence `text`. Negation and modality are read
 * in the clause before the anchor (up to 60 characters back: "will not, without consent, move");
 * restriction and exceptions anywhere in the clause.
 */
export function frameAt(text: string, at: number): Frame {
  const { start, end } = clauseAround(text, at);
  const clause = text.slice(start, end);
  const before = text.slice(Math.max(start, at - 60), at);
  // "No person outside the EU may access": a negated subject denies the action as well.
  const negated = negationRe.test(before) || /^\W{0,3}(?:no|none of|neither)\b/.test(clause);
  const modality: Modality = abilityRe.test(before) ? 'ability' : permissionRe.test(before) ? 'permission' : obligationRe.test(before) ? 'obligation' : 'statement';
  const restricted = restrictedRe.test(clause);
  let exception: ExceptionKind | undefined;
  if (exceptionRe.test(clause)) {
    exception = customerChoiceRe.test(clause) ? 'customer-choice' : legalBarRe.test(clause) ? 'legal-bar' : lawRequiresRe.test(clause) ? 'law-requires' : 'other';
  }
  const near = text.slice(Math.max(start, at - 40), at);
  const soft = softRe.test(clause);
  // "Provide delayed notice" promises notice, late; "delay the notice" puts it off.
  const deferred = deferredRe.test(near) && !/\b(?:provide|provides|give|gives|send|sends|issue|issues)\s(?:a\s)?(?:delayed|deferred|postponed)\s?$/.test(near);
  const barred = barredRe.test(before) || /\b(?:prohibited|forbidden|barred|not (?:allowed|permitted)) to\s$/.test(near);
  const inException = exceptionLeadRe.test(text.slice(start, at));
  const f: Frame = { negated, modality, restricted, clause, soft, deferred, barred, inException };
  if (exception) f.exception = exception;
  return f;
}

/**
 * Whether a frame around a risky action (store abroad, disclose, move) exposes the customer or
 * protects it. A denied or confined action protects, unless an exception other than the customer's
 * own choice reopens it ("will not disclose unless required by law" still permits compelled disclosure).
 */
export function polarity(f: Frame): 'risk' | 'protection' {
  if (f.negated || f.restricted) return f.exception === undefined || f.exception === 'customer-choice' ? 'protection' : 'risk';
  return 'risk';
}
