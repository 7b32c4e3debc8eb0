/**
 * Finds phrases from vocabulary lists in tokenised sentences. A phrase is plain
 * words with two conveniences for the vocabulary's authors: `a|b` offers
 * alternatives for one word, and a trailing `?` makes that word optional
 * ("express my strong|keen? interest"). Hyphens separate words, as in the text.
 */
import type { PhraseEntry } from '../vocabulary/phraseEntry';
import { expandContraction, normalizeWord, tokenize, withoutPossessive, type Token } from './tokens';

export type { PhraseEntry };

export interface PhraseMatch<E extends PhraseEntry = PhraseEntry> {
  entry: E;
  /** Index of the first and one past the last matched token. */
  from: number;
  to: number;
  start: number;
  end: number;
  /**
   * The match begins on the second half of a contraction ("are able to" in
   * "We're able to"): its span starts at the written word, so an edit of the
   * span would also change the word's first half.
   */
  startsInsideWord: boolean;
}

interface CompiledPhrase<E extends PhraseEntry> {
  entry: E;
  words: ReadonlyArray<ReadonlySet<string>>;
}

export interface PhraseSet<E extends PhraseEntry = PhraseEntry> {
  byFirstWord: ReadonlyMap<string, ReadonlyArray<CompiledPhrase<E>>>;
}

interface WordSlot {
  alternatives: string[];
  optional: boolean;
}

function parsePhrase(phrase: string, matchCase: boolean): WordSlot[] {
  return phrase
    .trim()
    .split(/\s+/)
    .flatMap((group) => {
      const optional = group.endsWith('?');
      const body = optional ? group.slice(0, -1) : group;
      // "hard-working|hardworking" → alternatives, each possibly several words.
      const alternatives = body.split('|').map((alt) => alt.split(/[-/]/).filter(Boolean));
      if (alternatives.every((words) => words.length === 1)) {
        return [{ alternatives: alternatives.map((w) => normalize(w[0]!, matchCase)), optional }];
      }
      if (alternatives.length !== 1 || optional) {
        throw new Error(`Phrase "${phrase}": alternatives must be single words`);
      }
      return alternatives[0]!.flatMap((w) => expandContraction(normalize(w, matchCase)).map((part) => ({ alternatives: [part], optional: false })));
    })
    .flatMap((slot) =>
      // A contraction in the vocabulary ("don't") matches the expanded tokens.
      slot.alternatives.length === 1 && !slot.optional && !matchCase
        ? expandContraction(slot.alternatives[0]!).map((part) => ({ alternatives: [part], optional: false }))
        : [slot],
    );
}

/** A user's phrase is only words: its punctuation is ignored, as the text's is. */
function literalSlots(phrase: string): WordSlot[] {
  return tokenize(phrase).map((t) => ({ alternatives: [t.norm], optional: false }));
}

function normalize(word: string, matchCase: boolean): string {
  return matchCase ? word.replace(/’/g, "'") : normalizeWord(word);
}

/** Every way to read the optional words: present or absent. */
function expandOptional(slots: readonly WordSlot[]): Array<Array<ReadonlySet<string>>> {
  let variants: Array<Array<ReadonlySet<string>>> = [[]];
  for (const slot of slots) {
    const set = new Set(slot.alternatives);
    const withWord = variants.map((v) => [...v, set]);
    variants = slot.optional ? [...variants, ...withWord] : withWord;
  }
  return variants.filter((v) => v.length > 0);
}

export function compilePhrases<E extends PhraseEntry>(entries: readonly E[]): PhraseSet<E> {
  const byFirstWord = new Map<string, Array<CompiledPhrase<E>>>();
  for (const entry of entries) {
    const slots = entry.literal ? literalSlots(entry.phrase) : parsePhrase(entry.phrase, entry.matchCase ?? false);
    for (const words of expandOptional(slots)) {
      if (words.length === 0) continue;
      for (const first of words[0]!) {
        const key = entry.matchCase ? first.toLowerCase() : first;
        const list = byFirstWord.get(key) ?? [];
        list.push({ entry, words });
        byFirstWord.set(key, list);
      }
    }
  }
  // Longest phrases first, so "a large number of" wins over "a number of".
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord };
}

/** Non-overlapping matches in `tokens`, longest first at each position. */
export function findPhrases<E extends PhraseEntry>(tokens: readonly Token[], set: PhraseSet<E>): Array<PhraseMatch<E>> {
  const matches: Array<PhraseMatch<E>> = [];
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    const noun = withoutPossessive(norm);
    // A one-word phrase also matches its possessive ("PyTorch's compiler").
    const hit =
      set.byFirstWord.get(norm)?.find((c) => matchesAt(tokens, i, c)) ??
      (noun !== norm ? set.byFirstWord.get(noun)?.find((c) => matchesAt(tokens, i, c)) : undefined);
    if (!hit) continue;
    const to = i + hit.words.length;
    const startsInsideWord = i > 0 && tokens[i - 1]!.start === tokens[i]!.start;
    matches.push({ entry: hit.entry, from: i, to, start: tokens[i]!.start, end: tokens[to - 1]!.end, startsInsideWord });
    i = to - 1;
  }
  return matches;
}

/** True when the sentence holds any phrase of `set`. */
export function mentions(set: PhraseSet, sentence: { readonly tokens: readonly Token[] }): boolean {
  return findPhrases(sentence.tokens, set).length > 0;
}

function matchesAt<E extends PhraseEntry>(tokens: readonly Token[], at: number, phrase: CompiledPhrase<E>): boolean {
  const { entry, words } = phrase;
  if (at + words.length > tokens.length) return false;
  // Ending on the first half of a contraction ("I think that" in "I think that's") would
  // flag, and a fix would remove, the whole written word: try a shorter variant instead.
  const after = tokens[at + words.length];
  if (after !== undefined && after.start === tokens[at + words.length - 1]!.start) return false;
  for (let k = 0; k < words.length; k++) {
    const token = tokens[at + k]!;
    const word = entry.matchCase ? token.raw.replace(/’/g, "'") : token.norm;
    // The phrase's last word may stand in the possessive: "Airflow's scheduler", "your team's post".
    const last = k === words.length - 1;
    if (!words[k]!.has(word) && !(last && words[k]!.has(withoutPossessive(word)))) return false;
  }
  if (entry.tag && !tokens[at]!.tags.includes(entry.tag)) return false;
  const next = tokens[at + words.length];
  if (next && entry.notFollowedBy?.includes(next.norm)) return false;
  const previous = tokens[at - 1];
  if (previous && entry.notPrecededBy?.includes(previous.norm)) return false;
  return true;
}
