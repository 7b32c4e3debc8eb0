/** Figures about a letter: length, sentence length, reading time and reading grade. */
import { syllable } from 'syllable';
import { detached } from '../memory/cache';
import { createCache } from '../memory/caches';
import type { Letter } from './model';
import { FACTS, remember } from './memo';

/** Silent reading speed used for the reading-time estimate, in words a minute. */
const WORDS_PER_MINUTE = 230;

export interface TextFigures {
  averageSentenceLength: number;
  readingTimeMinutes: number;
  readabilityGrade: number;
}

const syllableCache = createCache<string, number>('syllables');

/**
 * Longer words are not given to the syllable counter: some of its patterns
 * backtrack on a long run of consonants (a 200,000-letter word took 74 s). No
 * English word comes near this length; such a "word" (a pasted hash, a run of
 * one key) is estimated at one syllable per three letters.
 */
export const MAX_SYLLABLE_WORD_LENGTH = 40;

function syllablesOf(word: string): number {
  if (word.length > MAX_SYLLABLE_WORD_LENGTH) return Math.ceil(word.length / 3);
  let n = syllableCache.get(word);
  if (n === undefined) {
    n = syllable(word);
    syllableCache.set(detached(word), n);
  }
  return n;
}

export function figuresOf(letter: Letter): TextFigures {
  const sentences = letter.bodySentences;
  const words = sentences.reduce((sum, s) => sum + s.words, 0);
  const syllables = letter.body.reduce(
    (sum, p) =>
      sum +
      remember(p, FACTS.syllables, () =>
        p.sentences.reduce(
          (total, s) => total + s.tokens.reduce((n, t, i) => (i > 0 && t.start === s.tokens[i - 1]!.start ? n : n + syllablesOf(t.norm)), 0),
          0,
        ),
      ),
    0,
  );
  return {
    averageSentenceLength: sentences.length ? round(words / sentences.length) : 0,
    readingTimeMinutes: letter.words === 0 ? 0 : Math.ceil(letter.words / WORDS_PER_MINUTE),
    readabilityGrade: sentences.length && words ? round(fleschKincaidGrade(words, sentences.length, syllables)) : 0,
  };
}

/** The Flesch–Kincaid grade level (Kincaid et al., 1975). */
function fleschKincaidGrade(words: number, sentences: number, syllables: number): number {
  return Math.max(0, 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59);
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
