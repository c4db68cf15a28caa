import { posix } from 'node:path';
import type { WorkspaceGraph } from '../../graph';
import { isAllowedParentKind } from '../../graph';
import type { NodeKind, Plan, PlanNode } from '../../model';
import { fieldOf, nodesOfKind } from '../../model';
import { relativePath } from '../../relative-path';

/*
 * Shared predicates of the alignment rules, so that one problem yields one diagnostic:
 * the rule about the specific problem fires and every rule that would only echo it
 * (orphans, counts of key results) asks these helpers and stays quiet.
 */

/** What is wrong with a node's explicit `Parent`, if anything. */
export type ParentProblem = 'unresolved' | 'wrong-kind' | 'cycle';

/**
 * The one problem of a node's explicit `Parent`, reported by exactly one rule:
 * `unresolved` (unresolved-parent), then a node that names itself (`cycle`), then a parent
 * of a kind the dialect does not allow (`wrong-kind`), then a longer cycle (`cycle`).
 * Nodes with no `Parent` field (implicit parents) and missions have none.
 */
export function explicitParentProblem(graph: WorkspaceGraph, node: PlanNode): ParentProblem | undefined {
  if (node.kind === 'mission' || !fieldOf(node, 'parent')) return undefined;
  const link = graph.parentOf(node);
  if (link.status === 'unresolved') return 'unresolved';
  if (link.status !== 'resolved') return undefined;
  if (link.node === node) return 'cycle';
  if (!isAllowedParentKind(node, link.node)) return 'wrong-kind';
  if (graph.isInCycle(node)) return 'cycle';
  return undefined;
}

/** Why a plan's front-matter `parent` names no plan (or no node of it), or undefined when it resolves or is absent. */
export function frontMatterParentProblem(graph: WorkspaceGraph, plan: Plan): string | undefined {
  const ref = plan.frontMatter?.parent;
  if (!ref) return undefined;
  if (!ref.path) return `\`${ref.raw}\` is not a path to a plan (write one such as \`../company/2026-Q1.okr.md\`)`;
  const target = graph.resolvePlanPath(plan.file, ref.path);
  if ('error' in target) return target.error;
  if (ref.id && !graph.findById(target.plan, ref.id)) return `\`${ref.path}\` has no node \`${ref.id}\``;
  return undefined;
}

/** True when the plan, or a plan it cascades from by front-matter `parent`, has a `parent` that does not resolve. */
export function planCascadeIsBroken(graph: WorkspaceGraph, plan: Plan): boolean {
  const seen = new Set<Plan>();
  for (let p: Plan | undefined = plan; p && !seen.has(p); p = graph.parentPlan(p)) {
    seen.add(p);
    if (frontMatterParentProblem(graph, p) !== undefined) return true;
  }
  return false;
}

/**
 * True when the walk up from `node` is cut short by a problem another rule reports:
 * a `Parent` that is unresolved, of the wrong kind or in a cycle, anywhere on the chain,
 * or a front-matter `parent` that does not resolve in a plan the chain passes through.
 */
export function chainHasParentProblem(graph: WorkspaceGraph, node: PlanNode): boolean {
  const chain = graph.chainOf(node);
  if (chain.end === 'cycle' || chain.end === 'unresolved') return true;
  if (chain.nodes.some((n) => explicitParentProblem(graph, n) !== undefined)) return true;
  const plans = new Set(chain.nodes.map((n) => graph.plan(n.file)));
  return [...plans].some((p) => p !== undefined && planCascadeIsBroken(graph, p));
}

/**
 * The key results of an objective: those whose parent it is (nested under it or naming it
 * with `Parent`, in any plan), and those nested under it whose own `Parent` is broken —
 * they are reported for that and still count where they stand, so the objective is not
 * also told it has too few. Its own plan's come first in document order, then other plans' by path.
 * `set`: its `keyResultSet`, when the caller has it already.
 */
export function keyResultsOf(graph: WorkspaceGraph, objective: PlanNode, set = keyResultSet(graph, objective)): PlanNode[] {
  const all = [...set];
  const own = all.filter((kr) => kr.file === objective.file).sort((a, b) => a.range.start.line - b.range.start.line);
  const others = all.filter((kr) => kr.file !== objective.file).sort((a, b) => a.file.localeCompare(b.file) || a.range.start.line - b.range.start.line);
  return [...own, ...others];
}

/**
 * The key results of an objective (see `keyResultsOf`), in no order: what counting them needs. A company objective
 * served by thousands of team key results is counted by every team plan's check, where putting them in order cost most.
 */
export function keyResultSet(graph: WorkspaceGraph, objective: PlanNode): Set<PlanNode> {
  const set = new Set<PlanNode>();
  for (const child of graph.childrenOf(objective)) if (child.kind === 'kr') set.add(child);
  for (const child of objective.nested) if (child.kind === 'kr' && explicitParentProblem(graph, child) !== undefined) set.add(child);
  return set;
}

/** How a diagnostic in `fromFile` names a node: its id, with the plan's relative path when it lives elsewhere. */
export function nodeLabel(node: PlanNode, fromFile: string): string {
  if (node.file === fromFile) return `\`${node.id}\``;
  return `\`${relativePath(posix.dirname(fromFile), node.file)}#${node.id}\``;
}

/** Nodes of a kind that have no `Parent` and nest under nothing they may serve: orphans (an explicit parent is the parent rules' business). */
export function orphansOfKind(plan: Plan, graph: WorkspaceGraph, kind: NodeKind): PlanNode[] {
  return nodesOfKind(plan, kind).filter((node) => !fieldOf(node, 'parent') && graph.parentOf(node).status === 'none');
}
