/** One check per industry: the letter shows the proof that industry's hiring managers look for. */
import type { Industry } from '../../../../shared/src/settings';
import { compilePhrases, findPhrases, type PhraseEntry } from '../checks/phraseMatcher';
import { isComplete, letterLevel } from './anchor';
import type { Check } from './rule';

export function industryEvidence(industry: Industry, vocabulary: readonly PhraseEntry[], message: string): Check {
  const set = compilePhrases(vocabulary);
  return (letter, context) => {
    if (context.industry !== industry || !isComplete(letter)) return [];
    return letter.bodySentences.some((s) => findPhrases(s.tokens, set).length > 0) ? [] : letterLevel(letter, message);
  };
}

