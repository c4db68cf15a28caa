import type { Plan, PlanNode } from './model';
import { fieldOf } from './model';
import { writtenPeriodOf } from './period';
import { idKey } from './parse/node-line';
import { normalizeStatement } from './rules/helpers/objective-texts';

/*
 * What other plans read from a plan, kept small so that an edit can be compared before and
 * after. Most keystrokes (a word in a description, a check-in, a note) change none of it, and
 * then no other plan needs to be linked or checked again.
 */

const linkFacts = new WeakMap<Plan, string>();
const findingFacts = new WeakMap<Plan, string>();

/**
 * What linking reads from a plan: its front-matter `parent`, and each node's kind, id, `Parent`
 * and nesting, in order. Two versions with equal link facts resolve every reference into them
 * to the node at the same place, and their own links lead to the same places.
 */
export function linkFactsOf(plan: Plan): string {
  let facts = linkFacts.get(plan);
  if (facts === undefined) {
    const index = new Map<PlanNode, number>(plan.nodes.map((node, i) => [node, i]));
    const nodes = plan.nodes.map((node) => [node.kind, idKey(node.id), node.enclosing ? index.get(node.enclosing as PlanNode) ?? -1 : -1, fieldOf(node, 'parent')?.value.trim() ?? null]);
    facts = JSON.stringify([plan.frontMatter?.parent?.raw ?? null, nodes]);
    linkFacts.set(plan, facts);
  }
  return facts;
}

/**
 * What other plans' findings read from a plan: its link facts, its period, where each node
 * starts (findings elsewhere name it as a related place), each node's `Type` (key results under
 * a learning objective are judged apart) and its objectives' texts and extents
 * (`duplicate-objective`). A node on a cycle of parents is named whole by the other members'
 * `parent-cycle` findings: the plan service does not rely on facts for a plan with one.
 */
export function findingFactsOf(plan: Plan): string {
  let facts = findingFacts.get(plan);
  if (facts === undefined) {
    const nodes = plan.nodes.map((node) => {
      const { start, end } = node.range;
      // Only objectives are named whole elsewhere (`duplicate-objective`): typing in another node's title changes no fact.
      const objective = node.kind === 'objective' ? [end.character, normalizeStatement(node.title)] : null;
      return [start.line, start.character, fieldOf(node, 'type')?.value.trim().toLowerCase() ?? null, objective];
    });
    facts = JSON.stringify([linkFactsOf(plan), writtenPeriodOf(plan) ?? null, nodes]);
    findingFacts.set(plan, facts);
  }
  return facts;
}
