import type { Rule } from '../types';
import { nodesOfKind } from '../../model';

export const krNoChange: Rule = {
  code: 'OKR407',
  name: 'kr-no-change',
  defaultSeverity: 'warning',
  group: 'Key results',
  description: 'A key result whose baseline equals its target.',
  rationale:
    'A key result that asks for no movement measures nothing the team will do differently, and its progress cannot be computed. Usually it is a copy-paste slip; sometimes it is a guardrail ("keep churn at 2%") that belongs beside a real key result rather than in place of one.',
  weak: '### KR1.2: Keep churn from 2% to 2%',
  strong: '### KR1.2: Reduce monthly churn from 2% to 1.5%',
  fix: 'Set the target the team is aiming for; write a guardrail as a condition in prose or an initiative.',
  check({ plan, graph, report }) {
    for (const kr of nodesOfKind(plan, 'kr')) {
      const { baseline, target } = graph.krValues(kr);
      if (!baseline || !target || baseline.value !== target.value) continue;
      report({ range: kr.range, message: `The baseline equals the target (\`${target.raw}\`); a key result asks for a change.` });
    }
  },
};
