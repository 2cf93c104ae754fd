/** The one "Warrant Lens" log channel and the error policy for promises nobody awaits. */
import * as vscode from 'vscode';

/** Creates the log channel (a LogOutputChannel, so users pick the level). */
export function createLog(): vscode.LogOutputChannel {
  return vscode.window.createOutputChannel('Warrant Lens', { log: true });
}

/** Logs a rejected background promise with a context label; never shows a pop-up. */
export function logFailure(log: vscode.LogOutputChannel, context: string): (err: unknown) => void {
  return (err: unknown) => {
    if (err instanceof Error) log.error(`${context}: ${err.message}`, err);
    else log.error(`${context}: ${String(err)}`);
  };
}

/** Runs a background promise under the log policy. */
export function background(log: vscode.LogOutputChannel, context: string, promise: PromiseLike<unknown>): void {
  Promise.resolve(promise).catch(logFailure(log, context));
}
