import type { Rule } from '../types';
import { nodesOfKind } from '../../model';

export const krMissingBaseline: Rule = {
  code: 'OKR404',
  name: 'kr-missing-baseline',
  defaultSeverity: 'info',
  group: 'Key results',
  description: 'A key result with a target but no baseline: no "from X" in its title and no `Baseline` field. Thresholds ("at least 50", "under 2 hours") and relative targets ("by 20%") need a baseline too.',
  rationale:
    'A target means little without the starting point: "to 5 days" is a triumph from 10 days and a setback from 4. The baseline also makes progress computable, so check-ins can say how far along the key result is.',
  weak: '### KR1.1: Reduce time-to-first-value to 5 days',
  strong: '### KR1.1: Reduce time-to-first-value from 10 days to 5 days',
  fix: 'Write "from X to Y" in the title, or add `Baseline:` with today’s value.',
  check({ plan, graph, report }) {
    for (const kr of nodesOfKind(plan, 'kr')) {
      const values = graph.krValues(kr);
      if (!values.target || values.baseline) continue;
      report({ range: kr.range, message: 'This key result has a target but no baseline; write "from X to Y" or add `Baseline:`.' });
    }
  },
};
