import type { Rule } from '../types';
import type { WorkspaceGraph } from '../../graph';
import type { PlanNode } from '../../model';
import { fieldOf } from '../../model';

/** The nodes of the cycle through `node`, starting after it. */
function cycleMembers(graph: WorkspaceGraph, node: PlanNode): PlanNode[] {
  const members: PlanNode[] = [];
  for (let link = graph.parentOf(node); link.status === 'resolved' && link.node !== node; link = graph.parentOf(link.node)) {
    members.push(link.node);
    if (members.length > 10_000) break;
  }
  return members;
}

export const parentCycle: Rule = {
  code: 'OKR002',
  name: 'parent-cycle',
  defaultSeverity: 'error',
  group: 'Alignment chain',
  description: 'Following `Parent` links comes back to a node already on the way; reported on each explicit `Parent` line of the cycle.',
  rationale:
    'A chain of parents has to end at a mission, or it explains nothing: a key result that serves an objective that serves the same key result justifies itself. Cycles creep in when plans are edited in parallel and each team points at the other.',
  weak: '### KR1.1: Raise activation from 20% to 30%\nParent: ../growth.okr.md#O2   (and growth O2 has Parent: this KR)',
  strong: '### KR1.1: Raise activation from 20% to 30%   (nested under its own objective; growth O2 points here)',
  fix: 'Decide which node serves which, and remove the `Parent` that points back down the chain.',
  check({ plan, graph, report }) {
    for (const node of plan.nodes) {
      const field = fieldOf(node, 'parent');
      if (!field || !graph.isInCycle(node)) continue;
      const members = cycleMembers(graph, node);
      const related = members
        .map((m) => ({ member: m, parent: fieldOf(m, 'parent') }))
        .filter((m) => m.parent)
        .map(({ member, parent }) => ({ file: member.file, range: parent!.range, message: `\`${member.id}\` continues the cycle here` }));
      const path = [node, ...members, node].map((n) => `\`${n.id}\``).join(' → ');
      report({ range: field.range, message: `\`Parent\` makes a cycle: ${path}.`, related });
    }
  },
};
