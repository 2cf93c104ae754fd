// Types of bench/lib/spans.mjs, for the TypeScript tests that check it.
export interface Span { start: number; end: number; categories: string[]; quote?: string; rule?: string }
export interface Counts { gold: number; pred: number; tpGold: number; tpPred: number }
export interface Figures extends Counts { precision: number; recall: number; f1: number }
export interface Label { id: string; spans: { quote: string; categories: string[]; start?: number; end?: number }[] }
export interface Scored {
  micro: Figures;
  macroF1: number;
  categories: Record<string, Figures>;
  documents: Record<string, Figures>;
  misses: (Span & { id: string; category: string })[];
  falseAlarms: (Span & { id: string; category: string })[];
}
export const CATEGORIES: string[];
export function matches(a: { start: number; end: number }, b: { start: number; end: number }): boolean;
export function goldSpans(label: Label, text: string): Span[];
export function sarifSpans(sarif: unknown, texts: Map<string, string>): Map<string, Span[]>;
export function score(gold: Map<string, Span[]>, pred: Map<string, Span[]>): Scored;
export function runScan(root: string, files: string[], out: string): number;
export function row(name: string, x: Figures, width: number): string;
export function header(first: string, width: number): string;
export function summary(r: Scored): string;
