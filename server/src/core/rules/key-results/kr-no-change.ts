import type { Rule } from '../types';
import { fieldOf, nodesOfKind, type PlanNode, type Quantity } from '../../model';
import { parseQuantity, readKrTitle } from '../../parse/quantity';
import { code, sameScale, sameValue } from '../helpers/kr-shape';

/** `Current: 100%` in a plan with no check-ins yet: where the metric stands as the plan is written, its starting point. */
function currentAsWritten(kr: PlanNode): Quantity | undefined {
  const current = fieldOf(kr, 'current');
  return current && kr.checkIns.length === 0 ? parseQuantity(current.value) : undefined;
}

export const krNoChange: Rule = {
  code: 'OKR407',
  name: 'kr-no-change',
  defaultSeverity: 'warning',
  group: 'Key results',
  scope: 'node',
  description:
    'A key result whose baseline equals its target (title "from X to X", or `Baseline` and `Target` fields with the same value; with no baseline, a `Current` field in a plan that keeps no check-ins yet is where the metric starts: `Current: 100%` and `Target: 100%`; a key result already met is told to say so with a check-in). A relative target ("by 20%") is compared once it is resolved against the baseline; values in different units, and a target written as a bar (`Target: 2 or more`), are left alone.',
  rationale:
    'A key result that asks for no movement measures nothing the team will do differently, and its progress cannot be computed. Usually it is a copy-paste slip; sometimes it is a guardrail ("keep churn at 2%") that reads better as a threshold ("keep churn under 2%") beside the key results that move.',
  weak: '### KR1.2: Reduce monthly churn from 2% to 2%',
  strong: '### KR1.2: Reduce monthly churn from 2% to 1.5%',
  fix: 'Set the value the team is aiming for; write a guardrail as a threshold ("under 2%") instead.',
  check({ plan, graph, report }) {
    for (const kr of nodesOfKind(plan, 'kr')) {
      const { baseline, target } = graph.krValues(kr);
      const start = baseline ?? currentAsWritten(kr);
      if (!start || !target || !sameScale(start, target) || !sameValue(start.value, target.value)) continue;
      // "from 2 hours to under 2 hours", "at least 50, from 50" and `Target: 2 or more` ask to cross or hold a line, not to stand still.
      if (readKrTitle(kr.title).form === 'threshold' || readKrTitle(target.raw).form === 'threshold') continue;
      report({
        range: kr.range,
        message: baseline
          ? `The baseline ${code(start.raw)} equals the target ${code(target.raw)}; a key result asks for a change.`
          : `The current value ${code(start.raw)} already equals the target ${code(target.raw)}: as written, the key result asks for no change; set a target beyond it, or record that it is met with a check-in.`,
      });
    }
  },
};
