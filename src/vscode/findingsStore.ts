/** The reviewed findings of every document: the one place the hover, quick fixes, panel, status bar and report read from. */
import * as vscode from 'vscode';
import type { ConfigJurisdiction, Finding, HiddenCounts, Narrowing, PlaybookBreak, ReviewedFinding, Skipped } from '../core';
import { skippedDiagnostic, toDiagnostic, type Positioner } from './convert';

/** The published state of one document. */
export interface DocumentResult {
  uri: vscode.Uri;
  /** Document version the findings belong to (-1 for files that are not open). */
  version: number;
  /** Every finding of the engine and the playbook, reviewed (shown or not). */
  all: ReviewedFinding[];
  /** The shown findings (the diagnostics). */
  visible: ReviewedFinding[];
  hidden: HiddenCounts;
  breaks: PlaybookBreak[];
  narrowing: Narrowing;
  /** The reviewer jurisdiction that applies (config file over settings). */
  jurisdiction: ConfigJurisdiction;
  /** The project config file that applied, if any. */
  configFile?: vscode.Uri;
  /** Name of the playbook that applied, if any. */
  playbook?: string;
  /** Set when the document was not analysed, and why (over the size limit, ignored, a report): no claims are made. */
  notAnalysed?: string;
  /** Text the engine did not read (binary, over the character limit, hidden in a comment): a warning each. */
  skipped?: readonly Skipped[];
  /** Set when repository-supplied narrowing applies in Restricted Mode: what it is, in words. */
  restricted?: string[];
  lineOf: (offset: number) => number;
}

/** What the surfaces need of the store. */
export interface FindingsReader {
  /** The latest result for a document, if it belongs to its current version. */
  resultFor(uri: vscode.Uri): DocumentResult | undefined;
  /** The latest result even if the document was edited since (status bar, panel). */
  lastResultFor(uri: vscode.Uri): DocumentResult | undefined;
  readonly onDidUpdate: vscode.Event<vscode.Uri>;
}

/** Holds results and the diagnostic collection; publishing a result updates Problems and notifies the surfaces. */
export class FindingsStore implements FindingsReader, vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('warrant-lens');
  private readonly results = new Map<string, DocumentResult>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidUpdate = this.emitter.event;

  publish(result: DocumentResult, positioner: Positioner): void {
    const related = vscode.l10n.t('The clause this finding refers to');
    const diagnostics = result.visible.map((v) => toDiagnostic(v.finding, v.severity, positioner, result.uri, related));
    // Fail closed: text the engine did not read is a problem of its own, where it starts.
    for (const k of result.skipped ?? []) if (!k.read) diagnostics.push(skippedDiagnostic(k, positioner, vscode.l10n.t('Not analysed: {0}', k.reason)));
    this.collection.set(result.uri, diagnostics);
    this.results.set(result.uri.toString(), result);
    this.emitter.fire(result.uri);
  }

  delete(uri: vscode.Uri): void {
    this.results.delete(uri.toString());
    this.collection.delete(uri);
    this.emitter.fire(uri);
  }

  resultFor(uri: vscode.Uri): DocumentResult | undefined {
    const r = this.results.get(uri.toString());
    if (!r || r.version < 0) return r;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    return doc && doc.version === r.version ? r : undefined;
  }

  lastResultFor(uri: vscode.Uri): DocumentResult | undefined {
    return this.results.get(uri.toString());
  }

  /** Every result currently held (for re-filtering after a settings change). */
  entries(): DocumentResult[] {
    return [...this.results.values()];
  }

  /** The shown findings of a document (API and tests). */
  findings(uri: vscode.Uri): Finding[] {
    return this.lastResultFor(uri)?.visible.map((v) => v.finding) ?? [];
  }

  dispose(): void {
    this.collection.dispose();
    this.emitter.dispose();
  }
}
