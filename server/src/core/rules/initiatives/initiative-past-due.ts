import type { Rule } from '../types';
import { fieldOf, nodesOfKind } from '../../model';
import { readWrittenDate } from '../../parse/quantity';
import { readStatus } from '../../fields';

/** Statuses under which a passed `Due` date is no news. */
const FINISHED = new Set(['done', 'dropped']);

export const initiativePastDue: Rule = {
  code: 'OKR502',
  name: 'initiative-past-due',
  defaultSeverity: 'warning',
  group: 'Initiatives',
  scope: 'node',
  description:
    'An initiative whose `Due` date is before today while its `Status` is not `done` or `dropped` (or is missing). A `Due` may be written `YYYY-MM-DD` or with the month’s name (`May 15, 2026`). Reported on the `Due` line; a `Due` that is not a date is `invalid-field-value`’s business.',
  rationale:
    'An overdue initiative is either finished and not marked, or late — and the key result it serves is counting on it. Either way the plan tells its readers something untrue until someone updates it, and a late lever is exactly what a check-in should surface.',
  weak: '#### Initiative: Nightly reconciliation\nStatus: in progress\nDue: 2026-01-30   (today: 2026-02-10)',
  strong: '#### Initiative: Nightly reconciliation\nStatus: done\nDue: 2026-01-30',
  fix: 'Mark it `done` or `dropped`, or set a new `Due` date and say in the plan why it moved.',
  check({ plan, today, report }) {
    for (const initiative of nodesOfKind(plan, 'initiative')) {
      const due = fieldOf(initiative, 'due');
      const date = due && readWrittenDate(due.value);
      if (!due || !date) continue;
      const status = fieldOf(initiative, 'status')?.value.trim().toLowerCase().replace(/\s+/g, ' ') ?? '';
      const read = readStatus(status);
      if (date >= today || (read && FINISHED.has(read))) continue;
      report({
        range: due.range,
        message: `This initiative was due ${date} and is ${status ? `still \`${status}\`` : 'not marked done'}; update its \`Status\` or \`Due\`.`,
      });
    }
  },
};
