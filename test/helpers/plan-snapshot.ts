import type { Plan } from '../../server/src/core/model';

/** A plain, acyclic view of a plan for deep comparisons (nesting shown by ids). */
export function planSnapshot(plan: Plan): unknown {
  return {
    frontMatter: plan.frontMatter,
    suppressions: plan.suppressions,
    lineCount: plan.lineCount,
    nodes: plan.nodes.map((n) => ({
      ...n,
      enclosing: n.enclosing ? `${n.enclosing.kind}:${n.enclosing.id}` : undefined,
      nested: n.nested.map((c) => `${c.kind}:${c.id}`),
    })),
  };
}
