/**
 * Every cache the engine keeps, declared here with its capacity, and one reset
 * for all of them. The engine stays a pure function of its input: a cache only
 * remembers work whose result depends on nothing but its key, so clearing them
 * changes how fast an answer comes, never what it is.
 */
import { LruCache } from './cache';

/** Entries each cache holds at most. A paragraph or sentence evicted is simply read again. */
export const CACHE_CAPACITY = {
  /** Markdown chunks (text between blank lines) and the blocks parsed from them. */
  markdownChunks: 500,
  /** Front-matter blocks and the options read from them. */
  frontMatterBlocks: 50,
  /** A paragraph's sentences and word counts, by its text. */
  paragraphShapes: 500,
  /** Part-of-speech tags, by sentence text. */
  sentenceTags: 500,
  /** What is remembered per paragraph content key (memo.ts): a long document and the letters beside it. */
  paragraphMemos: 500,
  /** Syllables per word, for the reading grade. */
  syllables: 5000,
  /** Local contexts (company, industry, phrases, words, dictionary) by value. */
  localContexts: 64,
  /** Job descriptions read, by their text. */
  jobDescriptions: 50,
  /** A dictionary's verdict per word. */
  spellingVerdicts: 10_000,
  /** A dictionary's suggestions per word. */
  spellingSuggestions: 2000,
} as const;

export type CacheName = keyof typeof CACHE_CAPACITY;

/** Anything that can forget what it holds. */
interface Clearable {
  clear(): void;
}

const caches = new Map<CacheName, Clearable>();

/** The cache named `name`, sized as declared above. Each name is created once. */
export function createCache<K, V>(name: CacheName): LruCache<K, V> {
  const cache = new LruCache<K, V>(CACHE_CAPACITY[name]);
  register(name, cache);
  return cache;
}

/**
 * A cache per value of `owner` (one per spelling dictionary), each sized as
 * `name` declares; a dictionary no longer used takes its cache with it.
 */
export function createCachePerOwner<O extends object, K, V>(
  name: CacheName,
): { for(owner: O): LruCache<K, V>; peek(owner: O): LruCache<K, V> | undefined } {
  let byOwner = new WeakMap<O, LruCache<K, V>>();
  register(name, { clear: () => (byOwner = new WeakMap()) });
  return {
    for(owner: O): LruCache<K, V> {
      let cache = byOwner.get(owner);
      if (cache === undefined) {
        cache = new LruCache<K, V>(CACHE_CAPACITY[name]);
        byOwner.set(owner, cache);
      }
      return cache;
    },
    peek: (owner: O): LruCache<K, V> | undefined => byOwner.get(owner),
  };
}

function register(name: CacheName, cache: Clearable): void {
  if (caches.has(name)) throw new Error(`The engine cache "${name}" is created twice.`);
  caches.set(name, cache);
}

/** Empties every engine cache (tests compare remembered results with fresh ones). */
export function resetCaches(): void {
  for (const cache of caches.values()) cache.clear();
}
