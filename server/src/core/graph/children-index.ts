import type { PlanNode } from '../model';
import type { LinkTable } from './link-table';
import type { PlanStore } from './plan-store';
import type { ParentLink } from './types';
import { LastRead } from '../last-read';

/** Children of a file's nodes, by parent, from the plans added before that file and after it. */
interface OthersChildren {
  before: Map<PlanNode, PlanNode[]>;
  after: Map<PlanNode, PlanNode[]>;
}

/** A file no other plan links into: one shared, empty index rather than two empty maps per plan. */
const NO_OTHERS: OthersChildren = { before: new Map(), after: new Map() };

/**
 * The children of each node, indexed per file from the links that resolve into that file
 * (reader by reader, in the order plans were added), and which nodes have every possible child
 * parsed and linked. A file's own links into itself are not indexed: most are nesting, whose
 * children are found under the node itself, and only the others (a `Parent:` naming a node of
 * the same plan elsewhere, objectives reaching the plan's mission) are kept, per file. A list
 * per node with children was a tenth of the memory of a checked workspace. The other plans'
 * links are indexed apart: a new version of a company plan re-links its own nodes, but the
 * links of the thousands of team plans into it stand, and their index is only re-keyed to the
 * new nodes.
 */
export class ChildrenIndex {
  private readonly others = new Map<string, OthersChildren>();
  /** Per file, its nodes' children in the file that are not nested under them. */
  private readonly ownElsewhere = new Map<string, Map<PlanNode, PlanNode[]>>();
  private complete = new WeakSet<PlanNode>();
  /**
   * The own children of the nodes asked about last, with the link state they were worked out in: the rules of a check
   * each ask them of every node of a plan in turn. Any change of links starts a new generation.
   */
  private readonly lastOwn = new LastRead<PlanNode, { generation: number; children: PlanNode[] }>(1024);
  private generation = 0;

  constructor(
    private readonly table: LinkTable,
    private readonly store: PlanStore,
  ) {}

  /** The links of `reader` into `file` may have changed. */
  forget(file: string, reader: string): void {
    this.generation++;
    if (reader === file) this.ownElsewhere.delete(file);
    else this.others.delete(file);
  }

  /** A new version of a file's plan whose link facts are unchanged: the other plans' children stand under its new nodes. */
  move(file: string, moved: Map<PlanNode, PlanNode>): void {
    this.generation++;
    const others = this.others.get(file);
    if (!others || others === NO_OTHERS) return;
    const rekey = (index: Map<PlanNode, PlanNode[]>) => new Map([...index].map(([parent, children]) => [moved.get(parent) ?? parent, children]));
    this.others.set(file, { before: rekey(others.before), after: rekey(others.after) });
  }

  /** Any plan changed: a node's possible children may have too. */
  forgetCompleteness(): void {
    this.generation++;
    this.complete = new WeakSet();
  }

  isComplete(node: PlanNode): boolean {
    return this.complete.has(node);
  }

  markComplete(node: PlanNode): void {
    this.complete.add(node);
  }

  /** Children among the parsed plans. */
  childrenOf(node: PlanNode): readonly PlanNode[] {
    const others = this.othersOf(node.file);
    const generation = this.generation;
    const own = this.lastOwn.get(node, (asked) => ({ generation, children: this.ownChildrenOf(asked) }), (kept) => kept.generation === generation).children;
    const before = others.before.get(node);
    const after = others.after.get(node);
    // Most nodes have children in their own plan only: those are returned as kept, with no list made (every rule asks).
    if (!before?.length && !after?.length) return own;
    // `concat`, not `flat`: `flat` took 17 µs on a company key result's few hundred children, asked by four rules at each key typed.
    return (before ?? []).concat(own, after ?? []);
  }

  private othersOf(file: string): OthersChildren {
    let others = this.others.get(file);
    if (!others) {
      const into = [...this.table.linksInto(file)].filter(([reader]) => reader !== file && this.store.isParsed(reader));
      others = into.length ? { before: new Map(), after: new Map() } : NO_OTHERS;
      into.sort(([a], [b]) => this.store.byRank(a, b));
      for (const [reader, children] of into) this.add(this.store.byRank(reader, file) < 0 ? others.before : others.after, children);
      this.others.set(file, others);
    }
    return others;
  }

  /** The node's children in its own file, in the order they are written: those nested under it, and those that name it from elsewhere. */
  private ownChildrenOf(node: PlanNode): PlanNode[] {
    const nested: PlanNode[] = [];
    const walk = (under: PlanNode) => {
      for (const child of under.nested) {
        if (this.parentOf(child) === node) nested.push(child);
        walk(child);
      }
    };
    walk(node);
    const elsewhere = this.ownElsewhereOf(node.file).get(node);
    if (!elsewhere) return nested;
    return [...nested, ...elsewhere].sort((a, b) => a.line - b.line || a.range.start.character - b.range.start.character);
  }

  private ownElsewhereOf(file: string): Map<PlanNode, PlanNode[]> {
    let own = this.ownElsewhere.get(file);
    if (!own) {
      own = new Map();
      for (const [reader, children] of this.table.linksInto(file)) {
        if (reader === file) this.add(own, children.filter((child) => !isUnder(child, this.parentOf(child)!)));
      }
      this.ownElsewhere.set(file, own);
    }
    return own;
  }

  private parentOf(node: PlanNode): PlanNode | undefined {
    const link = this.table.linkOf(node);
    return link?.status === 'resolved' ? link.node : undefined;
  }

  private add(index: Map<PlanNode, PlanNode[]>, children: PlanNode[]): void {
    for (const child of children) {
      const parent = (this.table.linkOf(child) as Extract<ParentLink, { status: 'resolved' }>).node;
      const list = index.get(parent);
      if (list) list.push(child);
      else index.set(parent, [child]);
    }
  }
}

/** True when `node` is nested, at any depth, under `ancestor`. */
function isUnder(node: PlanNode, ancestor: PlanNode): boolean {
  for (let at = node.enclosing; at; at = at.enclosing) if (at === ancestor) return true;
  return false;
}
