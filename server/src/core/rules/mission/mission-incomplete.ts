import type { Rule } from '../types';
import { fieldOf, nodesOfKind } from '../../model';

export const missionIncomplete: Rule = {
  code: 'OKR203',
  name: 'mission-incomplete',
  structural: true,
  defaultSeverity: 'info',
  group: 'Mission',
  scope: 'node',
  description: 'A mission with no `Serves` or no `Refuses` field; one diagnostic names what is missing.',
  rationale:
    'A mission earns its keep when a tradeoff gets hard. It can only decide one if it says who it is for and what it will not give up even when a number would improve. Without those two answers it is a slogan the whole team agrees with and nobody can use.',
  weak: '# Mission: Help business owners understand their cash flow',
  strong: '# Mission: Help business owners understand their cash flow\nServes: first-time business owners\nRefuses: dark patterns that trade trust for conversion',
  fix: 'Add `Serves:` (who the mission is for) and `Refuses:` (what it will not trade away) under the mission.',
  check({ plan, report }) {
    for (const mission of nodesOfKind(plan, 'mission')) {
      const missing = [
        fieldOf(mission, 'serves')?.value.trim() ? undefined : '`Serves` (whom it serves)',
        fieldOf(mission, 'refuses')?.value.trim() ? undefined : '`Refuses` (what it will not trade away)',
      ].filter((m): m is string => m !== undefined);
      if (missing.length) report({ range: mission.range, message: `The mission does not say ${missing.join(' or ')}.` });
    }
  },
};
