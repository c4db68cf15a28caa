import type { Rule } from '../types';
import type { WorkspaceGraph } from '../../graph';
import type { PlanNode } from '../../model';
import { KIND_LABEL, fieldOf } from '../../model';
import { explicitParentProblem, nodeLabel } from '../helpers/parent-status';

/** The other nodes of the cycle through `node`, in walking order from its parent. */
function cycleMembers(graph: WorkspaceGraph, node: PlanNode): PlanNode[] {
  const members: PlanNode[] = [];
  const seen = new Set<PlanNode>([node]);
  for (let link = graph.parentOf(node); link.status === 'resolved' && !seen.has(link.node); link = graph.parentOf(link.node)) {
    members.push(link.node);
    seen.add(link.node);
  }
  return members;
}

export const parentCycle: Rule = {
  code: 'OKR002',
  name: 'parent-cycle',
  structural: true,
  defaultSeverity: 'error',
  group: 'Alignment chain',
  description:
    'Following parents from a node comes back to it. Reported on each explicit `Parent` line of the cycle (members that only nest under their parent get none), with the other members as related locations. A node that names itself is a cycle; a `Parent` line that is already reported by `wrong-parent-kind` is not reported again.',
  rationale:
    'A chain of parents has to end at a mission, or it explains nothing: a key result that serves an objective that serves the same key result justifies itself. Cycles creep in when plans are edited in parallel and each team points at the other.',
  weak: '### KR1.1: Raise activation from 20% to 30%\nParent: ../growth.okr.md#O2   (and growth O2 has Parent: this KR)',
  strong: '### KR1.1: Raise activation from 20% to 30%   (nested under its own objective; growth O2 points here)',
  fix: 'Decide which node serves which, and remove the `Parent` that points back down the chain.',
  check({ plan, graph, report }) {
    for (const node of plan.nodes) {
      const field = fieldOf(node, 'parent');
      if (!field || explicitParentProblem(graph, node) !== 'cycle') continue;
      const members = cycleMembers(graph, node);
      if (members.length === 0) {
        report({ range: field.range, message: `\`Parent\` names this ${KIND_LABEL[node.kind]} itself (\`${node.id}\`); name the node it serves.` });
        continue;
      }
      const related = members.map((member) => {
        const memberField = fieldOf(member, 'parent');
        return memberField
          ? { file: member.file, range: memberField.range, message: `${nodeLabel(member, plan.file)} continues the cycle here` }
          : { file: member.file, range: member.range, message: `${nodeLabel(member, plan.file)} is in the cycle by nesting` };
      });
      const path = [node, ...members, node].map((n) => nodeLabel(n, plan.file)).join(' → ');
      report({ range: field.range, message: `\`Parent\` makes a cycle: ${path}; a chain of parents must end at a mission.`, related });
    }
  },
};
