import type { Rule } from '../types';
import { latestCheckIn } from '../../graph';
import { nodesOfKind } from '../../model';
import { addDays, daysBetween, effectivePeriod, periodContains } from '../../period';

export const staleCheckIn: Rule = {
  code: 'OKR406',
  name: 'stale-check-in',
  defaultSeverity: 'warning',
  group: 'Key results',
  description:
    'While today lies inside the plan’s period (its own, else its parent plan’s): a key result whose latest dated check-in is more than `checkInMaxAgeDays` (14) days old, or that has none once the period’s first `checkInMaxAgeDays` days are over. Plans with no readable period, and past or future periods, are left alone.',
  rationale:
    'Key results rarely fail loudly; they drift. A regular check-in — weekly or every other week — turns the plan into a feedback loop that shows the drift while there is still time to change the work. A key result nobody has looked at for weeks is a surprise saved up for the end of the quarter.',
  weak: '### KR1.1: Reduce time-to-first-value from 10 days to 5 days\nCheck-ins:\n- 2026-01-05: 9 days   (today: 2026-02-10)',
  strong: '### KR1.1: Reduce time-to-first-value from 10 days to 5 days\nCheck-ins:\n- 2026-01-26: 8 days\n- 2026-02-09: 7 days',
  fix: 'Add a dated check-in with the current value (`- YYYY-MM-DD: <quantity>` under `Check-ins:`), or set `checkInMaxAgeDays` to the team’s cadence.',
  check({ plan, graph, today, checkInMaxAgeDays, report }) {
    const period = effectivePeriod(plan, graph);
    if (!period || !periodContains(period, today)) return;
    const checkInsDue = today > addDays(period.start, checkInMaxAgeDays);
    for (const kr of nodesOfKind(plan, 'kr')) {
      const latest = latestCheckIn(kr);
      if (latest) {
        const age = daysBetween(latest.date, today);
        if (age > checkInMaxAgeDays) {
          report({ range: kr.range, message: `The latest check-in is ${age} days old (${latest.date}); check in at least every ${checkInMaxAgeDays} days.` });
        }
      } else if (checkInsDue) {
        report({
          range: kr.range,
          message: `This key result has no check-in ${daysBetween(period.start, today)} days into the period (since ${period.start}); add \`Check-ins:\` with a dated value at least every ${checkInMaxAgeDays} days.`,
        });
      }
    }
  },
};
