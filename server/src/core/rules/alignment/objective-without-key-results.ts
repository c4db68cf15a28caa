import type { Rule } from '../types';
import { fieldOf, nodesOfKind } from '../../model';
import { keyResultSet } from '../helpers/parent-status';

export const objectiveWithoutKeyResults: Rule = {
  code: 'OKR007',
  name: 'objective-without-key-results',
  defaultSeverity: 'warning',
  group: 'Alignment chain',
  description: 'An objective that no key result serves: none nested under it, none in any plan naming it with `Parent`, and no team objective cascading from it. A key result nested under it whose own `Parent` is broken still counts (it is reported for that). Objectives with `Type: learning` are exempt.',
  rationale:
    'An objective names the change a team wants; its key results are how anyone will know whether it happened. Without them the objective cannot be checked in on, scored or argued with, and at the end of the quarter every outcome can be read as success.',
  weak: '## Objective O2: Bookkeepers recommend us to their peers',
  strong: '## Objective O2: Bookkeepers recommend us to their peers\n### KR2.1: Raise bookkeeper-referred signups from 8% to 15%',
  fix: 'Add two to five key results that would prove the objective met, or mark an exploratory objective `Type: learning`.',
  check({ plan, graph, report }) {
    for (const objective of nodesOfKind(plan, 'objective')) {
      if (fieldOf(objective, 'type')?.value.trim().toLowerCase() === 'learning') continue;
      if (keyResultSet(graph, objective).size > 0) continue;
      if (graph.childrenOf(objective).some((child) => child.kind === 'objective')) continue;
      report({ range: objective.range, message: `\`${objective.id}\` has no key result; add the results that would show it met.` });
    }
  },
};
