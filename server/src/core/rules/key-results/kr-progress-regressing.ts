import type { Rule } from '../types';
import type { KrValues } from '../../graph';
import { nodesOfKind, type CheckIn, type PlanNode } from '../../model';
import { krNumbersFromTitle } from '../../parse/quantity';

/** +1 when the KR wants its metric to go up, -1 when down, 0 when unknown. */
function wantedDirection(kr: PlanNode, values: KrValues, previous: number): number {
  const { baseline, target } = values;
  if (baseline && target && baseline.value !== target.value) return Math.sign(target.value - baseline.value);
  const title = krNumbersFromTitle(kr.title);
  if (title.threshold === 'at-most' || title.relative === 'decrease') return -1;
  if (title.threshold === 'at-least' || title.relative === 'increase') return 1;
  return target ? Math.sign(target.value - previous) : 0;
}

function lastTwo(kr: PlanNode): [CheckIn, CheckIn] | undefined {
  const dated = kr.checkIns.filter((c) => c.validDate && c.value).sort((a, b) => a.date.localeCompare(b.date));
  return dated.length >= 2 ? [dated[dated.length - 2]!, dated[dated.length - 1]!] : undefined;
}

export const krProgressRegressing: Rule = {
  code: 'OKR408',
  name: 'kr-progress-regressing',
  defaultSeverity: 'info',
  group: 'Key results',
  description: 'A key result whose latest two check-ins move away from its target.',
  rationale:
    'A check-in that goes the wrong way is the cheapest warning a plan can give. It is the moment to ask whether the initiatives are actually moving this number, and to change the work rather than wait for the quarter to confirm it.',
  weak: 'Target 40 · Check-ins: 2026-01-20: 24 · 2026-01-31: 23',
  strong: 'Check-ins: 2026-01-20: 24 · 2026-01-31: 27',
  fix: 'Look at what changed since the previous check-in; re-plan the initiatives or note why the dip is expected in the check-in (`— note`).',
  check({ plan, graph, report }) {
    for (const kr of nodesOfKind(plan, 'kr')) {
      const pair = lastTwo(kr);
      if (!pair) continue;
      const [previous, latest] = pair;
      const direction = wantedDirection(kr, graph.krValues(kr), previous.value!.value);
      if (direction === 0 || Math.sign(latest.value!.value - previous.value!.value) !== -direction) continue;
      report({ range: kr.range, message: `The latest check-in (${latest.date}: ${latest.value!.raw}) moves away from the target since ${previous.date} (${previous.value!.raw}).` });
    }
  },
};
