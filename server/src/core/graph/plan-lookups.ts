import type { Plan, PlanNode } from '../model';
import { idKey } from '../parse/node-line';
import { LastRead } from '../last-read';

/**
 * Each parsed plan's first mission, and its first node per id key, built when first asked:
 * linking asks for them for every node, and a scan per question made linking quadratic in
 * nodes. A parsed plan's nodes never change (a new version is a new plan).
 */
const missions = new WeakMap<Plan, PlanNode | null>();

export function firstMissionOf(plan: Plan): PlanNode | undefined {
  let mission = missions.get(plan);
  if (mission === undefined) missions.set(plan, (mission = plan.nodes.find((n) => n.kind === 'mission') ?? null));
  return mission ?? undefined;
}

/**
 * The nodes by id of the plans whose ids were looked up last, by file (a new version replaces
 * its file's): references name a few plans' ids (a company plan's, each plan's own while it is
 * linked), and a map per plan kept for every plan was 4 MB on 2,000 published plans.
 */
const nodesByIdOfFiles = new LastRead<string, { plan: Plan; byId: Map<string, PlanNode> }>(512);

export function nodesByIdOf(plan: Plan): Map<string, PlanNode> {
  return nodesByIdOfFiles.get(plan.file, () => ({ plan, byId: nodesById(plan) }), (kept) => kept.plan === plan).byId;
}

function nodesById(plan: Plan): Map<string, PlanNode> {
  const byId = new Map<string, PlanNode>();
  for (const node of plan.nodes) {
    const key = idKey(node.id);
    if (!byId.has(key)) byId.set(key, node);
  }
  return byId;
}

/** How `scanParents` records a reference to this node: by `path#id`, and by bare id. */
export function refsNaming(node: PlanNode): { byPath: string; byBareId: string } {
  const key = idKey(node.id);
  return { byPath: `${node.file}#${key}`, byBareId: `#${key}` };
}

