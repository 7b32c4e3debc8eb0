/** One check per industry: the letter shows the proof that industry's hiring managers look for. */
import type { Industry } from '../../../../shared/src/settings';
import { compilePhrases, mentions, type PhraseEntry } from '../checks/phraseMatcher';
import { remember } from '../structure/memo';
import { isComplete, letterLevel } from './anchor';
import type { Check } from './rule';

export function industryEvidence(industry: Industry, vocabulary: readonly PhraseEntry[], message: string): Check {
  const set = compilePhrases(vocabulary);
  return (letter, context) => {
    if (context.industry !== industry || !isComplete(letter)) return [];
    const shows = letter.body.some((p) => remember(p, `industry-evidence:${industry}`, () => p.sentences.some((s) => mentions(set, s))));
    return shows ? [] : letterLevel(letter, message);
  };
}

