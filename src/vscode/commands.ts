/** Command ids of the extension, in one place. */

/** Public commands (in the palette, with category "Warrant Lens") and internal ones (leading underscore). */
export const CommandId = {
  scanWorkspace: 'warrantLens.scanWorkspace',
  openPanel: 'warrantLens.openPanel',
  analyzeNow: 'warrantLens.analyzeNow',
  exportReport: 'warrantLens.exportReport',
  showRule: 'warrantLens.showRule',
  openSample: 'warrantLens.openSample',
  reviewDocument: 'warrantLens.reviewDocument',
  compareRisk: 'warrantLens.compareRisk',
  draftTia: 'warrantLens.draftTia',
  draftTiaWord: 'warrantLens.draftTiaWord',
  refreshPortfolio: 'warrantLens.refreshPortfolio',
  sortPortfolio: 'warrantLens.sortPortfolio',
  exportPortfolio: 'warrantLens.exportPortfolio',
  checkSubprocessors: 'warrantLens.checkSubprocessors',
  applyFix: '_warrantLens.applyFix',
  acceptRisk: '_warrantLens.acceptRisk',
  copyText: '_warrantLens.copyText',
} as const;

/** The webview view and its container. */
export const ViewId = {
  container: 'warrantLens',
  casePanel: 'warrantLens.casePanel',
  portfolio: 'warrantLens.portfolio',
} as const;

/** Arguments of `_warrantLens.applyFix`. */
export interface ApplyFixArgs {
  uri: string;
  ruleId: string;
  fingerprint: string;
  fixIndex: number;
}

/** Arguments of `_warrantLens.acceptRisk`. */
export interface AcceptRiskArgs {
  uri: string;
  ruleId: string;
  fingerprint: string;
  reason?: string;
}

type CommandIdValue = (typeof CommandId)[keyof typeof CommandId];

/** Registers one handler per command id; returns the registrations. */
export function registerCommands(vscodeCommands: { registerCommand(id: string, handler: (...args: never[]) => unknown): { dispose(): unknown } }, handlers: Record<CommandIdValue, (...args: never[]) => unknown>): { dispose(): unknown }[] {
  return Object.entries(handlers).map(([id, handler]) => vscodeCommands.registerCommand(id, handler));
}
