/**
 * A map that remembers computed values up to `limit` keys and is emptied when full: running text
 * repeats its frequent words, so a full cache refills with them at once, and memory stays bounded.
 */
export class BoundedMemo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /** The value of `key`, computed by `compute` when not remembered. */
  get(key: string, compute: () => V): V {
    return this.map.get(key) ?? this.add(key, compute());
  }

  /** The remembered value of `key`, or undefined (no closure to allocate on the hot path). */
  find(key: string): V | undefined {
    return this.map.get(key);
  }

  /** Forgets every key. */
  clear(): void {
    this.map.clear();
  }

  /** Remembers `value` for `key` (emptying the memo first when it is full) and returns it. */
  add(key: string, value: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(key, value);
    return value;
  }
}
