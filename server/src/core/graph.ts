import type { Plan, PlanNode, Reference } from './model';
import { idKey, parentReferenceOf } from './parse/node-line';
import { objectiveIdInKrId } from './parse/ids';
import { scanParents } from './parse/parent-scan';
import { targetPath } from './parse/plan-path';
import { linkFactsOf } from './plan-facts';
import { PARENT_KIND, type Chain, type KrValues, type NodePlace, type ParentLink, type PendingPlan, type PlanTarget } from './graph/types';
import { PlanIndex } from './graph/plan-index';
import { PlanStore } from './graph/plan-store';
import { LinkTable } from './graph/link-table';
import { ChildrenIndex } from './graph/children-index';
import { krValuesOf } from './graph/kr-values';
import { ParentWalks } from './graph/walks';
import { ProgressRollUp } from './graph/progress';
import { firstMissionOf, nodesByIdOf, refsNaming } from './graph/plan-lookups';

export type { Chain, KrValues, NodePlace, ParentLink, PendingPlan, PlanTarget } from './graph/types';
export { isAllowedParentKind } from './graph/types';
export { PlanIndex } from './graph/plan-index';
export { krProgress, latestCheckIn } from './graph/kr-values';

/**
 * The alignment graph over every plan of a workspace: parents across plans, chains, children
 * and progress. This class resolves references and keeps the rooms in step; each room is in
 * `graph/`: the plan store (parsed and pending plans, in the order they came;
 * `plan-store.ts`), the parent links with the files they read (`link-table.ts`), the children
 * index (`children-index.ts`), the walks up the links (`walks.ts`), progress (`progress.ts`),
 * and workspace-wide indexes (`plan-index.ts`).
 *
 * What holds between changes, and what every change keeps true:
 * - A file is parsed or pending, never both; a parsed plan's nodes never change (a new version
 *   is a new plan).
 * - A plan has links only while linked since the last change that concerns it (else it is in
 *   `unlinked`, or pending); the files they read, the readers of those files and the links into
 *   each file are recorded and dropped with them, so a change re-links only the plans that read
 *   the changed file.
 * - A file's children index is built from the links into it alone: its own part from its own
 *   links, dropped when they change; the other plans' part dropped when one of them re-links,
 *   and re-keyed to the new nodes when the file's plan is replaced with equal link facts (links
 *   into a moved node lead to the new one: `LinkTable.moveTargets`).
 * - Everything derived from the links as a whole (walks, missions, progress, which readers and
 *   children are complete, the indexes' entries of the changed plan) is forgotten on every
 *   change (`forgetDerived`); it is rebuilt on demand.
 */
export class WorkspaceGraph {
  private readonly store = new PlanStore();
  /** Files whose readers are all linked since the last change. */
  private readonly readersComplete = new Set<string>();
  private readonly table = new LinkTable((file, reader) => this.children.forget(file, reader));
  private readonly children = new ChildrenIndex(this.table, this.store);
  /** How the walk up from each node ends, until the next change. */
  private readonly walks = new ParentWalks((node) => this.parentOf(node));
  /** The mission each plan belongs to, until the next change (a long chain of parent plans is walked once, not once per plan). */
  private readonly missions = new Map<Plan, PlanNode | undefined>();
  /** Progress of each node, until the next change. */
  private readonly progress = new ProgressRollUp(this);
  /** Plans not linked since they (or a file they read) changed. */
  private readonly unlinked = new Set<string>();
  /** Collects the files looked at while a plan is being linked. */
  private reading: Set<string> | undefined;
  private readonly indexes = new Map<(plan: Plan) => Iterable<[string, unknown]>, PlanIndex<unknown>>();
  /**
   * Counts the changes to what the graph holds (a plan parsed, added, replaced or removed): what a rule works out from the
   * whole workspace holds for as long as this stays the same.
   */
  private changes = 0;

  get generation(): number {
    return this.changes;
  }

  /** @param roots workspace folders (absolute, `/`-separated); references never resolve outside them. */
  constructor(private readonly roots: string[]) {}

  setPlan(plan: Plan): void {
    const before = this.store.parsedPlan(plan.file);
    if (before && before !== plan && linkFactsOf(before) === linkFactsOf(plan)) {
      this.replaceKeepingLinks(before, plan);
      return;
    }
    this.store.setParsed(plan);
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
    this.store.setParsed(plan);
    const moved = new Map<PlanNode, PlanNode>(before.nodes.map((node, i) => [node, plan.nodes[i]!]));
    this.table.moveTargets(moved);
    this.children.move(file, moved);
    // The plan's own links hold its old nodes: they are computed again, and the indexes keyed by its nodes rebuilt.
    this.unlink(file);
    this.forgetDerived(file);
  }

  /** Registers a plan to be parsed when first needed (replacing any version of it). */
  setPending(plan: PendingPlan): void {
    this.store.setPending(plan);
    this.changed(plan.file);
  }

  removePlan(file: string): void {
    if (this.store.remove(file)) this.changed(file);
  }

  /** The parsed plan for a file, parsing (and linking) it first if it is pending. */
  private materialize(file: string): Plan | undefined {
    const parsed = this.store.parsedPlan(file);
    if (parsed) return parsed;
    const pending = this.store.takePending(file);
    if (!pending) return undefined;
    const plan = pending.parse();
    this.store.setParsed(plan);
    this.changes++;
    // Linked at once, so it is among the readers of every file it reads from now on.
    this.linksOf(file);
    return plan;
  }

  /** How many plans are still waiting to be parsed. */
  pendingCount(): number {
    return this.store.pendingCount();
  }

  /** Plans read but not parsed yet, in the order they were added. */
  pendingFiles(): string[] {
    return this.store.pendingFiles();
  }

  /** Parses up to `count` pending plans (in the order they were added); returns how many are left. */
  parsePending(count: number): number {
    for (let parsed = 0; parsed < count && this.store.pendingCount(); parsed++) this.materialize(this.store.firstPending()!);
    return this.store.pendingCount();
  }

  /**
   * Forgets the links of the plan, of every plan that read it, and of the plans below it in
   * the chain of front-matter parents (they inherit their mission through it without reading it).
   */
  private changed(file: string): void {
    for (const reader of [...this.table.readersOf(file), ...this.table.plansBelow(file), file]) this.unlink(reader);
    this.forgetDerived(file);
  }

  /** Drops what is derived from the links (walks, missions, progress, completeness) and the indexes' entries of a changed plan. */
  private forgetDerived(file: string): void {
    this.changes++;
    this.missions.clear();
    this.walks.forget();
    this.progress.forget();
    for (const index of this.indexes.values()) index.changed(file);
    this.readersComplete.clear();
    this.children.forgetCompleteness();
  }

  private unlink(file: string): void {
    this.table.unlink(file);
    if (this.store.isParsed(file)) this.unlinked.add(file);
    else this.unlinked.delete(file);
  }

  /** A plan by file, noted as read when a plan is being linked. */
  private lookup(file: string): Plan | undefined {
    this.reading?.add(file);
    return this.materialize(file);
  }

  /** Links a parsed plan's nodes, all together, on first use after a change. */
  private linksOf(file: string): void {
    if (this.table.isLinked(file)) return;
    const plan = this.store.parsedPlan(file);
    if (!plan) return;
    const outer = this.reading;
    const read = new Set<string>([file]);
    this.reading = read;
    const links = new Map<PlanNode, ParentLink>();
    let parentFile: string | undefined;
    try {
      // The parent plan is read even when no node needs it: plan-level rules and views follow it.
      parentFile = this.parentPlan(plan)?.file;
      const shared: SharedLinks = { nesting: new Map() };
      for (const node of plan.nodes) links.set(node, this.computeParent(node, shared));
    } finally {
      this.reading = outer;
    }
    this.table.record(file, links, read, parentFile);
    this.unlinked.delete(file);
  }

  /** The plans this one's links read (its parents' plans), without itself. */
  plansReadBy(file: string): string[] {
    this.linksOf(file);
    return [...this.table.readsOf(file)].filter((f) => f !== file && this.store.isParsed(f));
  }

  /** Plans whose findings can change when this one does: those it reads and those that read it. */
  linkedPlans(file: string): string[] {
    this.linksOf(file);
    this.linkReadersOf(file);
    const files = new Set([...this.table.readsOf(file), ...this.table.readersOf(file), ...this.table.plansBelow(file)]);
    files.delete(file);
    return [...files].filter((f) => this.store.isParsed(f));
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
      for (const reader of [...this.store.pendingReadersOf(target), ...this.table.readersOf(target)]) {
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
    this.parsePending(Infinity);
    return this.files().map((file) => this.store.parsedPlan(file)!);
  }

  /** The files a plan not parsed yet may name as parents (from its scan); none once it is parsed, its links say. */
  mayReadOf(file: string): readonly string[] {
    return this.store.pendingPlan(file)?.mayRead ?? [];
  }

  /** Whether a plan is known for this file (parsed or not). */
  has(file: string): boolean {
    return this.store.has(file);
  }

  /** Every plan's file, parsed or not, in the order they were first added. */
  files(): string[] {
    return this.store.files();
  }

  /** The same, as one list that stays the same object until a plan is added or removed: what is worked out from the set of plans is kept by it. */
  fileList(): readonly string[] {
    return this.store.fileList();
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
    return parentReferenceOf(node);
  }

  parentOf(node: PlanNode): ParentLink {
    // A node of a replaced version of a plan is answered without caching.
    this.linksOf(node.file);
    return this.table.linkOf(node) ?? this.computeParent(node);
  }

  /** `shared`: the links already made while linking the node's plan, which nodes with the same parent (found the same way) share. */
  private computeParent(node: PlanNode, shared?: SharedLinks): ParentLink {
    const plan = this.lookup(node.file);
    const ref = node.kind === 'mission' ? undefined : this.parentReference(node);
    if (ref && plan) {
      const resolved = this.resolveReference(plan, ref);
      return 'node' in resolved ? { status: 'resolved', node: resolved.node, via: 'field', ref } : { status: 'unresolved', ref, reason: resolved.error };
    }
    const kind = PARENT_KIND[node.kind];
    if (!kind) return NO_PARENT;
    for (let n = node.enclosing; n; n = n.enclosing) {
      if (n.kind !== kind) continue;
      const kept = shared?.nesting.get(n);
      if (kept) return kept;
      const link: ParentLink = { status: 'resolved', node: n, via: 'nesting' };
      shared?.nesting.set(n, link);
      return link;
    }
    // `## Objectives` / `- O1: …` and, apart, `## Key results` / `- KR1.1: …`: a key result nested under no objective
    // serves the one of its plan that its written id names.
    const named = node.kind === 'kr' && node.explicitId && plan ? objectiveIdInKrId(node.id) : undefined;
    const objective = named === undefined ? undefined : this.findById(plan!, named);
    if (objective?.kind === 'objective') return { status: 'resolved', node: objective, via: 'id' };
    if (node.kind === 'objective' && plan) {
      const mission = this.missionFor(plan);
      if (mission) {
        if (shared?.mission?.node === mission) return shared.mission;
        const link = { status: 'resolved', node: mission, via: 'plan-mission' } as const;
        if (shared) shared.mission = link;
        return link;
      }
    }
    return NO_PARENT;
  }

  /** The node and its parents up to the top; stops at a cycle. */
  chainOf(node: PlanNode): Chain {
    return this.walks.chainOf(node);
  }

  /** True when following parents from this node comes back to it. */
  isInCycle(node: PlanNode): boolean {
    return this.walks.isInCycle(node);
  }

  /** How `chainOf(node)` ends, without listing the chain. */
  chainEnd(node: PlanNode): Chain['end'] {
    return this.walks.chainEnd(node);
  }

  /** Nodes (in every plan) whose parent is this node. */
  childrenOf(node: PlanNode): readonly PlanNode[] {
    this.linkPossibleChildrenOf(node);
    return this.children.childrenOf(node);
  }

  /**
   * Where the children of a node are, in the order of `childrenOf`, without parsing the
   * pending plans that name it by `path#id`: of those, only the sections whose `parent` lines
   * may name it are read (a cold start's first `references` on a much-named node).
   */
  childPlacesOf(node: PlanNode): readonly NodePlace[] {
    if (node.kind === 'mission' || this.children.isComplete(node)) return this.childrenOf(node);
    this.linkChanged();
    const { byPath, byBareId } = refsNaming(node);
    // A bare id resolves through the naming plan's own ids, derived ones included: those plans are parsed.
    for (const file of [...this.store.pendingNaming(byBareId)]) this.materialize(file);
    const places: NodePlace[] = [...this.children.childrenOf(node)];
    for (const file of this.store.pendingNaming(byPath)) {
      const mayNameNode = (sectionText: string) => scanParents(file, sectionText).nodeRefs.includes(byPath);
      for (const candidate of this.store.pendingPlan(file)!.sectionNodes(mayNameNode)) {
        // As `computeParent` reads links: a mission's `Parent:` is ignored.
        const ref = candidate.kind === 'mission' ? undefined : this.parentReference(candidate);
        if (!ref?.path || !ref.id) continue;
        const resolved = this.resolvePathReference(file, ref.path, ref.id, undefined);
        if ('node' in resolved && resolved.node === node) places.push(candidate);
      }
    }
    return places.sort((a, b) => this.store.byRank(a.file, b.file) || a.range.start.line - b.range.start.line);
  }

  /**
   * Parses and links every plan that may point at this node: pending plans naming it by
   * `path#id` or by bare id (resolved up their parent plans), or, for a mission (which
   * objectives without `Parent` reach), every pending plan.
   */
  private linkPossibleChildrenOf(node: PlanNode): void {
    this.linkChanged();
    // With no plan left unparsed, every child is linked (views that walk every node ask this for each).
    if (!this.store.pendingCount() || this.children.isComplete(node)) return;
    const { byPath, byBareId } = refsNaming(node);
    const candidates = node.kind === 'mission' ? this.store.pendingFiles() : [...this.store.pendingNaming(byPath), ...this.store.pendingNaming(byBareId)];
    for (const file of candidates) this.materialize(file);
    this.children.markComplete(node);
  }

  /** Baseline, target, current and score of a key result; fields win over the title. Read once per node (a node never changes). */
  krValues(kr: PlanNode): KrValues {
    return krValuesOf(kr);
  }

  /**
   * Progress from 0 to 1 of a KR or an objective; undefined when nothing can be measured
   * (`graph/progress.ts` says how it rolls up). Every view (tree, code lens, hover, `chain`,
   * `report`) reads progress here.
   */
  progressOf(node: PlanNode): number | undefined {
    return this.progress.progressOf(node);
  }

  /** Where a node's progress comes from: `cascade` for a key result measured by the team objectives under it, `own` for any other measured node. */
  progressSource(node: PlanNode): 'own' | 'cascade' | undefined {
    return this.progress.progressSource(node);
  }

  /** Plan progress: the mean of its objectives' progress. */
  planProgress(plan: Plan): number | undefined {
    return this.progress.planProgress(plan);
  }
}

/**
 * Links a plan's nodes share while it is linked: one per parent its nodes nest under, and one to
 * the mission its objectives reach. `LinkTable.linkOf` moves a link to the node its target became,
 * which is the same move for every node sharing it. Kept one per node, these links were some
 * 40 bytes for each node of every plan.
 */
interface SharedLinks {
  nesting: Map<PlanNode, ParentLink>;
  mission?: Extract<ParentLink, { status: 'resolved' }>;
}

/** The link of every node without a parent (frozen: `linkOf` moves resolved links only). */
const NO_PARENT: ParentLink = Object.freeze({ status: 'none' });
