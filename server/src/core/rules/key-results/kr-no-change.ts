import type { Rule } from '../types';
import { fieldOf, nodesOfKind, type PlanNode, type Quantity } from '../../model';
import { parseQuantity, readKrTitle } from '../../parse/quantity';
import { findQuantities } from '../../parse/quantity';
import { code, plainTitle, sameScale, sameValue } from '../helpers/kr-shape';

/** `Current: 100%` in a plan with no check-ins yet: where the metric stands as the plan is written, its starting point. */
function currentAsWritten(kr: PlanNode): Quantity | undefined {
  const current = fieldOf(kr, 'current');
  return current && kr.checkIns.length === 0 ? parseQuantity(current.value) : undefined;
}

/**
 * "# of open bugs did not increase during the quarter", "Prevent bug count from creeping up", "Open P1 issues do not
 * increase": the metric held where it stands, with no level named: the key result asks for no change.
 */
const HOLDS_ITS_LEVEL = /\b(?:did|does|do|will|should|must|shall)[ \t]+not[ \t]+(?:increase|grow|rise|go[ \t]+up|creep[ \t]+up)\b|\b(?:didn|doesn|don|won|shouldn)['’]t[ \t]+(?:increase|grow|rise|go[ \t]+up|creep[ \t]+up)\b|^(?:prevent|keep|stop)[ \t]+\S(?:[^\n]{0,80}?)[ \t]+from[ \t]+(?:creeping[ \t]+up|increasing|growing|rising|going[ \t]+up)\b/i;

export const krNoChange: Rule = {
  code: 'OKR407',
  name: 'kr-no-change',
  defaultSeverity: 'warning',
  group: 'Key results',
  scope: 'node',
  description:
    'A key result whose baseline equals its target (title "from X to X", or `Baseline` and `Target` fields with the same value; with no baseline, a `Current` field in a plan that keeps no check-ins yet is where the metric starts: `Current: 100%` and `Target: 100%`; a key result already met is told to say so with a check-in). A relative target ("by 20%") is compared once it is resolved against the baseline; values in different units, and a target written as a bar (`Target: 2 or more`), are left alone. A key result that holds its metric where it stands, naming no level ("# of open bugs did not increase during the quarter", "Prevent bug count from creeping up", "Open P1 issues do not increase"), asks for no change too; with a level ("do not increase above 1,300") it is a threshold.',
  rationale:
    'A key result that asks for no movement measures nothing the team will do differently, and its progress cannot be computed. Usually it is a copy-paste slip; sometimes it is a guardrail ("keep churn at 2%") that reads better as a threshold ("keep churn under 2%") beside the key results that move.',
  weak: '### KR1.2: Reduce monthly churn from 2% to 2%',
  strong: '### KR1.2: Reduce monthly churn from 2% to 1.5%',
  fix: 'Set the value the team is aiming for; write a guardrail as a threshold ("under 2%") instead.',
  check({ plan, graph, report }) {
    for (const kr of nodesOfKind(plan, 'kr')) {
      const { baseline, target } = graph.krValues(kr);
      // The wording first: most key results hold no such words, and reading their quantities again would be spent.
      if (!target && HOLDS_ITS_LEVEL.test(plainTitle(kr)) && findQuantities(kr.title).length === 0) {
        report({ range: kr.range, message: 'The key result holds the metric where it starts: as written it asks for no change; set the level it should reach, or keep it as a guardrail beside key results that move.' });
        continue;
      }
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
