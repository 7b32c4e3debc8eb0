/**
 * The phrase check kind: flags every phrase of a vocabulary list and offers the
 * entry's replacements as fixes. Most rules are this check plus their data.
 */
import type { Sentence } from '../structure/model';
import type { Fix } from '../types';
import type { ParagraphCheck, RawFinding } from '../kit/rule';
import { removalEdit, removalFix, replacementFix } from './edits';
import { templateFix, type SentenceTemplate } from './templates';
import { compilePhrases, findPhrases, type PhraseEntry, type PhraseMatch } from '../text/phrases';
import { sentencesOf, type Scope } from './scope';

export interface PhraseCheckOptions {
  entries: readonly PhraseEntry[];
  /** The message; `{phrase}` stands for the words as written. */
  message: string;
  scope?: Scope;
  /** Flag the phrase (default) or the whole sentence it stands in. */
  flag?: 'phrase' | 'sentence';
  /** Also offer to delete the whole sentence, with this title. */
  removeSentenceTitle?: string;
  /** Also offer to replace the whole sentence with a template to fill in. */
  sentenceTemplate?: SentenceTemplate;
}

export function phraseCheck(options: PhraseCheckOptions): ParagraphCheck {
  const phrases = compilePhrases(options.entries);
  return (paragraph, { text }, context) => {
    const findings: RawFinding[] = [];
    for (const sentence of sentencesOf(paragraph, options.scope ?? 'letter')) {
      const matches = findPhrases(sentence.tokens, phrases);
      // A sentence is flagged once, however many phrases it holds.
      for (const match of options.flag === 'sentence' ? matches.slice(0, 1) : matches) {
        const written = text.slice(match.start, match.end);
        const [offset, end] = options.flag === 'sentence' ? [sentence.start, sentence.end] : [match.start, match.end];
        findings.push({
          offset,
          length: end - offset,
          message: options.message.replace('{phrase}', () => written), // a function: '$&' in the text stays text
          fixes: [
            ...fixesFor(text, sentence, match, options.removeSentenceTitle),
            ...(options.sentenceTemplate ? [templateFix(sentence, options.sentenceTemplate, context)] : []),
          ],
        });
      }
    }
    return findings;
  };
}

/**
 * The fixes a vocabulary entry offers for its match: each replacement, and `''` as a
 * removal. None inside a contraction ("We're able to"), where a rewrite of the span
 * would drop the subject. Every phrase-based check offers these.
 */
export function entryFixes(text: string, sentence: Sentence, match: PhraseMatch): Fix[] {
  const replacements = match.startsInsideWord ? [] : (match.entry.replacements ?? []);
  return replacements.map((replacement) =>
    replacement === '' ? removalFix(text, match.start, match.end, sentence.start) : replacementFix(text, match.start, match.end, replacement),
  );
}

function fixesFor(text: string, sentence: Sentence, match: PhraseMatch, removeSentenceTitle?: string): Fix[] {
  const fixes = entryFixes(text, sentence, match);
  if (removeSentenceTitle) fixes.push(removeSentenceFix(text, sentence, removeSentenceTitle));
  return fixes;
}

/** Deletes a sentence with the space after it, so the next sentence moves up cleanly. */
function removeSentenceFix(text: string, sentence: Sentence, title: string): Fix {
  const trailing = /^[ \t]*/.exec(text.slice(sentence.end))![0].length;
  const edit = removalEdit(text, sentence.start, sentence.end + trailing, sentence.start);
  return { title, edits: [edit] };
}
