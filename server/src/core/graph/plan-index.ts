import type { Plan } from '../model';

/** One plan's entry under a key. */
interface Entry<T> {
  file: string;
  value: T;
}

/**
 * Entries by key over every plan, kept per plan so a change replaces one plan's entries. Most
 * keys (an objective's text) have one entry: each is a short list, not a map per key (20,000
 * maps were 10 MB of a 2,000-plan workspace), and a key whose last entry goes is dropped (the
 * texts an objective passed through while it was typed are not kept).
 */
export class PlanIndex<T> {
  private readonly byKey = new Map<string, Entry<T>[]>();
  private readonly keysOf = new Map<string, string[]>();
  private readonly stale = new Set<string>();

  constructor(
    private readonly entriesOf: (plan: Plan) => Iterable<[string, T]>,
    private readonly planOf: (file: string) => Plan | undefined,
  ) {}

  /** Drops a plan's entries; they are read again from its current version on the next lookup. */
  changed(file: string): void {
    for (const key of new Set(this.keysOf.get(file))) {
      const kept = this.byKey.get(key)?.filter((entry) => entry.file !== file);
      if (kept?.length) this.byKey.set(key, kept);
      else this.byKey.delete(key);
    }
    this.keysOf.delete(file);
    this.stale.add(file);
  }

  /** How many keys hold entries now: what the index weighs. */
  keyCount(): number {
    this.refresh();
    return this.byKey.size;
  }

  /** True when some plan other than `file` has an entry under the key (most keys are one plan's own, asked by that plan). */
  hasOtherThan(key: string, file: string): boolean {
    this.refresh();
    return this.byKey.get(key)?.some((entry) => entry.file !== file) ?? false;
  }

  /** Every plan's entries under a key. */
  get(key: string): T[] {
    this.refresh();
    return this.byKey.get(key)?.map((entry) => entry.value) ?? [];
  }

  private refresh(): void {
    for (const file of this.stale) {
      const plan = this.planOf(file);
      if (!plan) continue;
      const keys: string[] = [];
      for (const [key, value] of this.entriesOf(plan)) {
        const entries = this.byKey.get(key);
        if (entries) entries.push({ file, value });
        else this.byKey.set(key, [{ file, value }]);
        keys.push(key);
      }
      this.keysOf.set(file, keys);
    }
    this.stale.clear();
  }
}
