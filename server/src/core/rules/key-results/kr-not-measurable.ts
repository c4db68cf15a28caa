import type { Rule } from '../types';
import { nodesOfKind } from '../../model';
import { statesANumber, taskVerbOf, underLearningObjective } from './kr-shape';

export const krNotMeasurable: Rule = {
  code: 'OKR401',
  name: 'kr-not-measurable',
  defaultSeverity: 'warning',
  group: 'Key results',
  description: 'A key result with no quantity in its title and no `Target` (skipped under an objective with `Type: learning`, and where `kr-is-task` fires).',
  rationale:
    'A key result is the evidence that an objective was met, so it has to be something you can read off: a number, a percentage, a threshold. Without one, the check-in becomes a debate about feelings and the grade at the end of the quarter is whatever the owner believes.',
  weak: '### KR1.1: Improve the onboarding experience',
  strong: '### KR1.1: Reduce time-to-first-value from 10 days to 5 days',
  fix: 'Name the metric and the number it must reach — "from X to Y", "at least Y", "under Y" — or add `Target:`.',
  check({ plan, graph, lexicon, report }) {
    for (const kr of nodesOfKind(plan, 'kr')) {
      if (statesANumber(kr) || taskVerbOf(kr, lexicon) || underLearningObjective(graph, kr)) continue;
      report({ range: kr.range, message: 'This key result has no number to reach; name the metric and its target ("from X to Y") or add `Target:`.' });
    }
  },
};
