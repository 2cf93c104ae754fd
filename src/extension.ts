/** Composition root: activate() builds the services, registers the surfaces, and returns the test API. */
import * as vscode from 'vscode';
import { AcceptedRisksStore } from './vscode/acceptedRisks';
import { createApi, type WarrantLensApi } from './vscode/api';
import { FindingCodeActionProvider } from './vscode/codeActions';
import { createCommandHandlers } from './vscode/commandHandlers';
import { registerCommands } from './vscode/commands';
import { PortfolioProvider } from './vscode/portfolio';
import { onDidChangeConfig } from './vscode/configuration';
import { DiagnosticsController, supportedLanguages } from './vscode/diagnostics';
import { DocumentReviewEditor, ExtractedDocuments, extractScheme, PositionHoverProvider, PositionLabels } from './vscode/documents';
import { FindingHoverProvider } from './vscode/hover';
import { engine, engineLoaded } from './vscode/lazy';
import { ProjectConfigStore } from './vscode/projectConfig';
import { createLog } from './vscode/logging';
import { CasePanelProvider } from './vscode/panel/findingsView';
import { registerRuleDocuments } from './vscode/ruleDocuments';
import { RiskStatusBar } from './vscode/statusBar';

/**
 * Not async on purpose: VS Code waits for an async activate, and nothing here needs to wait.
 * Everything heavy (the engine and its NLP library) is loaded on the first analysis.
 */
export function activate(context: vscode.ExtensionContext): WarrantLensApi {
  const started = performance.now();
  let activationMs = 0;
  let activationStep = 'log';
  const step = (name: string) => {
    activationStep = name;
  };
  try {
    const log = createLog();
    context.subscriptions.push(log);
    step('accepted risks');
    const accepted = new AcceptedRisksStore(log);
    step('project config');
    const projectConfig = new ProjectConfigStore(log, () => engine().allRules.map((r) => r.id));
    step('diagnostics');
    const controller = new DiagnosticsController(log, accepted, projectConfig, engine);
    step('panel');
    const panel = new CasePanelProvider(context.extensionUri, controller, log);
    step('providers');
    const selector = supportedLanguages.map((language) => ({ language }));
    context.subscriptions.push(
      accepted,
      projectConfig,
      controller,
      panel,
      vscode.window.registerWebviewViewProvider(CasePanelProvider.viewType, panel),
      vscode.languages.registerHoverProvider(selector, new FindingHoverProvider(controller)),
      vscode.languages.registerCodeActionsProvider(selector, new FindingCodeActionProvider(controller), { providedCodeActionKinds: FindingCodeActionProvider.providedCodeActionKinds }),
      registerRuleDocuments(),
      new RiskStatusBar(controller),
      onDidChangeConfig(() => {
        controller.reanalyzeAll();
        panel.refresh();
      }),
    );
    step('documents');
    // Word and PDF files: their extracted text, read-only, with page/paragraph labels.
    const documents = new ExtractedDocuments(context.extensionUri, log);
    const portfolio = new PortfolioProvider(log, documents);
    context.subscriptions.push(portfolio, vscode.window.registerTreeDataProvider(PortfolioProvider.viewType, portfolio));
    context.subscriptions.push(
      documents,
      vscode.workspace.registerTextDocumentContentProvider(extractScheme, documents),
      vscode.languages.registerHoverProvider({ scheme: extractScheme }, new PositionHoverProvider(controller, documents)),
      new PositionLabels(controller, documents),
      vscode.window.registerCustomEditorProvider(DocumentReviewEditor.viewType, new DocumentReviewEditor(documents), { supportsMultipleEditorsPerDocument: true }),
    );
    step('commands');
    context.subscriptions.push(...registerCommands(vscode.commands, createCommandHandlers({ extensionUri: context.extensionUri, log, controller, accepted, panel, documents, portfolio })));
    activationMs = performance.now() - started;
    log.info(`Activated in ${activationMs.toFixed(1)} ms (engine loaded: ${engineLoaded()}).`);
    return createApi(controller, panel, () => activationMs);
  } catch (err) {
    throw new Error(`Warrant Lens failed to activate at step "${activationStep}"`, { cause: err });
  }
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
