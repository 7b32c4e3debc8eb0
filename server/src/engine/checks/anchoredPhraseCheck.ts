/**
 * The phrase check for phrases that are weak only where they stand: each entry
 * may ask to be the first words of its sentence, or to follow the writer as
 * subject (see `AnchoredEntry`). The finding covers the phrase, never the
 * subject, so a replacement ("was involved in" → "led") keeps the sentence
 * whole. A check may also let a phrase off (`unless`), when something else in
 * its sentence shows the evidence the phrase hides (see `evidenceAfter`).
 */
import type { Sentence } from '../structure/model';
import type { ParagraphCheck, RawFinding } from '../kit/rule';
import type { Token } from '../text/tokens';
import { compilePhrases, findPhrases, type PhraseMatch, type PhraseSet } from '../text/phrases';
import { isQuantified } from '../structure/quantities';
import { CLAUSE_LINKS, SUBJECT_FILLERS, WRITER_SUBJECTS, type AnchoredEntry } from '../vocabulary/anchoredEntry';
import { removalFix, replacementFix } from './edits';
import { sentencesOf, type Scope } from './scope';
import { templateFix, type SentenceTemplate } from './templates';

export interface AnchoredPhraseCheckOptions {
  entries: readonly AnchoredEntry[];
  /** The message; `{phrase}` stands for the words as written. */
  message: string;
  scope?: Scope;
  /** The phrase is fine after all when this holds (`text` is the whole text). */
  unless?: (sentence: Sentence, text: string, match: PhraseMatch<AnchoredEntry>) => boolean;
  /** Also offer to replace the whole sentence with a template to fill in. */
  sentenceTemplate?: SentenceTemplate;
}

const SUBJECTS = new Set(WRITER_SUBJECTS);
const FILLERS = new Set(SUBJECT_FILLERS);
const LINKS = new Set(CLAUSE_LINKS);
/** Filler words looked back over at most: "I have also since been actively". */
const MAX_FILLERS = 5;

export function anchoredPhraseCheck(options: AnchoredPhraseCheckOptions): ParagraphCheck {
  const phrases = compilePhrases(options.entries);
  return (paragraph, { text }, context) => {
    const findings: RawFinding[] = [];
    for (const sentence of sentencesOf(paragraph, options.scope ?? 'letter')) {
      const matches = findPhrases(sentence.tokens, phrases).filter((m) => standsRight(sentence.tokens, m) && !options.unless?.(sentence, text, m));
      for (const match of matches) {
        const written = text.slice(match.start, match.end);
        const replacements = match.startsInsideWord ? [] : (match.entry.replacements ?? []);
        findings.push({
          offset: match.start,
          length: match.end - match.start,
          message: options.message.replace('{phrase}', () => written),
          fixes: [
            ...replacements.map((r) =>
              r === '' ? removalFix(text, match.start, match.end, sentence.start) : replacementFix(text, match.start, match.end, r),
            ),
            ...(options.sentenceTemplate ? [templateFix(sentence, options.sentenceTemplate, context)] : []),
          ],
        });
      }
    }
    return findings;
  };
}

function standsRight(tokens: readonly Token[], match: PhraseMatch<AnchoredEntry>): boolean {
  switch (match.entry.anchor) {
    case undefined:
      return true;
    case 'start':
      return match.from === 0;
    case 'writer':
      return afterWriter(tokens, match.from);
  }
}

/** The words before `at` are the writer as subject, perhaps with auxiliaries and adverbs, or nothing. */
function afterWriter(tokens: readonly Token[], at: number): boolean {
  let i = at - 1;
  for (let skipped = 0; i >= 0 && skipped < MAX_FILLERS && FILLERS.has(tokens[i]!.norm); skipped++) i--;
  if (i < 0) return true;
  const word = tokens[i]!.norm;
  if (SUBJECTS.has(word)) return true;
  // "I joined in 2021 and was involved in…": an earlier "I" governs the verb.
  return LINKS.has(word) && tokens.slice(0, i).some((t) => SUBJECTS.has(t.norm));
}

/**
 * The sentence goes on, after the phrase, to show work done with a figure or
 * a counting word:
 * "I have experience with Kafka: I cut our ingest cost by 40%". What comes
 * before the phrase does not count; it may be another claim.
 */
export function evidenceAfter(work: PhraseSet): (sentence: Sentence, text: string, match: PhraseMatch) => boolean {
  return (sentence, text, match) => {
    const rest = sentence.tokens.slice(match.to);
    return isQuantified({ ...sentence, tokens: rest }, text) && findPhrases(rest, work).length > 0;
  };
}
