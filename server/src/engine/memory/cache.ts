/**
 * A small least-recently-used map (caches.ts declares the ones the engine keeps).
 * A hit only stamps the entry (the keys are often long texts, and moving an
 * entry would compare its key again); the least recently used are dropped in
 * a batch once the map holds an eighth more than its capacity.
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, { value: V; used: number }>();
  private clock = 0;
  private readonly limit: number;

  constructor(private readonly capacity: number) {
    this.limit = capacity + Math.max(1, capacity >> 3);
  }

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    entry.used = ++this.clock;
    return entry.value;
  }

  /** Whether `key` is held, without counting as a use. */
  has(key: K): boolean {
    return this.entries.has(key);
  }

  clear(): void {
    this.entries.clear();
  }

  set(key: K, value: V): void {
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      entry.value = value;
      entry.used = ++this.clock;
      return;
    }
    this.entries.set(key, { value, used: ++this.clock });
    if (this.entries.size > this.limit) this.evict();
  }

  /** Keeps the `capacity` most recently used entries. */
  private evict(): void {
    const stamps = [...this.entries.values()].map((e) => e.used).sort((a, b) => a - b);
    const oldestKept = stamps[stamps.length - this.capacity]!;
    for (const [key, entry] of this.entries) if (entry.used < oldestKept) this.entries.delete(key);
  }
}

/**
 * A copy of `text` that holds no reference to the string it was sliced from.
 * A slice of a document keeps the whole document alive; a cache key must not.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}
