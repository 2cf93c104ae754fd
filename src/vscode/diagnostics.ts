/** DiagnosticsController: debounced, incremental analysis of open documents, published as diagnostics. */
import * as vscode from 'vscode';
import type { Analyzer, Finding, Skipped } from '../core';
import type { AcceptedRisksStore } from './acceptedRisks';
import { readConfig, settingsLayer } from './configuration';
import { positionerFor, type Positioner } from './convert';
import type * as Engine from './engine';
import { FindingsStore, type DocumentResult, type FindingsReader } from './findingsStore';
import { background } from './logging';
import { documentConfig, ignoredBy, type DocumentConfig, type ProjectConfigStore } from './projectConfig';

export type { DocumentResult };

/** The lazily loaded engine, as the scheduler uses it (see lazy.ts). */
export type EngineLoader = () => typeof Engine;

/** Languages the extension analyses. */
export const supportedLanguages = ['markdown', 'plaintext', 'contract'] as const;

/** Schemes that are never analysed: our own rule pages, source-control views, output. */
const ignoredSchemes = new Set(['warrant-lens-rule', 'git', 'gitfs', 'output', 'vscode-scm', 'review', 'pr', 'vscode-chat-code-block', 'walkThrough', 'walkThroughSnippet', 'vscode-settings', 'vscode-userdata']);

/** Above this size, analysis runs in prefix steps of this many characters with a yield between. */
const warmChunkChars = 100_000;
/** Each step of an analysis stops matching after this long and yields: the extension host never freezes. */
const stepBudgetMs = 30;
/** The first step is short, so the first diagnostics of a large document appear quickly. */
const firstChunkChars = 25_000;

/** The first paragraph break at or after `from` (so a prefix ends where a sentence ends), or the end. */
function nextCut(text: string, from: number): number {
  if (from >= text.length) return text.length;
  const cut = text.indexOf('\n\n', from);
  return cut < 0 ? text.length : cut + 2;
}

/**
 * A short pause, not a zero timeout: an RPC round trip with the workbench (a hover request and its
 * reply) needs several event-loop turns, which a 0 ms timeout does not leave.
 */
function yieldToEventLoop(blockedMs: number): Promise<void> {
  const pause = Math.min(50, Math.max(10, blockedMs / 5));
  return new Promise((resolve) => setTimeout(resolve, pause));
}

interface DocState {
  analyzer: Analyzer | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Increases on every scheduled run; a run that finds a newer generation drops its result. */
  generation: number;
  idle: (() => void)[];
  /** The last engine output and text, so a settings change re-reviews without re-analysing. */
  last?: { findings: Finding[]; text: string; notAnalysed?: string; skipped?: readonly Skipped[] };
  /** Set by "Analyze now": the size limit no longer holds this document back. */
  forced: boolean;
  /** Length of the text the analyzer last saw in full, and how much of its start and end no edit has touched since. */
  analyzedLength: number | undefined;
  unchanged: { prefix: number; suffix: number } | undefined;
}

/** True for documents the extension analyses. */
export function isSupported(doc: vscode.TextDocument): boolean {
  return (supportedLanguages as readonly string[]).includes(doc.languageId) && !ignoredSchemes.has(doc.uri.scheme);
}

/**
 * The scheduler: decides when each open document is analysed (debounced, incremental, one Analyzer
 * with its sentence cache per document), runs the core's review step on the result, and publishes it
 * to the findings store, which every other surface reads.
 */
export class DiagnosticsController implements FindingsReader, vscode.Disposable {
  readonly store = new FindingsStore();
  private readonly docs = new Map<string, DocState>();
  /** Documents never analysed (e.g. our own review reports opened untitled). */
  private readonly excluded = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [this.store];
  private settingsProblemsLogged = '';
  /** Fires after a document's diagnostics were published (or cleared). */
  readonly onDidUpdate = this.store.onDidUpdate;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly accepted: AcceptedRisksStore,
    private readonly projectConfig: ProjectConfigStore,
    private readonly engine: EngineLoader,
  ) {
    this.disposables.push(
      projectConfig.onDidChange(() => this.reanalyzeAll()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.refilterAll()),
      vscode.workspace.onDidOpenTextDocument((d) => this.handleDidOpenTextDocument(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.handleDidChangeTextDocument(e)),
      vscode.workspace.onDidSaveTextDocument((d) => this.handleDidSaveTextDocument(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.handleDidCloseTextDocument(d)),
      accepted.onDidChange(() => this.refilterAll()),
    );
    // Documents already open when the extension activates (the one that activated it, at least).
    for (const d of vscode.workspace.textDocuments) this.handleDidOpenTextDocument(d);
  }

  /** Never analyse this document (used for generated reports). */
  exclude(uri: vscode.Uri): void {
    const key = uri.toString();
    this.excluded.add(key);
    const s = this.docs.get(key);
    if (s?.timer) clearTimeout(s.timer);
    this.docs.delete(key);
    this.store.delete(uri);
    for (const resolve of s?.idle ?? []) resolve();
  }

  private wanted(doc: vscode.TextDocument): boolean {
    return isSupported(doc) && !this.excluded.has(doc.uri.toString());
  }

  private state(uri: vscode.Uri): DocState {
    const key = uri.toString();
    let s = this.docs.get(key);
    if (!s) {
      s = { analyzer: undefined, timer: undefined, generation: 0, idle: [], forced: false, analyzedLength: undefined, unchanged: undefined };
      this.docs.set(key, s);
    }
    return s;
  }

  private handleDidOpenTextDocument(doc: vscode.TextDocument): void {
    if (!this.wanted(doc)) return;
    const config = readConfig(doc);
    if (config.run === 'manual') return;
    // The promise only tells a waiter that the run settled; it never rejects (run() logs its own errors).
    void this.schedule(doc, 0, false);
  }

  private handleDidChangeTextDocument(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0 || !this.wanted(e.document)) return;
    this.trackChange(e);
    const config = readConfig(e.document);
    // On save and manual modes keep the last diagnostics (as other linters do) until the next run.
    if (config.run !== 'onType') return;
    void this.schedule(e.document, config.debounceMs, false);
  }

  /**
   * Remembers where the text changed since the last analysis, so the engine need not compare the
   * whole document to find it. Only single-change events are tracked; anything else makes the
   * engine compare (it also checks the hint it is given).
   */
  private trackChange(e: vscode.TextDocumentChangeEvent): void {
    const s = this.state(e.document.uri);
    const change = e.contentChanges.length === 1 ? e.contentChanges[0] : undefined;
    if (!change || s.analyzedLength === undefined) {
      s.unchanged = undefined;
      s.analyzedLength = undefined;
      return;
    }
    // The document's length without copying its text (this runs on every keystroke).
    const doc = e.document;
    const length = doc.offsetAt(doc.lineAt(doc.lineCount - 1).range.end);
    const before = length - change.text.length + change.rangeLength;
    const prefix = change.rangeOffset;
    const suffix = before - change.rangeOffset - change.rangeLength;
    const u = s.unchanged ?? { prefix: Number.POSITIVE_INFINITY, suffix: Number.POSITIVE_INFINITY };
    s.unchanged = { prefix: Math.min(u.prefix, prefix), suffix: Math.min(u.suffix, suffix) };
  }

  /** The engine's change hint for `text`, when every edit since the last analysis was tracked. */
  private changeHint(s: DocState, text: string): { start: number; deletedLength: number; insertedLength: number } | undefined {
    const u = s.unchanged;
    if (!u || s.analyzedLength === undefined || !Number.isFinite(u.prefix) || !Number.isFinite(u.suffix)) return undefined;
    const deletedLength = s.analyzedLength - u.prefix - u.suffix;
    const insertedLength = text.length - u.prefix - u.suffix;
    return deletedLength >= 0 && insertedLength >= 0 ? { start: u.prefix, deletedLength, insertedLength } : undefined;
  }

  private handleDidSaveTextDocument(doc: vscode.TextDocument): void {
    if (!this.wanted(doc)) return;
    if (readConfig(doc).run === 'onSave') void this.schedule(doc, 0, false);
  }

  private handleDidCloseTextDocument(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const s = this.docs.get(key);
    if (s?.timer) clearTimeout(s.timer);
    this.docs.delete(key);
    this.store.delete(doc.uri);
    this.excluded.delete(key);
    for (const resolve of s?.idle ?? []) resolve();
  }

  /** Plans an analysis after `delay` ms; a newer plan replaces an older one. */
  private schedule(doc: vscode.TextDocument, delay: number, force: boolean): Promise<void> {
    const s = this.state(doc.uri);
    if (s.timer) clearTimeout(s.timer);
    const generation = ++s.generation;
    return new Promise<void>((resolve) => {
      s.idle.push(resolve);
      s.timer = setTimeout(() => {
        s.timer = undefined;
        background(this.log, 'analysis', this.run(doc, generation, force));
      }, delay);
    });
  }

  private settleIdle(s: DocState): void {
    if (s.timer) return;
    const waiting = s.idle;
    s.idle = [];
    for (const resolve of waiting) resolve();
  }

  /** The document's configuration: VS Code settings, with the project file over them (the TIA commands read its playbook too). */
  async configFor(uri: vscode.Uri): Promise<DocumentConfig> {
    const e = this.engine();
    const { config: layer, problems } = e.normalizeProjectConfig(settingsLayer(uri), e.allRules.map((r) => r.id), 'settings (warrantLens.*)');
    const joined = problems.join('\n');
    if (joined !== this.settingsProblemsLogged) {
      this.settingsProblemsLogged = joined;
      for (const p of problems) this.log.warn(p);
    }
    return documentConfig(this.projectConfig, uri, layer);
  }

  /** Why a document is not analysed (it makes no claims then), or undefined. */
  private notAnalysedReason(doc: vscode.TextDocument, text: string, cfg: DocumentConfig, maxFileSize: number, forced: boolean): string | undefined {
    if (this.engine().isReviewReport(text)) return vscode.l10n.t('This is a Warrant Lens review report; it is not analysed.');
    if (ignoredBy(cfg, doc.uri)) return vscode.l10n.t('Not analysed: the "ignore" list of {0} covers this document.', vscode.workspace.asRelativePath(cfg.file!, false));
    if (!forced && text.length > maxFileSize) {
      return vscode.l10n.t('Not analysed: this document has {0} characters, more than warrantLens.maxFileSize ({1}). Run "Warrant Lens: Analyze Current Document Now" to analyse it.', text.length, maxFileSize);
    }
    return undefined;
  }

  private async run(doc: vscode.TextDocument, generation: number, force: boolean): Promise<void> {
    const s = this.state(doc.uri);
    try {
      const [cfg] = await Promise.all([this.configFor(doc.uri), this.accepted.ready(doc.uri)]);
      // A newer edit or a close came in while we waited: its own run publishes.
      if (s.generation !== generation || doc.isClosed || this.docs.get(doc.uri.toString()) !== s) return;
      const config = readConfig(doc);
      const version = doc.version;
      const text = doc.getText();
      if (force) s.forced = true;
      const skip = this.notAnalysedReason(doc, text, cfg, config.maxFileSize, s.forced);
      if (skip) {
        this.log.info(`${doc.uri.toString(true)}: ${skip}`);
        this.publish(doc.uri, doc, version, [], cfg, text, (o) => doc.positionAt(o).line, skip);
        return;
      }
      const settings = { missingProtections: cfg.resolved.settings.missingProtections };
      const started = performance.now();
      const analyzer = (s.analyzer ??= new (this.engine().Analyzer)());
      const options = { format: doc.languageId === 'plaintext' ? ('plaintext' as const) : ('markdown' as const) };
      let change = this.changeHint(s, text);
      const stale = (): boolean => s.generation !== generation || doc.isClosed || doc.version !== version;
      // Each call matches for at most stepBudgetMs, then yields; an unfinished analysis goes on with
      // the same text. Returns undefined when a newer edit or a close made the work useless.
      const analyzeInSteps = async (input: string, stepSettings: typeof settings, first: typeof options & { change?: typeof change }) => {
        let stepStart = performance.now();
        let r = analyzer.analyze(input, stepSettings, { ...first, budgetMs: stepBudgetMs });
        while (r.incomplete) {
          await yieldToEventLoop(performance.now() - stepStart);
          if (stale()) return undefined;
          stepStart = performance.now();
          r = analyzer.analyze(input, stepSettings, { ...options, budgetMs: stepBudgetMs });
        }
        return r;
      };
      // Large documents: warm the sentence cache on growing prefixes, yielding between them, so that
      // hovers and commands keep answering; the final full run then mostly reads the cache.
      if (text.length > warmChunkChars) {
        // The analyzer will see prefixes first: edits tracked against its last text no longer apply.
        s.analyzedLength = undefined;
        s.unchanged = undefined;
        let first = true;
        for (let end = nextCut(text, firstChunkChars); end < text.length; end = nextCut(text, end + warmChunkChars)) {
          const stepStart = performance.now();
          const partial = await analyzeInSteps(text.slice(0, end), { ...settings, missingProtections: false }, options);
          if (!partial) return;
          change = undefined;
          // On opening, show the first part's clause findings at once (document-level "missing"
          // findings wait for the whole text); the full result replaces them when it is ready.
          if (first && !this.store.lastResultFor(doc.uri)) {
            const { playbook: _whole, ...clausesOnly } = cfg.resolved;
            this.publish(doc.uri, doc, version, partial.findings, { ...cfg, resolved: clausesOnly }, text, (o) => doc.positionAt(o).line);
          }
          first = false;
          await yieldToEventLoop(performance.now() - stepStart);
          if (s.generation !== generation || doc.isClosed || doc.version !== version) return;
        }
      }
      const result = await analyzeInSteps(text, settings, change ? { ...options, change } : options);
      if (!result) return;
      s.analyzedLength = text.length;
      s.unchanged = undefined;
      this.log.trace(`${doc.uri.toString(true)} v${version}: ${result.findings.length} findings in ${(performance.now() - started).toFixed(1)} ms (${result.stats.cachedSentences}/${result.stats.sentences} sentences cached)`);
      for (const p of result.problems) this.log.info(`${doc.uri.toString(true)}: ${p}`);
      // Analysis is synchronous, but keep the guard: the text must still be the text we analysed.
      if (doc.version !== version || s.generation !== generation) return;
      this.publish(doc.uri, doc, version, result.findings, cfg, text, (o) => doc.positionAt(o).line, undefined, result.skipped);
    } finally {
      this.settleIdle(s);
    }
  }

  /** Runs the core's review step on the engine's findings and publishes the result. */
  private publish(uri: vscode.Uri, positioner: Positioner, version: number, findings: Finding[], cfg: DocumentConfig, text: string, lineOf: (o: number) => number, notAnalysed?: string, skipped?: readonly Skipped[]): DocumentResult {
    const e = this.engine();
    // A document that was not analysed has nothing to review: its suppression comments are not even read.
    const review = e.review({ text: notAnalysed ? '' : text, findings, config: cfg.resolved, accepted: this.accepted.entriesFor(uri) });
    const result: DocumentResult = {
      uri,
      version,
      ...review,
      jurisdiction: cfg.resolved.jurisdiction,
      lineOf,
      ...(cfg.file ? { configFile: cfg.file } : {}),
      ...(cfg.resolved.playbook ? { playbook: cfg.resolved.playbook.name } : {}),
      ...(notAnalysed ? { notAnalysed } : {}),
      ...(skipped && skipped.length > 0 ? { skipped } : {}),
    };
    const restricted = this.restrictedNarrowing(uri, result, cfg);
    if (restricted.length > 0) result.restricted = restricted;
    this.store.publish(result, positioner);
    const s = this.docs.get(uri.toString());
    if (s && version >= 0) s.last = { findings, text, ...(notAnalysed ? { notAnalysed } : {}), ...(skipped ? { skipped } : {}) };
    return result;
  }

  /**
   * In Restricted Mode, what the repository itself narrowed (accepted risks from its file, `disable-file`
   * comments, rules turned off in its config file), so the status bar and panel can say so.
   */
  private restrictedNarrowing(uri: vscode.Uri, result: DocumentResult, cfg: DocumentConfig): string[] {
    if (vscode.workspace.isTrusted) return [];
    const n = this.engine().repositoryNarrowing(result, cfg.config, { acceptedFromRepository: this.accepted.fromRepository(uri), ignored: Boolean(result.notAnalysed) && ignoredBy(cfg, uri) });
    if (!n.any) return [];
    const file = cfg.file ? vscode.workspace.asRelativePath(cfg.file, false) : '';
    const out: string[] = [];
    if (n.acceptedRisks === 1) out.push(vscode.l10n.t('1 finding hidden as an accepted risk by the repository\'s .warrant-lens/accepted-risks.json'));
    else if (n.acceptedRisks > 1) out.push(vscode.l10n.t('{0} findings hidden as accepted risks by the repository\'s .warrant-lens/accepted-risks.json', n.acceptedRisks));
    if (n.fileComments === 1) out.push(vscode.l10n.t('1 file-level suppression comment in the document'));
    else if (n.fileComments > 1) out.push(vscode.l10n.t('{0} file-level suppression comments in the document', n.fileComments));
    if (n.turnedOff.length > 0) out.push(vscode.l10n.t('{0} turned off in {1}', n.turnedOff.join(', '), file));
    if (n.ignored) out.push(vscode.l10n.t('the document is on the ignore list of {0}', file));
    return out;
  }

  /** Re-applies settings, suppressions and accepted risks to the last results without re-analysing. */
  private refilterAll(): void {
    for (const doc of vscode.workspace.textDocuments) {
      const s = this.docs.get(doc.uri.toString());
      const r = this.store.lastResultFor(doc.uri);
      if (!s?.last || !r || r.version !== doc.version) continue;
      const last = s.last;
      const version = r.version;
      background(this.log, 'refilter', this.configFor(doc.uri).then((cfg) => {
        if (doc.version === version && !doc.isClosed) this.publish(doc.uri, doc, version, last.findings, cfg, last.text, r.lineOf, last.notAnalysed, last.skipped);
      }));
    }
  }

  /** Re-analyses every open supported document (after a settings change). */
  reanalyzeAll(): void {
    // Manual-mode documents keep their findings but get the new severities and filters at once.
    this.refilterAll();
    for (const doc of vscode.workspace.textDocuments) {
      if (this.wanted(doc) && readConfig(doc).run !== 'manual') background(this.log, 'reanalysis', this.schedule(doc, 0, false));
    }
  }

  /** Analyses a document now, ignoring the run mode and the size limit. */
  async analyzeNow(doc: vscode.TextDocument): Promise<DocumentResult | undefined> {
    if (!isSupported(doc)) return undefined;
    this.excluded.delete(doc.uri.toString());
    await this.schedule(doc, 0, true);
    return this.store.lastResultFor(doc.uri);
  }

  /** Analyses a file that is not open (workspace scan) and publishes its diagnostics. */
  async analyzeText(uri: vscode.Uri, text: string, analyzer: Analyzer): Promise<DocumentResult> {
    const e = this.engine();
    const index = new e.LineIndex(text);
    const [cfg] = await Promise.all([this.configFor(uri), this.accepted.ready(uri)]);
    const lineOf = (o: number) => index.positionAt(o).line;
    const skip = e.isReviewReport(text) ? vscode.l10n.t('This is a Warrant Lens review report; it is not analysed.') : ignoredBy(cfg, uri) ? vscode.l10n.t('Not analysed: on the ignore list of the project config.') : undefined;
    if (skip) return this.publish(uri, positionerFor(index), -1, [], cfg, text, lineOf, skip);
    const result = analyzer.analyze(text, { missingProtections: cfg.resolved.settings.missingProtections }, { fileName: uri.path });
    return this.publish(uri, positionerFor(index), -1, result.findings, cfg, text, lineOf, undefined, result.skipped);
  }

  /** The latest result for a document, if it is current. */
  resultFor(uri: vscode.Uri): DocumentResult | undefined {
    return this.store.resultFor(uri);
  }

  /** The latest result for a document even if it has been edited since (for status and panel). */
  lastResultFor(uri: vscode.Uri): DocumentResult | undefined {
    return this.store.lastResultFor(uri);
  }

  /** Resolves when the document has no analysis waiting. */
  whenIdle(uri: vscode.Uri): Promise<void> {
    const s = this.docs.get(uri.toString());
    if (!s || (!s.timer && s.idle.length === 0)) return Promise.resolve();
    return new Promise((resolve) => s.idle.push(resolve));
  }

  dispose(): void {
    for (const s of this.docs.values()) if (s.timer) clearTimeout(s.timer);
    for (const d of this.disposables) d.dispose();
  }
}
