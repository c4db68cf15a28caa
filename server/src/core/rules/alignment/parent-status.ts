import type { WorkspaceGraph } from '../../graph';
import { isAllowedParentKind } from '../../graph';
import type { PlanNode } from '../../model';
import { fieldOf } from '../../model';

/**
 * What is wrong with a node's explicit `Parent`, if anything. Rules about a node's place in
 * the chain use it so that one problem yields one diagnostic: the specific parent rule fires,
 * the orphan rules stay quiet.
 */
export type ParentProblem = 'unresolved' | 'wrong-kind' | 'cycle';

export function explicitParentProblem(graph: WorkspaceGraph, node: PlanNode): ParentProblem | undefined {
  if (!fieldOf(node, 'parent') || node.kind === 'mission') return undefined;
  const link = graph.parentOf(node);
  if (link.status === 'unresolved') return 'unresolved';
  if (link.status !== 'resolved') return undefined;
  if (!isAllowedParentKind(node, link.node)) return 'wrong-kind';
  if (graph.isInCycle(node)) return 'cycle';
  return undefined;
}

/** True when any node on the chain above (and including) `node` has a broken explicit parent or a cycle. */
export function chainHasParentProblem(graph: WorkspaceGraph, node: PlanNode): boolean {
  const chain = graph.chainOf(node);
  if (chain.end === 'cycle' || chain.end === 'unresolved') return true;
  return chain.nodes.some((n) => explicitParentProblem(graph, n) !== undefined);
}
