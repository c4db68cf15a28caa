import type { Plan, PlanNode } from '../model';
import { idKey } from '../parse/node-line';

/**
 * Each parsed plan's first node per id key and its first mission, built once per plan: linking
 * asks for them for every node, and a scan per question made linking quadratic in nodes.
 * A parsed plan's nodes never change (a new version is a new plan).
 */
const planLookups = new WeakMap<Plan, { byId: Map<string, PlanNode>; mission: PlanNode | undefined }>();

function lookupsOf(plan: Plan): { byId: Map<string, PlanNode>; mission: PlanNode | undefined } {
  let lookups = planLookups.get(plan);
  if (!lookups) {
    const byId = new Map<string, PlanNode>();
    for (const node of plan.nodes) {
      const key = idKey(node.id);
      if (!byId.has(key)) byId.set(key, node);
    }
    lookups = { byId, mission: plan.nodes.find((n) => n.kind === 'mission') };
    planLookups.set(plan, lookups);
  }
  return lookups;
}

export const nodesByIdOf = (plan: Plan): Map<string, PlanNode> => lookupsOf(plan).byId;
export const firstMissionOf = (plan: Plan): PlanNode | undefined => lookupsOf(plan).mission;

/** How `scanParents` records a reference to this node: by `path#id`, and by bare id. */
export function refsNaming(node: PlanNode): { byPath: string; byBareId: string } {
  const key = idKey(node.id);
  return { byPath: `${node.file}#${key}`, byBareId: `#${key}` };
}

