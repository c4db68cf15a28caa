import type { Rule } from '../types';
import { enclosingOfKind, type Plan, type PlanNode } from '../../model';
import { idKey } from '../../parse/node-line';
import { objectiveRuns } from '../helpers/numbering-runs';

/** Each objective's key-result ids written as a number alone (`KR2`), upper-cased. */
function plainNumbersByObjective(plan: Plan): Map<PlanNode, Set<string>> {
  const numbers = new Map<PlanNode, Set<string>>();
  for (const node of plan.nodes) {
    const objective = node.kind === 'kr' ? enclosingOfKind(node, 'objective') : undefined;
    const id = idKey(node.id).toUpperCase();
    if (!objective || !/^KR\d+$/.test(id)) continue;
    const ids = numbers.get(objective) ?? new Set<string>();
    numbers.set(objective, ids.add(id));
  }
  return numbers;
}

/**
 * Where the writer's numbering starts again, and so where an id may repeat without naming the same node: objectives
 * numbered from one again after a higher number (another team's set in the same file), and key results numbered from
 * one under each objective (`KR1`, `KR2` under each, with their parts `KR1.1`). The scope of each node's id.
 */
function numberingScopes(plan: Plan): (node: PlanNode) => string {
  const runOf = objectiveRuns(plan);
  const objectiveIds = new Map<PlanNode, number>();
  let plainNumbers: Map<PlanNode, Set<string>> | undefined;
  // `KR2`, or `KR2.1` beside its objective's `KR2`: numbered within the objective.
  const numberedInItsObjective = (kr: PlanNode, objective: PlanNode): boolean => {
    const id = /^KR(\d+)(\.\d+)?$/i.exec(idKey(kr.id));
    if (!id) return false;
    return id[2] === undefined || (plainNumbers ??= plainNumbersByObjective(plan)).get(objective)?.has(`KR${id[1]}`) === true;
  };
  return (node) => {
    const objective = node.kind === 'objective' ? node : enclosingOfKind(node, 'objective');
    // `KR1` under each objective: the key result's number is its place among its objective's, not in the plan; so is
    // `KR1.1` where its objective holds a `KR1` (`#### KR1` / `**KR1.1**`), a part of that key result.
    if (node.kind === 'kr' && objective && numberedInItsObjective(node, objective)) {
      if (!objectiveIds.has(objective)) objectiveIds.set(objective, objectiveIds.size);
      return `objective ${objectiveIds.get(objective)}`;
    }
    return `run ${objective ? (runOf.get(objective) ?? 0) : 0}`;
  };
}

export const duplicateId: Rule = {
  code: 'OKR004',
  name: 'duplicate-id',
  structural: true,
  defaultSeverity: 'error',
  group: 'Alignment chain',
  description: 'Two nodes of one plan with the same id (ids compare case-insensitively, and `Objective 2`, `O2` and `o 2` are all `O2`); every occurrence after the first is reported. Missions are left to `multiple-missions`. Ids derived from order (`Objective:` with no id) skip any id written elsewhere in the plan, so they never collide: only written ids are reported. The same id in two plans is not a duplicate, and neither is an id where the writer numbers from one again: key results numbered from one under each objective (`KR1`, `KR2` under each, and their parts, `KR1.1` beside that objective’s `KR1`), and a second set of objectives numbered from one after a higher number under a heading of its own (another team’s `O1` after `O3`; `O1`, `O2`, `O1` with no heading between is a duplicate); a reference to such an id resolves to its first node.',
  rationale:
    'Ids are how other plans and fields point at a node. When two nodes share one, every reference silently resolves to the first, and the team that meant the second sees its work counted under someone else’s key result.',
  weak: '### KR1.1: Reduce time-to-first-value from 10 days to 5 days\n### KR1.1: Raise activation from 20% to 30%',
  strong: '### KR1.1: Reduce time-to-first-value from 10 days to 5 days\n### KR1.2: Raise activation from 20% to 30%',
  fix: 'Give the later node an id of its own, and check which of the two any `Parent` references meant.',
  check({ plan, report }) {
    const first = new Map<string, PlanNode>();
    const scopeOf = numberingScopes(plan);
    for (const node of plan.nodes) {
      if (node.kind === 'mission') continue;
      const key = `${scopeOf(node)} ${idKey(node.id)}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, node);
        continue;
      }
      report({
        range: node.range,
        message: `The id \`${node.id}\` is already used on line ${earlier.range.start.line + 1}, and references resolve to that node; give this one an id of its own.`,
        related: [{ file: earlier.file, range: earlier.range, message: `the first \`${earlier.id}\`, where references resolve` }],
      });
    }
  },
};
