import type { Plan, PlanNode } from '../model';
import { nodesOfKind } from '../model';
import { krOwnProgress, mean } from './kr-values';

/** What the roll-up reads of the graph. */
export interface ProgressSource {
  childrenOf(node: PlanNode): readonly PlanNode[];
  isInCycle(node: PlanNode): boolean;
}

/**
 * Progress that rolls up across plans, each node's remembered until the graph changes (a
 * company key result's roll-up is computed once, not once per view).
 */
export class ProgressRollUp {
  /** Progress of each node on no cycle since the last change. */
  private readonly known = new Map<PlanNode, number | undefined>();

  constructor(private readonly graph: ProgressSource) {}

  /** The graph changed: every roll-up may have. */
  forget(): void {
    this.known.clear();
  }

  /**
   * Progress from 0 to 1 of a KR or an objective; undefined when nothing can be measured.
   * A key result's own numbers win (its `Score`, else current against baseline and target);
   * a key result without them shows the mean of the team objectives that cascade from it.
   * An objective's is the mean of its key results and of the team objectives that cascade
   * from it. Every view (tree, code lens, hover, `chain`, `report`) reads progress here.
   */
  progressOf(node: PlanNode): number | undefined {
    // Known already (views ask for every node): no walk to start.
    if (this.known.has(node)) return this.known.get(node);
    // A key result with numbers of its own needs no walk (views ask this of tens of thousands of them).
    const own = node.kind === 'kr' ? krOwnProgress(node) : undefined;
    if (own !== undefined) {
      if (!this.graph.isInCycle(node)) this.known.set(node, own);
      return own;
    }
    return this.progressWithin(node, new Set());
  }

  /**
   * Where a node's progress comes from: `cascade` for a key result measured by the team
   * objectives under it, `own` for any other measured node; undefined when it has none.
   */
  progressSource(node: PlanNode): 'own' | 'cascade' | undefined {
    if (this.progressOf(node) === undefined) return undefined;
    return node.kind === 'kr' && krOwnProgress(node) === undefined ? 'cascade' : 'own';
  }

  private progressWithin(node: PlanNode, seen: Set<PlanNode>): number | undefined {
    if ((node.kind !== 'kr' && node.kind !== 'objective') || seen.has(node)) return undefined;
    if (this.known.has(node)) return this.known.get(node);
    seen.add(node);
    let progress = node.kind === 'kr' ? krOwnProgress(node) : undefined;
    if (progress === undefined) {
      // The mean of what serves it: team objectives cascading in, and an objective's key results.
      let sum = 0;
      let count = 0;
      for (const child of this.graph.childrenOf(node)) {
        if (child.kind !== 'objective' && !(node.kind === 'objective' && child.kind === 'kr')) continue;
        const value = this.progressWithin(child, seen);
        if (value === undefined) continue;
        sum += value;
        count++;
      }
      if (count) progress = sum / count;
    }
    // Below a node on no cycle lies a tree, so its value does not depend on the walk that reached it.
    if (!this.graph.isInCycle(node)) this.known.set(node, progress);
    return progress;
  }

  /** The mean of a plan's objectives' progress. */
  planProgress(plan: Plan): number | undefined {
    return mean(nodesOfKind(plan, 'objective').map((o) => this.progressOf(o)));
  }
}
