/**
 * A small least-recently-used map. The engine stays a pure function of its input:
 * these caches only remember work whose result depends on nothing but the key.
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Whether `key` is held, without counting as a use. */
  has(key: K): boolean {
    return this.entries.has(key);
  }

  clear(): void {
    this.entries.clear();
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }
}

/**
 * A copy of `text` that holds no reference to the string it was sliced from.
 * A slice of a document keeps the whole document alive; a cache key must not.
 */
export function detached(text: string): string {
  return (' ' + text).slice(1);
}
