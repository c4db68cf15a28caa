import type { Location } from 'vscode-languageserver-types';
import { KIND_LABEL, type NodeKind, type PlanNode } from '../model';
import type { FeatureContext } from './context';

/** One item of the alignment view: a node and the nodes that serve it, across plans. */
export interface AlignmentItem {
  kind: NodeKind;
  id: string;
  title: string;
  /** `kind id`, e.g. `key result KR1.2`. */
  label: string;
  location: Location;
  /** Progress from 0 to 1 for objectives and key results, when known. */
  progress?: number;
  /** Findings on the node's line and fields. */
  problems: number;
  children: AlignmentItem[];
}

function problemsOf(ctx: FeatureContext, node: PlanNode): number {
  const last = Math.max(node.range.start.line, ...node.fields.map((f) => f.range.end.line), ...node.checkIns.map((c) => c.range.end.line));
  return ctx.findingsFor(node.file).filter((f) => f.range.start.line >= node.range.start.line && f.range.start.line <= last).length;
}

function toItem(ctx: FeatureContext, node: PlanNode, seen: Set<PlanNode>): AlignmentItem {
  seen.add(node);
  const progress = ctx.graph.progressOf(node);
  const children = ctx.graph
    .childrenOf(node)
    .filter((child) => !seen.has(child))
    .map((child) => toItem(ctx, child, seen));
  return {
    kind: node.kind,
    id: node.id,
    title: node.title,
    label: `${KIND_LABEL[node.kind]} ${node.id}`,
    location: { uri: ctx.uriOf(node.file), range: node.range },
    ...(progress !== undefined ? { progress } : {}),
    problems: problemsOf(ctx, node),
    children,
  };
}

/**
 * Every plan's mission with what cascades into it — objectives, key results, initiatives, across
 * plans — followed by the nodes that reach no parent at all, so nothing in the workspace is hidden.
 */
export function alignmentTree(ctx: FeatureContext): AlignmentItem[] {
  const seen = new Set<PlanNode>();
  const plans = [...ctx.graph.plans()].sort((a, b) => a.file.localeCompare(b.file));
  const missions = plans.flatMap((p) => p.nodes.filter((n) => n.kind === 'mission'));
  const roots = missions.map((mission) => toItem(ctx, mission, seen));
  for (const plan of plans) {
    for (const node of plan.nodes) {
      if (seen.has(node) || ctx.graph.parentOf(node).status === 'resolved') continue;
      roots.push(toItem(ctx, node, seen));
    }
  }
  return roots;
}

export interface PlanSummary {
  progress?: number;
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

/** The status bar's figures for one plan. */
export function planSummary(ctx: FeatureContext, file: string): PlanSummary | null {
  const plan = ctx.graph.plan(file);
  if (!plan) return null;
  const findings = ctx.findingsFor(file);
  const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
  const progress = ctx.graph.planProgress(plan);
  return { ...(progress !== undefined ? { progress } : {}), errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') };
}
