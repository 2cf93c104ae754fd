/** "Scan workspace": analyses every Markdown, text and contract file (respecting files.exclude) into Problems. */
import * as vscode from 'vscode';
import { readConfig } from './configuration';
import type { DiagnosticsController } from './diagnostics';
import { documentExtensionPattern, type ExtractedDocuments } from './documents';
import { engine } from './lazy';

/** The files a scan reads. */
export const scanGlob = '**/*.{md,markdown,txt,contract,docx,pdf}';

/** What a scan found. */
export interface ScanSummary {
  files: number;
  findings: number;
  skipped: number;
}

/** Scans the workspace with a cancellable progress notification (user-invoked, so a notification is fine). */
export async function scanWorkspace(controller: DiagnosticsController, log: vscode.LogOutputChannel, documents?: ExtractedDocuments): Promise<ScanSummary> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Warrant Lens: scanning the workspace'), cancellable: true },
    async (progress, token) => {
      // `undefined` as exclude applies the user's files.exclude.
      const uris = await vscode.workspace.findFiles(scanGlob, undefined, 10_000, token);
      const summary: ScanSummary = { files: 0, findings: 0, skipped: 0 };
      const analyzer = new (engine().Analyzer)();
      const decoder = new TextDecoder();
      for (const [i, uri] of uris.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({ message: vscode.workspace.asRelativePath(uri, false), increment: 100 / Math.max(uris.length, 1) });
        try {
          const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
          if (documentExtensionPattern.test(uri.path)) {
            // Word and PDF: findings go on the extracted text's read-only document, which Problems opens.
            if (!documents || engine().isLockFile(uri.path)) continue;
            const extracted = await documents.extractFile(uri);
            summary.findings += (await controller.analyzeText(extracted.uri, extracted.text, analyzer)).visible.length;
          } else if (open) {
            const r = await controller.analyzeNow(open);
            summary.findings += r?.visible.length ?? 0;
          } else {
            const bytes = await vscode.workspace.fs.readFile(uri);
            if (bytes.byteLength > readConfig(uri).maxFileSize * 4) {
              summary.skipped++;
              continue;
            }
            const text = decoder.decode(bytes);
            if (text.length > readConfig(uri).maxFileSize) {
              summary.skipped++;
              log.info(`Scan: skipped ${uri.toString(true)} (${text.length} characters, over warrantLens.maxFileSize).`);
              continue;
            }
            summary.findings += (await controller.analyzeText(uri, text, analyzer)).visible.length;
          }
          summary.files++;
        } catch (err) {
          summary.skipped++;
          log.warn(`Scan: could not analyse ${uri.toString(true)}: ${err instanceof Error ? err.message : String(err)}`);
        }
        // Let the extension host breathe between files.
        if (i % 5 === 4) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      log.info(`Scan: ${summary.files} files, ${summary.findings} findings, ${summary.skipped} skipped.`);
      return summary;
    },
  );
}
