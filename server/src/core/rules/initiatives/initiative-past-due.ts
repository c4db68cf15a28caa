import type { Rule } from '../types';
import { fieldOf, nodesOfKind } from '../../model';
import { isIsoDate } from '../../parse/quantity';

const FINISHED = new Set(['done', 'dropped']);

export const initiativePastDue: Rule = {
  code: 'OKR502',
  name: 'initiative-past-due',
  defaultSeverity: 'warning',
  group: 'Initiatives',
  description: 'An initiative whose `Due` date is before today while its `Status` is not `done` or `dropped`.',
  rationale:
    'An overdue initiative is either finished and not marked, or late — and the key result it serves is counting on it. Either way the plan is telling readers something untrue until someone updates it.',
  weak: 'Status: in progress\nDue: 2026-01-30   (today is 2026-02-10)',
  strong: 'Status: done\nDue: 2026-01-30',
  fix: 'Mark it `done` or `dropped`, or set a new `Due` date and say why in the plan.',
  check({ plan, today, report }) {
    for (const initiative of nodesOfKind(plan, 'initiative')) {
      const due = fieldOf(initiative, 'due');
      const status = fieldOf(initiative, 'status')?.value.trim().toLowerCase() ?? '';
      if (!due || !isIsoDate(due.value) || due.value.trim() >= today || FINISHED.has(status)) continue;
      report({ range: due.range, message: `This initiative was due ${due.value.trim()} and is ${status ? `still \`${status}\`` : 'not marked done'}; update its \`Status\` or \`Due\`.` });
    }
  },
};
