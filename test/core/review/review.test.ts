import assert from 'node:assert/strict';
import { analyze, evaluatePlaybook, getStarterPlaybook, isIgnored, normalizePlaybook, parseProjectConfig, placeMentions, repositoryNarrowing, resolveConfig, resolveSeverity, review, starterConfigText, starterPlaybooks, type Finding, type Playbook } from '../../../src/core';

const settings = { rules: {}, categories: {}, maxChars: 1e7, missingProtections: true };
const contract = [
  'Provider may store and process Customer Data in any country where Provider or its sub-processors operate, including the United States.',
  '',
  '<!-- warrant-lens-disable-next-line cl-no-notice -->',
  'Provider is not obligated to notify Customer of any request for Customer Data.',
  '',
  'Provider may disclose Customer Data to law enforcement when required by law.',
  '',
  'Transfers outside the EEA rely on the EU-U.S. Data Privacy Framework.',
  '',
].join('\n');
const findings = (text = contract) => analyze(text).findings;

describe('review step', () => {
  it('resolves severity once: rule over category over the finding; protections stay hints unless a rule says otherwise', () => {
    const f = { ruleId: 'cl-no-notice', categories: ['gov.no-notice' as const], severity: 'warning' as const, risk: 'high' as const };
    assert.equal(resolveSeverity(f, { rules: { 'cl-no-notice': 'error' }, categories: { 'gov.no-notice': 'hint' } }), 'error');
    assert.equal(resolveSeverity(f, { rules: {}, categories: { 'gov.no-notice': 'off' } }), 'off');
    const m = { ...f, ruleId: 'cl-notice-of-demand', categories: ['gov.notice' as const], risk: 'mitigating' as const, severity: 'hint' as const };
    assert.equal(resolveSeverity(m, { rules: {}, categories: { 'gov.notice': 'warning' } }), 'hint');
    assert.equal(resolveSeverity(m, { rules: { 'cl-notice-of-demand': 'info' }, categories: {} }), 'info');
    // The engine's own remapping uses the same function.
    const viaEngine = analyze('Provider is not obligated to notify Customer of any request for Customer Data.\n', { categories: { 'gov.no-notice': 'error' } }).findings.find((x) => x.ruleId === 'cl-no-notice');
    assert.equal(viaEngine?.severity, 'error');
  });

  it('marks suppressed, accepted and turned-off findings instead of dropping them, and counts each', () => {
    const all = findings();
    const location = all.find((f) => f.ruleId === 'cl-location-unrestricted')!;
    const r = review({ text: contract, findings: all, config: { settings: { ...settings, rules: { 'cl-disclosure-required-by-law': 'off' } } }, accepted: [{ ruleId: location.ruleId, fingerprint: location.fingerprint, reason: 'DPO approved' }] });
    const status = (id: string) => r.all.find((x) => x.finding.ruleId === id)?.status;
    assert.equal(status('cl-no-notice'), 'suppressed');
    assert.equal(status('cl-location-unrestricted'), 'accepted');
    assert.equal(status('cl-disclosure-required-by-law'), 'off');
    assert.deepEqual(r.all.find((x) => x.finding.ruleId === 'cl-location-unrestricted')?.suppression, { kind: 'external', justification: 'DPO approved' });
    assert.equal(r.all.find((x) => x.finding.ruleId === 'cl-no-notice')?.suppression?.kind, 'inSource');
    assert.deepEqual(r.hidden, { off: 1, suppressed: 1, accepted: 1 });
    assert.ok(r.visible.every((x) => x.status === 'active'));
    assert.deepEqual(r.narrowing.turnedOff, ['cl-disclosure-required-by-law']);
  });

  it('adds the playbook\'s breaks as findings with their own message and severity, and replaces the "missing" finding a required protection covers', () => {
    const playbook: Playbook = { id: 't', name: 'T', locations: { allowed: ['eu-eea'] }, requiredProtections: ['notice'], transferMechanisms: ['scc'], refused: ['cl-disclosure-required-by-law'], severity: 'warning' };
    const r = review({ text: contract, findings: findings(), config: { settings, playbook } });
    const messages = r.visible.filter((x) => x.finding.ruleId.startsWith('playbook-')).map((x) => `${x.finding.ruleId}|${x.severity}|${x.finding.message}`);
    assert.ok(messages.includes('playbook-location|warning|Playbook requires storage in the EU/EEA; this clause allows the United States.'), messages.join('\n'));
    assert.ok(messages.some((m) => m.startsWith('playbook-protection|warning|Playbook requires notice of government demands')));
    assert.ok(messages.some((m) => m.startsWith('playbook-refused|')));
    assert.ok(messages.some((m) => m.startsWith('playbook-transfer|warning|Playbook accepts transfers only under standard contractual clauses; this clause relies on the Data Privacy Framework.')), messages.join('\n'));
    assert.ok(!r.all.some((x) => x.finding.ruleId === 'missing-notice'), 'the playbook break replaces missing-notice');
    assert.equal(r.breaks.length, messages.length);
    // One break per clause, however many location rules matched it.
    assert.equal(r.visible.filter((x) => x.finding.ruleId === 'playbook-location').length, 1);
  });

  it('evaluates locations by region: commitments inside the allowed set keep it, "anywhere" breaks it, forbidden places break it', () => {
    const eu: Playbook = { id: 'eu', name: 'EU', locations: { allowed: ['eu-eea'], forbidden: ['china'] } };
    const text = 'Provider shall store Customer Data only in Germany and Ireland.\n\nProvider may store Customer Data in any country where it operates.\n\nProvider may process Customer Data in China.\n';
    const breaks = evaluatePlaybook(eu, findings(text), text).map((b) => b.message);
    assert.ok(!breaks.some((m) => /Germany|commits to/.test(m)), breaks.join('\n'));
    assert.ok(breaks.some((m) => /anywhere the provider operates/.test(m)), breaks.join('\n'));
    assert.ok(breaks.some((m) => /forbids storage in China/.test(m)), breaks.join('\n'));
    assert.deepEqual(evaluatePlaybook({ id: 'empty', name: 'empty' }, findings(text), text), []);
  });

  it('does not read a place the clause excepts as a place it allows', () => {
    const eu: Playbook = { id: 'eu', name: 'EU', locations: { allowed: ['eu-eea'] } };
    const text = 'Provider and its sub-processors may access Customer Data remotely from any country, except from the United States.\n';
    const breaks = evaluatePlaybook(eu, findings(text), text).map((b) => b.message);
    assert.ok(breaks.length > 0 && !breaks.some((m) => /United States/.test(m)), breaks.join('\n'));
  });

  it('names places by region without matching ordinary words', () => {
    assert.deepEqual(placeMentions('Data stays in the EU; US staff and the U.S. parent; Northern Ireland; USB keys; us.').map((p) => `${p.name}:${p.region}`), ['European Union:eu-eea', 'United States:us', 'United States:us', 'United Kingdom:uk']);
  });
});

describe('project config', () => {
  it('parses JSON with comments and trailing commas, and reports bad values without the file\'s bytes', () => {
    const { config, problems } = parseProjectConfig('// team\n{ "jurisdiction": "uk", "rules": { "cl-no-notice": "error", }, "ignore": ["drafts/**"], "playbook": "us-company", }', ['cl-no-notice']);
    assert.deepEqual(problems, []);
    assert.equal(config.jurisdiction, 'uk');
    assert.deepEqual(config.rules, { 'cl-no-notice': 'error' });
    assert.equal(config.playbook?.id, 'us-company');
    const bad = parseProjectConfig('{ "rules": { "cl-x": "loud" }, "colour": 1, "jurisdiction": "mars" }', ['cl-no-notice']);
    assert.equal(bad.problems.length, 3, bad.problems.join('\n'));
    const broken = parseProjectConfig('SECRET-BYTES {', []);
    assert.ok(broken.problems.length > 0 && !broken.problems.join(' ').includes('SECRET'));
  });

  it('combines layers: later wins, severities merge per key', () => {
    const r = resolveConfig({ jurisdiction: 'us', rules: { a: 'error', b: 'hint' } }, { rules: { b: 'off' }, playbook: getStarterPlaybook('eu-controller')! }, { missingProtections: false });
    assert.equal(r.jurisdiction, 'us');
    assert.deepEqual(r.settings.rules, { a: 'error', b: 'off' });
    assert.equal(r.playbook?.id, 'eu-controller');
    assert.equal(r.settings.missingProtections, false);
  });

  it('extends a starter playbook and drops unknown values', () => {
    const { playbook, problems } = normalizePlaybook({ extends: 'uk-public-body', locations: { allowed: ['uk', 'atlantis'] }, severity: 'warning' }, ['cl-voluntary-disclosure']);
    assert.equal(problems.length, 1);
    assert.deepEqual(playbook?.locations?.allowed, ['uk']);
    assert.equal(playbook?.severity, 'warning');
    assert.deepEqual(playbook?.requiredProtections, getStarterPlaybook('uk-public-body')!.requiredProtections);
  });

  it('writes a starter for every starter playbook that parses without problems', () => {
    for (const p of starterPlaybooks) {
      const { config, problems } = parseProjectConfig(starterConfigText(p.id), ['cl-governing-law-forum', ...(p.refused ?? [])]);
      assert.deepEqual(problems, [], p.id);
      assert.equal(config.playbook?.id, p.id);
    }
  });

  it('matches ignore globs relative to the config folder', () => {
    assert.ok(isIgnored('drafts/a.md', ['drafts/**']));
    assert.ok(isIgnored('x/y/old.draft.md', ['*.draft.md']));
    assert.ok(!isIgnored('contracts/a.md', ['drafts/**']));
    assert.ok(!isIgnored('../outside.md', ['**']));
  });

  it('never flags a playbook break on a finding the reviewer hid', () => {
    const all: Finding[] = findings();
    const location = all.find((f) => f.ruleId === 'cl-location-unrestricted')!;
    const sub = all.filter((f) => f.start === location.start);
    const r = review({ text: contract, findings: all, config: { settings, playbook: { id: 'eu', name: 'EU', locations: { allowed: ['eu-eea'] } } }, accepted: sub.map((f) => ({ ruleId: f.ruleId, fingerprint: f.fingerprint, reason: 'ok' })) });
    assert.ok(!r.visible.some((x) => x.finding.ruleId === 'playbook-location'));
  });
});

describe('playbook locations and the contracting entity', () => {
  it('a company\'s seat abroad is no storage location', () => {
    const text = 'Nimbus is a wholly owned subsidiary of Nimbus Cloud, Inc., a Delaware corporation headquartered in Seattle, Washington, U.S.A.\n';
    const low = analyze(text).findings.filter((f) => f.risk === 'low');
    assert.ok(low.some((f) => f.ruleId === 'cl-contracting-entity'), 'the engine flags the contracting entity');
    const breaks = evaluatePlaybook({ id: 'eu', name: 'EU', locations: { allowed: ['eu-eea'] } }, low, text);
    assert.deepEqual(breaks, []);
  });
});

describe('repository narrowing (shown in Restricted Mode)', () => {
  it('lists what the repository decided: accepted risks from its file, file-level comments, rules it turns off', () => {
    const text = '<!-- warrant-lens-disable-file cl-location-unrestricted -->\n' + contract;
    const all = findings(text);
    const notice = all.find((f) => f.ruleId === 'cl-disclosure-required-by-law')!;
    const r = review({ text, findings: all, config: { settings }, accepted: [{ ruleId: notice.ruleId, fingerprint: notice.fingerprint, reason: 'ok' }] });
    const n = repositoryNarrowing(r, { rules: { 'cl-governing-law-forum': 'off', 'cl-no-notice': 'error' } }, { acceptedFromRepository: true, ignored: false });
    assert.deepEqual(n, { acceptedRisks: 1, fileComments: 1, turnedOff: ['cl-governing-law-forum'], ignored: false, any: true });
    // Accepted in this session (not from the repository's file): not the repository's doing.
    assert.equal(repositoryNarrowing(r, {}, { acceptedFromRepository: false, ignored: false }).acceptedRisks, 0);
    const plain = review({ text: 'Nothing here.\n', findings: [], config: { settings } });
    assert.equal(repositoryNarrowing(plain, {}, { acceptedFromRepository: true, ignored: false }).any, false);
  });
});
