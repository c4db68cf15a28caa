import type { Rule } from '../types';
import { KIND_LABEL, fieldOf, type NodeKind, type PlanNode } from '../../model';
import { explicitParentProblem, nodeLabel } from '../helpers/parent-status';

const article = (kind: NodeKind): string => (/^[aeiou]/.test(KIND_LABEL[kind]) ? 'an' : 'a');

function expected(node: PlanNode): string {
  if (node.kind === 'initiative') return 'a key result';
  if (node.kind === 'kr') return 'an objective';
  return 'a mission, or a key result or objective of another plan';
}

export const wrongParentKind: Rule = {
  code: 'OKR003',
  name: 'wrong-parent-kind',
  structural: true,
  defaultSeverity: 'error',
  group: 'Alignment chain',
  description:
    'A `Parent` that names a node of a kind the chain does not allow: initiatives serve key results, key results serve objectives, objectives serve a mission or cascade from a key result (or an objective) of another plan. Reported on the `Parent` line. A node naming itself is left to `parent-cycle`.',
  rationale:
    'Each level of the chain answers a different question: the mission says why, an objective says what should change, a key result says how we will know, an initiative says what we will do about it. Skipping a level — work attached straight to an objective — leaves the work unmeasured: nobody can say which number it is meant to move. A team objective may cascade from a company objective, as many organisations write it, but laddering it to one of that objective\'s key results says which number the team moves, and is the stronger link.',
  weak: '#### Initiative: Rebuild the onboarding checklist\nParent: O1',
  strong: '#### Initiative: Rebuild the onboarding checklist\nParent: KR1.1',
  fix: 'Point the `Parent` at a node of the allowed kind, or move the node to the level it really is.',
  check({ plan, graph, report }) {
    for (const node of plan.nodes) {
      const field = fieldOf(node, 'parent');
      if (!field || explicitParentProblem(graph, node) !== 'wrong-kind') continue;
      const link = graph.parentOf(node);
      if (link.status !== 'resolved') continue;
      const target = link.node;
      const samePlanKr = node.kind === 'objective' && target.kind === 'kr' && target.file === node.file;
      const found = samePlanKr ? 'a key result of this same plan' : `${article(target.kind)} ${KIND_LABEL[target.kind]}`;
      report({
        range: field.range,
        message: `The parent of ${article(node.kind)} ${KIND_LABEL[node.kind]} must be ${expected(node)}; ${nodeLabel(target, plan.file)} is ${found}.`,
      });
    }
  },
};
