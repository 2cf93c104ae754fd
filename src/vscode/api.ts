/** The API object activate() returns, for integration tests and other extensions. */
import * as vscode from 'vscode';
import type { Finding } from '../core';
import type { PanelModel } from '../present/panelProtocol';
import type { DiagnosticsController } from './diagnostics';
import type { CasePanelProvider } from './panel/findingsView';

/** See test/EXTENSION-CONTRACT.md. */
export interface WarrantLensApi {
  /** Findings currently shown for the document (after settings, suppressions and accepted risks). */
  getFindings(uri: vscode.Uri): Finding[];
  /** Analyses now (ignores run mode and size limit); resolves with the visible findings. */
  analyzeNow(uri: vscode.Uri): Promise<Finding[]>;
  /** The case panel's model for the active (or last active) document. */
  panelModel(): PanelModel;
  /** Resolves once the document's pending analysis (if any) has been published. */
  whenIdle(uri: vscode.Uri): Promise<void>;
  /** Milliseconds spent in activate(). */
  readonly activationMs: number;
}

/** Builds the API over the controller and the panel. */
export function createApi(controller: DiagnosticsController, panel: CasePanelProvider, activationMs: () => number): WarrantLensApi {
  return {
    getFindings: (uri) => controller.lastResultFor(uri)?.visible.map((v) => v.finding) ?? [],
    analyzeNow: async (uri) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
      const r = await controller.analyzeNow(doc);
      return r?.visible.map((v) => v.finding) ?? [];
    },
    panelModel: () => panel.model(),
    whenIdle: (uri) => controller.whenIdle(uri),
    get activationMs() {
      return activationMs();
    },
  };
}
