/**
 * Every cache the engine keeps, declared here with its capacity, and one reset
 * for all of them. The engine stays a pure function of its input: a cache only
 * remembers work whose result depends on nothing but its key, so clearing them
 * changes how fast an answer comes, never what it is.
 */
import { type CacheBounds, LruCache } from './cache';

/**
 * How much each cache holds at most: `entries`, and `keyChars`, the total
 * characters of its keys (plus, where a cache declares `sizeOf`, the size of its
 * values in the same unit). A cache keyed by paragraph or document text is
 * bounded by its text, so a long paragraph edited many times, each version a
 * new key, cannot fill the memory. A paragraph or sentence evicted is simply
 * read again.
 */
export const CACHE_CAPACITY = {
  /** Markdown chunks (text between blank lines) and the blocks parsed from them. */
  markdownChunks: { entries: 500, keyChars: 4_000_000 },
  /** Front-matter blocks and the options read from them. */
  frontMatterBlocks: { entries: 50, keyChars: 1_000_000 },
  /** A paragraph's sentences and word counts, by its text. */
  paragraphShapes: { entries: 500, keyChars: 2_000_000 },
  /** Part-of-speech tags, by sentence text. */
  sentenceTags: { entries: 500, keyChars: 1_000_000 },
  /** What is remembered per paragraph content key (memo.ts): a long document and the letters beside it. */
  paragraphMemos: { entries: 500, keyChars: 2_000_000 },
  /** Syllables per word, for the reading grade. */
  syllables: { entries: 5000, keyChars: 200_000 },
  /** Compiled checks for the project's phrase lists (`custom-phrase`), by the list's value. */
  customPhraseChecks: { entries: 8, keyChars: 4_000_000 },
  /** Local contexts (company, industry, phrases, words, dictionary) by value. */
  localContexts: { entries: 64, keyChars: 2_000_000 },
  /** Job descriptions read, by their text. */
  jobDescriptions: { entries: 50, keyChars: 5_000_000 },
  /** A dictionary's verdict per word. */
  spellingVerdicts: { entries: 10_000, keyChars: 400_000 },
  /** A dictionary's suggestions per word. */
  spellingSuggestions: { entries: 2000, keyChars: 200_000 },
  /** The capitalised word an unknown capitalised word is a slip of, or none (checks/nearWords.ts). */
  capitalisedSlips: { entries: 5000, keyChars: 150_000 },
  /** Unpaired brackets and quotation marks of a run of body paragraphs, by its masked text (rules/unbalancedBrackets.ts). */
  bracketGroups: { entries: 500, keyChars: 2_000_000 },
  /** The words of a job description (one entry per description read). */
  jobWords: { entries: 1, keyChars: 10 },
} as const satisfies Record<string, { entries: number; keyChars: number }>;

export type CacheName = keyof typeof CACHE_CAPACITY;

/** Anything that can forget what it holds. */
interface Clearable {
  clear(): void;
}

const caches = new Map<CacheName, Clearable>();

/** The bounds of the cache named `name`, as declared above; `sizeOf` weighs its values too. */
function boundsOf<K, V>(name: CacheName, sizeOf?: (value: V, key: K) => number): CacheBounds<K, V> {
  const { entries, keyChars } = CACHE_CAPACITY[name];
  return { capacity: entries, maxSize: keyChars, sizeOf };
}

/** The cache named `name`, sized as declared above. Each name is created once. */
export function createCache<K, V>(name: CacheName, sizeOf?: (value: V, key: K) => number): LruCache<K, V> {
  const cache = new LruCache<K, V>(boundsOf(name, sizeOf));
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
        cache = new LruCache<K, V>(boundsOf<K, V>(name));
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
