/**
 * The contract's own names for the parties, so that model language reads like the contract it goes
 * into: `Nimbus Cloud Ireland Limited ("Nimbus")` and `Halvorsen Freight A/S ("Customer")` make the
 * model clause say "Nimbus" and "Customer". Where no name is found, bracketed placeholders
 * ("[Provider]") mark what the reviewer must fill in.
 */

export interface PartyNames {
  provider?: string;
  customer?: string;
}

const providerRoles = /^(?:provider|service provider|supplier|vendor|processor|contractor|company|licensor|seller|host)$/i;
const customerRoles = /^(?:customer|client|controller|subscriber|licensee|buyer|purchaser|user)$/i;
// A parenthesised definition: ("Nimbus"), (the "Provider"), ("Nimbus" or the "Provider"), with Markdown bold or curly quotes.
const definitionRe = /\(([^()\n]{1,160})\)/g;
const termRe = /(?:^|[\s,(]|\bor\b|\band\b)(?:the\s+)?[*_]{0,2}["\u201c][*_]{0,2}([A-Z][\w&.' -]{0,40}?)[*_]{0,2}["\u201d]/g;

/** Definitions are near the top of a contract; reading only the start keeps this cheap on huge files. */
const scanChars = 60_000;

/** The provider's and the customer's defined names, when the contract defines them. */
export function partyNames(text: string): PartyNames {
  const head = text.length > scanChars ? text.slice(0, scanChars) : text;
  const out: PartyNames = {};
  // Each definition is a list of names for one party; remember them in order of appearance.
  const defined: string[][] = [];
  definitionRe.lastIndex = 0;
  for (let m = definitionRe.exec(head); m; m = definitionRe.exec(head)) {
    const names: string[] = [];
    termRe.lastIndex = 0;
    for (let t = termRe.exec(m[1]!); t; t = termRe.exec(m[1]!)) names.push(t[1]!.trim());
    if (names.length > 0) defined.push(names);
    if (defined.length > 40) break;
  }
  for (const names of defined) {
    // The contract's own name comes first ("Nimbus" or the "Provider"): prefer it over the role word.
    const own = names.find((n) => !providerRoles.test(n) && !customerRoles.test(n)) ?? names[0]!;
    if (!out.provider && names.some((n) => providerRoles.test(n))) out.provider = own;
    if (!out.customer && names.some((n) => customerRoles.test(n))) out.customer = own;
  }
  // "between Nimbus Ltd ("Nimbus") and Halvorsen A/S ("Customer")": the other party of the first pair is the provider.
  if (!out.provider || !out.customer) {
    const pair = defined.findIndex((names, i) => i + 1 < defined.length && (names.some((n) => customerRoles.test(n)) || defined[i + 1]!.some((n) => customerRoles.test(n))));
    if (pair >= 0) {
      const [a, b] = [defined[pair]![0]!, defined[pair + 1]![0]!];
      if (!out.provider && customerRoles.test(b) && a !== b) out.provider = a;
      if (!out.customer && customerRoles.test(a) && a !== b) out.customer = a;
    }
  }
  return out;
}

/** Model language with the contract's party names, or bracketed placeholders where it defines none. */
export function withPartyNames(model: string, parties: PartyNames): string {
  const provider = parties.provider ?? '[Provider]';
  const customer = parties.customer ?? '[Customer]';
  // "Customer Data", "Customer-created": defined terms of their own, left as they are.
  return model.replace(/(?<![\w[])Provider(?![\w\]-])(?!\s+[A-Z])/g, provider).replace(/(?<![\w[])Customer(?![\w\]-])(?!\s+[A-Z])/g, customer);
}
