/** Phrase families the two records.ownership rules share: model training on customer data, read through the clause frame. */
import { frameAt, polarity } from '../frame';
import { firstMatch } from '../phrases';

// Using customer material to train models: a right the provider takes, or (denied) a limit it accepts.
const trainingRe = /\b(?:train|training|fine-tun\w{0,3}|improve)\b[^.;]{0,60}\b(?<!(?:pricing|business|revenue|operating|delivery|support) )(?:models?|artificial intelligence|\bai\b|machine learning|language models?|algorithms?)\b|\b(?:models?|artificial intelligence|\bai\b|machine learning)\b[^.;]{0,40}\b(?:train\w{0,3})\b/;
const customerMaterialRe = /\b(?:your|customer|user|users'?|individuals'?|their)\b[^.;]{0,40}\b(?:data|content|inputs?|prompts?|posts?|messages|files|information|code|conversations|documents|photos|e-?mails|recordings|chats)\b|\b(?:information|data|files|content|prompts|inputs)\b[^.;]{0,30}\b(?:individuals|users|you|customers?) (?:give|provide|submit|upload|send|enter)\b|\b(?:contents?|data|files|documents) of (?:your|the customer's|customers'|users') \b|\bai-?inputs?\b/;

// "Shopway.net" or "example.com" inside a sentence: the inner dot would end every [^.;] window early.
const innerDotRe = /\.(?=[a-z0-9])/g;

/** The sentence with dots inside names and addresses made plain, so a company's domain name does not cut a phrase. */
export function withoutInnerDots(t: string): string {
  return t.replace(innerDotRe, '_');
}

// Both records.ownership rules ask about the same sentence in turn: the last answer is kept.
let lastText: string | undefined;
let lastUse: 'risk' | 'protection' | undefined;

/** "Uses customer data to train models" (risk) or "will not use your inputs to train models" (protection); undefined when neither. */
export function trainingUse(t: string): 'risk' | 'protection' | undefined {
  if (t !== lastText) {
    lastUse = readTrainingUse(t);
    lastText = t;
  }
  return lastUse;
}

function readTrainingUse(t: string): 'risk' | 'protection' | undefined {
  const m = firstMatch(t, trainingRe);
  if (!m || !customerMaterialRe.test(t)) return undefined;
  // The frame of the verb that uses the data: "we will not use ... to train" is denied before "train".
  const use = /\b(?:use|uses|used|using|process|train|mine|analy[sz]e)\b/.exec(t);
  return polarity(frameAt(t, use ? use.index : m.index));
}
