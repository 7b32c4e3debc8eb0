import { readLetter } from './structure/letter';
import type { DocumentFormat } from './types';

/** Prose words in `text`, counted as the statistics count them (for a selection's word count). */
export function countProseWords(text: string, format: DocumentFormat = 'markdown'): number {
  return readLetter(text, format).words;
}
