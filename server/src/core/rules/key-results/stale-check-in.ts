import type { Rule } from '../types';
import type { WorkspaceGraph } from '../../graph';
import { latestCheckIn } from '../../graph';
import { nodesOfKind, type Plan } from '../../model';
import { addDays, daysBetween, parsePeriod, type Period } from '../../period';

/** The plan's period, or its parent plan's when it names none. */
function periodOf(plan: Plan, graph: WorkspaceGraph): Period | undefined {
  const own = plan.frontMatter?.period;
  if (own) return parsePeriod(own);
  const parent = graph.parentPlan(plan)?.frontMatter?.period;
  return parent ? parsePeriod(parent) : undefined;
}

export const staleCheckIn: Rule = {
  code: 'OKR406',
  name: 'stale-check-in',
  defaultSeverity: 'warning',
  group: 'Key results',
  description: 'While today lies inside the plan’s period: a key result whose latest check-in is older than `checkInMaxAgeDays` (14), or that has none once the period’s first `checkInMaxAgeDays` days are over.',
  rationale:
    'Key results fail quietly. A regular check-in — weekly or every other week — is what turns a plan into a feedback loop: it shows a number drifting while there is still time to change the work. A key result nobody has looked at for weeks is a surprise waiting for the quarter’s end.',
  weak: 'Check-ins:\n- 2026-01-05: 9 days   (today is 2026-02-10)',
  strong: 'Check-ins:\n- 2026-01-26: 8 days\n- 2026-02-09: 7 days',
  fix: 'Add a dated check-in with the current value (`YYYY-MM-DD: <quantity>`), or adjust `checkInMaxAgeDays` for the team’s cadence.',
  check({ plan, graph, today, checkInMaxAgeDays, report }) {
    const period = periodOf(plan, graph);
    if (!period || today < period.start || today > period.end) return;
    for (const kr of nodesOfKind(plan, 'kr')) {
      const latest = latestCheckIn(kr);
      if (latest) {
        const age = daysBetween(latest.date, today);
        if (age > checkInMaxAgeDays) report({ range: kr.range, message: `The latest check-in is ${age} days old (${latest.date}); check in at least every ${checkInMaxAgeDays} days.` });
      } else if (today > addDays(period.start, checkInMaxAgeDays)) {
        report({ range: kr.range, message: `This key result has no check-in ${daysBetween(period.start, today)} days into the period; add \`Check-ins:\` with a dated value.` });
      }
    }
  },
};
