import type { Rule } from '../types';
import type { Lexicon } from '../../lexicon';
import { fieldOf, nodesOfKind, type PlanNode } from '../../model';
import { isTechnical } from '../helpers/verb-phrase';
import { wholeWordSource } from '../helpers/text-match';

/**
 * Per metric list: each metric's whole-word pattern, and one pattern for any of them. Most titles name none, and one
 * search tells so where a search per metric took one per entry of the list.
 */
interface MetricPatterns {
  each: RegExp[];
  any: RegExp;
}
const PATTERNS = new WeakMap<readonly string[], MetricPatterns>();

function patternsOf(metrics: readonly string[]): MetricPatterns {
  let patterns = PATTERNS.get(metrics);
  if (!patterns) {
    const sources = metrics.map(wholeWordSource);
    patterns = { each: sources.map((source) => new RegExp(source, 'g')), any: new RegExp(sources.map((source) => `(?:${source})`).join('|') || '(?!)') };
    PATTERNS.set(metrics, patterns);
  }
  return patterns;
}

/** What opens a purpose clause: "… to manage their bookings", "… so that revenue grows". */
const PURPOSE_OPENER = /\s(?:in\s+order\s+to|so\s+(?:that|as\s+to)|to\s+(?:manage|handle|run|support|help|enable|track|organi[sz]e))\s/u;

/** The title without a purpose clause after its first number: the clause says what the count is for, not what is counted. */
function withoutPurpose(lower: string): string {
  const number = lower.search(/\d/);
  if (number < 0) return lower;
  const purpose = PURPOSE_OPENER.exec(lower.slice(number));
  return purpose ? lower.slice(0, number + purpose.index) : lower;
}

/**
 * The first lagging metric a title names, as the lexicon writes it. A technical use of a business word
 * does not count: "data pipeline latency", "CI pipeline", "pipeline failures", "API quota".
 */
export function laggingMetricIn(title: string, metrics: readonly string[]): string | undefined {
  // "Partner with 40 studios to manage their bookings": a metric named in the purpose is not the one counted.
  const lower = withoutPurpose(title.toLowerCase());
  const patterns = patternsOf(metrics);
  if (!patterns.any.test(lower)) return undefined;
  for (let i = 0; i < metrics.length; i++) {
    const pattern = patterns.each[i]!;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(lower); m !== null; m = pattern.exec(lower)) {
      const before = /([\p{L}\p{N}/]+)[^\p{L}\p{N}/]*$/u.exec(lower.slice(Math.max(0, m.index - 30), m.index))?.[1];
      const after = /^[^\p{L}\p{N}]*([\p{L}\p{N}]+)/u.exec(lower.slice(m.index + m[0].length, m.index + m[0].length + 30))?.[1];
      if (!isTechnical(before, after)) return metrics[i];
      // An empty match (an empty entry) would find itself again.
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  return undefined;
}

/**
 * Why a KR counts as lagging — its `Indicator: lagging` field or the lagging metric its title names —
 * or undefined when it is leading or says nothing either way. `Indicator` wins over the title.
 */
export function laggingReason(kr: PlanNode, lexicon: Lexicon): string | undefined {
  const indicator = fieldOf(kr, 'indicator')?.value.trim().toLowerCase();
  if (indicator === 'lagging') return '`Indicator: lagging`';
  if (indicator === 'leading') return undefined;
  const metric = laggingMetricIn(kr.title, lexicon.laggingMetrics);
  return metric ? `measures ${metric}` : undefined;
}

/** True when a KR is lagging by its `Indicator`, else by the lagging-metric lexicon. */
export function isLagging(kr: PlanNode, lexicon: Lexicon): boolean {
  return laggingReason(kr, lexicon) !== undefined;
}

export const allKeyResultsLagging: Rule = {
  code: 'OKR405',
  name: 'all-key-results-lagging',
  defaultSeverity: 'info',
  group: 'Key results',
  description:
    'An objective whose key results are all lagging: each is marked `Indicator: lagging`, or has no `Indicator` and names a lagging metric (the `laggingMetrics` lexicon: revenue, ARR, bookings, IACV/ACV, quota, plan attainment, pipeline, churn, NPS, retention, profit…). A technical use of such a word ("data pipeline latency", "API quota") is not one, and neither is one named in a purpose clause after the count ("Partner with 40 studios to manage their bookings"). One key result marked `Indicator: leading` clears it. Reported on the objective.',
  rationale:
    'Revenue, churn and satisfaction scores move weeks or months after the work that moves them; nobody can “do” revenue directly. An objective measured only by them gives no signal until the quarter is over, when it is too late to change course. Pair them with a leading indicator — a behaviour the team can influence this week and see move — that plausibly drives the lagging result.',
  weak: '## Objective O2: Bookkeepers recommend us\n### KR2.1: Grow referral revenue from $40k to $90k\n### KR2.2: Raise bookkeeper NPS from 21 to 40',
  strong:
    '## Objective O2: Bookkeepers recommend us\n### KR2.1: Grow referral revenue from $40k to $90k\n### KR2.2: Raise bookkeepers who invite a peer in their first month from 5% to 15%\nIndicator: leading',
  fix: 'Add a leading key result — a behaviour that moves early and predicts the lagging ones — and mark it `Indicator: leading`.',
  check({ plan, graph, lexicon, report }) {
    for (const objective of nodesOfKind(plan, 'objective')) {
      const krs = graph.childrenOf(objective).filter((c) => c.kind === 'kr');
      if (krs.length === 0) continue;
      // Most objectives have a key result that is not lagging: stop at the first.
      const reasons: string[] = [];
      for (const kr of krs) {
        const reason = laggingReason(kr, lexicon);
        if (reason === undefined) break;
        reasons.push(reason);
      }
      if (reasons.length < krs.length) continue;
      report({
        range: objective.range,
        message: `${krs.length === 1 ? 'The only key result' : `All ${krs.length} key results`} of this objective ${krs.length === 1 ? 'is' : 'are'} lagging; add a leading one the team can see move during the period.`,
        related: krs.map((kr, i) => ({ file: kr.file, range: kr.range, message: `\`${kr.id}\` is lagging: ${reasons[i]}.` })),
      });
    }
  },
};
