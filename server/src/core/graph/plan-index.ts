import type { Plan } from '../model';

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

