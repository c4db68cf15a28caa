import type { Rule } from '../types';
import { nodesOfKind } from '../../model';
import { keyResultSet } from '../helpers/parent-status';

export const tooFewKeyResults: Rule = {
  code: 'OKR103',
  name: 'too-few-key-results',
  defaultSeverity: 'info',
  group: 'Focus',
  description: 'An objective with some key results but fewer than `min`.',
  rationale:
    'One number rarely captures an objective: it can be moved by gaming it, or by a change that hurts something else. A second key result — often one guarding quality while the first pushes volume — keeps the objective honest.',
  weak: '## Objective O1: New owners trust our numbers\n### KR1.1: Raise weekly active owners from 12k to 18k',
  strong: '### KR1.1: Raise weekly active owners from 12k to 18k\n### KR1.2: Cut reconciliation errors from 4% to 1%',
  fix: 'Add a key result that would catch the objective being met the wrong way.',
  options: { min: { type: 'number', default: 2, description: 'The fewest key results an objective with any should have.' } },
  check({ plan, graph, options, report }) {
    const min = options.min ?? 2;
    for (const objective of nodesOfKind(plan, 'objective')) {
      const count = keyResultSet(graph, objective).size;
      if (count > 0 && count < min) {
        report({ range: objective.range, message: `\`${objective.id}\` has ${count} key result${count === 1 ? '' : 's'}; ${min} or more show it from more than one side.` });
      }
    }
  },
};
