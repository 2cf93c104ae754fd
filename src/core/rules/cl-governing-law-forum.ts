/** cl-governing-law-forum: governing law, courts, venue and arbitration. */
import { type ClauseRule, words } from './rule';
import type { SentenceContext } from './context';
import { any, has } from './phrases';

/** Governing law, courts, venue and arbitration. */
const governingLawForum = (s: SentenceContext): boolean => {
  const t = s.text;
  if (has(t, any('must comply with', 'lodge a complaint', 'supervisory authority', 'copyright law', 'sanction', 'please see', 'see (?:this|the) section'))) return false;
  // A bare title ("U.S. Governing Law.") names a topic; the clause under it is flagged instead.
  if (t.split(' ', 5).length < 5) return false;
  if (has(t, any('data privacy framework', '\\bdpf\\b', 'annex i of the')) && has(t, any('arbitrat'))) return false;
  return has(t, any(
    'governed (?:in all respects )?by (?:and construed in accordance with )?(?:the )?(?:federal |substantive )?laws?',
    'governed by,? and (?:interpreted|construed)',
    'governing law',
    '\\b[a-z]+ law governs? (?:this|these|the)',
    'law of [^.;]{0,90}\\bgoverns? (?:this|these|the)',
    '(?:sue|bring (?:a |legal )?(?:claims?|proceedings|actions?))[^.;]{0,80}in the courts of',
    'laws of (?:the )?(?:state of|country|[a-z]+) (?:shall|will) govern',
    'shall govern the (?:standard contractual )?clauses',
    '(?:exclusive|personal) jurisdiction',
    'submit to (?:the )?(?:personal and )?(?:exclusive )?jurisdiction',
    'choice of (?:forum|jurisdiction|law)',
    '\\bvenue\\b(?! to)',
    'agree (?:to (?:use )?arbitrat|to (?:the use of )?(?:binding )?arbitration)',
    'arbitration (?:to resolve|rather than)',
    '(?:settled|resolved|decided) (?:exclusively )?(?:by|through|in) (?:final and )?(?:binding )?arbitration',
    'administered by (?:the )?(?:american arbitration|aaa|jams|icc|lcia|[a-z ]{0,40}arbitration)',
    'arbitration (?:rules|procedures) of',
    'arbitration hearings? (?:will|shall) (?:take place|be held)',
    '(?:seat|place) of (?:the )?arbitration',
    'arbitration (?:agreement )?(?:[a-z,]+ ){0,6}(?:are |is )?governed by',
    'refer the dispute to the courts',
    'courts? (?:of|located in|in) (?:[a-z.,]+ ){1,8}(?:shall|will) (?:have|resolve|settle)',
    'litigated exclusively',
    'silent regarding governing law',
    'brought in any jurisdiction',
    'may be commenced only in',
    '(?:disputes|claims)[^.;]{0,600}(?:shall|will|must) be (?:resolved|settled|brought|heard|decided|determined) (?:exclusively |only |solely )?(?:in|by|through) (?:the )?(?:[a-z]+ ){0,4}(?:courts?|arbitration)',
    'subject to the (?:exclusive |non-exclusive )?jurisdiction of',
    'laws? of (?:the )?(?:state|commonwealth|province|country|republic|kingdom|grand duchy) (?:of|in which|where) [^.;]{0,80}(?:shall |will )?(?:govern|appl)',
  ));
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-governing-law-forum',
  category: 'law.governing',
  risk: 'low',
  arguments: ['arg-presumption', 'arg-comity-conflict'],
  gate: words('govern', 'jurisdiction', 'choice of', 'venue', 'arbitra', 'administered by', 'court', 'litigated', 'brought in any', 'commenced only'),
  match: governingLawForum,
  fixtures: 'test/fixtures/rules/cl-governing-law-forum.md',
};
