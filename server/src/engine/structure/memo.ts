/**
 * What the engine has worked out about a paragraph, remembered by the
 * paragraph's content (see `Paragraph.key`), so that a keystroke recomputes
 * only the paragraph it touched. A slot holds one result: a rule's findings,
 * or a fact a letter-level rule or statistic sums over the paragraphs. Values
 * must not depend on where the paragraph stands: offsets are stored relative
 * to the paragraph's start, or as indices of its sentences.
 */
import { LruCache } from './cache';
import type { Paragraph } from './letter';

/**
 * Paragraphs remembered: enough for a long document being edited (a 5,000-word
 * document has about 70) and the letters open beside it. A paragraph untouched
 * for longer is simply read again when its letter is next checked.
 */
const CAPACITY = 500;

const slotsByKey = new LruCache<string, Map<string, unknown>>(CAPACITY);

const slotNames = new Map<string, string>();

/**
 * The slot for `name` under a local context id (see `CheckContext.localId`),
 * as one shared string: every paragraph's memo holds the same key, not a copy.
 */
export function contextSlot(name: string, localId: number): string {
  const slot = `${name}\u0001${localId}`;
  let shared = slotNames.get(slot);
  if (shared === undefined) {
    if (slotNames.size > 4096) slotNames.clear(); // old context ids; memos keep their own keys
    slotNames.set(slot, slot);
    shared = slot;
  }
  return shared;
}

/** The memo of a paragraph with this content key, created when new. */
export function memoFor(key: string): Map<string, unknown> {
  let slots = slotsByKey.get(key);
  if (!slots) {
    slots = new Map();
    slotsByKey.set(key, slots);
  }
  return slots;
}

/** The value of `slot` for this paragraph, computed on first use. A computation that throws is not remembered. */
export function remember<T>(paragraph: Paragraph, slot: string, compute: () => T): T {
  const memo = paragraph.memo;
  if (memo.has(slot)) return memo.get(slot) as T;
  const value = compute();
  memo.set(slot, value);
  return value;
}

/** Forgets every remembered result (tests compare remembered results with fresh ones). */
export function forgetRemembered(): void {
  slotsByKey.clear();
}
