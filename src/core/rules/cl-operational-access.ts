/** cl-operational-access: staff or contractors (possibly abroad) can reach customer data remotely. */
import { type ClauseRule, words } from './rule';
import type { SentenceContext } from './context';
import { any, has, foreignPlaceRe } from './phrases';

const remoteAccessRe = any('remote(?:ly)? (?:access|process)', 'access (?:to )?(?:such |your |the )?(?:personal )?(?:data|information|content)\\w{0,20} (?:[a-z]{1,30} ){0,3}from', 'accessed from', 'allow access to that information from', 'access (?:[a-z]{1,30} ){0,4}from (?:around the world|other countries|countries)', 'follow[- ]the[- ]sun', '(?:staff|personnel|employees|engineers|support|team|contractors|agents)[^;]{0,80}(?:may|can|will|could) (?:remotely )?(?:access|review|view|see)', '(?:reviewed|accessed|viewed) by (?:our |its )?[a-z &]{0,40}(?:team|staff|personnel|employees|engineers)');
const accessFromAbroadRe = any('except from', 'other countries', 'countries in which', 'around the world', 'global operations', 'offices in', 'works? from', 'located (?:in|outside)');

/** Staff or contractors (possibly abroad) can reach customer data remotely. */
const operationalAccess = (s: SentenceContext): boolean => {
  const t = s.text;
  const reach = has(t, remoteAccessRe);
  if (!reach) return false;
  return has(t, foreignPlaceRe) || has(t, accessFromAbroadRe);
};

export const rule: ClauseRule = {
  kind: 'clause',
  id: 'cl-operational-access',
  category: 'location.anywhere',
  risk: 'high',
  arguments: ['arg-control-not-location', 'arg-territoriality', 'arg-trust'],
  gate: words('access', 'remote', 'follow', 'review', 'view', ' see'),
  match: operationalAccess,
  fixtures: 'test/fixtures/rules/cl-operational-access.md',
};
