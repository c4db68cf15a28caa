import type { Location } from 'vscode-languageserver-types';
import { KIND_LABEL, lastOwnLine, type NodeKind, type Plan, type PlanNode } from '../model';
import type { WorkspaceGraph } from '../graph';
import type { FeatureContext } from './context';
import type { Finding } from '../rules/types';
import { fieldOf } from '../model';
import { periodState } from './plan-writer';
import { daysBetween } from '../period';

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
  /** The node's `Owner`, as written. */
  owner?: string;
  /** Findings on the node's line and fields that the Problems panel lists (hints are not listed there, so not counted). */
  problems: number;
  /** Those findings, one line each: `warning: message (rule)`. */
  problemList?: string[];
  children: AlignmentItem[];
}

/** The findings the Problems panel lists (errors, warnings, infos) on a node's own lines. */
function problemsOf(ctx: FeatureContext, node: PlanNode): Finding[] {
  const last = lastOwnLine(node);
  return ctx.findingsFor(node.file).filter((f) => f.severity !== 'hint' && f.range.start.line >= node.range.start.line && f.range.start.line <= last);
}

/**
 * Every plan's mission with what cascades into it — objectives, key results, initiatives, across
 * plans — followed by the nodes whose parent is missing, broken or left out, then any nodes on a
 * cycle, so nothing is hidden. `build` makes an item from a node and its children's items
 * (bottom-up); `counts` leaves nodes out (with everything below them that counts only through them).
 * Plans are taken in the order given; the walk needs no recursion, however deep the chains.
 *
 * `reuse` hands back an item from an earlier walk for a node under which nothing changed: it is
 * taken as it is and its subtree is not walked again. Its nodes are then not known to have been
 * seen, so the last step (nodes on a cycle, the only ones no root reaches) is left out: give
 * `reuse` only when no counted node is on a cycle.
 */
export function alignmentForest<T>(graph: WorkspaceGraph, plans: Plan[], build: (node: PlanNode, children: T[]) => T, counts: (node: PlanNode) => boolean = () => true, reuse?: (node: PlanNode) => T | undefined): T[] {
  const seen = new Set<PlanNode>();
  interface Frame {
    node: PlanNode;
    children: readonly PlanNode[];
    /** The next of `children` to look at: the walk visits the workspace's every node, so it copies no lists. */
    next: number;
    built: T[];
  }
  const enter = (node: PlanNode): Frame => {
    seen.add(node);
    return { node, children: graph.childrenOf(node), next: 0, built: [] };
  };
  const grow = (root: PlanNode): T => {
    const kept = reuse?.(root);
    if (kept !== undefined) {
      seen.add(root);
      return kept;
    }
    const stack = [enter(root)];
    for (;;) {
      const top = stack[stack.length - 1]!;
      const next = top.children[top.next++];
      if (next) {
        if (!counts(next) || seen.has(next)) continue;
        const again = reuse?.(next);
        if (again !== undefined) top.built.push(again);
        else stack.push(enter(next));
        continue;
      }
      stack.pop();
      const item = build(top.node, top.built);
      const parent = stack[stack.length - 1];
      if (!parent) return item;
      parent.built.push(item);
    }
  };
  const counted = plans.flatMap((p) => p.nodes.filter(counts));
  const roots = counted.filter((n) => n.kind === 'mission').map(grow);
  const detached = (node: PlanNode): boolean => {
    const link = graph.parentOf(node);
    return link.status !== 'resolved' || !counts(link.node);
  };
  for (const node of counted) if (!seen.has(node) && detached(node)) roots.push(grow(node));
  if (!reuse) for (const node of counted) if (!seen.has(node)) roots.push(grow(node));
  return roots;
}

/** The Alignment view: the alignment forest of every plan, by file. */
export function alignmentTree(ctx: FeatureContext): AlignmentItem[] {
  const plans = [...ctx.graph.plans()].sort((a, b) => a.file.localeCompare(b.file));
  return alignmentForest<AlignmentItem>(ctx.graph, plans, (node, children) => {
    const progress = ctx.graph.progressOf(node);
    const problems = problemsOf(ctx, node);
    const owner = fieldOf(node, 'owner')?.value.trim();
    return {
      kind: node.kind,
      id: node.id,
      title: node.title,
      label: `${KIND_LABEL[node.kind]} ${node.id}`,
      location: { uri: ctx.uriOf(node.file), range: node.range },
      ...(progress !== undefined ? { progress } : {}),
      ...(owner ? { owner } : {}),
      problems: problems.length,
      ...(problems.length ? { problemList: problems.map((f) => `${f.severity}: ${f.message} (${f.rule})`) } : {}),
      children,
    };
  });
}

export interface PlanSummary {
  progress?: number;
  /** The plan's own period against today: how many days are left, or that it is over. */
  period?: { written: string; end: string; over: boolean; daysLeft: number };
  /** Objectives and key results, and how many of them have check-ins that are stale or missing, or move away from target. */
  keyResults: number;
  /** Key results with a finding of a date or progress rule (stale or missing check-in, regressing): the ones to look at. */
  attention: string[];
  errors: number;
  warnings: number;
  infos: number;
  hints: number;
}

/** The status bar's figures for one plan. */
export function planSummary(ctx: FeatureContext, file: string, today?: string): PlanSummary | null {
  const plan = ctx.graph.plan(file);
  if (!plan) return null;
  const findings = ctx.findingsFor(file);
  const count = (severity: string): number => findings.filter((f) => f.severity === severity).length;
  const progress = ctx.graph.planProgress(plan);
  const state = today ? periodState(plan, today) : undefined;
  const krs = plan.nodes.filter((n) => n.kind === 'kr');
  const health = findings.filter((f) => HEALTH_RULES.has(f.rule));
  const attention = krs.filter((kr) => health.some((f) => f.range.start.line >= kr.range.start.line && f.range.start.line <= lastOwnLine(kr))).map((kr) => kr.id);
  return {
    ...(progress !== undefined ? { progress } : {}),
    ...(state && today ? { period: { written: state.written, end: state.period.end, over: state.over, daysLeft: Math.max(0, daysBetween(today, state.period.end)) } } : {}),
    keyResults: krs.length,
    attention,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    hints: count('hint'),
  };
}

/** Rules about a key result's health over the period (not about how the plan is written). */
const HEALTH_RULES = new Set(['stale-check-in', 'kr-progress-regressing', 'initiative-past-due']);
