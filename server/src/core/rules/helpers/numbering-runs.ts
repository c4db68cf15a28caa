import type { PlanNode } from '../../model';
import { idKey } from '../../parse/node-line';

/** The number of an objective's written id (`O3` → 3), or undefined. */
function objectiveNumber(node: PlanNode): number | undefined {
  const number = node.explicitId ? /^O(\d+)$/i.exec(idKey(node.id))?.[1] : undefined;
  return number === undefined ? undefined : Number(number);
}

/**
 * Each objective's numbering run: objectives numbered from one again after a higher number (`O1`, `O2`, `O3`, then `O1`)
 * start the next run, another team's set written in the same file. Objectives without a numbered id stay in the run
 * before them.
 */
export function objectiveRuns(nodes: readonly PlanNode[]): Map<PlanNode, number> {
  const runOf = new Map<PlanNode, number>();
  let run = 0;
  let previous: number | undefined;
  for (const node of nodes) {
    if (node.kind !== 'objective') continue;
    const number = objectiveNumber(node);
    if (number === 1 && previous !== undefined && previous > 1) run++;
    if (number !== undefined) previous = number;
    runOf.set(node, run);
  }
  return runOf;
}
