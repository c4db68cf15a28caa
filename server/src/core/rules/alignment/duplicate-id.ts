import type { Rule } from '../types';
import type { PlanNode } from '../../model';
import { idKey } from '../../parse/node-line';

export const duplicateId: Rule = {
  code: 'OKR004',
  name: 'duplicate-id',
  defaultSeverity: 'error',
  group: 'Alignment chain',
  description: 'Two nodes of one plan with the same id (ids compare case-insensitively); every occurrence after the first is reported. Missions are left to `multiple-missions`; ids derived from order never collide, so only written ids are reported.',
  rationale:
    'Ids are how other plans and fields point at a node. When two nodes share one, every reference silently resolves to the first, and the team that meant the second sees its work counted under someone else’s key result.',
  weak: '### KR1.1: Reduce time-to-first-value from 10 days to 5 days\n### KR1.1: Raise activation from 20% to 30%',
  strong: '### KR1.1: Reduce time-to-first-value from 10 days to 5 days\n### KR1.2: Raise activation from 20% to 30%',
  fix: 'Give the later node an id of its own, and check which of the two any `Parent` references meant.',
  check({ plan, report }) {
    const first = new Map<string, PlanNode>();
    for (const node of plan.nodes) {
      if (node.kind === 'mission') continue;
      const key = idKey(node.id);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, node);
        continue;
      }
      report({
        range: node.range,
        message: `The id \`${node.id}\` is already used on line ${earlier.range.start.line + 1}; references resolve to that one.`,
        related: [{ file: earlier.file, range: earlier.range, message: `first \`${earlier.id}\`` }],
      });
    }
  },
};
