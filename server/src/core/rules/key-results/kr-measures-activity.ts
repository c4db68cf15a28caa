import type { Rule } from '../types';
import { nodesOfKind } from '../../model';
import { activityCountOf, underLearningObjective } from './kr-shape';

export const krMeasuresActivity: Rule = {
  code: 'OKR403',
  name: 'kr-measures-activity',
  defaultSeverity: 'info',
  group: 'Key results',
  description:
    'A key result that counts activity volume: it starts with an activity verb (the `activityVerbs` lexicon) followed by a tally ("Publish 12 blog posts", "Hold 10 workshops", "Make 200 calls"). A level after the verb ("Hold 99.9% uptime") is not a tally. Skipped under an objective with `Type: learning`, where counting interviews or experiments is the point.',
  rationale:
    'Counting effort is easy and comforting: the number goes up every week because the team controls it. Whether the effort works is another matter. A count of actions earns a place as a leading indicator only when there is a believable link from it to the result; otherwise measure the response to the activity, not the activity.',
  weak: '### KR2.1: Publish 12 blog posts',
  strong: '### KR2.1: Raise signups from organic search from 300 to 600 a month\n#### Initiative: Publish 12 blog posts',
  fix: 'Measure what the activity should produce (signups, replies, retained users) and keep the activity as an initiative under it.',
  check({ plan, graph, lexicon, report }) {
    for (const kr of nodesOfKind(plan, 'kr')) {
      const activity = activityCountOf(kr, lexicon);
      if (!activity || underLearningObjective(graph, kr)) continue;
      report({ range: kr.range, message: `This key result counts activity (“${activity.verb} ${activity.count.raw.split(/\s/)[0]} …”); measure what the activity should change and keep the activity as an initiative.` });
    }
  },
};
