/**
 * A small least-recently-used map (caches.ts declares the ones the engine keeps),
 * bounded twice: by its number of entries and by a size budget, the total size
 * of its entries (the characters of a string key, plus `sizeOf(value)` when
 * given), since one long paragraph as a key weighs as much as thousands of
 * short ones. A hit only stamps the entry (the keys are often long texts, and
 * moving an entry would compare its key again); the least recently used are
 * dropped in a batch once the map holds an eighth more than its capacity, or
 * its size passes the budget. The entry set last is always kept, even when it
 * alone is over the budget, so the text being typed into stays remembered.
 */
export interface CacheBounds<K, V> {
  /** Entries held at most. */
  capacity: number;
  /** Total size held at most (after eviction): the characters of string keys plus `sizeOf` of the values. Unbounded when left out. */
  maxSize?: number;
  /** The size of a value, in the same unit as a key's characters; 0 when left out. */
  sizeOf?: (value: V, key: K) => number;
}

export class LruCache<K, V> {
  private readonly entries = new Map<K, { value: V; used: number; size: number }>();
  private clock = 0;
  private readonly capacity: number;
  private readonly limit: number;
  private readonly maxSize: number;
  private readonly sizeOf: ((value: V, key: K) => number) | undefined;
  private totalSize = 0;

  constructor(bounds: number | CacheBounds<K, V>) {
    const { capacity, maxSize, sizeOf } = typeof bounds === 'number' ? { capacity: bounds } : bounds;
    this.capacity = capacity;
    this.limit = capacity + Math.max(1, capacity >> 3);
    this.maxSize = maxSize ?? Infinity;
    this.sizeOf = sizeOf;
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

  /** Entries held. */
  get size(): number {
    return this.entries.size;
  }

  /** The total size of the entries held (see CacheBounds.maxSize). */
  get heldSize(): number {
    return this.totalSize;
  }

  clear(): void {
    this.entries.clear();
    this.totalSize = 0;
  }

  set(key: K, value: V): void {
    const size = this.measure(key, value);
    const entry = this.entries.get(key);
    if (entry !== undefined) {
      this.totalSize += size - entry.size;
      entry.value = value;
      entry.size = size;
      entry.used = ++this.clock;
    } else {
      this.entries.set(key, { value, used: ++this.clock, size });
      this.totalSize += size;
    }
    if (this.entries.size > this.limit || this.totalSize > this.maxSize) this.evict();
  }

  private measure(key: K, value: V): number {
    const keySize = typeof key === 'string' ? key.length : 0;
    return keySize + (this.sizeOf === undefined ? 0 : Math.max(0, this.sizeOf(value, key)));
  }

  /**
   * Keeps the most recently used entries: at most `capacity` of them, and, over
   * the size budget, only as many as fit in seven eighths of it (a batch, so
   * the next few sets do not evict again), always the newest.
   */
  private evict(): void {
    const byRecency = [...this.entries].sort((a, b) => b[1].used - a[1].used);
    const sizeTarget = this.totalSize > this.maxSize ? this.maxSize - (this.maxSize >> 3) : this.maxSize;
    let kept = 0;
    let keptSize = 0;
    let full = false;
    for (const [key, entry] of byRecency) {
      full ||= kept > 0 && (kept >= this.capacity || keptSize + entry.size > sizeTarget);
      if (full) {
        this.entries.delete(key);
      } else {
        kept++;
        keptSize += entry.size;
      }
    }
    this.totalSize = keptSize;
  }
}

/**
 * A copy of `text` that holds no reference to the string it was sliced from.
 * A slice of a document keeps the whole document alive; a cache key must not.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}
