import type { Rule } from '../types';
import type { WorkspaceGraph } from '../../graph';
import { fieldOf, nodesOfKind, type PlanNode } from '../../model';
import { readStatus } from '../../fields';

/** True for an initiative marked `Status: dropped`: it no longer works toward anything. */
function isDropped(node: PlanNode): boolean {
  return node.kind === 'initiative' && readStatus(fieldOf(node, 'status')?.value ?? '') === 'dropped';
}

/** The initiatives and cascaded objectives, in any plan, that work toward a KR (dropped initiatives do not). */
export function leversOf(graph: WorkspaceGraph, kr: PlanNode): PlanNode[] {
  return graph.childrenOf(kr).filter((child) => (child.kind === 'initiative' || child.kind === 'objective') && !isDropped(child));
}

export const krWithoutInitiatives: Rule = {
  code: 'OKR501',
  name: 'kr-without-initiatives',
  defaultSeverity: 'hint',
  group: 'Initiatives',
  description:
    'A key result that no initiative and no cascaded objective points to, in any plan of the workspace — by nesting or by `Parent:`. Initiatives marked `Status: dropped` do not count.',
  rationale:
    'Knowing the target is not the same as knowing the work. Until someone names the levers — the initiatives expected to move the number, or the team objectives that take it on — a key result is a hope with a deadline, and nobody can tell whether this week’s work is aimed at it.',
  weak: '### KR1.3: Cut reconciliation errors from 4% to 1%',
  strong: '### KR1.3: Cut reconciliation errors from 4% to 1%\n#### Initiative: Nightly balance reconciliation against bank statements',
  fix: 'Add an initiative under the key result, or have a team plan’s objective cascade from it with `Parent: <plan>#<KR id>`.',
  check({ plan, graph, report }) {
    for (const kr of nodesOfKind(plan, 'kr')) {
      if (leversOf(graph, kr).length > 0) continue;
      const dropped = graph.childrenOf(kr).some(isDropped);
      report({
        range: kr.range,
        message: dropped
          ? 'Every initiative of this key result is dropped; name the work that will move it now.'
          : 'No initiative or cascaded objective works toward this key result; name the work that should move it.',
      });
    }
  },
};
