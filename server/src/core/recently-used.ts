/**
 * Values kept from one pass over a document to the next: what a pass used is kept for the
 * next one, the rest is forgotten when the pass ends. Keyed by a section's text, so an edit
 * recomputes only the sections it changed.
 */
export class RecentlyUsed<V> {
  private kept = new Map<string, V>();
  private used = new Map<string, V>();

  /** The value for a key from the last pass or this one, or `compute()` when there is none (or `reuse` refuses it). */
  get(key: string, compute: () => V, reuse: (value: V) => boolean = () => true): V {
    let value = this.kept.get(key) ?? this.used.get(key);
    if (value === undefined || !reuse(value)) value = compute();
    this.used.set(key, value);
    return value;
  }

  /** Ends a pass: only what it used is kept. */
  endPass(): void {
    this.kept = this.used;
    this.used = new Map();
  }

  /** Forgets everything (what was computed no longer holds). */
  clear(): void {
    this.kept = new Map();
    this.used = new Map();
  }
}
