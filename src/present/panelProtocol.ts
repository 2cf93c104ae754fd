/**
 * Messages between the extension and the case panel webview, both directions, and the model the
 * panel renders. Plain JSON-shaped types only: `media/panel.js` imports them through JSDoc.
 */

export type PanelRisk = 'high' | 'medium' | 'low' | 'mitigating';

/** One argument of the case, with the count of this document's findings that bear on it. */
export interface PanelArgument {
  id: string;
  title: string;
  summary: string;
  microsoft: string;
  /** Amici and other third parties, kept apart from Microsoft's own arguments. */
  others?: string;
  government: string;
  holdings: { court: string; date: string; held: string }[];
  today: string;
  /** Facts that can change, each already led by its "as of" date. */
  status: string[];
  /** What the argument means for the reviewer's jurisdiction (the § 2703(h) motion), when it applies. */
  forReviewer?: string;
  /** Ids of this document's findings linked to the argument. */
  findingIds: string[];
}

/** One finding of the active document, as the panel lists it. */
export interface PanelFinding {
  /** Stable within one model: index-based, e.g. "f3". */
  id: string;
  ruleId: string;
  title: string;
  risk: PanelRisk;
  severity: 'error' | 'warning' | 'info' | 'hint';
  /** 1-based line of the finding's start. */
  line: number;
  /** Flagged text (document text: the panel renders it as text only). */
  excerpt: string;
  message: string;
  categoryIds: string[];
  argumentIds: string[];
}

/** A group of findings (by argument or by category). */
export interface PanelGroup {
  id: string;
  title: string;
  /** Highest risk of the findings in the group. */
  risk: PanelRisk;
  count: number;
  findingIds: string[];
}

/** A protection the document gives or lacks. */
export interface PanelProtection {
  categoryId: string;
  title: string;
  description: string;
  present: boolean;
}

/** The document's exposure: where the data may be and who can reach it. */
export interface PanelExposure {
  /** Statements of where data may be stored or processed, most exposed first. */
  locations: string[];
  /** Places named in flagged location clauses (document text). */
  placesNamed: string[];
  /** Which authorities or parties can reach the data. */
  authorities: string[];
  protections: PanelProtection[];
  /** Jurisdiction-specific note on the overall picture. */
  note: string;
}

/** The active document's part of the model. */
export interface PanelDocument {
  uri: string;
  /** Short name shown as heading (document text: rendered as text). */
  name: string;
  total: number;
  byRisk: Record<PanelRisk, number>;
  findings: PanelFinding[];
  byArgument: PanelGroup[];
  byCategory: PanelGroup[];
  exposure: PanelExposure;
  /** Findings hidden by settings, suppression comments or accepted risks. */
  hidden: { off: number; suppressed: number; accepted: number };
  /** Set when the analysis is waiting (file over the size limit, manual mode). */
  pending?: string;
  /** False when the document was not analysed (over the size limit, ignored, a report): no exposure claims. */
  analysed: boolean;
  /** Restricted Mode: what the repository itself narrowed (accepted risks, file-level comments, rules off). */
  restricted?: string[];
  /** The playbook that applied and the ids of the findings that break it. */
  playbook?: { name: string; breaks: string[] };
  /** The government-access gap matrix (the same rows as the TIA's), when the panel computed it. */
  gapMatrix?: PanelGapRow[];
}

/** One safeguard of the gap matrix: present, weak (with why) or missing, and the 1-based lines of its clauses. */
export interface PanelGapRow {
  id: string;
  label: string;
  status: 'present' | 'weak' | 'missing';
  why?: string;
  lines: number[];
}

/** The case at a glance. */
export interface PanelCase {
  name: string;
  citation: string;
  question: string;
  whatWasSought: string;
  parties: { role: string; name: string }[];
  courts: { court: string; judges: string; outcome: string; date: string }[];
  timeline: { date: string; label: string; detail: string }[];
  /** `status`: facts that can change, each already led by its "as of" date. */
  developments: { id: string; title: string; date: string; summary: string; status: string[] }[];
  /** Each point with the dated facts it relies on appended. */
  today: string[];
  asOf: string;
  disclaimer: string;
}

/** Everything the panel renders. */
export interface PanelModel {
  version: 1;
  /** The panel's own labels, translated by the extension (keys as in src/present/panelLabels.ts). */
  labels: Record<string, string>;
  jurisdiction: { id: string; label: string };
  case: PanelCase;
  arguments: PanelArgument[];
  /** Absent when no supported document is active. */
  document?: PanelDocument;
}

/** Extension → panel. */
export type ToPanel =
  | { type: 'model'; model: PanelModel }
  /** Scroll to and expand an argument. */
  | { type: 'focusArgument'; argumentId: string };

/** Panel → extension. */
export type FromPanel =
  /** The script has loaded and wants the model. */
  | { type: 'ready' }
  /** Reveal a finding's clause in the editor. */
  | { type: 'reveal'; documentUri: string; findingId: string }
  /** Open a rule page. */
  | { type: 'showRule'; ruleId: string };
