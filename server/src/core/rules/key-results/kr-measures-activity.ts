import type { Rule } from '../types';
import { nodesOfKind } from '../../model';
import { startsWithPhrase } from '../text-match';

export const krMeasuresActivity: Rule = {
  code: 'OKR403',
  name: 'kr-measures-activity',
  defaultSeverity: 'info',
  group: 'Key results',
  description: 'A key result that counts activity volume: an activity verb followed by a count ("Publish 12 blog posts", "Hold 10 workshops", "Make 200 calls").',
  rationale:
    'Counting effort is easy and comforting: the number goes up every week because the team controls it. Whether the effort works is another matter. A leading indicator earns its place only when there is a believable link from it to the result; measure the response to the activity, not the activity.',
  weak: '### KR2.1: Publish 12 blog posts',
  strong: '### KR2.1: Raise signups from organic search from 300 to 600 a month',
  fix: 'Measure what the activity should produce (signups, replies, retained users) and keep the activity as an initiative.',
  check({ plan, lexicon, report }) {
    for (const kr of nodesOfKind(plan, 'kr')) {
      const verb = startsWithPhrase(kr.title, lexicon.activityVerbs);
      if (!verb) continue;
      const rest = kr.title.replace(/^[^\p{L}\p{N}]+/u, '').slice(verb.length);
      if (!/^\s+(?:at least |over |more than |another |an extra )?\d/i.test(rest)) continue;
      report({ range: kr.range, message: `This key result counts activity (“${verb} …”); measure what the activity should change.` });
    }
  },
};
