import type { Rule } from '../types';
import { orphansOfKind } from '../helpers/parent-status';

export const orphanKeyResult: Rule = {
  code: 'OKR012',
  name: 'orphan-key-result',
  defaultSeverity: 'warning',
  group: 'Alignment chain',
  description: 'A key result with no `Parent` that nests under no objective (under a mission, or under nothing). A key result with a `Parent` is judged by the parent rules instead.',
  rationale:
    'A key result measures progress towards an objective; on its own it is a number without a reason. Nobody can tell whether moving it matters, what it trades against, or when it has done its job, and it never counts towards any objective\'s progress.',
  weak: '# Mission: Help owners understand their cash\n- KR: Raise weekly active owners from 12k to 18k',
  strong: '## Objective O1: Owners check their cash every week\n- KR1.1: Raise weekly active owners from 12k to 18k',
  fix: 'Nest the key result under the objective it measures, or add `Parent: O…` (or `path#O…` in another plan).',
  check({ plan, graph, report }) {
    for (const kr of orphansOfKind(plan, graph, 'kr')) report({ range: kr.range, message: 'This key result measures no objective; nest it under one or add `Parent: O…`.' });
  },
};
