/**
 * What the engine has worked out about a paragraph, remembered by the
 * paragraph's content (see `Paragraph.key`), so that a keystroke recomputes
 * only the paragraph it touched. A slot holds one result: a rule's findings,
 * or a fact a letter-level rule or statistic sums over the paragraphs. Values
 * must not depend on where the paragraph stands: offsets are stored relative
 * to the paragraph's start, or as indices of its sentences.
 */
import { detached, LruCache } from './cache';
import type { Paragraph } from './letter';

/**
 * Paragraphs remembered: enough for a long document being edited (a 5,000-word
 * document has about 70) and the letters open beside it. A paragraph untouched
 * for longer is simply read again when its letter is next checked.
 */
const CAPACITY = 500;

/** What is remembered for one paragraph content key. */
export class ParagraphMemo {
  /** Facts of the paragraph alone, by slot name. */
  readonly facts = new Map<string, unknown>();
  /** Results that also depend on the local context (rule findings), for one context at a time. */
  private local = new Map<string, unknown>();
  private localId = 0;

  /** The results for this local context; those of another context are dropped, so a memo holds one context's at most. */
  forContext(localId: number): Map<string, unknown> {
    if (localId !== this.localId) {
      this.local = new Map();
      this.localId = localId;
    }
    return this.local;
  }
}

const memos = new LruCache<string, ParagraphMemo>(CAPACITY);

/** The memo of a paragraph with this content key, created when new. */
export function memoFor(key: string): ParagraphMemo {
  let memo = memos.get(key);
  if (!memo) {
    memo = new ParagraphMemo();
    memos.set(detached(key), memo); // the key is built from slices of the whole text
  }
  return memo;
}

/** A fact of this paragraph alone (its text, kind and role), computed on first use. A computation that throws is not remembered. */
export function remember<T>(paragraph: Paragraph, slot: string, compute: () => T): T {
  return lookUp(paragraph.memo.facts, slot, compute);
}

/**
 * A result for this paragraph that also depends on the local context (see
 * `CheckContext.localId`): a rule's findings, the unknown words. Typing in the
 * front matter changes the context, and only the newest context's results stay.
 */
export function rememberInContext<T>(paragraph: Paragraph, localId: number, slot: string, compute: () => T): T {
  return lookUp(paragraph.memo.forContext(localId), slot, compute);
}

function lookUp<T>(slots: Map<string, unknown>, slot: string, compute: () => T): T {
  if (slots.has(slot)) return slots.get(slot) as T;
  const value = compute();
  slots.set(slot, value);
  return value;
}

/** Forgets every remembered result (tests compare remembered results with fresh ones). */
export function forgetRemembered(): void {
  memos.clear();
}
