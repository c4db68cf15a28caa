import type { Plan } from '../model';
import type { PendingPlan } from './types';

/**
 * Every plan of the workspace, each either parsed or pending (read, not parsed yet), never
 * both; the pending ones indexed by the files and nodes they may name; and the order plans
 * were first added, which every list the graph gives keeps.
 */
export class PlanStore {
  private readonly parsed = new Map<string, Plan>();
  private readonly pending = new Map<string, PendingPlan>();
  /** Pending plans by the files they may read. */
  private readonly pendingReaders = new Map<string, Set<string>>();
  /** Pending plans by the nodes they may name (`file#idkey`, `#idkey`). */
  private readonly pendingByRef = new Map<string, Set<string>>();
  /** When each file was first added. */
  private readonly rank = new Map<string, number>();
  private nextRank = 0;
  /** `files()`, kept until a plan is added or removed. */
  private order: string[] | undefined;

  /** The parsed plan of a file (not parsing a pending one). */
  parsedPlan(file: string): Plan | undefined {
    return this.parsed.get(file);
  }

  isParsed(file: string): boolean {
    return this.parsed.has(file);
  }

  has(file: string): boolean {
    return this.parsed.has(file) || this.pending.has(file);
  }

  /** Sets the parsed version of a plan (a pending one is dropped). */
  setParsed(plan: Plan): void {
    this.dropPending(plan.file);
    this.addRank(plan.file);
    this.parsed.set(plan.file, plan);
  }

  setPending(plan: PendingPlan): void {
    this.dropPending(plan.file);
    this.parsed.delete(plan.file);
    this.addRank(plan.file);
    this.pending.set(plan.file, plan);
    for (const target of plan.mayRead) addTo(this.pendingReaders, target, plan.file);
    for (const ref of plan.nodeRefs) addTo(this.pendingByRef, ref, plan.file);
  }

  /** Forgets a plan; false when none was known. */
  remove(file: string): boolean {
    const known = this.parsed.delete(file) || this.dropPending(file) !== undefined;
    if (known) {
      this.rank.delete(file);
      this.order = undefined;
    }
    return known;
  }

  /** Takes a pending plan out, to be parsed and set. */
  takePending(file: string): PendingPlan | undefined {
    return this.dropPending(file);
  }

  pendingPlan(file: string): PendingPlan | undefined {
    return this.pending.get(file);
  }

  pendingCount(): number {
    return this.pending.size;
  }

  /** The first pending plan in the order they were added. */
  firstPending(): string | undefined {
    return this.pending.keys().next().value;
  }

  pendingFiles(): string[] {
    return [...this.pending.keys()];
  }

  /** Pending plans that may read `file`. */
  pendingReadersOf(file: string): Iterable<string> {
    return this.pendingReaders.get(file) ?? [];
  }

  /** Pending plans that may name a node (`file#idkey` or `#idkey`). */
  pendingNaming(ref: string): Iterable<string> {
    return this.pendingByRef.get(ref) ?? [];
  }

  /** Every plan's file, parsed or not, in the order they were first added. */
  files(): string[] {
    return [...this.fileList()];
  }

  /** The same, as one list that stays the same object until a plan is added or removed. */
  fileList(): readonly string[] {
    this.order ??= [...this.parsed.keys(), ...this.pending.keys()].sort(this.byRank);
    return this.order;
  }

  /** Orders files as they were first added. */
  readonly byRank = (a: string, b: string): number => this.rank.get(a)! - this.rank.get(b)!;

  private addRank(file: string): void {
    if (this.rank.has(file)) return;
    this.rank.set(file, this.nextRank++);
    this.order = undefined;
  }

  private dropPending(file: string): PendingPlan | undefined {
    const plan = this.pending.get(file);
    if (!plan) return undefined;
    this.pending.delete(file);
    for (const target of plan.mayRead) this.pendingReaders.get(target)?.delete(file);
    for (const ref of plan.nodeRefs) this.pendingByRef.get(ref)?.delete(file);
    return plan;
  }
}

export function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}
