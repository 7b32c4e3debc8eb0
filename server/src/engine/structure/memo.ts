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

/** Paragraphs remembered: every paragraph of a long document, and of the letters open beside it. */
const CAPACITY = 1000;

const slotsByKey = new LruCache<string, Map<string, unknown>>(CAPACITY);

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
