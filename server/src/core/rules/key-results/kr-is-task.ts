import type { Fix, Rule } from '../types';
import { nodesOfKind, type Plan, type PlanNode } from '../../model';
import { LineIndex } from '../../parse/positions';
import { insertLines } from '../helpers/fix-edits';

/** What the key result's line asks once its task has moved to an initiative: the outcome, as a number. */
export const OUTCOME_PLACEHOLDER = 'Which number moves for whom when the initiative below ships? Write it from baseline to target';

/**
 * The task becomes an initiative under the key result, and the key result keeps its id, fields
 * and place with a placeholder that asks for the outcome. Offered on heading and list-item key
 * results (a table row or a label line has no mechanical place for the initiative). The
 * initiative goes right after the key result's own fields and check-ins, before its other children.
 */
function taskToInitiative(plan: Plan, kr: PlanNode, lines: LineIndex): Fix | undefined {
  const line = kr.range.start.line;
  const text = lines.lineText(line);
  const title = text.slice(kr.titleRange.start.character, kr.titleRange.end.character).trim();
  // A key result stated by the item below its topic heading has no task on its own line to move.
  if (!title || kr.titleRange.start.line !== line || title !== kr.title) return undefined;
  const last = Math.max(line, ...kr.fields.map((f) => f.range.end.line), ...kr.checkIns.map((c) => c.range.end.line));
  let initiative: string[];
  if (kr.form === 'heading') {
    const hashes = /^ {0,3}(#{1,5})\s/.exec(text);
    if (!hashes) return undefined;
    initiative = ['', `${hashes[1]}# Initiative: ${title}`];
  } else {
    const item = /^(\s*)([-*+]|\d+[.)])(\s+)/.exec(text);
    if (!item) return undefined;
    initiative = [`${item[1]}${' '.repeat(item[2]!.length + item[3]!.length)}- Initiative: ${title}`];
  }
  const atEnd = last + 1 >= lines.lineCount;
  const insert = atEnd
    ? { file: plan.file, range: { start: { line: last, character: lines.lineText(last).length }, end: { line: last, character: lines.lineText(last).length } }, newText: initiative.map((l) => `\n${l}`).join('') }
    : insertLines(plan.file, last + 1, initiative);
  return {
    title: 'Make the task an initiative and ask for the outcome',
    edits: [{ file: plan.file, range: kr.titleRange, newText: OUTCOME_PLACEHOLDER }, insert],
  };
}
import { activityCountOf, countsASingleDeliverable, countsItsParts, ON_A_CADENCE, setsADeadlineInFigures, targetsDoneOrNot, taskVerbOf, underLearningObjective } from '../helpers/kr-shape';

/**
 * Work repeated on a cadence written as an adverb ("every week", "twice a month", "… daily"), not an adjective of what is
 * made ("Publish the quarterly report" is one report).
 */
const KEPT_UP = /\b(?:every|each)\s+(?:(?:two|three|four|other|\d+)\s+)?(?:days?|weeks?|months?|sprints?|releases?)\b|\b(?:once|twice|\d+\s+times)\s+(?:a|per)\s+(?:day|week|month|sprint)\b|\b(?:daily|weekly|bi-?weekly|fortnightly|monthly)[\s.]*$/i;

/** What the work makes, described before its cadence: "a backup job that runs every day", "a newsletter sent monthly". */
const DESCRIBES_WHAT_IS_MADE = /\b(?:that|which|who|runs?|running|sent|fires?|published|released|scheduled|nightly|weekly|daily|monthly)\b/i;

function keptUp(title: string): boolean {
  const cadence = KEPT_UP.exec(title);
  return cadence !== null && !DESCRIBES_WHAT_IS_MADE.test(title.slice(0, cadence.index));
}

/** Why the numbers the key result does write are no level to reach. */
function whyNoLevel(verb: string, kr: PlanNode): string {
  const title = kr.title;
  // "Achieve 100% implementation of …" has a number, but one of the work done, not of an outcome.
  if (/\d/.test(verb)) return 'measured by how much of it is done';
  if (targetsDoneOrNot(kr)) return 'whose target only says it is done';
  if (countsASingleDeliverable(title)) return 'of one thing to deliver, with no level to reach';
  if (countsItsParts(title)) return 'whose number counts the parts it makes, with no level to reach';
  if (setsADeadlineInFigures(title)) return 'with a deadline but no level to reach';
  return 'with no number to reach';
}

export const krIsTask: Rule = {
  code: 'OKR402',
  name: 'kr-is-task',
  defaultSeverity: 'warning',
  group: 'Key results',
  scope: 'node',
  description:
    'A key result that starts with a task verb (the `taskVerbs` lexicon, shared with `objective-is-task`: launch, ship, build, implement, migrate, roll out, hire, test, systematize, provide, publicize…), also after a manner adverb ("Successfully implement the new process") or the area it is filed under ("Client communication: Create and document a process …"; a metric’s name before its value, "Page likes: 2500", is none) or the team’s intention ("We are aiming to release version 1 of the metrics by Summer", "We will publish the onboarding guide", "In order to cut support load, we are going to ship the help centre"), and states no quantity to reach ("Launch a new onboarding flow"); a key result written as done ("We have delivered a report …") reports the work and is left to `kr-not-measurable`; a verb that opens a compound naming a measure of the work ("Review time is never the reason a change waits", "Test suite stays green") is none. The whole of a piece of work done is the task too ("Achieve 100% implementation of all MVP features", "Complete 100% configuration of the key vault", "100% core features implemented", "100% of Paste components updated to new design language"), and so is progress through a course or a book one takes (`강의 진행률 100퍼센트 달성하기`, `강의 수강률 70퍼센트`; a product’s completion rate, `온보딩 완료율 70퍼센트`, is an outcome), and so is the task named as a noun before what it makes ("Creation of 1 content design pattern", "Implementation of the new design tokens"), and so is a piece of work every one of the team’s own people does ("100% of AEs complete their territory strategy presentation", "Ensure all new hires take Security Awareness training", "100% of our employees have a standardized career plan"; customers doing something, "100% of customers complete onboarding", is an outcome). A number that only sizes the set the task works through ("Finalize the taxonomy covering all 4 plan tiers", "Fix the top 10 crash reports"; a count of what a funnel produces keeps its number) or counts the parts of what it makes, each named ("Complete core platform with 3 AI agents (Query, Insight, Action)") or the length of what it makes ("Develop an 8 week training plan", "Run a 2-day workshop") or numbers its items in brackets ("(1–4)") is none, and so is a count of one thing to deliver (in Japanese and Korean too, where the verb of the work comes last: `Webサービスを1つリリース`, `ポートフォリオサイトを公開する`; "Deploy the contracts to 1 production chain", "Deliver the first AI feature to at least 1 pilot module"; one of what a funnel produces, "Close 1 enterprise deal", is a level) or a deadline in figures for one deliverable ("Launch the MVP within 1 month", "Ship the partner portal in 6 weeks"), or a target that only says the work is done, as OKR tools score a milestone ("Deliver Casper Support (target: 1.0)", a `Target: 1` or `Target: 100%` field, or all of the set it works through: `| Deploy the model for the top 10 countries | 10/10 |`). The verb phrase is read whole, as for objectives: an outcome or a metric as its object ("Build trust with bookkeepers", "Build enterprise pipeline") is not a task, and neither is work held to a time limit ("Fix all new P1 bugs within one release"). Where this fires, `kr-not-measurable` stays quiet; where `kr-measures-activity` reports an activity on a cadence ("Write a post every two weeks"), this stays quiet, and work kept up on a cadence ("Release to production every week", "Deploy twice a month") is a frequency to hold, no one-off task (outside a learning objective). The quick fix moves the task to an initiative under the key result and leaves a placeholder that asks for the outcome.',
  rationale:
    'Shipping something is an output; a key result is the outcome the output is supposed to cause. A task on the key-result line gets a green tick the day it ships, whether or not anyone’s behaviour changed — the plan reports success while the objective stands still.',
  weak: '### KR1.1: Launch a new onboarding flow',
  strong: '### KR1.1: Reduce time-to-first-value from 10 days to 5 days\n#### Initiative: Launch a new onboarding flow',
  fix: 'Ask what the deliverable should change and measure that; move the deliverable to an initiative under the new key result.',
  check({ plan, graph, lexicon, report }) {
    let lines: LineIndex | undefined;
    for (const kr of nodesOfKind(plan, 'kr')) {
      const verb = taskVerbOf(kr, lexicon);
      if (!verb) continue;
      // "Write a post every two weeks": an activity on a cadence is counted effort, which kr-measures-activity names;
      // "Release to production every week": work kept up on a cadence is a frequency to hold, no one-off task.
      if (!underLearningObjective(graph, kr) && ((ON_A_CADENCE.test(kr.title) && activityCountOf(kr, lexicon)) || keptUp(kr.title))) continue;
      const fix = taskToInitiative(plan, kr, (lines ??= new LineIndex(plan.text)));
      const why = whyNoLevel(verb, kr);
      report({ range: kr.range, message: `This key result is a task (“${verb}…”) ${why}; measure the outcome it should cause and make the task an initiative.`, ...(fix ? { fix } : {}) });
    }
  },
};
