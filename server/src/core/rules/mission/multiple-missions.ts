import type { Rule } from '../types';
import { nodesOfKind } from '../../model';

export const multipleMissions: Rule = {
  code: 'OKR204',
  name: 'multiple-missions',
  structural: true,
  defaultSeverity: 'error',
  group: 'Mission',
  description: 'More than one mission in a plan; each mission after the first is reported.',
  rationale:
    'Objectives without a `Parent` belong to the plan’s mission. With two missions nobody can tell which one an objective serves, and the tradeoff the mission should settle turns into a choice between missions.',
  weak: '# Mission: Help owners understand cash flow\n# Mission: Help bookkeepers grow their practice',
  strong: '# Mission: Help owners understand cash flow   (the bookkeeper plan has its own file and mission)',
  fix: 'Keep one mission per plan; split the plan if it really serves two.',
  check({ plan, report }) {
    const [first, ...others] = nodesOfKind(plan, 'mission');
    for (const mission of others) {
      report({
        range: mission.range,
        message: `The plan already has a mission on line ${first!.range.start.line + 1}; a plan has one mission.`,
        related: [{ file: plan.file, range: first!.range, message: 'the first mission' }],
      });
    }
  },
};
