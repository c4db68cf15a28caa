import type { Rule } from '../types';
import { nodesOfKind } from '../../model';
import { findPhrase } from '../helpers/text-match';

export const missionIsPositioning: Rule = {
  code: 'OKR202',
  name: 'mission-is-positioning',
  defaultSeverity: 'info',
  group: 'Mission',
  scope: 'node',
  description: 'A mission that is competitive positioning ("become the leading…", "#1", "best-in-class", "world’s largest").',
  rationale:
    'Being the biggest or the best is a rank among competitors, not a reason anyone outside the company cares about. It tells a team nothing when two good options collide, because both can be argued to win market share. A mission names the people served and what changes for them.',
  weak: '# Mission: Become the leading small-business finance platform',
  strong: '# Mission: Help first-time business owners understand their cash flow with confidence',
  fix: 'Say whom the team serves and what it changes for them; leave rankings to strategy documents.',
  check({ plan, lexicon, report }) {
    for (const mission of nodesOfKind(plan, 'mission')) {
      const phrase = findPhrase(mission.title, lexicon.positioningPhrases);
      if (phrase) report({ range: mission.range, message: `The mission is positioning (“${phrase}”); say whom you serve and what changes for them.` });
    }
  },
};
