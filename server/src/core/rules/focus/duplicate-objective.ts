import type { Rule } from '../types';
import { nodesOfKind, type PlanNode } from '../../model';
import type { WorkspaceGraph } from '../../graph';
import { effectivePeriod, periodsOverlap, type Period } from '../../period';
import { nodeLabel } from '../helpers/parent-status';
import { normalizeStatement, objectivesByText } from '../helpers/objective-texts';

export const duplicateObjective: Rule = {
  code: 'OKR104',
  name: 'duplicate-objective',
  defaultSeverity: 'warning',
  group: 'Focus',
  description: 'An objective whose text (ignoring case, punctuation and spacing) equals an objective in another plan of the workspace; both ends are reported, each naming the other. Plans whose periods (their own, else their parent plan’s) do not overlap are not compared: carrying an objective into the next quarter is not a copy. Repeats inside one plan are left alone.',
  rationale:
    'When two teams copy the same objective, nobody owns it: each assumes the other is driving, and the roll-up counts one bet twice. A team’s objective should say what that team will change in service of the shared one, and point at it.',
  weak: 'teams/growth.okr.md and teams/sales.okr.md both: "Objective: Grow mid-market revenue"',
  strong: 'teams/sales.okr.md: "Objective: Mid-market buyers reach a decision in one call", with `Parent:` the company KR',
  fix: 'Rewrite the team objective as that team’s contribution and link it to the shared one with `Parent:`.',
  check({ plan, graph, report }) {
    const index = graph.index(objectivesByText);
    const period = effectivePeriod(plan, graph);
    const copies = copiesInPeriod(graph);
    // Copies are looked up once per distinct text and period: the plans sharing a text (hundreds) share the list.
    const copiesOf = (key: string): PlanNode[] => {
      const cacheKey = `${period ? `${period.start}/${period.end}` : ''}\n${key}`;
      let inPeriod = copies.get(cacheKey);
      if (!inPeriod) {
        inPeriod = index.get(key).filter((o) => {
          const otherPlan = graph.plan(o.file);
          return !otherPlan || mayOverlap(period, effectivePeriod(otherPlan, graph));
        });
        inPeriod.sort((a, b) => a.file.localeCompare(b.file) || a.range.start.line - b.range.start.line);
        copies.set(cacheKey, inPeriod);
      }
      return inPeriod.filter((o) => o.file !== plan.file);
    };
    for (const objective of nodesOfKind(plan, 'objective')) {
      const key = normalizeStatement(objective.title);
      if (!index.hasOtherThan(key, plan.file)) continue;
      const others = copiesOf(key);
      if (others.length === 0) continue;
      const first = others[0]!;
      const more = others.length - 1;
      report({
        range: objective.range,
        message: `This objective repeats ${nodeLabel(first, plan.file)}${more ? ` (and ${more} more)` : ''} word for word; say what this plan changes in service of it instead.`,
        related: others.slice(0, MAX_RELATED).map((o) => ({ file: o.file, range: o.range, message: `the same objective: ${nodeLabel(o, plan.file)}` })),
      });
    }
  },
};

/** The objectives written with a text, in plans whose periods may overlap a period, by period and text, while the graph stays the same. */
const keptCopies = new WeakMap<WorkspaceGraph, { generation: number; copies: Map<string, PlanNode[]> }>();

function copiesInPeriod(graph: WorkspaceGraph): Map<string, PlanNode[]> {
  const kept = keptCopies.get(graph);
  if (kept?.generation === graph.generation) return kept.copies;
  const copies = new Map<string, PlanNode[]>();
  keptCopies.set(graph, { generation: graph.generation, copies });
  return copies;
}

/** Copies listed with each finding; the message counts them all. */
const MAX_RELATED = 20;

/** Two plans can duplicate each other unless both name periods that do not overlap (the same objective carried into the next quarter is not a copy). */
function mayOverlap(a: Period | undefined, b: Period | undefined): boolean {
  return !a || !b || periodsOverlap(a, b);
}
