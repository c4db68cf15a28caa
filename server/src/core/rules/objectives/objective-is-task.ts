import type { Rule } from '../types';
import { nodesOfKind } from '../../model';
import { startsWithPhrase } from '../text-match';

export const objectiveIsTask: Rule = {
  code: 'OKR302',
  name: 'objective-is-task',
  defaultSeverity: 'warning',
  group: 'Objectives',
  scope: 'node',
  description: 'An objective that starts with a task verb (launch, build, ship, implement, migrate, release, deploy, create, write, hold, complete, finish, set up, roll out…). "Build trust" and other task verbs followed by an outcome word (the `outcomeNouns` lexicon) are not tasks.',
  rationale:
    'An objective is a bet on a change in the world; a task is one way to try to cause it. Plans whose objectives are deliverables turn into project lists: everything ships, nothing is learned, and nobody asks whether shipping it mattered.',
  weak: '## Objective O2: Launch the new onboarding flow',
  strong: '## Objective O2: New owners reach a clear picture of their cash in their first week',
  fix: 'Ask what the task is for and write that change as the objective; the task becomes an initiative under one of its key results.',
  check({ plan, lexicon, report }) {
    for (const objective of nodesOfKind(plan, 'objective')) {
      const verb = startsWithPhrase(objective.title, lexicon.taskVerbs);
      if (!verb) continue;
      const rest = objective.title.replace(/^[^\p{L}\p{N}]+/u, '').slice(verb.length).trim();
      if (startsWithPhrase(rest, lexicon.outcomeNouns)) continue;
      report({ range: objective.range, message: `The objective starts with the task verb “${verb}”; say what should change, and make the task an initiative.` });
    }
  },
};
