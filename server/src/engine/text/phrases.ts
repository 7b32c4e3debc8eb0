/**
 * Finds phrases from vocabulary lists in tokenised sentences. A phrase is a
 * small pattern, compiled once per vocabulary list. Words are separated by
 * spaces; each word may be:
 *
 * - `word`: the word itself, in any case. Hyphens and slashes separate words,
 *   as in the text ("hard-working" is two words); a contraction stands for
 *   its words ("don't" matches "do not" too).
 * - `a|b`: one word out of several (each alternative is a single word).
 * - `word~`: any inflection of the word: "contribute~" matches contribute,
 *   contributes, contributed and contributing; "lead~" matches led; "-ize"
 *   verbs match their "-ise" spelling. Combines with `|`: "help~|assist~".
 * - `@class`: a word of a named class in `vocabulary/wordClasses.ts`
 *   (`@determiner`, `@adverb`, `@auxiliary`, `@writer`).
 * - `#Tag`: a word compromise tags so (`#Verb`, `#Noun`, `#Adjective`); tags
 *   are costly, so use them only where words cannot decide.
 * - `_`: any one word.
 *
 * and may end in `?` (optional) or, for `@class`, `#Tag` and `_`, in `*`
 * (none up to three): "contribute~ to the? @adverb* development|design of".
 * A phrase must start with a word, `a|b` or a closed class (optional or
 * not; `@adverb` is open, as it takes any -ly word), so that it can be found
 * from its first word. At each position the match that reaches
 * furthest wins; matches do not overlap.
 */
import type { PhraseEntry } from '../vocabulary/phraseEntry';
import { LY_NOT_ADVERBS, WORD_CLASSES, type WordClassName } from '../vocabulary/wordClasses';
import { inflections } from './inflections';
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

/** One position of a compiled phrase: what a token there must be, and how many tokens it takes. */
type Slot =
  | { kind: 'words'; words: ReadonlySet<string>; min: 0 | 1; max: 1 }
  | { kind: 'class'; name: WordClassName; min: 0 | 1; max: number }
  | { kind: 'tag'; tag: string; min: 0 | 1; max: number }
  | { kind: 'any'; min: 0 | 1; max: number };

interface CompiledPhrase<E extends PhraseEntry> {
  entry: E;
  slots: readonly Slot[];
}

export interface PhraseSet<E extends PhraseEntry = PhraseEntry> {
  byFirstWord: ReadonlyMap<string, ReadonlyArray<CompiledPhrase<E>>>;
}

/** How many words `*` lets stand in a row. */
const MAX_REPEAT = 3;

const CLASS_SETS = new Map<string, ReadonlySet<string>>(Object.entries(WORD_CLASSES).map(([name, words]) => [name, new Set<string>(words)]));
const LY_EXCEPTIONS = new Set(LY_NOT_ADVERBS);

function isClassName(name: string): name is WordClassName {
  return CLASS_SETS.has(name);
}

function parsePhrase(phrase: string, matchCase: boolean): Slot[] {
  const fail = (why: string): never => {
    throw new Error(`Phrase "${phrase}": ${why}`);
  };
  return phrase
    .trim()
    .split(/\s+/)
    .flatMap((group): Slot[] => {
      const repeat = group.endsWith('*');
      const optional = group.endsWith('?');
      const body = repeat || optional ? group.slice(0, -1) : group;
      const min: 0 | 1 = repeat || optional ? 0 : 1;
      const max = repeat ? MAX_REPEAT : 1;
      if (body.startsWith('@')) {
        const name = body.slice(1);
        if (!isClassName(name)) fail(`no word class "${name}"`);
        return [{ kind: 'class', name: name as WordClassName, min, max }];
      }
      if (body.startsWith('#')) return [{ kind: 'tag', tag: body.slice(1), min, max }];
      if (body === '_') return [{ kind: 'any', min, max }];
      if (repeat) fail(`only @class, #Tag and _ may repeat ("${group}")`);
      // "hard-working|hardworking" → alternatives, each possibly several words.
      const alternatives = body.split('|').map((alt) => alt.split(/[-/]/).filter(Boolean));
      if (alternatives.some((words) => words.length === 0)) fail(`empty alternative in "${group}"`);
      if (alternatives.every((words) => words.length === 1)) {
        const words = alternatives.flatMap((w) => forms(w[0]!, matchCase));
        // A lone contraction in the vocabulary ("don't") matches the expanded tokens.
        if (words.length === 1 && !optional && !matchCase) {
          return expandContraction(words[0]!).map((part) => ({ kind: 'words', words: new Set([part]), min: 1, max: 1 }));
        }
        return [{ kind: 'words', words: new Set(words), min, max: 1 }];
      }
      if (alternatives.length !== 1 || optional) fail('alternatives must be single words');
      return alternatives[0]!.flatMap((w) =>
        forms(w, matchCase).flatMap((word) =>
          expandContraction(word).map((part): Slot => ({ kind: 'words', words: new Set([part]), min: 1, max: 1 })),
        ),
      );
    });
}

/** The written forms a pattern word stands for: itself, or with `~` its inflections. */
function forms(word: string, matchCase: boolean): string[] {
  if (word.endsWith('~')) return inflections(normalizeWord(word.slice(0, -1)));
  return [matchCase ? word.replace(/’/g, "'") : normalizeWord(word)];
}

/** A user's phrase is only words: its punctuation is ignored, as the text's is. */
function literalSlots(phrase: string): Slot[] {
  return tokenize(phrase).map((t) => ({ kind: 'words', words: new Set([t.norm]), min: 1, max: 1 }));
}

/**
 * The phrase as patterns that each start with a required word, for the index:
 * a leading optional word gives one variant with it and one without.
 */
function withRequiredStart(slots: readonly Slot[], phrase: string): Slot[][] {
  const first = slots[0];
  if (!first) return [];
  const rest = slots.slice(1);
  if (first.kind === 'class' && first.name !== 'adverb') {
    // A closed class is a set of words: its first word is looked up like any other.
    const word: Slot = { kind: 'words', words: CLASS_SETS.get(first.name)!, min: 1, max: 1 };
    const more: Slot[] = first.max > 1 ? [{ ...first, min: 0, max: first.max - 1 }] : [];
    return [[word, ...more, ...rest], ...(first.min === 0 ? withRequiredStart(rest, phrase) : [])];
  }
  if (first.kind !== 'words') {
    if (first.min === 0) return withRequiredStart(rest, phrase);
    const what = first.kind === 'any' ? '_' : first.kind === 'tag' ? `#${first.tag}` : `@${first.name}`;
    throw new Error(`Phrase "${phrase}": must start with a word or a closed word class, not ${what}`);
  }
  if (first.min === 1) return [[...slots]];
  return [[{ ...first, min: 1 }, ...rest], ...withRequiredStart(rest, phrase)];
}

export function compilePhrases<E extends PhraseEntry>(entries: readonly E[]): PhraseSet<E> {
  const byFirstWord = new Map<string, Array<CompiledPhrase<E>>>();
  for (const entry of entries) {
    const slots = entry.literal ? literalSlots(entry.phrase) : parsePhrase(entry.phrase, entry.matchCase ?? false);
    for (const variant of withRequiredStart(slots, entry.phrase)) {
      const first = variant[0]! as Extract<Slot, { kind: 'words' }>;
      for (const word of first.words) {
        const key = entry.matchCase ? word.toLowerCase() : word;
        const list = byFirstWord.get(key) ?? [];
        list.push({ entry, slots: variant });
        byFirstWord.set(key, list);
      }
    }
  }
  return { byFirstWord };
}

/** Non-overlapping matches in `tokens`; at each position, the one reaching furthest (the first listed on a tie). */
export function findPhrases<E extends PhraseEntry>(tokens: readonly Token[], set: PhraseSet<E>): Array<PhraseMatch<E>> {
  const matches: Array<PhraseMatch<E>> = [];
  for (let i = 0; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    const noun = withoutPossessive(norm);
    const candidates = set.byFirstWord.get(norm) ?? [];
    // A phrase may end on a possessive ("PyTorch's compiler", "your team's post").
    const possessive = noun !== norm ? (set.byFirstWord.get(noun) ?? []) : [];
    let best: { phrase: CompiledPhrase<E>; to: number } | undefined;
    for (const phrase of candidates.length > 0 && possessive.length > 0
      ? [...candidates, ...possessive]
      : candidates.length > 0
        ? candidates
        : possessive) {
      const to = matchEnd(tokens, i, phrase);
      if (to > (best?.to ?? i)) best = { phrase, to };
    }
    if (!best) continue;
    const startsInsideWord = i > 0 && tokens[i - 1]!.start === tokens[i]!.start;
    matches.push({ entry: best.phrase.entry, from: i, to: best.to, start: tokens[i]!.start, end: tokens[best.to - 1]!.end, startsInsideWord });
    i = best.to - 1;
  }
  return matches;
}

/** True when the sentence holds any phrase of `set`. */
export function mentions(set: PhraseSet, sentence: { readonly tokens: readonly Token[] }): boolean {
  return findPhrases(sentence.tokens, set).length > 0;
}

/** One past the last token of the longest match of `phrase` at `at`, or `at` when it does not match. */
function matchEnd<E extends PhraseEntry>(tokens: readonly Token[], at: number, phrase: CompiledPhrase<E>): number {
  const { entry } = phrase;
  const previous = tokens[at - 1];
  if (previous && entry.notPrecededBy?.includes(previous.norm)) return at;
  const to = furthest(tokens, phrase, 0, at);
  if (to <= at) return at;
  // Tags are costly: asked for only once the words match.
  if (entry.tag && !tokens[at]!.tags.includes(entry.tag)) return at;
  return to;
}

/**
 * The furthest end of a match of `phrase`'s slots from `k` on, starting at token `i`, or -1.
 * Depth-first over how many tokens each slot takes; a slot takes at most MAX_REPEAT, so this is bounded.
 */
function furthest<E extends PhraseEntry>(tokens: readonly Token[], phrase: CompiledPhrase<E>, k: number, i: number): number {
  const { slots, entry } = phrase;
  if (k === slots.length) return finish(tokens, entry, i);
  const slot = slots[k]!;
  const matchCase = entry.matchCase ?? false;
  let best = slot.min === 0 ? furthest(tokens, phrase, k + 1, i) : -1;
  for (let taken = 1; taken <= slot.max && i + taken <= tokens.length; taken++) {
    const token = tokens[i + taken - 1]!;
    if (fits(slot, token, matchCase, false)) {
      best = Math.max(best, furthest(tokens, phrase, k + 1, i + taken));
      continue;
    }
    // The possessive form ("your team's") only as the match's last word.
    if (fits(slot, token, matchCase, true) && restCanBeEmpty(slots, k + 1)) best = Math.max(best, finish(tokens, entry, i + taken));
    break;
  }
  return best;
}

/** `i` as the end of a match, or -1 when the match may not end there. */
function finish(tokens: readonly Token[], entry: PhraseEntry, i: number): number {
  const after = tokens[i];
  if (after === undefined) return i;
  // Ending on the first half of a contraction ("I think that" in "I think that's") would
  // flag, and a fix would remove, the whole written word.
  if (after.start === tokens[i - 1]!.start) return -1;
  if (entry.notFollowedBy?.includes(after.norm)) return -1;
  return i;
}

function fits(slot: Slot, token: Token, matchCase: boolean, possessive: boolean): boolean {
  switch (slot.kind) {
    case 'words': {
      const word = matchCase ? token.raw.replace(/’/g, "'") : token.norm;
      return possessive ? slot.words.has(withoutPossessive(word)) : slot.words.has(word);
    }
    case 'class':
      return CLASS_SETS.get(slot.name)!.has(token.norm) || (slot.name === 'adverb' && isLyAdverb(token.norm));
    case 'tag':
      return token.tags.includes(slot.tag);
    case 'any':
      return true;
  }
}

function restCanBeEmpty(slots: readonly Slot[], from: number): boolean {
  for (let k = from; k < slots.length; k++) if (slots[k]!.min > 0) return false;
  return true;
}

/** A word ending in -ly that is an adverb (not "only", "early", "family": `LY_NOT_ADVERBS`). */
export function isLyAdverb(word: string): boolean {
  return word.length > 4 && word.endsWith('ly') && !LY_EXCEPTIONS.has(word);
}
