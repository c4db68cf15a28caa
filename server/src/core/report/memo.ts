import type { WorkspaceGraph } from '../graph';
import type { Plan, PlanNode } from '../model';
import type { Finding } from '../rules/types';
import type { MapNode, ReportPlan } from './model';

/** What a file's nodes are built from: the plan (a new version is a new object), its findings and where it sits. */
export interface MapFileState {
  plan: Plan;
  findings: Finding[];
  /** The path shown, the team, the period and the time gone in it, as one string. */
  place: string;
}

/** What the map of this build is made from. */
export interface MapSources {
  graph: WorkspaceGraph;
  /** The plans that count, each with its findings (in scope) and its place as one string. */
  files: Map<string, MapFileState>;
  /** `today`, the period asked for, the close: anything that changes what every node shows. */
  settings: string;
  /** Whether a node counts (is on the map). */
  counts(node: PlanNode): boolean;
}

/** What a build may take from the last one. */
export interface Reuse {
  /** A node's item from the last build, when nothing under it changed. */
  item(node: PlanNode): MapNode | undefined;
  /** A plan's line from the last build, when nothing of it and nothing under its objectives changed. */
  plan(file: string): ReportPlan | undefined;
}

const sameList = (a: Finding[], b: Finding[]): boolean => a.length === b.length && a.every((f, i) => f === b[i]);

/**
 * What one build of the report leaves for the next: the map's items and the plans' lines. The
 * language server builds the Alignment Map again after each change, and most of a large
 * workspace is as it was: a node whose plan, findings and place are unchanged, with nothing
 * changed under it, keeps its item from the last build, its whole subtree with it, so an edit
 * costs about what the edited plan and the nodes above it cost.
 *
 * What a node shows depends on its own plan (text, findings, place), on the nodes under it
 * (progress, children), on its parent (whether it crosses plans, a key result's `Type`) and on
 * the plans its plan reads (links). So the nodes of the plans that changed are built again; for a
 * plan rewritten (or gone, or new), also those of the plans linked to it
 * (`WorkspaceGraph.linkedPlans`) and of the plans whose nodes hung under its nodes; and every
 * node above one of those, in the last tree and in this one.
 * Nothing is reused while any counted node is on a cycle of parents: which node tops a cycle's
 * tree depends on the whole walk.
 */
export class ReportMemo {
  private readonly items = new WeakMap<PlanNode, MapNode>();
  private readonly nodes = new WeakMap<MapNode, PlanNode>();
  /** Each node's parent in the last build's tree (roots have none). */
  private readonly parents = new WeakMap<PlanNode, PlanNode>();
  private readonly plans = new Map<string, ReportPlan>();
  private files = new Map<string, MapFileState>();
  private settings: string | undefined;
  /** The last build had a node on a cycle (or there was none). */
  private cyclic = true;

  /** What this build may take from the last one; undefined when it builds everything. */
  reuse(sources: MapSources): Reuse | undefined {
    if (this.cyclic || sources.settings !== this.settings) return undefined;
    const changed = this.changedFiles(sources);
    const above = this.nodesAbove(sources, changed);
    if (!above) return undefined;
    const { dirty, files } = above;
    return {
      item: (node) => (dirty.has(node) || changed.has(node.file) ? undefined : this.items.get(node)),
      plan: (file) => (files.has(file) || changed.has(file) ? undefined : this.plans.get(file)),
    };
  }

  /**
   * The changed files' nodes and every node above one of them, in the last tree and in this one
   * (each walk stops where it has been), with their files; undefined when a changed node is on a
   * cycle of parents.
   */
  private nodesAbove(sources: MapSources, changed: Set<string>): { dirty: Set<PlanNode>; files: Set<string> } | undefined {
    const dirty = new Set<PlanNode>();
    const files = new Set<string>();
    const climb = (from: PlanNode, parent: (node: PlanNode) => PlanNode | undefined, walked: Set<PlanNode>): void => {
      for (let node: PlanNode | undefined = from; node && !walked.has(node); node = parent(node)) {
        walked.add(node);
        dirty.add(node);
        files.add(node.file);
      }
    };
    const walkedOld = new Set<PlanNode>();
    const walkedNew = new Set<PlanNode>();
    const oldParent = (node: PlanNode): PlanNode | undefined => this.parents.get(node);
    const newParent = (node: PlanNode): PlanNode | undefined => treeParent(sources, node);
    for (const file of changed) {
      for (const node of this.files.get(file)?.plan.nodes ?? []) climb(node, oldParent, walkedOld);
      for (const node of sources.files.get(file)?.plan.nodes ?? []) {
        if (sources.graph.isInCycle(node)) return undefined;
        climb(node, newParent, walkedNew);
      }
    }
    return { dirty, files };
  }

  /** The files whose nodes are built again (see the class). */
  private changedFiles(sources: MapSources): Set<string> {
    const changed = new Set<string>();
    const rewritten: string[] = [];
    for (const [file, state] of sources.files) {
      const before = this.files.get(file);
      if (!before || before.plan !== state.plan) rewritten.push(file);
      else if (before.place !== state.place || !sameList(before.findings, state.findings)) changed.add(file);
    }
    for (const file of this.files.keys()) if (!sources.files.has(file)) rewritten.push(file);
    for (const file of rewritten) {
      changed.add(file);
      if (sources.files.has(file)) for (const linked of sources.graph.linkedPlans(file)) changed.add(linked);
      for (const node of this.files.get(file)?.plan.nodes ?? []) {
        for (const child of this.items.get(node)?.children ?? []) changed.add(this.nodes.get(child)!.file);
      }
    }
    return changed;
  }

  /** Keeps a node's new item and, for its children, that it is their parent. */
  record(node: PlanNode, item: MapNode): void {
    this.items.set(node, item);
    this.nodes.set(item, node);
    for (const child of item.children) this.parents.set(this.nodes.get(child)!, node);
  }

  /** Keeps a plan's line. */
  recordPlan(file: string, line: ReportPlan): void {
    this.plans.set(file, line);
  }

  /** Ends a build: its roots have no parent; its files and settings are what the next build compares with. */
  finish(sources: MapSources, roots: MapNode[], reused: boolean): void {
    for (const root of roots) this.parents.delete(this.nodes.get(root)!);
    for (const file of this.plans.keys()) if (!sources.files.has(file)) this.plans.delete(file);
    this.files = new Map(sources.files);
    this.settings = sources.settings;
    if (!reused) this.cyclic = [...sources.files.values()].some((state) => state.plan.nodes.some((node) => sources.counts(node) && sources.graph.isInCycle(node)));
  }
}

/** A node's parent on the map: its resolved parent, when that counts. */
function treeParent(sources: MapSources, node: PlanNode): PlanNode | undefined {
  const link = sources.graph.parentOf(node);
  return link.status === 'resolved' && sources.counts(link.node) ? link.node : undefined;
}
