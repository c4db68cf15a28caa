import type { Rule } from '../types';
import { nodesOfKind } from '../../model';
import { chainHasParentProblem } from '../helpers/parent-status';

export const orphanObjective: Rule = {
  code: 'OKR006',
  name: 'orphan-objective',
  structural: true,
  defaultSeverity: 'warning',
  group: 'Alignment chain',
  description: 'An objective whose chain of parents reaches no mission: its plan has none, no plan it cascades from (front-matter `parent`) has one, and its `Parent` (if any) leads to none. Left to the parent rules when the chain is cut by an unresolved, wrong-kind or cyclic `Parent`, or by a front-matter `parent` that does not resolve.',
  rationale:
    'An objective that answers to no mission can be pursued very efficiently in a direction nobody chose. The mission is what lets a team say no; without a line up to it, each objective competes on enthusiasm alone.',
  weak: '---\nperiod: 2026-Q1\n---\n## Objective O1: Owners trust our numbers   (no mission, no parent plan)',
  strong: '---\nperiod: 2026-Q1\nparent: ../company/2026-Q1.okr.md\n---\n## Objective O1: Owners trust our numbers',
  fix: 'Add a `# Mission:` to the plan, set front-matter `parent` to the plan this one cascades from, or give the objective a `Parent` that leads to a mission.',
  check({ plan, graph, report }) {
    for (const objective of nodesOfKind(plan, 'objective')) {
      if (graph.chainEnd(objective) !== 'none' || chainHasParentProblem(graph, objective)) continue;
      report({ range: objective.range, message: 'This objective traces to no mission; add one to the plan or cascade from a plan that has one.' });
    }
  },
};
