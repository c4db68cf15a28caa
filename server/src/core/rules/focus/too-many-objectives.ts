import type { Rule } from '../types';
import { nodesOfKind } from '../../model';

/** Related locations listed at most, however many objectives lie beyond the limit. */
const MAX_RELATED = 20;

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export const tooManyObjectives: Rule = {
  code: 'OKR101',
  name: 'too-many-objectives',
  defaultSeverity: 'warning',
  group: 'Focus',
  description: 'More than `max` objectives in one plan; reported once, on the first objective beyond the limit, naming how many there are (the others beyond it are related locations).',
  rationale:
    'A plan is a statement of what the team will not do as much as of what it will. Past a handful of objectives, every one gets a sliver of attention, priorities stop guiding daily choices, and the plan reads like a backlog. Three to five is where focus still holds.',
  weak: 'Seven objectives in one quarterly plan',
  strong: 'Three objectives, and a "not this quarter" list for the rest',
  fix: 'Merge objectives that serve the same change, or move the weakest ones to a later period.',
  options: { max: { type: 'number', default: 5, description: 'The most objectives a plan may have.' } },
  check({ plan, options, report }) {
    const max = options.max ?? 5;
    const objectives = nodesOfKind(plan, 'objective');
    const beyond = objectives.slice(max);
    if (!beyond.length) return;
    // One finding per plan: the fix is one decision about the whole plan, not one per extra objective.
    report({
      range: beyond[0]!.range,
      message: `The plan has ${objectives.length} objectives; at most ${max} keep a team focused, and this is the ${ordinal(max + 1)}.`,
      related: beyond.slice(1, 1 + MAX_RELATED).map((objective) => ({ file: plan.file, range: objective.range, message: `Objective beyond the limit: \`${objective.id}\`` })),
    });
  },
};
