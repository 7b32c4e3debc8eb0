/** Numbers in prose: what makes a claim measurable. */
import type { Sentence } from './model';
import type { Token } from '../text/tokens';
import { NUMBER_WORDS } from '../vocabulary/terms';
import { compilePhrases, mentions } from '../text/phrases';

const NUMBER_WORD_SET = compilePhrases(NUMBER_WORDS);

/**
 * A written figure: a word that starts with a digit ("31", "40ms", "2M"), but not
 * a year on its own, and not a name with a digit in it ("p99", "A10G", "Q3").
 */
export function isFigure(token: Token, text: string): boolean {
  if (!/^\p{N}/u.test(token.raw)) return false;
  if (/^(?:19|20)\d\d$/.test(token.raw) && text.charAt(token.end) !== '%') return false;
  return true;
}

export function figuresIn(sentence: Sentence, text: string): Token[] {
  return sentence.tokens.filter((t) => isFigure(t, text));
}

/** The sentence gives at least one written figure. */
export function hasFigure(sentence: Sentence, text: string): boolean {
  return sentence.tokens.some((t) => isFigure(t, text));
}

/** A figure, or a counting word such as "three" or "doubled". */
export function isQuantified(sentence: Sentence, text: string): boolean {
  return hasFigure(sentence, text) || mentions(NUMBER_WORD_SET, sentence);
}

/** Money written with its sign: "$310K", "£2m", "€40". */
export function mentionsMoney(sentence: Sentence, text: string): boolean {
  return /[$£€¥]\s?\d/.test(text.slice(sentence.start, sentence.end));
}
