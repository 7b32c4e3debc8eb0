/**
 * The term-count check kind: flags a sentence that holds at least N distinct
 * terms of a list, unless something else in the sentence redeems it.
 */
import type { Sentence } from '../structure/model';
import type { ParagraphCheck, RawFinding } from '../kit/rule';
import { compilePhrases, findPhrases, type PhraseEntry, type PhraseSet } from '../text/phrases';
import { sentencesOf, type Scope } from './scope';
import { templateFix, type SentenceTemplate } from './templates';

export interface TermCheckOptions {
  terms: readonly PhraseEntry[];
  /** Distinct terms a sentence must hold to be flagged. */
  atLeast: number;
  scope?: Scope;
  /** The sentence is fine after all when this holds (`text` is the whole text). */
  unless?: (sentence: Sentence, text: string) => boolean;
  /** The message, given the terms as written. */
  message: (terms: string[]) => string;
  /** Offer to replace the sentence with a template to fill in. */
  sentenceTemplate?: SentenceTemplate;
}

export function termCheck(options: TermCheckOptions): ParagraphCheck {
  const terms = compilePhrases(options.terms);
  return (paragraph, { text }, context) => {
    const findings: RawFinding[] = [];
    for (const sentence of sentencesOf(paragraph, options.scope ?? 'body')) {
      const found = distinctTerms(text, sentence, terms);
      if (found.length < options.atLeast) continue;
      if (options.unless?.(sentence, text)) continue;
      findings.push({
        offset: sentence.start,
        length: sentence.end - sentence.start,
        message: options.message(found),
        fixes: options.sentenceTemplate ? [templateFix(sentence, options.sentenceTemplate, context)] : [],
      });
    }
    return findings;
  };
}

/** The terms of `set` in the sentence, as written, one per vocabulary entry. */
function distinctTerms(text: string, sentence: Sentence, set: PhraseSet): string[] {
  const byEntry = new Map<PhraseEntry, string>();
  for (const match of findPhrases(sentence.tokens, set)) {
    if (!byEntry.has(match.entry)) byEntry.set(match.entry, text.slice(match.start, match.end));
  }
  return [...byEntry.values()];
}
