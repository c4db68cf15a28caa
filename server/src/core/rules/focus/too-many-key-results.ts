import type { Rule } from '../types';
import { nodesOfKind, type PlanNode } from '../../model';
import { keyResultSet, keyResultsOf, nodeLabel } from '../helpers/parent-status';

/** How many of `nodes` are in `file`. */
function countIn(nodes: Iterable<PlanNode>, file: string): number {
  let count = 0;
  for (const node of nodes) if (node.file === file) count++;
  return count;
}

export const tooManyKeyResults: Rule = {
  code: 'OKR102',
  name: 'too-many-key-results',
  defaultSeverity: 'warning',
  group: 'Focus',
  description: 'More than `max` key results serve one objective (nested under it, or naming it with `Parent` from any plan). One finding per objective, on the first key result beyond the limit (the objective’s own plan counting first, in document order), naming how many there are; the others beyond the limit are listed with it.',
  rationale:
    'Key results are the few signals that would convince a sceptic the objective was met. A long list usually mixes the signal with tasks and nice-to-haves, and the team can hit most of them while missing the point.',
  weak: 'An objective with eight key results',
  strong: 'An objective with three key results that together prove it',
  fix: 'Keep the results that best prove the objective; turn the others into initiatives or drop them.',
  options: { max: { type: 'number', default: 5, description: 'The most key results an objective may have.' } },
  check({ plan, graph, options, report }) {
    const max = options.max ?? 5;
    const objectives = new Set<PlanNode>();
    for (const kr of nodesOfKind(plan, 'kr')) {
      const link = graph.parentOf(kr);
      if (link.status === 'resolved' && link.node.kind === 'objective') objectives.add(link.node);
      else if (kr.enclosing?.kind === 'objective') objectives.add(kr.enclosing); // a stranded KR still counts where it stands
    }
    for (const objective of objectives) {
      // Put in order only where the one over the limit may be this plan's: the objective's own plan's come first.
      const set = keyResultSet(graph, objective);
      if (set.size <= max) continue;
      if (objective.file !== plan.file && countIn(set, objective.file) > max) continue;
      const krs = keyResultsOf(graph, objective, set);
      const first = krs[max];
      if (!first || first.file !== plan.file) continue;
      report({
        range: first.range,
        message: `${nodeLabel(objective, plan.file)} has ${krs.length} key results; at most ${max} keep it focused.`,
        related: krs.slice(max + 1).map((kr) => ({ file: kr.file, range: kr.range, message: `\`${kr.id}\` is also beyond the limit of ${max}.` })),
      });
    }
  },
};
