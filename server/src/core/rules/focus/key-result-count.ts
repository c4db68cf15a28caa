import type { WorkspaceGraph } from '../../graph';
import type { PlanNode } from '../../model';

/** The key results that serve an objective: nested under it or pointing at it, in any plan. */
export function keyResultsOf(graph: WorkspaceGraph, objective: PlanNode): PlanNode[] {
  return graph.childrenOf(objective).filter((child) => child.kind === 'kr');
}
