import type { Rule } from '../types';
import { nodesOfKind } from '../../model';
import { taskVerbOf } from './kr-shape';

export const krIsTask: Rule = {
  code: 'OKR402',
  name: 'kr-is-task',
  defaultSeverity: 'warning',
  group: 'Key results',
  scope: 'node',
  description:
    'A key result that starts with a task verb (the `taskVerbs` lexicon, shared with `objective-is-task`: launch, ship, build, implement, migrate, roll out, hire…) and states no quantity ("Launch a new onboarding flow"). The verb phrase is read whole, as for objectives: an outcome or a metric as its object ("Build trust with bookkeepers", "Build enterprise pipeline") is not a task, and neither is work held to a time limit ("Fix all new P1 bugs within one release"). Where this fires, `kr-not-measurable` stays quiet.',
  rationale:
    'Shipping something is an output; a key result is the outcome the output is supposed to cause. A task on the key-result line gets a green tick the day it ships, whether or not anyone’s behaviour changed — the plan reports success while the objective stands still.',
  weak: '### KR1.1: Launch a new onboarding flow',
  strong: '### KR1.1: Reduce time-to-first-value from 10 days to 5 days\n#### Initiative: Launch a new onboarding flow',
  fix: 'Ask what the deliverable should change and measure that; move the deliverable to an initiative under the new key result.',
  check({ plan, lexicon, report }) {
    for (const kr of nodesOfKind(plan, 'kr')) {
      const verb = taskVerbOf(kr, lexicon);
      if (verb) report({ range: kr.range, message: `This key result is a task (“${verb}…”) with no number; measure the outcome it should cause and make the task an initiative.` });
    }
  },
};
