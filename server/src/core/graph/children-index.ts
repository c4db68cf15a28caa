import type { PlanNode } from '../model';
import type { LinkTable } from './link-table';
import type { PlanStore } from './plan-store';
import type { ParentLink } from './types';

/**
 * The children of each node, indexed per file from the links that resolve into that file
 * (reader by reader, in the order plans were added), and which nodes have every possible child
 * parsed and linked. A file's index is dropped whenever a link into it may have changed.
 */
export class ChildrenIndex {
  private readonly byFile = new Map<string, Map<PlanNode, PlanNode[]>>();
  private complete = new WeakSet<PlanNode>();

  constructor(
    private readonly table: LinkTable,
    private readonly store: PlanStore,
  ) {}

  /** A link into this file may have changed. */
  forgetFile(file: string): void {
    this.byFile.delete(file);
  }

  /** Any plan changed: a node's possible children may have too. */
  forgetCompleteness(): void {
    this.complete = new WeakSet();
  }

  isComplete(node: PlanNode): boolean {
    return this.complete.has(node);
  }

  markComplete(node: PlanNode): void {
    this.complete.add(node);
  }

  /** Children among the parsed plans. */
  childrenOf(node: PlanNode): PlanNode[] {
    let index = this.byFile.get(node.file);
    if (!index) {
      index = new Map();
      const into = [...this.table.linksInto(node.file)].filter(([reader]) => this.store.isParsed(reader));
      into.sort(([a], [b]) => this.store.byRank(a, b));
      for (const [reader, children] of into) {
        const links = this.table.linksOf(reader)!;
        for (const child of children) {
          const parent = (links.get(child) as Extract<ParentLink, { status: 'resolved' }>).node;
          const list = index.get(parent);
          if (list) list.push(child);
          else index.set(parent, [child]);
        }
      }
      this.byFile.set(node.file, index);
    }
    return index.get(node) ?? [];
  }
}
