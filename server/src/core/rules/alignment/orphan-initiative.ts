import type { Rule } from '../types';
import { orphansOfKind } from '../helpers/parent-status';

export const orphanInitiative: Rule = {
  code: 'OKR005',
  name: 'orphan-initiative',
  structural: true,
  defaultSeverity: 'warning',
  group: 'Alignment chain',
  description: 'An initiative with no `Parent` that nests under no key result (under an objective, or under nothing). An initiative with a `Parent` is judged by the parent rules instead.',
  rationale:
    'Work earns its place in a plan by naming the result it is meant to move. An initiative that hangs under no key result is effort without a yardstick: it can be finished on time and still change nothing that matters. Attach work only once the key results are clear, and make each piece say which one it serves.',
  weak: '## Objective O1: New owners see their cash clearly\n#### Initiative: Redesign the dashboard',
  strong: '### KR1.1: Reduce time-to-first-value from 10 days to 5 days\n#### Initiative: Redesign the dashboard',
  fix: 'Nest the initiative under the key result it serves, or add `Parent: KR…` (or `path#KR…` in another plan).',
  check({ plan, graph, report }) {
    for (const initiative of orphansOfKind(plan, graph, 'initiative')) report({ range: initiative.range, message: 'This initiative traces to no key result; nest it under one or add `Parent: KR…`.' });
  },
};
