/**
 * A table keyed by words, with no prototype: looking up "constructor",
 * "toString" or "__proto__" (words a letter may hold) finds nothing, where a
 * plain object literal would find the functions every object inherits.
 * Every table the engine reads with a word from the text is made with this.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
