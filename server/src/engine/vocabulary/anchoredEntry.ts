/**
 * Phrases that are weak only where they stand: after the writer as subject
 * ("I was involved in", not "twelve nurses were involved in"), or as the first
 * words of a terse line ("Responsible for data pipelines."). The words that may
 * stand between the writer and the phrase are data too.
 */
import { FORMS_OF_BE } from './beForms';
import type { PhraseEntry } from './phraseEntry';

export interface AnchoredEntry extends PhraseEntry {
  /**
   * Where the phrase counts. Left out: anywhere. `start`: only as the sentence's
   * first words. `writer`: after the writer as subject (I, we), with only
   * auxiliaries and adverbs between, or as the sentence's first words.
   */
  anchor?: 'start' | 'writer';
}

/** The writer as the subject of a clause. */
export const WRITER_SUBJECTS: readonly string[] = ['i', 'we'];

/**
 * Words that may stand between the subject and its verb phrase: auxiliaries,
 * negation-free time and degree adverbs ("I have also actively contributed to").
 */
export const SUBJECT_FILLERS: readonly string[] = [
  ...FORMS_OF_BE,
  ...['have', 'has', 'had', 'having', 'will', 'would', 'did', 'do'],
  ...['also', 'then', 'later', 'once', 'since', 'previously', 'recently', 'formerly', 'originally', 'initially', 'subsequently', 'eventually'],
  ...['actively', 'directly', 'closely', 'heavily', 'deeply', 'significantly', 'substantially', 'greatly', 'meaningfully', 'mainly', 'mostly'],
  ...['primarily', 'largely', 'partly', 'partially', 'proudly', 'successfully', 'extensively', 'regularly', 'frequently', 'often', 'always'],
  ...['personally', 'really', 'truly', 'indeed', 'all', 'both', 'each', 'first', 'already', 'just', 'even', 'ultimately', 'happily'],
];

/** Words after which an earlier "I" still governs the verb: "I joined in 2021 and was involved in…". */
export const CLAUSE_LINKS: readonly string[] = ['and', 'but', 'then', 'so'];
