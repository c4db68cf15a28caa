import type { Rule } from '../types';
import { nodesOfKind, type PlanNode } from '../../model';
import type { WorkspaceGraph } from '../../graph';
import { activityCountOf, objectiveOf, underLearningObjective } from '../helpers/kr-shape';

/**
 * "Transform reading habits …" over "Read 3-5 articles per week": where the objective is the habit of the very activity
 * counted, doing it is the change asked for, no effort standing in for it.
 */
function habitOfItsObjective(graph: WorkspaceGraph, kr: PlanNode, verb: string): boolean {
  const objective = objectiveOf(graph, kr) ?? (kr.enclosing?.kind === 'objective' ? kr.enclosing : undefined);
  const base = /^[a-z]+/i.exec(verb.trim())?.[0].toLowerCase() ?? '';
  if (!objective || base.length < 3 || !/\b(?:habits?|routines?)\b/i.test(objective.title)) return false;
  const words = new Set(objective.title.toLowerCase().match(/\p{L}+/gu));
  return [`${base}ing`, `${base.replace(/e$/, '')}ing`, `${base}${base.slice(-1)}ing`].some((gerund) => words.has(gerund));
}

export const krMeasuresActivity: Rule = {
  code: 'OKR403',
  name: 'kr-measures-activity',
  defaultSeverity: 'info',
  group: 'Key results',
  description:
    'A key result that counts activity volume: an activity verb (the `activityVerbs` lexicon) and a tally of it — the verb first ("Publish 12 blog posts", "Write and publish 12 posts", "Launch/test at least 3 tools", "Hold at least 10 workshops", "Speak at 10 conferences", "Lead 3 discussions", "Oversee 2 projects", "Contribute to 3 proposals", "Conduct interviews with at least two firms", or the events it is done at counted further on: "Make our mark at 3 regional conferences", also in its -ing form or after a manner adverb: "Attending 2 meetups", "Successfully launch four features"), the tally first ("3 blog posts authored by the team", "12 workshops held", "Speakers at 5 large (200+ attendees) conferences": a word or two, quoted or not, and a bracketed aside may stand between the count and what it counts: "5 “pilot” events"; tests the team writes are its output too: "50 UI regression tests in place"; under an objective that is the habit of the very activity, "Transform reading habits" over "Read 3-5 articles per week", doing it is the change asked for), or the team as the subject ("Members speak at 10 conferences", "Sales reps make 200 calls a week"), or taking part, counted, whoever takes it ("Every club member participates in at least 3 discussions"), also with the work reported as done ("Delivered 25 releases", "The team has delivered at least 10 trainings", an organisation’s acronym as the subject), or new things the team puts in service ("Four new service components in production", "3 new reporting features live"). A deadline before the verb changes nothing ("By the end of 2024, run three experiments"), a second clause may carry its own tally ("Create a Twitter bot and tweet 100 times"), and meetings had are counted as held ("Have 4 partner meetings", "Have at least one career conversation with each report per month"; not "40 meetings booked by prospects"), as is the team’s own output grown ("Increase blog posts from 15 to 30"; not "blog post readers"). An activity done on a cadence or for a whole set is counted the same way ("Meet monthly with each partner", "Meet regularly with users", "Run bi-weekly reviews", "Curate stories and send them every month", "Host the “Welcome” session each week", "Facilitate a feedback session twice a year", "Collect feedback on a quarterly basis", "Complete a backlog refinement session each sprint"), and so is a floor on how many people something is brought to ("Introduce the exporter to more than 20 people", "Demo the editor to at least 12 banks"; "Present Q1 results to 12 bookkeepers who churned" names who is meant). Finding people or things to approach is activity too ("Identify 20 influencers and invite them"), and so is a share of a fixed set of work done ("Tackle 60% of the issues raised in the survey", "Migrate 33% of the remaining components") unless a service level holds it ("Resolve 90% of tickets within 24 hours", "on first contact", "inside their SLO"). A level after the verb ("Hold 99.9% uptime") is not a tally, and a count of what a funnel produces (MQLs, signups, leads, deals won, customers) is the outcome, not the activity ("Deliver 500 MQLs"), as is coverage others write ("5 press articles"); so is a share of people converted ("Convert 10% of trial owners to the paid plan", "Convert 12% of anonymous downloaders into registered users") and a count of people an output word only qualifies ("Partner with 200 workshop/clinic organisers"). What is counted ends at a preposition: "Join 5 forums with at least 1000 members each" counts forums. Skipped under an objective with `Type: learning`, where counting interviews or experiments is the point. Time or sessions put in on a period count too, where the key result opens with them ("2 hours of practice every week", "Spend 1hr every week on the forum", "3x coaching sessions per week", "15 pomodoros a week"), and so does a budget of time for the work ("Ten hours in analysis and development", "Four hours of writing results"), and so do classes taken ("Take 5 cooking classes"; not "Take daily signups from 100 to 300") and books read ("Read 12 books on nutrition"); a time to answer or to finish ("Answer tickets in 4 hours", "Close takes 2 hours", "2 hours median response time every week"), time saved, and sessions others hold ("4 sessions per week booked by owners", "10,000 sessions per day") are levels, not effort. In Chinese, Japanese and Korean a count is read by its counter word: pieces written, books read, talks and sessions held (`技术文章输出20篇`, `技術書を 10 冊読む`, `5 回登壇する`, `举办3次分享会`, `블로그 글 10개 작성`, chapters gone through and issues put out: `完成 5 个章节`, `完成 12 期 … 更新`) are activity, and what others do with them (`博客月阅读量`, `フォロワー`, `구독자`) is the response. A metric named with no number over a bare count as its target (a table\'s `| Blog posts | 3 |`) is read as the count before the name, `3 Blog posts`.',
  rationale:
    'Counting effort is easy and comforting: the number goes up every week because the team controls it. Whether the effort works is another matter. A count of actions earns a place as a leading indicator only when there is a believable link from it to the result; otherwise measure the response to the activity, not the activity.',
  weak: '### KR2.1: Publish 12 blog posts',
  strong: '### KR2.1: Raise signups from organic search from 300 to 600 a month\n#### Initiative: Publish 12 blog posts',
  fix: 'Measure what the activity should produce (signups, replies, retained users) and keep the activity as an initiative under it.',
  check({ plan, graph, lexicon, report }) {
    for (const kr of nodesOfKind(plan, 'kr')) {
      const activity = activityCountOf(kr, lexicon);
      if (!activity || underLearningObjective(graph, kr) || habitOfItsObjective(graph, kr, activity.verb)) continue;
      report({ range: kr.range, message: `This key result counts activity (“${activity.phrase} …”); measure what the activity should change and keep the activity as an initiative.` });
    }
  },
};
