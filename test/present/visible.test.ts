import assert from 'node:assert/strict';
import type { Finding } from '../../src/core';
import { acceptedKey } from '../../src/present/acceptedRisks';
import { effectiveSeverity } from '../../src/present/severity';
import { parseSuppressions } from '../../src/present/suppressions';
import { visibleFindings } from '../../src/present/visible';

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: 'cl-no-notice',
    categories: ['gov.no-notice'],
    risk: 'high',
    severity: 'warning',
    arguments: [],
    message: 'm',
    excerpt: 'e',
    start: 0,
    end: 5,
    clause: { start: 0, end: 5 },
    fingerprint: 'fp',
    ...over,
  };
}

describe('effective severity', () => {
  const none = { rules: {}, categories: {} };

  it('keeps the finding severity without overrides', () => {
    assert.equal(effectiveSeverity(finding({}), none), 'warning');
  });

  it('lets a rule override win over a category override', () => {
    assert.equal(effectiveSeverity(finding({}), { rules: { 'cl-no-notice': 'error' }, categories: { 'gov.no-notice': 'hint' } }), 'error');
    assert.equal(effectiveSeverity(finding({}), { rules: {}, categories: { 'gov.no-notice': 'hint' } }), 'hint');
  });

  it('turns a finding off by rule or category', () => {
    assert.equal(effectiveSeverity(finding({}), { rules: { 'cl-no-notice': 'off' }, categories: {} }), 'off');
    assert.equal(effectiveSeverity(finding({}), { rules: {}, categories: { 'gov.no-notice': 'off' } }), 'off');
  });

  it('shows mitigating findings as hints unless the rule is set explicitly', () => {
    const m = finding({ ruleId: 'cl-notice-of-demand', risk: 'mitigating', severity: 'info', categories: ['gov.notice'] });
    assert.equal(effectiveSeverity(m, none), 'hint');
    assert.equal(effectiveSeverity(m, { rules: {}, categories: { 'gov.notice': 'warning' } }), 'hint');
    assert.equal(effectiveSeverity(m, { rules: { 'cl-notice-of-demand': 'info' }, categories: {} }), 'info');
  });
});

describe('visible findings', () => {
  it('hides off, suppressed and accepted findings and counts them', () => {
    const text = '<!-- warrant-lens-disable-file cl-b -->\n';
    const findings = [finding({ ruleId: 'cl-a' }), finding({ ruleId: 'cl-b' }), finding({ ruleId: 'cl-c', fingerprint: 'x' }), finding({ ruleId: 'cl-d' })];
    const { visible, hidden } = visibleFindings(findings, { rules: { 'cl-a': 'off' }, categories: {} }, parseSuppressions(text), new Set([acceptedKey({ ruleId: 'cl-c', fingerprint: 'x' })]));
    assert.deepEqual(visible.map((v) => v.finding.ruleId), ['cl-d']);
    assert.deepEqual(hidden, { off: 1, suppressed: 1, accepted: 1 });
  });

  it('sorts by position, then severity', () => {
    const { visible } = visibleFindings([finding({ ruleId: 'b', start: 10, end: 12 }), finding({ ruleId: 'c', start: 0, severity: 'info' }), finding({ ruleId: 'a', start: 0, severity: 'error' })], { rules: {}, categories: {} });
    assert.deepEqual(visible.map((v) => v.finding.ruleId), ['a', 'c', 'b']);
  });
});
