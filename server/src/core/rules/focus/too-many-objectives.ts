import type { Rule } from '../types';
import { nodesOfKind } from '../../model';

export const tooManyObjectives: Rule = {
  code: 'OKR101',
  name: 'too-many-objectives',
  defaultSeverity: 'warning',
  group: 'Focus',
  description: 'More than `max` objectives in one plan; each objective beyond the limit is reported.',
  rationale:
    'A plan is a statement of what the team will not do as much as of what it will. Past a handful of objectives, every one gets a sliver of attention, priorities stop guiding daily choices, and the plan reads like a backlog. Three to five is where focus still holds.',
  weak: 'Seven objectives in one quarterly plan',
  strong: 'Three objectives, and a "not this quarter" list for the rest',
  fix: 'Merge objectives that serve the same change, or move the weakest ones to a later period.',
  options: { max: { type: 'number', default: 5, description: 'The most objectives a plan may have.' } },
  check({ plan, options, report }) {
    const max = options.max ?? 5;
    const objectives = nodesOfKind(plan, 'objective');
    for (const objective of objectives.slice(max)) {
      report({ range: objective.range, message: `The plan has ${objectives.length} objectives; at most ${max} keep a team focused.` });
    }
  },
};
