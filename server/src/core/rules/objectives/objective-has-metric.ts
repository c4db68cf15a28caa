import type { Rule } from '../types';
import { fieldOf, nodesOfKind } from '../../model';
import { findMetric, metricAsWritten } from '../helpers/metric-words';
import { taskVerbPhrase } from '../helpers/verb-phrase';
import type { Lexicon } from '../../lexicon';

/**
 * A metric whose figures are still placeholders (`from X% to Y%`, `by N%`): the writer put a metric in the objective and
 * meant to fill it in later, which is the same weakness as a written figure.
 */
const PLACEHOLDER_METRIC = /\bfrom\s+[XYN]\s?(?:%|[a-z]{1,4}\b)\s+to\s+[XYN]\s?(?:%|[a-z]{1,4}\b)|(?<![\p{L}\p{N}])[XYN]\s?%|[$€£][XYN](?![\p{L}\p{N}])/u;

/**
 * `Snapshot revenue target`, `Q3 sales goal`: an objective that is only a money metric's target, its figure not written;
 * a name of a few words (`Managers stop sandbagging their sales goals` says something of them).
 */
const TARGET_OF_A_METRIC = /^(?:[\p{L}\p{N}-]+\s+){0,2}(?:revenue|sales|bookings|arr|mrr|profit|margin|pipeline)\s+(?:targets?|goals?|quotas?)$/iu;

/**
 * A bracketed percentage closing the title is the progress made so far, or the objective's weight, as OKR tools and
 * trackers write it beside a title ("… Skills (70%)"), also in full-width brackets ("…（40%）").
 */
const PROGRESS_MARK = /[(（]\s*\d{1,3}(?:\.\d+)?\s?[%％]\s*[)）]\s*$/;

/**
 * `Ship the production-ready platform in 12 weeks`: the time a task is given, closing an objective that states the task,
 * is its deadline, no metric (`Customers get answers in 2 days` measures how fast they do). One blank before `in`: a run
 * of blanks is not tried from each of its blanks.
 */
const CLOSING_TIME_FRAME = /[ \t](?:in|within)[ \t]+(?:the[ \t]+next[ \t]+)?\d{1,3}[ \t]?(?:days?|weeks?|months?|quarters?|years?)[.!]?$/i;

/** `90 Day Operational Plan`, `12-week launch program`: the length of the plan the heading names, no metric. */
const PLAN_LENGTH = /\b\d{1,3}(?=[ \t-]?(?:days?|weeks?|months?)[ \t-](?:[\p{L}-]+[ \t]+){0,2}(?:plan|roadmap|program(?:me)?|challenge|sprint|journey)\b)/giu;

/** The objective's title without the deadline closing a task (`CLOSING_TIME_FRAME`) and without the length of its plan (`PLAN_LENGTH`). */
function withoutTimeFrames(title: string, lexicon: Lexicon): string {
  const deadline = CLOSING_TIME_FRAME.exec(title);
  return (deadline && taskVerbPhrase(title, lexicon) ? title.slice(0, deadline.index) : title).replace(PLAN_LENGTH, '');
}

/**
 * `**Increase the models in the Hub.** Currently it offers 180.`: a bold sentence opening the title, then prose saying
 * where things stand today (not a target: `**Win enterprise.** Reach $2M ARR this year.`).
 */
const BOLD_SENTENCE_THEN_TODAY = /^(\*\*|__)(?=\S)(.+?[.!])\1[ \t]+(?:currently|today|right\s+now|at\s+present|as\s+of\s+(?:today|now)|so\s+far|to\s+date)\b.*?(?:[;!?]|(?<!\b(?:vs|e\.g|i\.e|approx|ca))\.(?!\d)|\s+(?:and|but)\s+(?=(?:we|our|the\s+(?:target|goal|aim))\b)|$)/i;

/**
 * The objective as stated: a bold sentence opening the title, without the clause after it saying where things stand
 * today (what follows that clause, `; we want $2M`, stays).
 */
function boldLead(title: string): string {
  const today = BOLD_SENTENCE_THEN_TODAY.exec(title);
  return today ? `${today[2]} ${title.slice(today[0].length)}` : title;
}

export const objectiveHasMetric: Rule = {
  code: 'OKR301',
  name: 'objective-has-metric',
  defaultSeverity: 'warning',
  group: 'Objectives',
  scope: 'node',
  description: 'An objective whose text holds a number with a unit (a counter word of Chinese, Japanese or Korean too: `코치 6명`, `获得100名真实用户`), a percentage or a money amount, or, beside key results of its own, whose own `Target` field holds one (`### Objective: Achieve Product-Market Fit` / `**Target:** Year 1 Revenue $1M ARR`; with no key results the target is the one measure the objective has), or such a metric with its figures left as placeholders (`from X% to Y%`, `Raise $X in grants`), or that is only a money metric’s target (`Snapshot revenue target`). A count of the plan’s own parts (“as measured by 4 key results”) is no metric, and neither is a bracketed percentage closing the title, the progress made so far or the objective’s weight (“… skills (70%)”, also in full-width brackets “（40%）”). Nor is the size of the set the objective opens with (“The top 10,000 open source projects are free of critical vulnerabilities”); a set the work reaches is (“Sign our first 10 paying customers”). Nor is the time a task is given, closing an objective that states it (“Ship the production-ready platform in 12 weeks”), nor the length of a plan a heading names (“90 Day Operational Plan”); how fast something happens for people is one (“Customers get answers in 2 days”). Where the objective opens with a sentence in bold and says where things stand today right after it (“**Increase the number of models in the Hub.** Currently it offers over 180.”), that clause is no part of the objective; what follows it is (“**Grow revenue.** Today it is $1M; we want $2M.” holds `$2M`).',
  rationale:
    'An objective sets direction in words people remember; its key results carry the numbers. Put a number in the objective and it becomes a key result without siblings: the team optimises that one figure and loses the change it was meant to stand for.',
  weak: '## Objective O1: Grow revenue by 20%',
  strong: '## Objective O1: Mid-market buyers choose us without a sales call\n### KR1.1: Raise self-serve mid-market deals from 10% to 30%',
  fix: 'State the change in words, and move the number into a key result under it.',
  check({ plan, lexicon, report }) {
    for (const objective of nodesOfKind(plan, 'objective')) {
      const title = withoutTimeFrames(boldLead(objective.title).replace(PROGRESS_MARK, ''), lexicon);
      const metric = findMetric(title);
      // With no key results of its own, the objective's target is the one measure it has: what a key result would say.
      const target = objective.nested.some((node) => node.kind === 'kr') ? fieldOf(objective, 'target')?.value : undefined;
      const targetMetric = target === undefined ? undefined : findMetric(target);
      const written = (metric && metricAsWritten(title, metric)) ?? (targetMetric && `Target: ${target!.trim()}`) ?? PLACEHOLDER_METRIC.exec(title)?.[0] ?? TARGET_OF_A_METRIC.exec(title.trim())?.[0];
      if (written) report({ range: objective.range, message: `The objective holds the metric \`${written}\`; state the change in words and measure it in a key result.` });
    }
  },
};
