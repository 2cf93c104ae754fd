/** The handlers of every command, built over the extension's services. */
import * as vscode from 'vscode';
import type { AcceptedRisksStore } from './acceptedRisks';
import { fixWorkspaceEdit } from './codeActions';
import { CommandId, type AcceptRiskArgs, type ApplyFixArgs } from './commands';
import { compareRisk } from './compareRisk';
import type { DiagnosticsController } from './diagnostics';
import { documentExtensionPattern, isExtracted, type ExtractedDocuments } from './documents';
import { engine } from './lazy';
import type { CasePanelProvider } from './panel/findingsView';
import { exportReport } from './report';
import { pickRule, showRulePage } from './ruleDocuments';
import { exportPortfolio, isPortfolioFormat, type PortfolioFormat, type PortfolioProvider, type PortfolioSort } from './portfolio';
import { checkSubprocessorsCommand, draftTiaCommand, draftTiaWordCommand } from './tia';
import { scanWorkspace } from './workspaceScan';

/** What the handlers work on. */
export interface HandlerServices {
  extensionUri: vscode.Uri;
  log: vscode.LogOutputChannel;
  controller: DiagnosticsController;
  accepted: AcceptedRisksStore;
  panel: CasePanelProvider;
  documents: ExtractedDocuments;
  portfolio: PortfolioProvider;
}

async function documentFor(uri: vscode.Uri | string | undefined): Promise<vscode.TextDocument | undefined> {
  if (uri === undefined) return vscode.window.activeTextEditor?.document;
  const u = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === u.toString()) ?? vscode.workspace.openTextDocument(u);
}

/** Shows a message for a user-invoked command that could not run (never used for background work). */
function tell(message: string): void {
  void vscode.window.showInformationMessage(message);
}

/** Builds the command handlers. */
export function createCommandHandlers(s: HandlerServices) {
  const findVisible = async (uri: string, ruleId: string, fingerprint: string) => {
    const doc = await documentFor(uri);
    if (!doc) return undefined;
    await s.controller.whenIdle(doc.uri);
    const result = s.controller.resultFor(doc.uri) ?? (await s.controller.analyzeNow(doc));
    const v = result?.visible.find((x) => x.finding.ruleId === ruleId && x.finding.fingerprint === fingerprint);
    return v ? { doc, finding: v.finding } : undefined;
  };

  return {
    [CommandId.scanWorkspace]: () => scanWorkspace(s.controller, s.log, s.documents),
    [CommandId.draftTia]: async (uri?: vscode.Uri) => {
      const doc = await documentFor(uri);
      if (!doc) return tell(vscode.l10n.t('Open a contract to draft its transfer impact assessment.'));
      return draftTiaCommand(s.controller, doc);
    },
    [CommandId.draftTiaWord]: async (uri?: vscode.Uri, target?: vscode.Uri) => {
      const doc = await documentFor(uri);
      if (!doc) return tell(vscode.l10n.t('Open a contract to draft its transfer impact assessment.'));
      return draftTiaWordCommand(s.controller, doc, target instanceof vscode.Uri ? target : undefined);
    },
    // Both portfolio commands resolve with the register's rows in display order (tests and other extensions use them).
    [CommandId.refreshPortfolio]: async () => {
      s.portfolio.refresh();
      return (await s.portfolio.register()).map((r) => r.row);
    },
    [CommandId.sortPortfolio]: async (sort?: PortfolioSort) => {
      const picked =
        sort ??
        (
          await vscode.window.showQuickPick(
            [
              { label: vscode.l10n.t('Highest risk first'), sort: 'risk' as const },
              { label: vscode.l10n.t('Most safeguards missing first'), sort: 'missing' as const },
              { label: vscode.l10n.t('Vendor name'), sort: 'vendor' as const },
              { label: vscode.l10n.t('File name'), sort: 'document' as const },
            ],
            { placeHolder: vscode.l10n.t('Sort the portfolio by') },
          )
        )?.sort;
      if (picked) s.portfolio.setSort(picked);
      return (await s.portfolio.register()).map((r) => r.row);
    },
    // Resolves with the file written (tests pass the format and the target; people pick them).
    [CommandId.exportPortfolio]: (format?: PortfolioFormat, target?: vscode.Uri) => exportPortfolio(s.portfolio, isPortfolioFormat(format) ? format : undefined, target instanceof vscode.Uri ? target : undefined),
    [CommandId.checkSubprocessors]: async (list?: vscode.Uri, uri?: vscode.Uri) => {
      const doc = await documentFor(uri);
      if (!doc) return tell(vscode.l10n.t('Open a contract to check a sub-processor list against it.'));
      return checkSubprocessorsCommand(s.controller, doc, list instanceof vscode.Uri ? list : undefined);
    },

    [CommandId.openPanel]: async (argumentId?: unknown) => {
      await s.panel.reveal(typeof argumentId === 'string' ? argumentId : undefined);
    },

    [CommandId.analyzeNow]: async (uri?: vscode.Uri) => {
      const doc = await documentFor(uri);
      if (!doc) {
        tell(vscode.l10n.t('Open a Markdown, plain-text or contract document to analyse it.'));
        return [];
      }
      const result = await s.controller.analyzeNow(doc);
      if (!result) tell(vscode.l10n.t('Warrant Lens analyses Markdown, plain-text and contract documents only.'));
      return result?.visible.map((v) => v.finding) ?? [];
    },

    [CommandId.exportReport]: async (uri?: vscode.Uri) => {
      const doc = await documentFor(uri);
      if (!doc) {
        tell(vscode.l10n.t('Open a Markdown, plain-text or contract document to export its review.'));
        return undefined;
      }
      // A Word or PDF file's report names the file and cites pages or paragraphs.
      const original = s.documents.originalOf(doc.uri);
      return exportReport(s.controller, doc, original && { uri: original, whereOf: (offset) => s.documents.describe(doc.uri, offset) ?? '' });
    },

    [CommandId.showRule]: async (ruleId?: unknown) => {
      const id = typeof ruleId === 'string' ? ruleId : await pickRule();
      if (id) await showRulePage(id);
    },

    [CommandId.openSample]: async () => {
      const uri = vscode.Uri.joinPath(s.extensionUri, 'samples', 'cloud-services-agreement.md');
      // An untitled copy: the reviewer can try the quick fixes without changing the shipped sample.
      const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
      await vscode.window.showTextDocument(doc, { preview: false });
      return doc;
    },

    [CommandId.reviewDocument]: async (uri?: vscode.Uri) => {
      let target = uri instanceof vscode.Uri ? uri : undefined;
      if (!target) {
        const picked = await vscode.window.showOpenDialog({ canSelectMany: false, openLabel: vscode.l10n.t('Review'), filters: { [vscode.l10n.t('Word and PDF files')]: ['docx', 'pdf'] } });
        target = picked?.[0];
      }
      if (!target) return undefined;
      if (!documentExtensionPattern.test(target.path)) {
        tell(vscode.l10n.t('"Review with Warrant Lens" reads Word (.docx) and PDF files; open other contracts directly.'));
        return undefined;
      }
      return s.documents.open(target);
    },

    [CommandId.compareRisk]: (uri?: vscode.Uri, other?: vscode.Uri) => compareRisk(s.controller, s.documents, uri instanceof vscode.Uri ? uri : undefined, other instanceof vscode.Uri ? other : undefined),

    [CommandId.copyText]: async (text?: unknown) => {
      if (typeof text !== 'string') return false;
      await vscode.env.clipboard.writeText(text);
      void vscode.window.setStatusBarMessage(vscode.l10n.t('Warrant Lens: suggested language copied'), 3000);
      return true;
    },

    [CommandId.applyFix]: async (args?: ApplyFixArgs) => {
      if (!args) return false;
      const hit = await findVisible(args.uri, args.ruleId, args.fingerprint);
      const fix = engine().getRule(args.ruleId)?.fixes[args.fixIndex];
      if (!hit || !fix) return false;
      // Text extracted from a Word or PDF file cannot be edited: the hover's "Apply" copies the language instead.
      if (isExtracted(hit.doc.uri)) {
        await vscode.env.clipboard.writeText(fix.text);
        void vscode.window.setStatusBarMessage(vscode.l10n.t('Warrant Lens: suggested language copied'), 3000);
        return true;
      }
      const edit = fixWorkspaceEdit(hit.doc, hit.finding, fix);
      return edit ? vscode.workspace.applyEdit(edit) : false;
    },

    [CommandId.acceptRisk]: async (args?: AcceptRiskArgs) => {
      if (!args) return false;
      const hit = await findVisible(args.uri, args.ruleId, args.fingerprint);
      if (!hit) return false;
      if (!s.accepted.fileFor(hit.doc.uri)) {
        tell(vscode.l10n.t('Accepted risks are recorded in the workspace folder. Open the document inside a folder to accept a risk.'));
        return false;
      }
      const reason =
        args.reason ??
        (await vscode.window.showInputBox({
          title: vscode.l10n.t('Accept this risk ({0})', args.ruleId),
          prompt: vscode.l10n.t('Why is this clause acceptable? The reason is recorded in .warrant-lens/accepted-risks.json for review.'),
          ignoreFocusOut: true,
          validateInput: (v) => (v.trim() === '' ? vscode.l10n.t('Give a reason, so that a later reviewer knows why.') : undefined),
        }));
      if (reason === undefined || reason.trim() === '') return false;
      const file = await s.accepted.accept(hit.doc.uri, { ruleId: args.ruleId, fingerprint: args.fingerprint, reason: reason.trim(), excerpt: hit.finding.excerpt, acceptedAt: new Date().toISOString() });
      s.log.info(`Accepted ${args.ruleId} (${args.fingerprint}) in ${file?.toString(true) ?? '?'}: ${reason.trim()}`);
      return file !== undefined;
    },
  };
}
