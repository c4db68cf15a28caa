import { enclosingOfKind, type PlanNode } from '../model';
import { idKey, parentReferenceOf } from './node-line';

/** The numeric part of an id (`O3` → `3`, `KR1.2` → `1.2`), or undefined for custom ids. */
function numberPart(id: string): string | undefined {
  return /^(?:O|KR|I)(\d+(?:\.\d+)*)$/i.exec(id)?.[1];
}

/**
 * Gives each node without a written id one derived from its order:
 * `O<n>` among objectives, `KR<o>.<n>` under objective o (or naming it `Parent:` in the same plan, as a V2MOM's measures
 * do), `I<o>.<k>.<n>` under KR o.k.
 * A derived id never takes an id written elsewhere in the plan: it moves to the next free number.
 */
export function assignDerivedIds(nodes: PlanNode[]): void {
  const taken = new Set(nodes.filter((n) => n.explicitId).map((n) => idKey(n.id)));
  const positions = new Map<PlanNode | undefined, number>();
  const nextPosition = (scope: PlanNode | undefined): number => {
    const n = (positions.get(scope) ?? 0) + 1;
    positions.set(scope, n);
    return n;
  };
  const freeId = (position: number, make: (n: number) => string): string => {
    let n = position;
    while (taken.has(idKey(make(n)))) n++;
    taken.add(idKey(make(n)));
    return make(n);
  };
  // The objectives read so far by id, the first of each: a key result may name one as its parent.
  const objectivesRead = new Map<string, PlanNode>();
  for (const node of nodes) {
    if (node.kind === 'objective') {
      const position = nextPosition(undefined);
      if (!node.explicitId) node.id = freeId(position, (n) => `O${n}`);
      if (!objectivesRead.has(idKey(node.id))) objectivesRead.set(idKey(node.id), node);
    } else if (node.kind === 'kr') {
      const objective = enclosingOfKind(node, 'objective') ?? objectiveNamedAsParent(node, objectivesRead);
      const position = nextPosition(objective);
      const o = (objective && numberPart(objective.id)) ?? '0';
      if (!node.explicitId) node.id = freeId(position, (n) => `KR${o}.${n}`);
    } else if (node.kind === 'initiative') {
      const kr = enclosingOfKind(node, 'kr');
      const scope = kr ?? enclosingOfKind(node, 'objective');
      const position = nextPosition(scope);
      const prefix = kr ? (numberPart(kr.id) ?? '0.0') : `${(scope && numberPart(scope.id)) ?? '0'}.0`;
      if (!node.explicitId) node.id = freeId(position, (n) => `I${prefix}.${n}`);
    }
  }
}

/** The objective of the same plan, read before it, that a key result nesting under none names as its parent (`Parent: O2`). */
function objectiveNamedAsParent(kr: PlanNode, objectivesRead: Map<string, PlanNode>): PlanNode | undefined {
  const parent = parentReferenceOf(kr);
  if (parent?.id === undefined || parent.path !== undefined) return undefined;
  return objectivesRead.get(idKey(parent.id));
}

/** A key result's written id carries its objective's number before the dot (`KR1.2`, also written `KR 1.2` or `KR-1.2`). */
const KR_ID_OF_OBJECTIVE = /^kr(\d+)\.\d+$/i;

/** The id of the objective a key result's written id names (`KR1.2` → `O1`), if it names one. */
export function objectiveIdInKrId(id: string): string | undefined {
  const named = KR_ID_OF_OBJECTIVE.exec(id);
  return named ? `O${named[1]}` : undefined;
}
