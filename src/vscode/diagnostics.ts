/** DiagnosticsController: debounced, incremental analysis of open documents, published as diagnostics. */
import * as vscode from 'vscode';
import type { Analyzer, Finding, Skipped } from '../core';
import { parseSuppressions } from '../present/suppressions';
import { visibleFindings, type HiddenCounts, type VisibleFinding } from '../present/visible';
import type { AcceptedRisksStore } from './acceptedRisks';
import { readConfig, type ExtensionConfig } from './configuration';
import { positionerFor, skippedDiagnostic, toDiagnostic, type Positioner } from './convert';
import { engine } from './lazy';
import { background } from './logging';

/** Languages the extension analyses. */
export const supportedLanguages = ['markdown', 'plaintext', 'contract'] as const;

/** Schemes that are never analysed: our own rule pages, source-control views, output. */
const ignoredSchemes = new Set(['warrant-lens-rule', 'git', 'gitfs', 'output', 'vscode-scm', 'review', 'pr', 'vscode-chat-code-block', 'walkThrough', 'walkThroughSnippet', 'vscode-settings', 'vscode-userdata']);

/** Above this size, analysis runs in prefix steps of this many characters with a yield between. */
const warmChunkChars = 100_000;
/** Each step of an analysis stops matching after this long and yields: the extension host never freezes. */
const stepBudgetMs = 30;

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

/** The published state of one document. */
export interface DocumentResult {
  uri: vscode.Uri;
  /** Document version the findings belong to (-1 for files that are not open). */
  version: number;
  /** Every finding of the engine, before filtering. */
  findings: Finding[];
  visible: VisibleFinding[];
  hidden: HiddenCounts;
  /** Set when analysis is waiting for the "Analyze now" command. */
  pending?: string;
  /** Text the engine did not read (binary, over the size limit, hidden in a comment). */
  skipped?: readonly Skipped[];
  lineOf: (offset: number) => number;
}

interface DocState {
  analyzer: Analyzer | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Increases on every scheduled run; a run that finds a newer generation drops its result. */
  generation: number;
  result: DocumentResult | undefined;
  idle: (() => void)[];
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

/** Owns the diagnostic collection and one Analyzer (with its sentence cache) per open document. */
export class DiagnosticsController implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('warrant-lens');
  private readonly docs = new Map<string, DocState>();
  /** Results of files analysed by a workspace scan without being open. */
  private readonly scanned = new Map<string, DocumentResult>();
  /** Documents never analysed (e.g. our own review reports). */
  private readonly excluded = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.collection, this.emitter];
  private settingsProblemsLogged = '';
  /** Fires after a document's diagnostics were published (or cleared). */
  readonly onDidUpdate = this.emitter.event;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly accepted: AcceptedRisksStore,
  ) {
    this.disposables.push(
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
    this.collection.delete(uri);
    for (const resolve of s?.idle ?? []) resolve();
  }

  private wanted(doc: vscode.TextDocument): boolean {
    return isSupported(doc) && !this.excluded.has(doc.uri.toString());
  }

  private state(uri: vscode.Uri): DocState {
    const key = uri.toString();
    let s = this.docs.get(key);
    if (!s) {
      s = { analyzer: undefined, timer: undefined, generation: 0, result: undefined, idle: [], forced: false, analyzedLength: undefined, unchanged: undefined };
      this.docs.set(key, s);
    }
    return s;
  }

  private handleDidOpenTextDocument(doc: vscode.TextDocument): void {
    if (!this.wanted(doc)) return;
    const config = readConfig(doc);
    if (config.run === 'manual') return;
    this.schedule(doc, 0, false);
  }

  private handleDidChangeTextDocument(e: vscode.TextDocumentChangeEvent): void {
    if (e.contentChanges.length === 0 || !this.wanted(e.document)) return;
    this.trackChange(e);
    const config = readConfig(e.document);
    // On save and manual modes keep the last diagnostics (as other linters do) until the next run.
    if (config.run !== 'onType') return;
    this.schedule(e.document, config.debounceMs, false);
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
    if (readConfig(doc).run === 'onSave') this.schedule(doc, 0, false);
  }

  private handleDidCloseTextDocument(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const s = this.docs.get(key);
    if (s?.timer) clearTimeout(s.timer);
    this.docs.delete(key);
    this.collection.delete(doc.uri);
    this.excluded.delete(key);
    for (const resolve of s?.idle ?? []) resolve();
    this.emitter.fire(doc.uri);
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

  private engineSettings(config: ExtensionConfig) {
    const e = engine();
    const { settings, problems } = e.normalizeSettings({ ...config.engine }, e.rules.map((r) => r.id));
    const joined = problems.join('\n');
    if (joined !== this.settingsProblemsLogged) {
      this.settingsProblemsLogged = joined;
      for (const p of problems) this.log.warn(`Settings: ${p}`);
    }
    return settings;
  }

  private async run(doc: vscode.TextDocument, generation: number, force: boolean): Promise<void> {
    const s = this.state(doc.uri);
    try {
      await this.accepted.ready(doc.uri);
      // A newer edit or a close came in while we waited: its own run publishes.
      if (s.generation !== generation || doc.isClosed || this.docs.get(doc.uri.toString()) !== s) return;
      const config = readConfig(doc);
      const version = doc.version;
      const text = doc.getText();
      if (force) s.forced = true;
      if (!s.forced && text.length > config.maxFileSize) {
        const pending = vscode.l10n.t('This document has {0} characters, more than warrantLens.maxFileSize ({1}). Run "Warrant Lens: Analyze Current Document Now" to analyse it.', text.length, config.maxFileSize);
        this.log.info(`${doc.uri.toString(true)}: ${text.length} characters; waiting for "Analyze now".`);
        this.publish(doc.uri, doc, version, [], pending, (o) => doc.positionAt(o).line, text);
        return;
      }
      const settings = this.engineSettings(config);
      const started = performance.now();
      const analyzer = (s.analyzer ??= new (engine().Analyzer)());
      const options = { format: doc.languageId === 'plaintext' ? ('plaintext' as const) : ('markdown' as const) };
      let change = this.changeHint(s, text);
      // Large documents: warm the sentence cache on growing prefixes, yielding between them, so that
      // hovers and commands keep answering; the final full run then mostly reads the cache.
      const stale = (): boolean => s.generation !== generation || doc.isClosed || doc.version !== version;
      // Each call matches for at most stepBudgetMs, then yields; an unfinished analysis goes on with
      // the same text. Returns undefined when a newer edit or a close made the work useless.
      const analyzeInSteps = async (input: string, first: typeof options & { change?: typeof change }) => {
        let stepStart = performance.now();
        let r = analyzer.analyze(input, settings, { ...first, budgetMs: stepBudgetMs });
        while (r.incomplete) {
          await yieldToEventLoop(performance.now() - stepStart);
          if (stale()) return undefined;
          stepStart = performance.now();
          r = analyzer.analyze(input, settings, { ...options, budgetMs: stepBudgetMs });
        }
        return r;
      };
      if (text.length > warmChunkChars) {
        // The analyzer will see prefixes first: edits tracked against its last text no longer apply.
        s.analyzedLength = undefined;
        s.unchanged = undefined;
        for (let end = nextCut(text, warmChunkChars); end < text.length; end = nextCut(text, end + warmChunkChars)) {
          const stepStart = performance.now();
          if (!(await analyzeInSteps(text.slice(0, end), options))) return;
          change = undefined;
          await yieldToEventLoop(performance.now() - stepStart);
          if (stale()) return;
        }
      }
      const result = await analyzeInSteps(text, change ? { ...options, change } : options);
      if (!result) return;
      s.analyzedLength = text.length;
      s.unchanged = undefined;
      this.log.trace(`${doc.uri.toString(true)} v${version}: ${result.findings.length} findings in ${(performance.now() - started).toFixed(1)} ms (${result.stats.cachedSentences}/${result.stats.sentences} sentences cached)`);
      for (const p of result.problems) this.log.info(`${doc.uri.toString(true)}: ${p}`);
      // Analysis is synchronous, but keep the guard: the text must still be the text we analysed.
      if (doc.version !== version || s.generation !== generation) return;
      this.publish(doc.uri, doc, version, result.findings, undefined, (o) => doc.positionAt(o).line, text, result.skipped);
    } finally {
      this.settleIdle(s);
    }
  }

  private publish(uri: vscode.Uri, positioner: Positioner, version: number, findings: Finding[], pending: string | undefined, lineOf: (o: number) => number, text?: string, skipped?: readonly Skipped[]): DocumentResult {
    const result = this.filter(uri, positioner, version, findings, lineOf, text, skipped);
    if (pending) result.pending = pending;
    if (version >= 0) this.state(uri).result = result;
    else this.scanned.set(uri.toString(), result);
    this.emitter.fire(uri);
    return result;
  }

  private filter(uri: vscode.Uri, positioner: Positioner, version: number, findings: Finding[], lineOf: (o: number) => number, text?: string, skipped: readonly Skipped[] = []): DocumentResult {
    const config = readConfig(uri);
    const settings = findings.length > 0 ? this.engineSettings(config) : { rules: {}, categories: {} };
    // Without findings there is nothing to hide: the over-size path reads no suppression comments.
    const source = findings.length === 0 ? '' : (text ?? (vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.getText() ?? ''));
    const { visible, hidden } = visibleFindings(findings, settings, findings.length > 0 ? parseSuppressions(source) : undefined, this.accepted.keysFor(uri));
    const related = vscode.l10n.t('The clause this finding refers to');
    const diagnostics = visible.map((v) => toDiagnostic(v.finding, v.severity, positioner, uri, related));
    // Fail closed: text the engine did not read is a problem of its own, where it starts.
    for (const k of skipped) if (!k.read) diagnostics.push(skippedDiagnostic(k, positioner, vscode.l10n.t('Not analysed: {0}', k.reason)));
    this.collection.set(uri, diagnostics);
    return { uri, version, findings, visible, hidden, lineOf, ...(skipped.length > 0 ? { skipped } : {}) };
  }

  /** Re-applies settings, suppressions and accepted risks to the last results without re-analysing. */
  private refilterAll(): void {
    for (const doc of vscode.workspace.textDocuments) {
      const r = this.docs.get(doc.uri.toString())?.result;
      if (r && r.version === doc.version) this.publish(doc.uri, doc, r.version, r.findings, r.pending, r.lineOf, undefined, r.skipped);
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
    return this.docs.get(doc.uri.toString())?.result;
  }

  /** Analyses a file that is not open (workspace scan) and publishes its diagnostics. */
  analyzeText(uri: vscode.Uri, text: string, analyzer: Analyzer): DocumentResult {
    const e = engine();
    const index = new e.LineIndex(text);
    const settings = this.engineSettings(readConfig(uri));
    const result = analyzer.analyze(text, settings, { fileName: uri.path });
    return this.publish(uri, positionerFor(index), -1, result.findings, undefined, (o) => index.positionAt(o).line, text, result.skipped);
  }

  /** The latest result for a document, if it is current. */
  resultFor(uri: vscode.Uri): DocumentResult | undefined {
    const key = uri.toString();
    const open = this.docs.get(key)?.result;
    if (open) {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      return doc && doc.version === open.version ? open : undefined;
    }
    return this.scanned.get(key);
  }

  /** The latest result for a document even if it has been edited since (for status and panel). */
  lastResultFor(uri: vscode.Uri): DocumentResult | undefined {
    return this.docs.get(uri.toString())?.result ?? this.scanned.get(uri.toString());
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
