import type { PlanNode } from '../model';
import type { ParentLink } from './types';
import { addTo } from './plan-store';

/**
 * The parent links of each linked plan, kept with what they read: the files its links looked
 * at (and, the other way, the plans that read each file), the nodes of each plan whose link
 * resolves into each file, and the chain of front-matter parents. A plan's entries are
 * recorded together and dropped together (`unlink`), so they always describe the same links.
 */
export class LinkTable {
  private readonly links = new Map<string, Map<PlanNode, ParentLink>>();
  private readonly reads = new Map<string, Set<string>>();
  private readonly readers = new Map<string, Set<string>>();
  /** For each file, by each linked plan, its nodes whose parent link resolves into the file. */
  private readonly into = new Map<string, Map<string, PlanNode[]>>();
  /** Plans by the plan their front-matter `parent` names: missions are inherited down these. */
  private readonly childPlans = new Map<string, Set<string>>();
  private readonly parentFileOf = new Map<string, string>();
  /**
   * Where a node of a replaced plan version now stands (`moveTargets`): links into it are
   * brought up to date when read, so moving a plan's nodes costs its nodes, not the links
   * of the thousands of plans that may read it.
   */
  private readonly forwards = new WeakMap<PlanNode, PlanNode>();

  /** @param touched called when the links of `reader` into `file` may have changed (that part of the file's children index is stale). */
  constructor(private readonly touched: (file: string, reader: string) => void) {}

  isLinked(file: string): boolean {
    return this.links.has(file);
  }

  /** A node's parent link, if its plan is linked; a link into a moved node leads to where it stands now. */
  linkOf(node: PlanNode): ParentLink | undefined {
    const link = this.links.get(node.file)?.get(node);
    if (link?.status === 'resolved') link.node = this.current(link.node);
    return link;
  }

  private current(node: PlanNode): PlanNode {
    let now = node;
    for (let next = this.forwards.get(now); next; next = this.forwards.get(now)) now = next;
    return now;
  }

  /** Records a plan's links, the files they read (the plan itself among them) and its front-matter parent plan. */
  record(file: string, links: Map<PlanNode, ParentLink>, read: Set<string>, parentFile: string | undefined): void {
    if (parentFile) {
      this.parentFileOf.set(file, parentFile);
      addTo(this.childPlans, parentFile, file);
    }
    this.links.set(file, links);
    for (const [node, link] of links) {
      if (link.status !== 'resolved') continue;
      let byReader = this.into.get(link.node.file);
      if (!byReader) this.into.set(link.node.file, (byReader = new Map()));
      const children = byReader.get(file);
      if (children) children.push(node);
      else byReader.set(file, [node]);
    }
    this.reads.set(file, read);
    for (const target of read) {
      addTo(this.readers, target, file);
      this.touched(target, file);
    }
  }

  /** Drops a plan's links and everything recorded with them. */
  unlink(file: string): void {
    const parentFile = this.parentFileOf.get(file);
    if (parentFile) this.childPlans.get(parentFile)?.delete(file);
    this.parentFileOf.delete(file);
    for (const target of this.reads.get(file) ?? []) {
      this.readers.get(target)?.delete(file);
      this.into.get(target)?.delete(file);
      this.touched(target, file);
    }
    this.reads.delete(file);
    this.links.delete(file);
  }

  /** A plan's nodes now stand where `moved` says (a new version with the same link facts): the links into them follow. */
  moveTargets(moved: Map<PlanNode, PlanNode>): void {
    for (const [before, now] of moved) this.forwards.set(before, now);
  }

  /** The files a linked plan's links read, itself included. */
  readsOf(file: string): Iterable<string> {
    return this.reads.get(file) ?? [];
  }

  /** The linked plans whose links read a file. */
  readersOf(file: string): Iterable<string> {
    return this.readers.get(file) ?? [];
  }

  /** By each linked plan, its nodes whose parent link resolves into the file. */
  linksInto(file: string): Iterable<[string, PlanNode[]]> {
    return this.into.get(file) ?? [];
  }

  /** Plans whose chain of front-matter parents passes through this one. */
  plansBelow(file: string): Set<string> {
    const below = new Set<string>();
    const queue = [file];
    while (queue.length) {
      for (const child of this.childPlans.get(queue.pop()!) ?? []) {
        if (below.has(child) || child === file) continue;
        below.add(child);
        queue.push(child);
      }
    }
    return below;
  }
}
