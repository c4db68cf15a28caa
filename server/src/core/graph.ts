import type { NodeKind, Plan, PlanNode, Quantity, Range, Reference } from './model';
import { fieldOf, nodesOfKind } from './model';
import { idKey, readReference } from './parse/node-line';
import { scanParents } from './parse/parent-scan';
import { targetPath } from './parse/plan-path';
import { krNumbersFromTitle, parseQuantity, parseUnitInterval, resolveRelativeTarget } from './parse/quantity';
import { linkFactsOf } from './plan-facts';

/** How a node's parent was found. */
export type ParentLink =
  | { status: 'resolved'; node: PlanNode; via: 'field' | 'nesting' | 'plan-mission'; ref?: Reference }
  | { status: 'unresolved'; ref: Reference; reason: string }
  | { status: 'none' };

export interface Chain {
  /** The node itself first, then each parent up to the top. */
  nodes: PlanNode[];
  /** How the walk ended. */
  end: 'mission' | 'none' | 'unresolved' | 'cycle';
}

/** The key result numbers that progress uses, fields winning over the title. */
export interface KrValues {
  baseline?: Quantity;
  target?: Quantity;
  current?: Quantity;
  score?: number;
}

export type PlanTarget = { plan: Plan } | { error: string };

/**
 * A plan whose text is read but not parsed yet: a cold start registers every plan this way
 * and parses each on first use, so navigation answers before the whole workspace is parsed.
 */
export interface PendingPlan {
  file: string;
  parse(): Plan;
  /** Every file the plan's links may read besides itself (a superset, from `scanParents`). */
  mayRead: string[];
  /** Every node it may name, as `file#idkey` or `#idkey` for a bare id (a superset, from `scanParents`). */
  nodeRefs: string[];
  /** The nodes of its sections whose text passes `wanted`, without parsing the rest (`parseSectionsWhere`). */
  sectionNodes(wanted: (sectionText: string) => boolean): PlanNode[];
}

/** Where a node is. */
export interface NodePlace {
  file: string;
  range: Range;
}

const PARENT_KIND: Record<NodeKind, NodeKind | undefined> = {
  mission: undefined,
  objective: 'mission',
  kr: 'objective',
  initiative: 'kr',
};

/** Parent kinds the dialect allows (§5). */
export function isAllowedParentKind(child: PlanNode, parent: PlanNode): boolean {
  if (child.kind === 'initiative') return parent.kind === 'kr';
  if (child.kind === 'kr') return parent.kind === 'objective';
  // A team objective cascades from a key result (the doctrine's way) or an objective of another plan.
  if (child.kind === 'objective') return parent.kind === 'mission' || ((parent.kind === 'kr' || parent.kind === 'objective') && parent.file !== child.file);
  return false;
}

/**
 * The alignment graph over every plan of a workspace: parents across plans,
 * chains, children and progress. Plans are replaced one at a time. Each plan's
 * parent links are computed together and remember which files they read, so a
 * change re-links only the plans that read the changed file; the children of a
 * file's nodes are indexed per file and rebuilt only when a plan linking into
 * that file changes.
 */
export class WorkspaceGraph {
  private readonly byFile = new Map<string, Plan>();
  private readonly pending = new Map<string, PendingPlan>();
  /** Files whose readers are all linked since the last change. */
  private readonly readersComplete = new Set<string>();
  /** Pending plans by the files they may read. */
  private readonly pendingReaders = new Map<string, Set<string>>();
  /** Pending plans by the nodes they may name (`file#idkey`, `#idkey`). */
  private readonly pendingByRef = new Map<string, Set<string>>();
  /** Nodes whose possible children are all parsed and linked since the last change. */
  private childrenReady = new WeakSet<PlanNode>();
  /** When each file was first added, so children come in the same order whatever was re-linked. */
  private readonly rank = new Map<string, number>();
  /** `files()`, kept until a plan is added or removed. */
  private order: string[] | undefined;
  private nextRank = 0;
  /** Parent links of every node of a linked plan. */
  private readonly links = new Map<string, Map<PlanNode, ParentLink>>();
  /** Files (present or not) a plan's links looked at, and the reverse. */
  private readonly reads = new Map<string, Set<string>>();
  private readonly readers = new Map<string, Set<string>>();
  /** For each file, the nodes of each linked plan whose parent link resolves into it: what its children index and a move of its nodes read. */
  private readonly linksInto = new Map<string, Map<string, PlanNode[]>>();
  /** Children of each node of a file, by the file. */
  private readonly childIndexes = new Map<string, Map<PlanNode, PlanNode[]>>();
  /** Plans by the plan their front-matter `parent` names, as last linked: missions are inherited down these. */
  private readonly childPlans = new Map<string, Set<string>>();
  private readonly parentFileOf = new Map<string, string>();
  /** How the walk up from each node ends and whether the node lies on a cycle, until the next change (a long chain is walked once, not once per node). */
  private readonly walks = new Map<PlanNode, { end: Chain['end']; inCycle: boolean }>();
  /** The mission each plan belongs to, until the next change (a long chain of parent plans is walked once, not once per plan). */
  private readonly missions = new Map<Plan, PlanNode | undefined>();
  /** Progress of each node on no cycle, until the next change (a company KR's roll-up is computed once, not once per view). */
  private readonly progressCache = new Map<PlanNode, number | undefined>();
  /** Plans not linked since they (or a file they read) changed. */
  private readonly unlinked = new Set<string>();
  /** Collects the files looked at while a plan is being linked. */
  private reading: Set<string> | undefined;
  private readonly indexes = new Map<(plan: Plan) => Iterable<[string, unknown]>, PlanIndex<unknown>>();

  /** @param roots workspace folders (absolute, `/`-separated); references never resolve outside them. */
  constructor(private readonly roots: string[]) {}

  setPlan(plan: Plan): void {
    const before = this.byFile.get(plan.file);
    if (before && before !== plan && linkFactsOf(before) === linkFactsOf(plan)) {
      this.replaceKeepingLinks(before, plan);
      return;
    }
    this.dropPending(plan.file);
    this.addRank(plan.file);
    this.byFile.set(plan.file, plan);
    this.changed(plan.file);
  }

  /**
   * A new version of a plan whose link facts are unchanged (`plan-facts.ts`): every link into it
   * leads to the node at the same place, so the links of the plans that read it are moved to
   * the new nodes instead of being computed again. A keystroke in a company plan that thousands
   * of team plans name costs a pass over their links, not a new resolution of each.
   */
  private replaceKeepingLinks(before: Plan, plan: Plan): void {
    const file = plan.file;
    this.byFile.set(file, plan);
    const moved = new Map<PlanNode, PlanNode>(before.nodes.map((node, i) => [node, plan.nodes[i]!]));
    for (const [reader, children] of this.linksInto.get(file) ?? []) {
      if (reader === file) continue;
      const links = this.links.get(reader)!;
      for (const child of children) {
        const link = links.get(child) as Extract<ParentLink, { status: 'resolved' }>;
        links.set(child, { ...link, node: moved.get(link.node)! });
      }
    }
    // The plan's own links hold its old nodes: they are computed again, and the indexes keyed by its nodes rebuilt.
    this.unlink(file);
    this.forgetDerived(file);
  }

  /** Registers a plan to be parsed when first needed (replacing any version of it). */
  setPending(plan: PendingPlan): void {
    this.dropPending(plan.file);
    this.byFile.delete(plan.file);
    this.addRank(plan.file);
    this.pending.set(plan.file, plan);
    for (const target of plan.mayRead) addTo(this.pendingReaders, target, plan.file);
    for (const ref of plan.nodeRefs) addTo(this.pendingByRef, ref, plan.file);
    this.changed(plan.file);
  }

  removePlan(file: string): void {
    const known = this.byFile.delete(file) || this.dropPending(file);
    if (!known) return;
    this.rank.delete(file);
    this.order = undefined;
    this.changed(file);
  }

  private addRank(file: string): void {
    if (this.rank.has(file)) return;
    this.rank.set(file, this.nextRank++);
    this.order = undefined;
  }

  private dropPending(file: string): boolean {
    const plan = this.pending.get(file);
    if (!plan) return false;
    this.pending.delete(file);
    for (const target of plan.mayRead) this.pendingReaders.get(target)?.delete(file);
    for (const ref of plan.nodeRefs) this.pendingByRef.get(ref)?.delete(file);
    return true;
  }

  /** The parsed plan for a file, parsing (and linking) it first if it is pending. */
  private materialize(file: string): Plan | undefined {
    const parsed = this.byFile.get(file);
    if (parsed) return parsed;
    const pending = this.pending.get(file);
    if (!pending) return undefined;
    this.dropPending(file);
    const plan = pending.parse();
    this.byFile.set(file, plan);
    // Linked at once, so it is among the readers of every file it reads from now on.
    this.linksOf(file);
    return plan;
  }

  /** How many plans are still waiting to be parsed. */
  pendingCount(): number {
    return this.pending.size;
  }

  /** Parses up to `count` pending plans (in the order they were added); returns how many are left. */
  parsePending(count: number): number {
    for (let parsed = 0; parsed < count && this.pending.size; parsed++) this.materialize(this.pending.keys().next().value!);
    return this.pending.size;
  }

  /**
   * Forgets the links of the plan, of every plan that read it, and of the plans below it in
   * the chain of front-matter parents (they inherit their mission through it without reading it).
   */
  private changed(file: string): void {
    for (const reader of [...(this.readers.get(file) ?? []), ...this.plansBelow(file), file]) this.unlink(reader);
    this.forgetDerived(file);
  }

  /** Drops what is derived from the links (walks, missions, progress, completeness) and the indexes' entries of a changed plan. */
  private forgetDerived(file: string): void {
    this.missions.clear();
    this.walks.clear();
    this.progressCache.clear();
    for (const index of this.indexes.values()) index.changed(file);
    this.readersComplete.clear();
    this.childrenReady = new WeakSet();
  }

  /** Plans whose chain of front-matter parents passes through this one. */
  private plansBelow(file: string): Set<string> {
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

  private unlink(file: string): void {
    const parentFile = this.parentFileOf.get(file);
    if (parentFile) this.childPlans.get(parentFile)?.delete(file);
    this.parentFileOf.delete(file);
    for (const target of this.reads.get(file) ?? []) {
      this.readers.get(target)?.delete(file);
      this.linksInto.get(target)?.delete(file);
      this.childIndexes.delete(target);
    }
    this.reads.delete(file);
    this.links.delete(file);
    this.childIndexes.delete(file);
    if (this.byFile.has(file)) this.unlinked.add(file);
    else this.unlinked.delete(file);
  }

  /** A plan by file, noted as read when a plan is being linked. */
  private lookup(file: string): Plan | undefined {
    this.reading?.add(file);
    return this.materialize(file);
  }

  /** The parent links of a plan's nodes, computed together on first use after a change. */
  private linksOf(file: string): Map<PlanNode, ParentLink> | undefined {
    const cached = this.links.get(file);
    if (cached) return cached;
    const plan = this.byFile.get(file);
    if (!plan) return undefined;
    const outer = this.reading;
    const read = new Set<string>([file]);
    this.reading = read;
    const links = new Map<PlanNode, ParentLink>();
    try {
      // The parent plan is read even when no node needs it: plan-level rules and views follow it.
      const parentFile = this.parentPlan(plan)?.file;
      if (parentFile) {
        this.parentFileOf.set(file, parentFile);
        addTo(this.childPlans, parentFile, file);
      }
      for (const node of plan.nodes) links.set(node, this.computeParent(node));
    } finally {
      this.reading = outer;
    }
    this.links.set(file, links);
    for (const [node, link] of links) {
      if (link.status !== 'resolved') continue;
      let into = this.linksInto.get(link.node.file);
      if (!into) this.linksInto.set(link.node.file, (into = new Map()));
      const children = into.get(file);
      if (children) children.push(node);
      else into.set(file, [node]);
    }
    this.unlinked.delete(file);
    this.reads.set(file, read);
    for (const target of read) {
      addTo(this.readers, target, file);
      this.childIndexes.delete(target);
    }
    return links;
  }

  /** The plans this one's links read (its parents' plans), without itself. */
  plansReadBy(file: string): string[] {
    this.linksOf(file);
    return [...(this.reads.get(file) ?? [])].filter((f) => f !== file && this.byFile.has(f));
  }

  /** Plans whose findings can change when this one does: those it reads and those that read it. */
  linkedPlans(file: string): string[] {
    this.linksOf(file);
    this.linkReadersOf(file);
    const files = new Set([...(this.reads.get(file) ?? []), ...(this.readers.get(file) ?? []), ...this.plansBelow(file)]);
    files.delete(file);
    return [...files].filter((f) => this.byFile.has(f));
  }

  /** Links the parsed plans whose links were dropped by a change. */
  private linkChanged(): void {
    if (this.unlinked.size) for (const changed of [...this.unlinked]) this.linksOf(changed);
  }

  /**
   * Links every plan that may read `file`, directly or up a chain of parent plans, parsing the
   * pending ones among them: afterwards the readers of `file` are complete.
   */
  private linkReadersOf(file: string): void {
    this.linkChanged();
    if (this.readersComplete.has(file)) return;
    const queue = [file];
    const seen = new Set(queue);
    while (queue.length) {
      const target = queue.pop()!;
      for (const reader of [...(this.pendingReaders.get(target) ?? []), ...(this.readers.get(target) ?? [])]) {
        if (seen.has(reader)) continue;
        seen.add(reader);
        this.materialize(reader);
        queue.push(reader);
      }
    }
    // Every file met on the way had its possible readers parsed and linked too.
    for (const target of seen) this.readersComplete.add(target);
  }

  /**
   * A workspace-wide index (e.g. objectives by text) made of each plan's entries; after a
   * change only the changed plans' entries are replaced. `entriesOf` must be the same
   * function on every call (it names the index).
   */
  index<T>(entriesOf: (plan: Plan) => Iterable<[string, T]>): PlanIndex<T> {
    let index = this.indexes.get(entriesOf) as PlanIndex<T> | undefined;
    if (!index) {
      index = new PlanIndex(entriesOf, (file) => this.materialize(file));
      for (const file of this.files()) index.changed(file);
      this.indexes.set(entriesOf, index as PlanIndex<unknown>);
    }
    return index;
  }

  /** Every plan (parsing the pending ones), in the order they were first added. */
  plans(): Plan[] {
    this.parsePending(this.pending.size);
    return this.files().map((file) => this.byFile.get(file)!);
  }

  /** Whether a plan is known for this file (parsed or not). */
  has(file: string): boolean {
    return this.byFile.has(file) || this.pending.has(file);
  }

  /** Every plan's file, parsed or not, in the order they were first added. */
  files(): string[] {
    this.order ??= [...this.byFile.keys(), ...this.pending.keys()].sort((a, b) => this.rank.get(a)! - this.rank.get(b)!);
    return [...this.order];
  }

  plan(file: string): Plan | undefined {
    return this.materialize(file);
  }

  /** Whether a path lies inside one of the workspace folders. */
  isInsideWorkspace(file: string): boolean {
    return this.roots.some((root) => file === root || file.startsWith(root.endsWith('/') ? root : `${root}/`));
  }

  /** The plan a path in `fromFile` names, or why there is none. */
  resolvePlanPath(fromFile: string, path: string): PlanTarget {
    const target = targetPath(fromFile, path);
    if (!this.isInsideWorkspace(target)) return { error: `\`${path}\` points outside the workspace folder` };
    if (target === fromFile) return { error: `\`${path}\` is this plan itself` };
    const plan = this.lookup(target);
    return plan ? { plan } : { error: `no plan at \`${path}\`` };
  }

  /** The plan named by front matter `parent`, if it resolves. */
  parentPlan(plan: Plan): Plan | undefined {
    const ref = plan.frontMatter?.parent;
    if (!ref?.path) return undefined;
    const target = this.resolvePlanPath(plan.file, ref.path);
    return 'plan' in target ? target.plan : undefined;
  }

  /** The first node of a plan with an id (ids compare case-insensitively). */
  findById(plan: Plan, id: string): PlanNode | undefined {
    return nodesByIdOf(plan).get(idKey(id));
  }

  /** The mission a plan belongs to: its own, else its parent plan's, and so on up. */
  missionFor(plan: Plan): PlanNode | undefined {
    const walked = new Set<Plan>();
    let found: PlanNode | undefined;
    for (let p: Plan | undefined = plan; p && !walked.has(p); p = this.parentPlan(p)) {
      if (this.missions.has(p)) {
        found = this.missions.get(p);
        break;
      }
      walked.add(p);
      found = firstMissionOf(p);
      if (found) break;
    }
    for (const p of walked) this.missions.set(p, found);
    return found;
  }

  /** Resolves a reference written in `plan`: `path#id`, a path (its mission), or a bare id (this plan, then parent plans). */
  resolveReference(plan: Plan, ref: Reference): { node: PlanNode } | { error: string } {
    if (ref.path) return this.resolvePathReference(plan.file, ref.path, ref.id, plan);
    if (!ref.id) return { error: 'the reference is empty' };
    const seen = new Set<Plan>();
    for (let p: Plan | undefined = plan; p && !seen.has(p); p = this.parentPlan(p)) {
      seen.add(p);
      const node = this.findById(p, ref.id);
      if (node) return { node };
    }
    return { error: `no node \`${ref.id}\` in this plan${plan.frontMatter?.parent ? ' or its parent plan' : ''}` };
  }

  /**
   * Resolves `path#id`, or a bare path (its mission), written in the plan at `fromFile`. A node
   * may name its own plan by path (`team.okr.md#KR1.1`): that resolves in `self`, when given.
   */
  private resolvePathReference(fromFile: string, path: string, id: string | undefined, self: Plan | undefined): { node: PlanNode } | { error: string } {
    const naming = id && targetPath(fromFile, path) === fromFile;
    const target = naming ? (self ? { plan: self } : { error: `\`${path}\` is this plan, which is not parsed` }) : this.resolvePlanPath(fromFile, path);
    if ('error' in target) return target;
    if (!id) {
      const mission = firstMissionOf(target.plan);
      return mission ? { node: mission } : { error: `\`${path}\` has no mission; name a node with \`#id\`` };
    }
    const node = this.findById(target.plan, id);
    return node ? { node } : { error: `\`${path}\` has no node \`${id}\`` };
  }

  /** The `Parent:` reference a node declares, if any. */
  parentReference(node: PlanNode): Reference | undefined {
    const field = fieldOf(node, 'parent');
    return field ? readReference(field.value, field.range) ?? { raw: '', range: field.range } : undefined;
  }

  parentOf(node: PlanNode): ParentLink {
    // A node of a replaced version of a plan is answered without caching.
    return this.linksOf(node.file)?.get(node) ?? this.computeParent(node);
  }

  private computeParent(node: PlanNode): ParentLink {
    const plan = this.lookup(node.file);
    const ref = node.kind === 'mission' ? undefined : this.parentReference(node);
    if (ref && plan) {
      const resolved = this.resolveReference(plan, ref);
      return 'node' in resolved ? { status: 'resolved', node: resolved.node, via: 'field', ref } : { status: 'unresolved', ref, reason: resolved.error };
    }
    const kind = PARENT_KIND[node.kind];
    if (!kind) return { status: 'none' };
    for (let n = node.enclosing; n; n = n.enclosing) {
      if (n.kind === kind) return { status: 'resolved', node: n, via: 'nesting' };
    }
    if (node.kind === 'objective' && plan) {
      const mission = this.missionFor(plan);
      if (mission) return { status: 'resolved', node: mission, via: 'plan-mission' };
    }
    return { status: 'none' };
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
  private walkOf(node: PlanNode): { end: Chain['end']; inCycle: boolean } {
    const known = this.walks.get(node);
    if (known) return known;
    const path: PlanNode[] = [];
    const onPath = new Map<PlanNode, number>();
    let end: Chain['end'];
    let cycleFrom = -1;
    for (let current = node; ; ) {
      const walked = this.walks.get(current);
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
    path.forEach((n, index) => this.walks.set(n, { end, inCycle: cycleFrom >= 0 && index >= cycleFrom }));
    return this.walks.get(node)!;
  }

  /** Nodes (in every plan) whose parent is this node. */
  childrenOf(node: PlanNode): PlanNode[] {
    this.linkPossibleChildrenOf(node);
    return this.parsedChildrenOf(node);
  }

  /**
   * Where the children of a node are, in the order of `childrenOf`, without parsing the
   * pending plans that name it by `path#id`: of those, only the sections whose `parent` lines
   * may name it are read (a cold start's first `references` on a much-named node).
   */
  childPlacesOf(node: PlanNode): NodePlace[] {
    if (node.kind === 'mission' || this.childrenReady.has(node)) return this.childrenOf(node);
    this.linkChanged();
    const { byPath, byBareId } = refsNaming(node);
    // A bare id resolves through the naming plan's own ids, derived ones included: those plans are parsed.
    for (const file of [...(this.pendingByRef.get(byBareId) ?? [])]) this.materialize(file);
    const places: NodePlace[] = [...this.parsedChildrenOf(node)];
    for (const file of this.pendingByRef.get(byPath) ?? []) {
      const mayNameNode = (sectionText: string) => scanParents(file, sectionText).nodeRefs.includes(byPath);
      for (const candidate of this.pending.get(file)!.sectionNodes(mayNameNode)) {
        // As `computeParent` reads links: a mission's `Parent:` is ignored.
        const ref = candidate.kind === 'mission' ? undefined : this.parentReference(candidate);
        if (!ref?.path || !ref.id) continue;
        const resolved = this.resolvePathReference(file, ref.path, ref.id, undefined);
        if ('node' in resolved && resolved.node === node) places.push(candidate);
      }
    }
    return places.sort((a, b) => this.rank.get(a.file)! - this.rank.get(b.file)! || a.range.start.line - b.range.start.line);
  }

  /** Children among the parsed plans. */
  private parsedChildrenOf(node: PlanNode): PlanNode[] {
    let index = this.childIndexes.get(node.file);
    if (!index) {
      index = new Map();
      // Only the links that resolve into this file, reader by reader in the order plans were added.
      const into = [...(this.linksInto.get(node.file) ?? [])].filter(([reader]) => this.byFile.has(reader));
      into.sort(([a], [b]) => this.rank.get(a)! - this.rank.get(b)!);
      for (const [reader, children] of into) {
        const links = this.links.get(reader)!;
        for (const child of children) {
          const parent = (links.get(child) as Extract<ParentLink, { status: 'resolved' }>).node;
          const list = index.get(parent);
          if (list) list.push(child);
          else index.set(parent, [child]);
        }
      }
      this.childIndexes.set(node.file, index);
    }
    return index.get(node) ?? [];
  }

  /**
   * Parses and links every plan that may point at this node: pending plans naming it by
   * `path#id` or by bare id (resolved up their parent plans), or, for a mission (which
   * objectives without `Parent` reach), every pending plan.
   */
  private linkPossibleChildrenOf(node: PlanNode): void {
    this.linkChanged();
    // With no plan left unparsed, every child is linked (views that walk every node ask this for each).
    if (!this.pending.size || this.childrenReady.has(node)) return;
    const { byPath, byBareId } = refsNaming(node);
    const candidates = node.kind === 'mission' ? [...this.pending.keys()] : [...(this.pendingByRef.get(byPath) ?? []), ...(this.pendingByRef.get(byBareId) ?? [])];
    for (const file of candidates) this.materialize(file);
    this.childrenReady.add(node);
  }

  /** Baseline, target, current and score of a key result; fields win over the title. Read once per node (a node never changes). */
  krValues(kr: PlanNode): KrValues {
    let values = krValuesCache.get(kr);
    if (!values) krValuesCache.set(kr, (values = readKrValues(kr)));
    return values;
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
    if (this.progressCache.has(node)) return this.progressCache.get(node);
    // A key result with numbers of its own needs no walk (views ask this of tens of thousands of them).
    const own = node.kind === 'kr' ? krProgress(this.krValues(node)) : undefined;
    if (own !== undefined) {
      if (!this.isInCycle(node)) this.progressCache.set(node, own);
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
    return node.kind === 'kr' && krProgress(this.krValues(node)) === undefined ? 'cascade' : 'own';
  }

  private progressWithin(node: PlanNode, seen: Set<PlanNode>): number | undefined {
    if ((node.kind !== 'kr' && node.kind !== 'objective') || seen.has(node)) return undefined;
    if (this.progressCache.has(node)) return this.progressCache.get(node);
    seen.add(node);
    let progress = node.kind === 'kr' ? krProgress(this.krValues(node)) : undefined;
    if (progress === undefined) {
      // The mean of what serves it: team objectives cascading in, and an objective's key results.
      let sum = 0;
      let count = 0;
      for (const child of this.childrenOf(node)) {
        if (child.kind !== 'objective' && !(node.kind === 'objective' && child.kind === 'kr')) continue;
        const value = this.progressWithin(child, seen);
        if (value === undefined) continue;
        sum += value;
        count++;
      }
      if (count) progress = sum / count;
    }
    // Below a node on no cycle lies a tree, so its value does not depend on the walk that reached it.
    if (!this.isInCycle(node)) this.progressCache.set(node, progress);
    return progress;
  }

  /** Plan progress: the mean of its objectives' progress. */
  planProgress(plan: Plan): number | undefined {
    return mean(nodesOfKind(plan, 'objective').map((o) => this.progressOf(o)));
  }
}

/**
 * Each parsed plan's first node per id key and its first mission, built once per plan: linking
 * asks for them for every node, and a scan per question made linking quadratic in nodes.
 * A parsed plan's nodes never change (a new version is a new plan).
 */
const planLookups = new WeakMap<Plan, { byId: Map<string, PlanNode>; mission: PlanNode | undefined }>();

function lookupsOf(plan: Plan): { byId: Map<string, PlanNode>; mission: PlanNode | undefined } {
  let lookups = planLookups.get(plan);
  if (!lookups) {
    const byId = new Map<string, PlanNode>();
    for (const node of plan.nodes) {
      const key = idKey(node.id);
      if (!byId.has(key)) byId.set(key, node);
    }
    lookups = { byId, mission: plan.nodes.find((n) => n.kind === 'mission') };
    planLookups.set(plan, lookups);
  }
  return lookups;
}

const nodesByIdOf = (plan: Plan): Map<string, PlanNode> => lookupsOf(plan).byId;
const firstMissionOf = (plan: Plan): PlanNode | undefined => lookupsOf(plan).mission;

/** How `scanParents` records a reference to this node: by `path#id`, and by bare id. */
function refsNaming(node: PlanNode): { byPath: string; byBareId: string } {
  const key = idKey(node.id);
  return { byPath: `${node.file}#${key}`, byBareId: `#${key}` };
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

/** Entries by key over every plan, kept per plan so a change replaces one plan's entries. */
export class PlanIndex<T> {
  private readonly byKey = new Map<string, Map<string, T[]>>();
  private readonly keysOf = new Map<string, string[]>();
  private readonly stale = new Set<string>();

  constructor(
    private readonly entriesOf: (plan: Plan) => Iterable<[string, T]>,
    private readonly planOf: (file: string) => Plan | undefined,
  ) {}

  /** Drops a plan's entries; they are read again from its current version on the next lookup. */
  changed(file: string): void {
    for (const key of this.keysOf.get(file) ?? []) this.byKey.get(key)?.delete(file);
    this.keysOf.delete(file);
    this.stale.add(file);
  }

  /** Every plan's entries under a key. */
  get(key: string): T[] {
    this.refresh();
    const byFile = this.byKey.get(key);
    return byFile ? [...byFile.values()].flat() : [];
  }

  private refresh(): void {
    for (const file of this.stale) {
      const plan = this.planOf(file);
      if (!plan) continue;
      const keys: string[] = [];
      for (const [key, value] of this.entriesOf(plan)) {
        let byFile = this.byKey.get(key);
        if (!byFile) this.byKey.set(key, (byFile = new Map()));
        const list = byFile.get(file);
        if (list) list.push(value);
        else byFile.set(file, [value]);
        keys.push(key);
      }
      this.keysOf.set(file, keys);
    }
    this.stale.clear();
  }
}

export function latestCheckIn(kr: PlanNode): PlanNode['checkIns'][number] | undefined {
  const dated = kr.checkIns.filter((c) => c.validDate);
  return dated.reduce<PlanNode['checkIns'][number] | undefined>((latest, c) => (!latest || c.date >= latest.date ? c : latest), undefined);
}

/** `WorkspaceGraph.krValues`, remembered per node: the title is parsed once, however many views ask. */
const krValuesCache = new WeakMap<PlanNode, KrValues>();

function readKrValues(kr: PlanNode): KrValues {
  const fromTitle = krNumbersFromTitle(kr.title);
  const quantity = (name: string): Quantity | undefined => {
    const field = fieldOf(kr, name);
    return field ? parseQuantity(field.value) : undefined;
  };
  const values: KrValues = {};
  const baseline = quantity('baseline') ?? fromTitle.baseline;
  if (baseline) values.baseline = baseline;
  // A relative title target ("by 20%", "Double …") becomes absolute once the baseline is known.
  const target = quantity('target') ?? (baseline && resolveRelativeTarget(baseline, fromTitle)) ?? fromTitle.target;
  if (target) values.target = target;
  const latest = latestCheckIn(kr);
  const current = quantity('current') ?? latest?.value;
  if (current) values.current = current;
  const scoreField = fieldOf(kr, 'score');
  const score = scoreField ? parseUnitInterval(scoreField.value) : undefined;
  if (score !== undefined) values.score = score;
  return values;
}

/** A key result's progress from its own numbers: `Score`, else current against baseline and target. */
export function krProgress(values: KrValues): number | undefined {
  if (values.score !== undefined) return values.score;
  const { baseline, target, current } = values;
  if (!baseline || !target || !current || target.value === baseline.value) return undefined;
  const progress = (current.value - baseline.value) / (target.value - baseline.value);
  return Math.min(1, Math.max(0, progress));
}

function mean(values: (number | undefined)[]): number | undefined {
  const known = values.filter((v): v is number => v !== undefined);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : undefined;
}
