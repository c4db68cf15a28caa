import type { Rule } from '../types';
import type { Lexicon } from '../../lexicon';
import { fieldOf, nodesOfKind, type PlanNode } from '../../model';
import { findPhrase } from '../text-match';

/** A KR is lagging by its `Indicator`, else when its title names a lagging metric. */
export function isLagging(kr: PlanNode, lexicon: Lexicon): boolean {
  const indicator = fieldOf(kr, 'indicator')?.value.trim().toLowerCase();
  if (indicator === 'lagging') return true;
  if (indicator === 'leading') return false;
  return findPhrase(kr.title, lexicon.laggingMetrics) !== undefined;
}

export const allKeyResultsLagging: Rule = {
  code: 'OKR405',
  name: 'all-key-results-lagging',
  defaultSeverity: 'info',
  group: 'Key results',
  description: 'An objective whose key results are all lagging, by `Indicator` or else by the lagging-metric lexicon (revenue, ARR, churn, NPS, retention, profit, pipeline…).',
  rationale:
    'Revenue, churn and satisfaction scores move months after the work that moves them. An objective measured only by them gives no signal until the quarter is over, when it is too late to change course. Pair each with a leading indicator the team can see move week by week.',
  weak: '### KR2.1: Grow referral revenue from $40k to $90k\n### KR2.2: Raise NPS from 21 to 40',
  strong: '### KR2.1: Grow referral revenue from $40k to $90k\n### KR2.2: Raise bookkeepers who invite a peer in their first month from 5% to 15%\nIndicator: leading',
  fix: 'Add a leading key result — a behaviour that moves early and predicts the lagging ones — and mark it `Indicator: leading`.',
  check({ plan, graph, lexicon, report }) {
    for (const objective of nodesOfKind(plan, 'objective')) {
      const krs = graph.childrenOf(objective).filter((c) => c.kind === 'kr');
      if (krs.length === 0 || !krs.every((kr) => isLagging(kr, lexicon))) continue;
      report({ range: objective.range, message: 'Every key result of this objective is lagging; add a leading one the team can see move during the quarter.' });
    }
  },
};
