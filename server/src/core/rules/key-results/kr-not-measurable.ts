import type { Rule } from '../types';
import { nodesOfKind } from '../../model';
import { countsAVagueEffect, setsACheckableBar, statesANumber, taskVerbOf, underLearningObjective, withholdsText } from '../helpers/kr-shape';

export const krNotMeasurable: Rule = {
  code: 'OKR401',
  name: 'kr-not-measurable',
  defaultSeverity: 'warning',
  group: 'Key results',
  description:
    'A key result with no number to reach: no quantity in its title ("from X to Y", "to Y", "by Y%", "at least Y", "under Y", "Double …") and no `Target` field. A bar that can be checked without a written figure counts as one: a zero target ("No PRs merged after the freeze", "Eliminate systems downtime in Q2") or a run with nothing going wrong ("running without errors or alerts"), a limit in words ("within an hour", "more than one business day", "maximum up to one month", "no longer than two weeks"), a cadence or a frequency ("ship every two weeks", "each quarter", "twice a year"; not a metric counted over a period as the key result, alone or after a verb of change, "Increase monthly active engagement", "Monthly new users", "Grow monthly revenue", "Weekly active usage rate among users", "Average monthly active usage days per user", which names no level; "a monthly revenue report", "Review monthly revenue" are a cadence), full coverage of a countable set ("all roles are contested", "any component can be deployed", "all existing security vulnerabilities are closed"; "all team revenue goals" points at targets set elsewhere and is none; in other languages too: "à l’ensemble des Fabriquants", "tous les membres", "cada cliente", "毎日", "모든 고객"), progress kept as a fraction of a set ("[6/18]"), a comparison with a known count or thing ("more views than the existing video", "twice as many as last year", "as fast as simple text", "above the last 12 months’ peaks"), a spelled threshold ("five or more teams"), a published standard ("DORA elite"), breaking even ("Break even on Hub operations", `收支打平`), a number the published plan withholds (`年收入超过 XXX`), a score on a known scale ("10/10 rating") or test ("TOEIC 800", "IELTS 7.0"), a bound on time written as a prefix ("sub-second responses", "sub-200ms"), one metric held below or above another ("customer acquisition cost < 6-month lifetime value"), a rank on a known distribution ("to the 75th percentile"), a position in search results ("on the first page of Google results for …") a level held in a service-level objective or error budget kept elsewhere ("Keep the endpoint in SLO"), or a result decided on a known day, won or not ("Win a district event", "Qualify for the finals", "Qualify for DCMP", "Pass the AWS exam", "Get accepted into the batch", "at least semi-finals in every competition"; not "Win the trust of our customers", "Win the AI race", "Win a bigger share of contracts", "Qualify for larger deals", "Qualify for Series A funding", "Pass the smell test", "Be accepted as a thought leader", "Make each event more fun"). A number in a clause naming the means of the result (", enabled by the outputs of reaching level 3", ", thanks to 2 new hires") is not the key result’s, and neither is the time given to the work (an effort estimate closing the statement, "Apply the changes (3 days)", or a timebox, "1 week sprint: evaluate …") or the grade it got at a review ("Contributor cookbook (0.8)") or the scale it is graded on ("(0.0 → 1.0)"). A number that says which things are counted ("Percent of 100 most populous cities using .gov domains increases") is no target either. A metric named with its definition in brackets ("Viable conversation rate (3+ members within 24 hours)", "Active participation rate (daily active users who send messages)") states no target: the definition says what is counted. A number that counts people moved in a way no one can observe ("influence 30+ developers", "100+ owners inspired") is none, unless the title says how it is measured. Skipped under an objective with `Type: learning`, where `kr-is-task` fires, and where the published text withholds the whole key result (`[redacted]`).',
  rationale:
    'A key result is the evidence that an objective was met, so it has to be something you can read off: a number, a percentage, a threshold. Without one, the check-in becomes a debate about feelings and the grade at the end of the quarter is whatever the owner believes. Learning objectives are the exception: their key results may name what the team must find out.',
  weak: '### KR1.1: Improve the onboarding experience',
  strong: '### KR1.1: Reduce time-to-first-value from 10 days to 5 days',
  fix: 'Name the metric and the number it must reach — "from X to Y", "at least Y", "under Y" — or add `Target:`. If the objective is about finding something out, mark it `Type: learning`.',
  check({ plan, graph, lexicon, report }) {
    for (const kr of nodesOfKind(plan, 'kr')) {
      if (statesANumber(kr) && !countsAVagueEffect(kr)) continue;
      if (setsACheckableBar(kr) || taskVerbOf(kr, lexicon) || underLearningObjective(graph, kr) || withholdsText(kr)) continue;
      const vague = countsAVagueEffect(kr);
      const message = vague
        ? 'This key result counts people moved in a way no one can observe (influenced, inspired…); name what they do that shows it and its target, or say how it is measured.'
        : 'This key result has no number to reach; name the metric and its target ("from X to Y") or add `Target:`.';
      report({ range: kr.range, message });
    }
  },
};
