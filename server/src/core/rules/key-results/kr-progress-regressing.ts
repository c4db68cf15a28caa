import type { Rule } from '../types';
import type { KrValues } from '../../graph';
import { nodesOfKind, type CheckIn, type PlanNode, type Quantity } from '../../model';
import { readKrTitle, titleDirection } from '../../parse/quantity';
import { code, sameScale, sameValue } from '../helpers/kr-shape';

type Measured = CheckIn & { value: Quantity };

/**
 * +1 when the KR wants its metric to go up, -1 down, 0 when it does not say.
 * Relative and threshold titles say it in words; otherwise baseline → target does;
 * failing both, the title's verb ("Raise", "Reduce").
 */
export function wantedDirection(kr: PlanNode, values: KrValues): -1 | 0 | 1 {
  const title = readKrTitle(kr.title);
  if (title.relative) return title.relative === 'decrease' ? -1 : 1;
  const { baseline, target } = values;
  if (baseline && target && sameScale(baseline, target) && !sameValue(baseline.value, target.value)) return target.value > baseline.value ? 1 : -1;
  if (title.threshold) return title.threshold === 'at-most' ? -1 : 1;
  return titleDirection(kr.title);
}

/** The two latest dated check-ins that carry a value, oldest first (document order breaks date ties). */
export function lastTwoCheckIns(kr: PlanNode): [Measured, Measured] | undefined {
  const dated = kr.checkIns
    .filter((c): c is Measured => c.validDate && c.value !== undefined)
    .map((c, order) => ({ c, order }))
    .sort((a, b) => a.c.date.localeCompare(b.c.date) || a.order - b.order)
    .map(({ c }) => c);
  return dated.length >= 2 ? [dated[dated.length - 2]!, dated[dated.length - 1]!] : undefined;
}

/** True when a value has reached the target in the wanted direction. */
function meets(value: Quantity, target: Quantity | undefined, direction: number): boolean {
  if (!target || !sameScale(value, target)) return false;
  return direction > 0 ? value.value >= target.value : value.value <= target.value;
}

export const krProgressRegressing: Rule = {
  code: 'OKR408',
  name: 'kr-progress-regressing',
  defaultSeverity: 'info',
  group: 'Key results',
  scope: 'node',
  description:
    'A key result whose latest two check-ins move away from its target: down when it aims up, up when it aims down. The direction comes from baseline → target, else from the title ("by 20%", "under 2 hours", "Reduce…"). Quiet while both check-ins already meet the target, and when their units differ.',
  rationale:
    'A check-in that goes the wrong way is the cheapest warning a plan can give. It is the moment to ask whether the initiatives are actually moving this number — and to change the work now rather than let the end of the quarter confirm it.',
  weak: '### KR1.1: Raise bookkeeper NPS from 21 to 40\nCheck-ins:\n- 2026-01-20: 24\n- 2026-01-31: 23',
  strong: '### KR1.1: Raise bookkeeper NPS from 21 to 40\nCheck-ins:\n- 2026-01-20: 24\n- 2026-01-31: 27',
  fix: 'Look at what changed since the previous check-in; re-plan the initiatives, or say in the check-in’s note (`— note`) why the dip is expected.',
  check({ plan, graph, report }) {
    for (const kr of nodesOfKind(plan, 'kr')) {
      const pair = lastTwoCheckIns(kr);
      if (!pair) continue;
      const [previous, latest] = pair;
      if (!sameScale(previous.value, latest.value) || sameValue(previous.value.value, latest.value.value)) continue;
      const values = graph.krValues(kr);
      const direction = wantedDirection(kr, values);
      if (direction === 0 || Math.sign(latest.value.value - previous.value.value) === direction) continue;
      if (meets(previous.value, values.target, direction) && meets(latest.value, values.target, direction)) continue;
      const moves = values.target
        ? `moves away from the target ${code(values.target.raw)}`
        : `goes ${direction > 0 ? 'down' : 'up'} while the key result aims ${direction > 0 ? 'up' : 'down'}`;
      report({
        range: kr.range,
        message: `The latest check-in ${moves}: ${code(previous.value.raw)} on ${previous.date}, then ${code(latest.value.raw)} on ${latest.date}.`,
      });
    }
  },
};
