import type { PlanNode } from '../model';
import type { Chain, ParentLink } from './types';

interface Walk {
  readonly end: Chain['end'];
  readonly inCycle: boolean;
}

/** Every answer a walk can give, made once: a workspace remembers one per node (100k nodes on 2,000 plans). */
const WALKS = new Map<Chain['end'], readonly [Walk, Walk]>((['mission', 'none', 'unresolved', 'cycle'] as const).map((end) => [end, [Object.freeze({ end, inCycle: false }), Object.freeze({ end, inCycle: true })]]));

const walkEnding = (end: Chain['end'], inCycle: boolean): Walk => WALKS.get(end)![inCycle ? 1 : 0];

/**
 * Walks up the parent links: chains, where they end, and cycles. How the walk from each node
 * ends is remembered until the graph changes (a long chain is walked once, not once per node).
 */
export class ParentWalks {
  private readonly known = new Map<PlanNode, Walk>();

  constructor(private readonly parentOf: (node: PlanNode) => ParentLink) {}

  /** The graph changed: every walk may end elsewhere. */
  forget(): void {
    this.known.clear();
  }

  /** The node and its parents up to the top; stops at a cycle. */
  chainOf(node: PlanNode): Chain {
    const nodes = [node];
    const seen = new Set([node]);
    for (let current = node; ; ) {
      const link = this.parentOf(current);
      if (link.status === 'unresolved') return { nodes, end: 'unresolved' };
      if (link.status === 'none') return { nodes, end: current.kind === 'mission' ? 'mission' : 'none' };
      if (seen.has(link.node)) return { nodes, end: 'cycle' };
      nodes.push(link.node);
      seen.add(link.node);
      current = link.node;
    }
  }

  /** True when following parents from this node comes back to it. */
  isInCycle(node: PlanNode): boolean {
    return this.walkOf(node).inCycle;
  }

  /** How `chainOf(node)` ends, without listing the chain. */
  chainEnd(node: PlanNode): Chain['end'] {
    return this.walkOf(node).end;
  }

  /**
   * Walks up from a node until a node already walked, the top, or a node met before on this
   * walk, and records the answer for every node on the way: a node's chain ends as its
   * parent's does, and a cycle's members are the nodes from the one met again.
   */
  private walkOf(node: PlanNode): Walk {
    const known = this.known.get(node);
    if (known) return known;
    const path: PlanNode[] = [];
    const onPath = new Map<PlanNode, number>();
    let end: Chain['end'];
    let cycleFrom = -1;
    for (let current = node; ; ) {
      const walked = this.known.get(current);
      if (walked) {
        end = walked.end;
        break;
      }
      onPath.set(current, path.length);
      path.push(current);
      const link = this.parentOf(current);
      if (link.status === 'unresolved') end = 'unresolved';
      else if (link.status === 'none') end = current.kind === 'mission' ? 'mission' : 'none';
      else if (onPath.has(link.node)) {
        end = 'cycle';
        cycleFrom = onPath.get(link.node)!;
      } else {
        current = link.node;
        continue;
      }
      break;
    }
    path.forEach((n, index) => this.known.set(n, walkEnding(end, cycleFrom >= 0 && index >= cycleFrom)));
    return this.known.get(node)!;
  }
}
