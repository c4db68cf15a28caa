import type { Rule } from '../types';
import { nodesOfKind } from '../../model';
import { findQuantities } from '../../parse/quantity';
import { findPhrase } from '../helpers/text-match';

/** What makes a mission statement read like a goal: a number, a date, a quarter or a deadline. */
export function goalMarker(statement: string, deadlineWords: readonly string[]): string | undefined {
  const date = /\b\d{4}-\d{2}(?:-\d{2})?\b|\b(?:19|20)\d{2}\b/.exec(statement);
  if (date) return `the date \`${date[0]}\``;
  const quarter = /\b(?:Q[1-4]|H[12])\b/.exec(statement);
  if (quarter) return `the period \`${quarter[0]}\``;
  // "Help teams halve their close" names a change, not a target: spelled multipliers and shares are left out.
  const quantity = findQuantities(statement).find((q) => !(q.spelled && (q.quantity.unit === 'x' || q.quantity.unit === '%')));
  if (quantity) return `the number \`${quantity.quantity.raw}\``;
  const deadline = findPhrase(statement, deadlineWords);
  if (deadline) return `the deadline “${deadline}”`;
  return undefined;
}

export const missionIsAGoal: Rule = {
  code: 'OKR201',
  name: 'mission-is-a-goal',
  defaultSeverity: 'warning',
  group: 'Mission',
  scope: 'node',
  description: 'A mission statement that holds a number, a percentage, a money amount, a date, a quarter or a deadline word.',
  rationale:
    'A mission is the standing reason the team exists; goals are the scoreboard for a stretch of time. Once the mission carries a number or a date it becomes one more target — reached or missed, then replaced — and stops being the rule that decides between competing goals.',
  weak: '# Mission: Reach $10M ARR by 2027',
  strong: '# Mission: Help first-time business owners understand their cash flow with confidence',
  fix: 'Move the number and the date into an objective’s key results; keep the mission about whom you serve and the change you make for them.',
  check({ plan, lexicon, report }) {
    for (const mission of nodesOfKind(plan, 'mission')) {
      const marker = goalMarker(mission.title, lexicon.deadlineWords);
      if (marker) report({ range: mission.range, message: `The mission holds ${marker}, which makes it a goal; keep numbers and dates in key results.` });
    }
  },
};
