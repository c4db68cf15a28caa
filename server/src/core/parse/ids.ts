import type { NodeKind, PlanNode } from '../model';

function nearest(node: PlanNode, kind: NodeKind): PlanNode | undefined {
  for (let n = node.enclosing; n; n = n.enclosing) if (n.kind === kind) return n;
  return undefined;
}

/** The numeric part of an id (`O3` → `3`, `KR1.2` → `1.2`), or undefined for custom ids. */
function numberPart(id: string): string | undefined {
  return /^(?:O|KR|I)(\d+(?:\.\d+)*)$/i.exec(id)?.[1];
}

/**
 * Gives each node without a written id one derived from its order:
 * `O<n>` among objectives, `KR<o>.<n>` under objective o, `I<o>.<k>.<n>` under KR o.k.
 */
export function assignDerivedIds(nodes: PlanNode[]): void {
  let objectives = 0;
  const counts = new Map<PlanNode | undefined, number>();
  const next = (scope: PlanNode | undefined): number => {
    const n = (counts.get(scope) ?? 0) + 1;
    counts.set(scope, n);
    return n;
  };
  for (const node of nodes) {
    if (node.kind === 'objective') {
      objectives++;
      if (!node.explicitId) node.id = `O${objectives}`;
    } else if (node.kind === 'kr') {
      const objective = nearest(node, 'objective');
      const n = next(objective);
      if (!node.explicitId) node.id = `KR${(objective && numberPart(objective.id)) ?? '0'}.${n}`;
    } else if (node.kind === 'initiative') {
      const kr = nearest(node, 'kr');
      const scope = kr ?? nearest(node, 'objective');
      const n = next(scope);
      if (node.explicitId) continue;
      const prefix = kr ? (numberPart(kr.id) ?? '0.0') : `${(scope && numberPart(scope.id)) ?? '0'}.0`;
      node.id = `I${prefix}.${n}`;
    }
  }
}
