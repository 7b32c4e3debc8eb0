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
import { isFigure } from '../structure/quantities';
import { NUMBER_WORDS } from '../vocabulary/terms';
import { NEGATING_OBJECTS } from '../vocabulary/negation';
import { CLAUSE_LINKS, SUBJECT_FILLERS, WRITER_SUBJECTS, type AnchoredEntry } from '../vocabulary/anchoredEntry';
import { entryFixes } from './phraseCheck';
import { sentencesOf, type Scope } from './scope';
import { templateFix, type SentenceTemplate } from './templates';

export interface AnchoredPhraseCheckOptions {
  entries: readonly AnchoredEntry[];
  /** The message; `{phrase}` stands for the words as written. */
  message: string;
  scope?: Scope;
  /**
   * Reads the sentence once (`text` is the whole text) and tells, for each
   * phrase in it, whether it is fine after all.
   */
  unless?: (sentence: Sentence, text: string) => (match: PhraseMatch<AnchoredEntry>) => boolean;
  /** Also offer to replace the whole sentence with a template to fill in. */
  sentenceTemplate?: SentenceTemplate;
}

const SUBJECTS = new Set(WRITER_SUBJECTS);
const FILLERS = new Set(SUBJECT_FILLERS);
const LINKS = new Set(CLAUSE_LINKS);
const NEGATED = new Set(NEGATING_OBJECTS);
/** Filler words looked back over at most: "I have also since been actively". */
const MAX_FILLERS = 5;
const NUMBER_WORD_SET = compilePhrases(NUMBER_WORDS);

export function anchoredPhraseCheck(options: AnchoredPhraseCheckOptions): ParagraphCheck {
  const phrases = compilePhrases(options.entries);
  return (paragraph, { text }, context) => {
    const findings: RawFinding[] = [];
    for (const sentence of sentencesOf(paragraph, options.scope ?? 'letter')) {
      const found = findPhrases(sentence.tokens, phrases);
      if (found.length === 0) continue;
      const firstSubject = sentence.tokens.findIndex((t) => SUBJECTS.has(t.norm));
      const excused = options.unless?.(sentence, text);
      const matches = found.filter(
        (m) => standsRight(sentence.tokens, m, firstSubject) && !negated(sentence.tokens, m) && !stranded(sentence.tokens, m) && !excused?.(m),
      );
      for (const match of matches) {
        const written = text.slice(match.start, match.end);
        findings.push({
          offset: match.start,
          length: match.end - match.start,
          message: options.message.replace('{phrase}', () => written),
          fixes: [
            ...entryFixes(text, sentence, match),
            ...(options.sentenceTemplate ? [templateFix(sentence, options.sentenceTemplate, context)] : []),
          ],
        });
      }
    }
    return findings;
  };
}

const PREPOSITIONS = new Set(['in', 'on', 'with', 'to', 'of', 'for', 'at', 'into']);
/** Words that cannot open the object of a preposition: after one, the preposition was left at the end of a clause. */
const NOT_AN_OBJECT = new Set([
  'during',
  'since',
  'until',
  'was',
  'were',
  'is',
  'are',
  'got',
  'gets',
  'has',
  'have',
  'had',
  'but',
  'when',
  'while',
  'before',
  'after',
  'by',
  'from',
  'as',
  'so',
  'then',
  'also',
  'still',
]);

/**
 * "Every incident I was involved in during 2025 got a postmortem from me": the
 * phrase ends on a preposition with no object after it, so it sits in a clause
 * about something else (the incident), not in the writer's claim.
 */
function stranded(tokens: readonly Token[], match: PhraseMatch): boolean {
  const last = tokens[match.to - 1]?.norm;
  if (last === undefined || !PREPOSITIONS.has(last) || match.to - match.from < 2) return false;
  const next = tokens[match.to];
  return next !== undefined && NOT_AN_OBJECT.has(next.norm);
}

/** "I participated in no hackathons", "I lack nothing": the phrase is denied, not claimed. */
function negated(tokens: readonly Token[], match: PhraseMatch): boolean {
  const next = tokens[match.to]?.norm;
  return next !== undefined && NEGATED.has(next);
}

function standsRight(tokens: readonly Token[], match: PhraseMatch<AnchoredEntry>, firstSubject: number): boolean {
  switch (match.entry.anchor) {
    case undefined:
      return true;
    case 'start':
      return match.from === 0;
    case 'writer':
      return afterWriter(tokens, match.from, firstSubject);
  }
}

/** The words before `at` are the writer as subject, perhaps with auxiliaries and adverbs, or nothing. */
function afterWriter(tokens: readonly Token[], at: number, firstSubject: number): boolean {
  let i = at - 1;
  for (let skipped = 0; i >= 0 && skipped < MAX_FILLERS && FILLERS.has(tokens[i]!.norm); skipped++) i--;
  if (i < 0) return true;
  const word = tokens[i]!.norm;
  if (SUBJECTS.has(word)) return true;
  // "I joined in 2021 and was involved in…": an earlier "I" governs the verb.
  return LINKS.has(word) && firstSubject >= 0 && firstSubject < i;
}

/**
 * The sentence goes on, after the phrase, to say what was done or how much:
 * a verb of `work`, a figure or a counting word ("I worked on the fraud model
 * that cut chargebacks by 18%"). A year alone ("since 2022") is not enough.
 */
export function workOrFigureAfter(work: PhraseSet): (sentence: Sentence, text: string) => (match: PhraseMatch) => boolean {
  return (sentence, text) => {
    const { tokens } = sentence;
    const works = findPhrases(tokens, work);
    let last = works.length > 0 ? works[works.length - 1]!.from : -1;
    for (let i = tokens.length - 1; i > last; i--) {
      if (isFigure(tokens[i]!, text)) {
        last = i;
        break;
      }
    }
    const words = findPhrases(tokens, NUMBER_WORD_SET);
    if (words.length > 0) last = Math.max(last, words[words.length - 1]!.from);
    return (match) => last >= match.to;
  };
}

/**
 * The sentence goes on, after the phrase, to show work done with a figure or
 * a counting word: "I have experience with Kafka: I cut our ingest cost by
 * 40%". What comes before the phrase does not count; it may be another claim.
 */
export function evidenceAfter(work: PhraseSet): (sentence: Sentence, text: string) => (match: PhraseMatch) => boolean {
  return (sentence, text) => {
    const { tokens } = sentence;
    // Where the last work and the last quantity start: read once, whatever the number of phrases.
    const works = findPhrases(tokens, work);
    const lastWork = works.length > 0 ? works[works.length - 1]!.from : -1;
    let lastQuantity = -1;
    for (let i = tokens.length - 1; i >= 0 && lastQuantity < 0; i--) if (isFigure(tokens[i]!, text)) lastQuantity = i;
    const words = findPhrases(tokens, NUMBER_WORD_SET);
    if (words.length > 0) lastQuantity = Math.max(lastQuantity, words[words.length - 1]!.from);
    return (match) => lastWork >= match.to && lastQuantity >= match.to;
  };
}
