/** The single place that maps core data (offsets, severities, findings) to VS Code types. */
import * as vscode from 'vscode';
import type { Finding, Severity, Span } from '../core';

/** The URI scheme of the rule pages served by `ruleDocuments.ts`. */
export const ruleScheme = 'warrant-lens-rule';

/** Anything that maps a UTF-16 offset to a position: a TextDocument, or a LineIndex adapter. */
export interface Positioner {
  positionAt(offset: number): vscode.Position;
}

/** A Positioner over a core `LineIndex` (for files that are not open). */
export function positionerFor(index: { positionAt(offset: number): { line: number; character: number } }): Positioner {
  return {
    positionAt(offset) {
      const p = index.positionAt(offset);
      return new vscode.Position(p.line, p.character);
    },
  };
}

/** The range of a span. */
export function toRange(doc: Positioner, span: Span): vscode.Range {
  return new vscode.Range(doc.positionAt(span.start), doc.positionAt(span.end));
}

/** Core severity → VS Code severity. */
export function toDiagnosticSeverity(severity: Exclude<Severity, 'off'>): vscode.DiagnosticSeverity {
  switch (severity) {
    case 'error':
      return vscode.DiagnosticSeverity.Error;
    case 'warning':
      return vscode.DiagnosticSeverity.Warning;
    case 'info':
      return vscode.DiagnosticSeverity.Information;
    default:
      return vscode.DiagnosticSeverity.Hint;
  }
}

/** The rule page's URI, the target of a diagnostic's code. */
export function ruleUri(ruleId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: ruleScheme, path: `/${ruleId}.md` });
}

/** The rule id a rule page URI names, if any. */
export function ruleIdFromUri(uri: vscode.Uri): string | undefined {
  const m = /^\/?([^/]+)\.md$/.exec(uri.path);
  return uri.scheme === ruleScheme && m ? m[1] : undefined;
}

/** The diagnostic source every Warrant Lens diagnostic carries. */
export const diagnosticSource = 'Warrant Lens';

/** A diagnostic for a finding; `related` information points at the clause a missing-* finding qualifies. */
export function toDiagnostic(finding: Finding, severity: Exclude<Severity, 'off'>, doc: Positioner, uri: vscode.Uri, relatedMessage: string): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(doc, finding), finding.message, toDiagnosticSeverity(severity));
  d.source = diagnosticSource;
  d.code = { value: finding.ruleId, target: ruleUri(finding.ruleId) };
  if (finding.related) {
    d.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(doc, finding.related)), relatedMessage)];
  }
  return d;
}

/** The rule id of a Warrant Lens diagnostic, or undefined for others. */
export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== diagnosticSource) return undefined;
  const code = d.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}

/** A warning where text the engine did not read starts (binary, over the size limit, hidden in a comment). */
export function skippedDiagnostic(skipped: Span, doc: Positioner, message: string): vscode.Diagnostic {
  const at = doc.positionAt(skipped.start);
  const d = new vscode.Diagnostic(new vscode.Range(at, at), message, vscode.DiagnosticSeverity.Warning);
  d.source = diagnosticSource;
  d.code = 'not-analysed';
  return d;
}

/** The empty range at the start of a 1-based line (where a cited clause opens). */
export function lineStart(line: number): vscode.Range {
  const pos = new vscode.Position(Math.max(0, line - 1), 0);
  return new vscode.Range(pos, pos);
}
