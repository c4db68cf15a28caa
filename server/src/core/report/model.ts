/**
 * The report model: everything `throughline report` shows, as plain JSON-able data, computed
 * once from the analysed workspace by `buildReport`. The HTML and Markdown renderers (and, later,
 * an editor webview) only lay it out; none of them computes a figure of its own.
 */
import type { NodeKind } from '../model';
import type { Severity } from '../rules/types';

/**
 * How a node is doing, worst signal first: `off-track` (an error finding, confidence under
 * 0.4, or progress 40 points or more behind the time gone in the period), `at-risk` (a warning,
 * a key result moving away from its target, a blocked initiative, confidence under 0.6, or
 * progress 20 points behind), `on-track` (progress, confidence or a finished initiative, and
 * none of those), `unknown` (nothing to judge by).
 */
export type Health = 'on-track' | 'at-risk' | 'off-track' | 'unknown';

export type SeverityCounts = Record<Severity, number>;

export interface ReportFinding {
  code: string;
  rule: string;
  severity: Severity;
  message: string;
  /** 1-based. */
  line: number;
}

/** A key result's check-ins against its baseline and target, in the target's unit. */
export interface KrChart {
  unit?: string;
  baseline?: number;
  target?: number;
  /** Baseline and target as written (`12k`, `$40k`). */
  baselineText?: string;
  targetText?: string;
  /** Dated check-ins in date order (values in another unit than the target's are left out). */
  points: { date: string; value: number; raw: string; confidence?: number }[];
  /** The time axis: the plan's period, else the first and last check-in. */
  from: string;
  to: string;
}

/** A node as every part of the report names it. */
export interface NodeRef {
  /** Unique in the report: `file:line`. */
  key: string;
  id: string;
  title: string;
  /** The plan's path as the report shows it (relative to the working directory). */
  file: string;
  /** 1-based line of the node. */
  line: number;
  /** The plan's team (front matter `team`), else its file name. */
  team: string;
  owner?: string;
}

export interface MapNode extends NodeRef {
  kind: NodeKind;
  /** `Type` of an objective, or of the objective a key result serves. */
  type?: string;
  status?: string;
  due?: string;
  /** 0–1, as `WorkspaceGraph.progressOf` computes it. */
  progress?: number;
  /** `own` numbers, or the mean of the team objectives that `cascade` into a key result. */
  progressSource?: 'own' | 'cascade';
  /** The latest check-in's confidence, else the `Confidence` field. */
  confidence?: number;
  health: Health;
  findings: ReportFinding[];
  chart?: KrChart;
  /** True when the node lies in another plan than the node it hangs under (a cascade). */
  crossesPlan: boolean;
  children: MapNode[];
}

export interface ReportPlan {
  file: string;
  team: string;
  period?: string;
  owner?: string;
  progress?: number;
  /** Nodes of the plan in the map. */
  nodes: number;
  counts: SeverityCounts;
  /** Findings on no node: front matter, the plan as a whole, a plan that cannot be read. */
  findings: ReportFinding[];
}

/** One line of a review list: a node and why it is listed. */
export interface ReviewItem {
  /** The map node's key, when the finding sits on a node. */
  key?: string;
  kind?: NodeKind;
  id?: string;
  title?: string;
  file: string;
  line: number;
  team: string;
  owner?: string;
  rule: string;
  detail: string;
}

export interface RuleCount {
  code: string;
  rule: string;
  severity: Severity;
  count: number;
}

export interface TeamCount extends SeverityCounts {
  team: string;
  plans: number;
}

export interface Review {
  /** `stale-check-in`: no check-in for too long, or none yet. */
  stale: ReviewItem[];
  /** `kr-progress-regressing`: the latest check-in moves away from the target. */
  regressing: ReviewItem[];
  /** `initiative-past-due`. */
  pastDue: ReviewItem[];
  /** `orphan-initiative`, `orphan-key-result`, `orphan-objective`. */
  orphans: ReviewItem[];
  byRule: RuleCount[];
  byTeam: TeamCount[];
}

export type CloseType = 'committed' | 'aspirational' | 'learning' | 'untyped';

export interface CloseRow extends NodeRef {
  type: CloseType;
  /** The final score, 0–1. */
  score?: number;
  /** Where the score comes from: a `Score` field, the last check-in, a `Current` field, the cascaded objectives. */
  source: 'score' | 'check-in' | 'current' | 'cascade' | 'none';
  /** The date of the last check-in, when the score comes from it. */
  lastCheckIn?: string;
  /** Why this key result is called out, if it is. */
  callout?: string;
}

export interface CloseGroup {
  type: CloseType;
  rows: CloseRow[];
  /** Mean score of the rows that have one. */
  mean?: number;
}

export interface CloseModel {
  /** True when every plan that counts has a period that ended before today. */
  ended: boolean;
  /** Plans whose period has not ended by today (or that have none). */
  openPlans: string[];
  groups: CloseGroup[];
  callouts: CloseRow[];
}

export interface ReportModel {
  today: string;
  /** The `--period` asked for, as written, with its first and last day. */
  period?: { label: string; start: string; end: string };
  summary: {
    plans: number;
    /** Plans read but left out because their period does not overlap `period`. */
    leftOut: number;
    objectives: number;
    keyResults: number;
    initiatives: number;
    /** Mean progress of the top-level objectives (those under a mission, else every objective). */
    progress?: number;
    findings: SeverityCounts;
  };
  plans: ReportPlan[];
  map: MapNode[];
  review: Review;
  close?: CloseModel;
}
