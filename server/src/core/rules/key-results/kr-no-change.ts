import type { Rule } from '../types';
import { nodesOfKind } from '../../model';
import { readKrTitle } from '../../parse/quantity';
import { code, sameScale, sameValue } from '../helpers/kr-shape';

export const krNoChange: Rule = {
  code: 'OKR407',
  name: 'kr-no-change',
  defaultSeverity: 'warning',
  group: 'Key results',
  scope: 'node',
  description:
    'A key result whose baseline equals its target (title "from X to X", or `Baseline` and `Target` fields with the same value). A relative target ("by 20%") is compared once it is resolved against the baseline; values in different units are left alone.',
  rationale:
    'A key result that asks for no movement measures nothing the team will do differently, and its progress cannot be computed. Usually it is a copy-paste slip; sometimes it is a guardrail ("keep churn at 2%") that reads better as a threshold ("keep churn under 2%") beside the key results that move.',
  weak: '### KR1.2: Reduce monthly churn from 2% to 2%',
  strong: '### KR1.2: Reduce monthly churn from 2% to 1.5%',
  fix: 'Set the value the team is aiming for; write a guardrail as a threshold ("under 2%") instead.',
  check({ plan, graph, report }) {
    for (const kr of nodesOfKind(plan, 'kr')) {
      const { baseline, target } = graph.krValues(kr);
      if (!baseline || !target || !sameScale(baseline, target) || !sameValue(baseline.value, target.value)) continue;
      // "from 2 hours to under 2 hours" and "at least 50, from 50" ask to cross or hold a line, not to stand still.
      if (readKrTitle(kr.title).form === 'threshold') continue;
      report({ range: kr.range, message: `The baseline ${code(baseline.raw)} equals the target ${code(target.raw)}; a key result asks for a change.` });
    }
  },
};
