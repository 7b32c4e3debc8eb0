/**
 * What the engine has worked out about a paragraph, remembered by the
 * paragraph's content (see `Paragraph.key`), so that a keystroke recomputes
 * only the paragraph it touched.
 *
 * The contract: a slot holds one value per paragraph content key. Its value
 * may depend on the paragraph's key alone (a fact) or also on the local
 * context (company, industry, phrases, words, dictionary), and never on where
 * the paragraph stands: offsets are stored relative to the paragraph's start,
 * or as indices of its sentences. Every slot is declared in `FACTS` or
 * `IN_CONTEXT` below with the type of its value; a rule's own findings have
 * one slot each, `findingsSlot(ruleId)`.
 */
import { detached } from '../memory/cache';
import { createCache } from '../memory/caches';

/** A named place in a paragraph's memo holding a value of type `T`. */
export interface Slot<T> {
  readonly name: string;
  /** Never set: carries `T` so that `remember` returns what the slot holds. */
  readonly type?: T;
}

function slot<T>(name: string): Slot<T> {
  return { name };
}

/** A word the dictionaries do not know, at its offset in the paragraph. */
export interface UnknownWord {
  offset: number;
  raw: string;
  norm: string;
}

/** Facts of a paragraph alone: its text, kind and role. */
export const FACTS = {
  /** Syllables in its sentences, for the reading grade. */
  syllables: slot<number>('syllables'),
  /** Signals of each industry it holds, in the order of the industry signal lists. */
  industrySignals: slot<readonly number[]>('industry-signals'),
  /** For each skim check, the indices of its sentences that show it. */
  skim: slot<ReadonlyArray<readonly number[]>>('skim'),
  /** The stems of its words, for the job match. */
  stems: slot<readonly string[]>('stems'),
  /** Whether it shows the evidence a tech, finance or retail reader looks for. */
  techProduction: slot<boolean>('tech-production'),
  financeGovernance: slot<boolean>('finance-governance'),
  retailRevenue: slot<boolean>('retail-revenue'),
  /** Words written capitalised inside a sentence: names. */
  names: slot<readonly string[]>('names'),
  /** For each sentence, whether it starts with "I". */
  sentencesStartingWithI: slot<readonly boolean[]>('sentences-starting-with-i'),
  /** Sentences that give a figure in digits. */
  sentencesWithFigures: slot<number>('sentences-with-figures'),
  /** The first sentence that claims a result without a figure or a count of its own, or -1 (unquantified-paragraph). */
  unmeasuredClaim: slot<number>('unmeasured-claim'),
  /** Whether a sentence gives a figure, in digits or words (unquantified-paragraph). */
  quantified: slot<boolean>('quantified'),
  /** Whether a sentence refers to the team's own work: their post, talk, paper, posting (no-team-specific-detail). */
  teamDetail: slot<boolean>('team-detail'),
} as const;

/** Results that also depend on the local context. */
export const IN_CONTEXT = {
  /** Words no dictionary knows and that are not skipped as names or own words. */
  unknownWords: slot<readonly UnknownWord[]>('unknown-words'),
  /** Whether it names the company (from the front matter or the job description). */
  namesCompany: slot<boolean>('names-company'),
  /** Whether it names the company together with its work. */
  namesTheirWork: slot<boolean>('names-their-work'),
} as const;

const findingSlots = new Map<string, Slot<unknown>>();

/** The slot of one paragraph rule's findings (their type is the rule kit's, so the slot is typed by its user). */
export function findingsSlot<T>(ruleId: string): Slot<T> {
  let found = findingSlots.get(ruleId);
  if (!found) {
    found = slot(`findings:${ruleId}`);
    findingSlots.set(ruleId, found);
  }
  return found as Slot<T>;
}

/** What is remembered for one paragraph content key. */
export class ParagraphMemo {
  /** Facts of the paragraph alone, by slot name. */
  readonly facts = new Map<string, unknown>();
  /** Results that also depend on the local context, for one context at a time. */
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

const memos = createCache<string, ParagraphMemo>('paragraphMemos');

/** The memo of a paragraph with this content key, created when new. */
export function memoFor(key: string): ParagraphMemo {
  let memo = memos.get(key);
  if (!memo) {
    memo = new ParagraphMemo();
    memos.set(detached(key), memo); // the key is built from slices of the whole text
  }
  return memo;
}

/** Anything that has a memo: a paragraph. */
interface Remembering {
  readonly memo: ParagraphMemo;
}

/** A fact of this paragraph alone (its text, kind and role), computed on first use. A computation that throws is not remembered. */
export function remember<T>(paragraph: Remembering, fact: Slot<T>, compute: () => T): T {
  return lookUp(paragraph.memo.facts, fact, compute);
}

/**
 * A result for this paragraph that also depends on the local context (see
 * `CheckContext.localId`): a rule's findings, the unknown words. Typing in the
 * front matter changes the context, and only the newest context's results stay.
 */
export function rememberInContext<T>(paragraph: Remembering, localId: number, result: Slot<T>, compute: () => T): T {
  return lookUp(paragraph.memo.forContext(localId), result, compute);
}

function lookUp<T>(slots: Map<string, unknown>, slot: Slot<T>, compute: () => T): T {
  if (slots.has(slot.name)) return slots.get(slot.name) as T;
  const value = compute();
  slots.set(slot.name, value);
  return value;
}
