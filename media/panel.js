// @ts-check
/** Renders the case panel from the PanelModel with DOM calls only (no innerHTML), and posts clicks back. */
(function () {
  /** @typedef {import('../src/present/panelProtocol').PanelModel} PanelModel */
  /** @typedef {import('../src/present/panelProtocol').PanelDocument} PanelDocument */
  /** @typedef {import('../src/present/panelProtocol').PanelFinding} PanelFinding */
  /** @typedef {import('../src/present/panelProtocol').PanelGroup} PanelGroup */
  /** @typedef {import('../src/present/panelProtocol').PanelArgument} PanelArgument */
  /** @typedef {import('../src/present/panelProtocol').ToPanel} ToPanel */
  /** @typedef {import('../src/present/panelProtocol').FromPanel} FromPanel */
  /** @typedef {import('../src/present/panelProtocol').PanelGapRow} PanelGapRow */
  /** @typedef {{ grouping: 'argument' | 'category', highOnly: boolean, open: string[], scrollY: number, model?: PanelModel }} State */

  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('root'));

  /** @type {State} */
  const state = Object.assign(/** @type {State} */ ({ grouping: 'argument', highOnly: false, open: ['doc', 'exposure'], scrollY: 0 }), /** @type {State | undefined} */ (vscode.getState()) || {});

  /** Translated labels, from the model (the English text stands in until the first model arrives). */
  /** @type {Record<string, string>} */
  let labels = {};

  /**
   * A panel label with `{0}`-style arguments filled in.
   * @param {string} key
   * @param {string} english
   * @param {...(string | number)} args
   */
  function t(key, english, ...args) {
    return (labels[key] || english).replace(/\{(\d+)\}/g, (m, i) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : m));
  }

  /** @param {'high' | 'medium' | 'low' | 'mitigating'} r */
  const riskText = (r) => ({ high: t('riskHigh', 'High risk'), medium: t('riskMedium', 'Medium risk'), low: t('riskLow', 'Low risk'), mitigating: t('riskMitigating', 'Protection') })[r];

  function save() {
    vscode.setState(state);
  }

  /**
   * Opens a collapsible as the user last left it, and remembers each toggle across hide and show.
   * @param {HTMLDetailsElement} d
   * @param {string} key
   */
  function rememberOpen(d, key) {
    d.open = state.open.includes(key);
    d.addEventListener('toggle', () => {
      state.open = state.open.filter((x) => x !== key);
      if (d.open) state.open.push(key);
      save();
    });
    return d;
  }

  /** @param {FromPanel} message */
  function post(message) {
    vscode.postMessage(message);
  }

  /**
   * Creates an element with text content and attributes. Text is always set with textContent.
   * @template {keyof HTMLElementTagNameMap} K
   * @param {K} tag
   * @param {{ text?: string, cls?: string, attrs?: Record<string, string> }} [opts]
   * @param {(Node | null | undefined)[]} [children]
   * @returns {HTMLElementTagNameMap[K]}
   */
  function el(tag, opts = {}, children = []) {
    const e = document.createElement(tag);
    if (opts.text !== undefined) e.textContent = opts.text;
    if (opts.cls) e.className = opts.cls;
    for (const [k, v] of Object.entries(opts.attrs || {})) e.setAttribute(k, v);
    for (const c of children) if (c) e.appendChild(c);
    return e;
  }

  /** @param {string} risk */
  function riskBadge(risk) {
    return el('span', { cls: `risk risk-${risk}`, text: ['high', 'medium', 'low', 'mitigating'].includes(risk) ? riskText(/** @type {'high' | 'medium' | 'low' | 'mitigating'} */ (risk)) : risk });
  }

  /**
   * A collapsible section whose open state is remembered.
   * @param {string} id
   * @param {string} title
   * @param {(Node | null)[]} children
   * @param {string} [extra] text after the title
   */
  function section(id, title, children, extra) {
    const summary = el('summary', {}, [el('span', { cls: 'section-title', text: title }), extra ? el('span', { cls: 'count', text: extra }) : null]);
    const d = el('details', { cls: 'section', attrs: { id: `section-${id}` } }, [summary, ...children]);
    return rememberOpen(d, id);
  }

  /**
   * @param {PanelDocument} doc
   * @param {PanelFinding} f
   */
  function findingButton(doc, f) {
    const b = el('button', { cls: 'finding', attrs: { type: 'button', title: `${f.message} (line ${f.line})` } }, [
      el('span', { cls: 'line', text: t('line', 'L{0}', f.line) }),
      riskBadge(f.risk),
      el('span', { cls: 'finding-title', text: f.title }),
      el('span', { cls: 'excerpt', text: f.excerpt }),
    ]);
    b.addEventListener('click', () => post({ type: 'reveal', documentUri: doc.uri, findingId: f.id }));
    return el('li', {}, [b]);
  }

  /**
   * @param {PanelDocument} doc
   * @param {PanelGroup[]} groups
   * @param {string} prefix
   */
  function groupList(doc, groups, prefix) {
    const byId = new Map(doc.findings.map((f) => [f.id, f]));
    const list = el('div', { cls: 'groups' });
    for (const g of groups) {
      const key = `${prefix}:${g.id}`;
      const items = el('ul', { cls: 'findings' });
      // "High risk only": each group counts and shows only its high-risk findings.
      const shown = g.findingIds.map((id) => byId.get(id)).filter((f) => f !== undefined && (!state.highOnly || f.risk === 'high'));
      if (shown.length === 0) continue;
      for (const f of shown) items.appendChild(findingButton(doc, /** @type {PanelFinding} */ (f)));
      const summary = el('summary', {}, [el('span', { cls: 'group-title', text: g.title }), el('span', { cls: 'count', text: String(shown.length) }), riskBadge(state.highOnly ? 'high' : g.risk)]);
      const d = el('details', { cls: 'group' }, [summary, items]);
      list.appendChild(rememberOpen(d, key));
    }
    return list;
  }

  /** @param {PanelDocument} doc */
  function documentSection(doc) {
    const children = [];
    children.push(el('p', { cls: 'doc-name', text: doc.name }));
    if (doc.pending) children.push(el('p', { cls: 'notice', attrs: { role: 'status' }, text: doc.pending }));
    if (doc.restricted && doc.restricted.length > 0) children.push(el('p', { cls: 'notice restricted', attrs: { role: 'status' }, text: t('restricted', 'Restricted Mode: the review is narrowed by the repository: {0}.', doc.restricted.join('; ')) }));
    if (!doc.analysed) {
      children.push(el('p', { cls: 'muted not-analysed', text: t('notAnalysed', 'Not analysed: no statement is made about this document.') }));
      return section('doc', t('thisDocument', 'This document'), children, '—');
    }
    if (doc.playbook) {
      const byId = new Map(doc.findings.map((f) => [f.id, f]));
      const breaks = doc.playbook.breaks.map((id) => byId.get(id)).filter((f) => f !== undefined);
      children.push(el('h3', { text: t('playbook', 'Playbook: {0}', doc.playbook.name) }));
      children.push(breaks.length > 0 ? el('ul', { cls: 'findings playbook-breaks' }, breaks.map((f) => findingButton(doc, /** @type {PanelFinding} */ (f)))) : el('p', { cls: 'muted', text: t('playbookKept', "The document breaks none of the playbook's positions.") }));
    }
    const counts = el('p', { cls: 'counts' });
    for (const r of /** @type {const} */ (['high', 'medium', 'low', 'mitigating'])) {
      counts.appendChild(el('span', { cls: `chip risk-${r}`, text: `${riskText(r)}: ${doc.byRisk[r]}` }));
    }
    children.push(counts);
    const hidden = doc.hidden.off + doc.hidden.suppressed + doc.hidden.accepted;
    if (hidden > 0) children.push(el('p', { cls: 'muted', text: t('hidden', 'Hidden: {0} off in settings, {1} suppressed by comments, {2} accepted.', doc.hidden.off, doc.hidden.suppressed, doc.hidden.accepted) }));
    if (doc.total === 0) {
      children.push(el('p', { cls: 'muted', text: doc.pending ? '' : t('noFlags', 'No clause of this document was flagged.') }));
      return section('doc', t('thisDocument', 'This document'), children, '0');
    }
    const toolbar = el('div', { cls: 'toolbar', attrs: { role: 'group', 'aria-label': t('groupFindings', 'Group findings') } });
    for (const [mode, label] of /** @type {const} */ ([['argument', t('byArgument', 'By argument')], ['category', t('byCategory', 'By category')]])) {
      const b = el('button', { cls: 'toggle', text: label, attrs: { type: 'button', 'aria-pressed': String(state.grouping === mode) } });
      b.addEventListener('click', () => {
        state.grouping = mode;
        save();
        render();
        const again = /** @type {HTMLElement | null} */ (document.querySelector(`.toggle:not(.high-only)[aria-pressed="true"]`));
        again?.focus();
      });
      toolbar.appendChild(b);
    }
    const high = el('button', { cls: 'toggle high-only', text: t('highOnly', 'High risk only'), attrs: { type: 'button', 'aria-pressed': String(Boolean(state.highOnly)) } });
    high.addEventListener('click', () => {
      state.highOnly = !state.highOnly;
      save();
      render();
      /** @type {HTMLElement | null} */ (document.querySelector('.toggle.high-only'))?.focus();
    });
    toolbar.appendChild(high);
    children.push(toolbar);
    children.push(state.grouping === 'argument' ? groupList(doc, doc.byArgument, 'arg') : groupList(doc, doc.byCategory, 'cat'));
    return section('doc', t('thisDocument', 'This document'), children, String(doc.total));
  }

  /** @param {PanelDocument} doc */
  function exposureSection(doc) {
    const x = doc.exposure;
    /** @param {string[]} items */
    const list = (items) => el('ul', {}, items.map((t) => el('li', { text: t })));
    const protections = el('ul', { cls: 'protections' });
    for (const p of x.protections) {
      protections.appendChild(el('li', { cls: p.present ? 'present' : 'missing', attrs: { title: p.description } }, [el('span', { cls: 'mark', text: p.present ? t('present', 'Present') : t('missing', 'Missing') }), el('span', { text: ` ${p.title}` })]));
    }
    return section('exposure', t('exposure', 'Exposure'), [
      el('h3', { text: t('whereData', 'Where the data may be') }),
      list(x.locations),
      x.placesNamed.length > 0 ? el('p', { cls: 'muted', text: t('placesNamed', 'Places named: {0}', x.placesNamed.join(', ')) }) : null,
      el('h3', { text: t('whoCanReach', 'Who can reach it') }),
      list(x.authorities),
      el('h3', { text: t('protections', 'Protections') }),
      protections,
      x.note ? el('p', { cls: 'note', text: x.note }) : null,
      doc.gapMatrix ? gapMatrix(doc.gapMatrix) : null,
    ]);
  }

  /** The government-access gap matrix: one line per safeguard, its status, the lines of its clauses, and why it is weak or missing. @param {PanelGapRow[]} rows */
  function gapMatrix(rows) {
    const status = { present: t('present', 'Present'), weak: t('weak', 'Weak'), missing: t('missing', 'Missing') };
    return el('div', { cls: 'gap-matrix' }, [
      el('h3', { text: t('gapMatrix', 'Government-access safeguards') }),
      el('ul', { cls: 'protections' }, rows.map((r) => el('li', { cls: r.status, attrs: { 'data-safeguard': r.id, title: r.why ?? '' } }, [
        el('span', { cls: 'mark', text: status[r.status] }),
        el('span', { text: ` ${r.label}` }),
        r.lines.length ? el('span', { cls: 'muted', text: ` (${r.lines.slice(0, 3).map((n) => t('atLines', 'line {0}', n)).join(', ')})` }) : null,
      ]))),
    ]);
  }

  /** @param {PanelModel} model */
  function caseSection(model) {
    const c = model.case;
    const parties = el('dl', {}, c.parties.flatMap((p) => [el('dt', { text: p.role }), el('dd', { text: p.name })]));
    const courts = el('ul', { cls: 'courts' }, c.courts.map((ct) => el('li', {}, [el('strong', { text: `${ct.court} (${ct.date})` }), el('span', { text: ` ${ct.judges ? ct.judges + ': ' : ''}${ct.outcome}` })])));
    const timeline = el('ol', { cls: 'timeline' }, c.timeline.map((t) => el('li', {}, [el('time', { text: t.date, attrs: { datetime: t.date } }), el('strong', { text: ` ${t.label}` }), el('div', { cls: 'muted', text: t.detail })])));
    const devs = el('ul', {}, c.developments.map((d) => el('li', {}, [el('strong', { text: `${d.title} (${d.date})` }), el('div', { text: d.summary }), ...d.status.map((s) => el('div', { cls: 'asof', text: s }))])));
    return section('case', t('caseAtAGlance', 'The case at a glance'), [
      el('p', {}, [el('strong', { text: c.name }), el('span', { cls: 'muted', text: c.citation ? ` ${c.citation}` : '' })]),
      c.question ? el('p', { cls: 'question', text: c.question }) : null,
      c.whatWasSought ? el('p', { text: c.whatWasSought }) : null,
      c.parties.length ? el('h3', { text: t('parties', 'Parties') }) : null,
      c.parties.length ? parties : null,
      c.courts.length ? el('h3', { text: t('courts', 'Courts') }) : null,
      c.courts.length ? courts : null,
      c.timeline.length ? el('h3', { text: t('timeline', 'Timeline') }) : null,
      c.timeline.length ? timeline : null,
      c.today.length ? el('h3', { text: t('whatChanged', 'What changed since') }) : null,
      c.today.length ? el('ul', {}, c.today.map((t) => el('li', { text: t }))) : null,
      c.developments.length ? el('h3', { text: t('laterLaw', 'The CLOUD Act and later law') }) : null,
      c.developments.length ? devs : null,
      c.asOf ? el('p', { cls: 'asof', text: t('factsAsOf', 'Facts checked as of {0}.', c.asOf) }) : null,
      c.disclaimer ? el('p', { cls: 'muted', text: c.disclaimer }) : null,
    ]);
  }

  /**
   * @param {PanelModel} model
   * @param {PanelArgument} a
   */
  function argumentDetails(model, a) {
    const key = `argument:${a.id}`;
    const summary = el('summary', {}, [el('span', { cls: 'group-title', text: a.title }), a.findingIds.length ? el('span', { cls: 'count', text: String(a.findingIds.length), attrs: { title: t('findingsInDocument', 'Findings in this document') } }) : null]);
    const holdings = el('ul', {}, a.holdings.map((h) => el('li', {}, [el('strong', { text: `${h.court} (${h.date}): ` }), el('span', { text: h.held })])));
    const doc = model.document;
    const byId = new Map((doc?.findings || []).map((f) => [f.id, f]));
    const linked = doc && a.findingIds.length ? el('ul', { cls: 'findings' }, a.findingIds.map((id) => byId.get(id)).filter((f) => f !== undefined).map((f) => findingButton(doc, /** @type {PanelFinding} */ (f)))) : null;
    const d = el('details', { cls: 'group argument', attrs: { id: a.id } }, [
      summary,
      el('p', { text: a.summary }),
      el('h4', { text: t('microsoftArgued', 'Microsoft argued') }),
      el('p', { text: a.microsoft }),
      a.others ? el('h4', { text: t('othersArgued', 'Amici and others') }) : null,
      a.others ? el('p', { text: a.others }) : null,
      el('h4', { text: t('governmentArgued', 'The U.S. government argued') }),
      el('p', { text: a.government }),
      a.holdings.length ? el('h4', { text: t('courtsHeld', 'What the courts held') }) : null,
      a.holdings.length ? holdings : null,
      a.today ? el('h4', { text: t('today', 'Today') }) : null,
      a.today ? el('p', { text: a.today }) : null,
      ...a.status.map((s) => el('p', { cls: 'asof', text: s })),
      a.forReviewer ? el('h4', { text: t('forReviewer', 'For a reviewer in {0}', model.jurisdiction.label) }) : null,
      a.forReviewer ? el('p', { text: a.forReviewer }) : null,
      linked ? el('h4', { text: t('inThisDocument', 'In this document') }) : null,
      linked,
    ]);
    return rememberOpen(d, key);
  }

  function render() {
    const model = state.model;
    labels = model?.labels || {};
    root.replaceChildren();
    if (!model) {
      root.appendChild(el('p', { cls: 'muted', text: t('loading', 'Loading…') }));
      return;
    }
    root.appendChild(el('p', { cls: 'muted jurisdiction', text: t('riskWording', 'Risk wording for a reviewer in {0}.', model.jurisdiction.label) }));
    if (model.document) {
      root.appendChild(documentSection(model.document));
      // A document that was not analysed gets no exposure summary: "nothing found" would be a claim.
      if (model.document.analysed) root.appendChild(exposureSection(model.document));
    } else {
      root.appendChild(el('p', { cls: 'notice', text: t('openDocument', 'Open a Markdown, plain-text or contract document to see its findings.') }));
    }
    root.appendChild(caseSection(model));
    root.appendChild(section('arguments', t('theArguments', 'The arguments'), model.arguments.map((a) => argumentDetails(model, a)), String(model.arguments.length)));
  }

  /** @param {string} id */
  function focusArgument(id) {
    if (!state.open.includes('arguments')) state.open.push('arguments');
    if (!state.open.includes(`argument:${id}`)) state.open.push(`argument:${id}`);
    save();
    render();
    const target = document.getElementById(id);
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    /** @type {HTMLElement | null} */ (target.querySelector('summary'))?.focus();
  }

  window.addEventListener('message', (/** @type {MessageEvent<ToPanel>} */ event) => {
    const m = event.data;
    if (m.type === 'model') {
      state.model = m.model;
      save();
      render();
    } else if (m.type === 'focusArgument') {
      focusArgument(m.argumentId);
    }
  });

  window.addEventListener('scroll', () => {
    state.scrollY = window.scrollY;
    save();
  }, { passive: true });

  render();
  if (state.scrollY) window.scrollTo(0, state.scrollY);
  post({ type: 'ready' });
})();
