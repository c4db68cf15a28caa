/**
 * What was read last from values that never change (a node, its packed check-ins), for the
 * last so many of them rather than for every one. A check reads the same key result several
 * times in a row, one rule after another, so the last few readings are what saves work; a
 * reading kept per node for the node's life was tens of megabytes on 20,000 plans (a million
 * nodes, each checked once). Past `limit` entries it starts again.
 */
export class LastRead<K, V> {
  private readonly kept = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /** The value kept for `key` (when `fresh` accepts it), or `read(key)`, then kept. */
  get(key: K, read: (key: K) => V, fresh: (kept: V) => boolean = () => true): V {
    if (this.kept.has(key)) {
      const kept = this.kept.get(key) as V;
      if (fresh(kept)) return kept;
      this.kept.delete(key);
    }
    if (this.kept.size >= this.limit) this.kept.clear();
    const value = read(key);
    this.kept.set(key, value);
    return value;
  }
}
