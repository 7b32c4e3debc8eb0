/**
 * Small token tests the grammar rules share (subject-verb-agreement,
 * missing-auxiliary, word-form): whether two words stand side by side with
 * nothing but a space between them, whether a word opens a clause (so that a
 * pronoun there is its subject), and fixes that change or add one word.
 */
import type { Sentence } from '../structure/model';
import type { Fix } from '../types';
import type { Token } from '../text/tokens';
import { isLyAdverb } from '../text/phrases';
import { CLAUSE_OPENERS } from '../vocabulary/agreement';
import { isQuoted } from './guards';

const OPENERS = new Set(CLAUSE_OPENERS);

/** Only white space between two tokens (or the two halves of one contraction): no comma, dash or bracket. A line break inside a paragraph is a wrapped line. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  if (a.start === b.start) return true;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 10 && c !== 13) return false;
  }
  return b.start > a.end;
}

/** The token's word continues with a hyphen or a slash ("two-factor", "advice/feedback"): part of a compound. */
export function compoundAfter(text: string, t: Token): boolean {
  const c = text.charAt(t.end);
  return c === '-' || c === '‐' || c === '/' || c === '_';
}

/** The word was written in lower case (or is "I"): not a name, an acronym ("IT"), or a title in capitals. */
export function plainWord(t: Token): boolean {
  return t.raw === 'I' || /^\p{Ll}+(?:['’]\p{Ll}+)?$/u.test(t.raw);
}

/** Lower case, or capitalised only because it opens the sentence. */
export function plainOrFirst(t: Token, index: number): boolean {
  return plainWord(t) || (index === 0 && /^\p{Lu}\p{Ll}*(?:['’]\p{Ll}+)?$/u.test(t.raw));
}

/**
 * The word at `i` opens a clause, so a pronoun there is a subject and not an
 * object ("I let it have priority"), and a noun phrase there is not inside a
 * prepositional phrase ("each of the models was"): the sentence starts there,
 * punctuation stands before it, or a conjunction does.
 */
export function opensClause(text: string, tokens: readonly Token[], i: number, strict = false): boolean {
  if (i === 0) return true;
  const before = tokens[i - 1]!;
  if (before.start === tokens[i]!.start) return false;
  if (!adjacent(text, before, tokens[i]!)) return /[,;:(—–]/.test(text.slice(before.end, tokens[i]!.start));
  if (!OPENERS.has(before.norm)) return false;
  if (!strict) return true;
  // With `strict`, for a noun phrase or a pronoun that may be an object ("it", "you"): "after", "since", "as" are
  // prepositions too ("any afternoon after my exams works", "the items listed after it only become…"), and "and" or
  // "or" without a comma may join two nouns ("the list of conditions and their definitions is…").
  if (ALSO_PREPOSITIONS.has(before.norm)) return false;
  return !JOINERS.has(before.norm) || /,\s*$/.test(text.slice(tokens[i - 2]?.end ?? 0, before.start));
}

const JOINERS = new Set(['and', 'or', 'nor']);

const ALSO_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'as', 'than', 'once', 'now', 'then', 'also', 'still']);

/** An adverb that may stand inside a frame: a -ly adverb or one of `extra`. */
export function isAdverb(t: Token | undefined, extra: ReadonlySet<string>): boolean {
  return !!t && (extra.has(t.norm) || isLyAdverb(t.norm));
}

/** The token's written word is a contraction ("don't", "I'm"), shared with its neighbour. */
export function contracted(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return tokens[i - 1]?.start === t.start || tokens[i + 1]?.start === t.start;
}

/** The span is mentioned in quotation marks rather than used: "“I been there” is what he said". */
export function quoted(text: string, sentence: Sentence): boolean {
  return isQuoted(text, sentence.start, sentence.end) || /["“”]/.test(text.slice(sentence.start, sentence.end));
}

/** "was" → "Were" when the written word was capitalised. */
export function sameCase(written: string, replacement: string): string {
  return /^\p{Lu}/u.test(written) && written !== 'I' ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

/** A fix that replaces one written word. */
export function changeWordFix(start: number, written: string, replacement: string): Fix {
  const newText = sameCase(written, replacement);
  return { title: `Change “${written}” to “${newText}”`, edits: [{ offset: start, length: written.length, newText }] };
}

/** A fix that adds a word before the word that starts at `offset` ("would delighted" → "would be delighted"). */
export function addWordFix(offset: number, word: string, before: string): Fix {
  return { title: `Add “${word}” before “${before}”`, edits: [{ offset, length: 0, newText: `${word} ` }] };
}
