/**
 * The closing check: flags a sentence holding a phrase that waits for the
 * reader, unless the entry is marked `unlessConcrete` and the sentence, or one
 * after it in the paragraph, proposes something concrete (a day, a date, a
 * number, or a question to the reader): then the wish leads into the ask.
 * One finding a paragraph, on its last waiting sentence.
 * A stock thank-you is flagged only as the last sentence of a body paragraph
 * after the first that holds more than the thanks: there it takes the place
 * of the ask (a one-line thank-you is a courtesy line before the sign-off).
 */
import type { ParagraphCheck, RawFinding } from '../kit/rule';
import type { Paragraph, Sentence } from '../structure/model';
import type { Fix } from '../types';
import type { ClosingEntry } from '../vocabulary/closings';
import type { PhraseEntry } from '../vocabulary/phraseEntry';
import { compilePhrases, findPhrases } from '../text/phrases';
import type { SentenceTemplate } from './templates';
import { templateFix } from './templates';
import { isQuoted, quotedRanges } from './hedgeCheck';

export interface ClosingCheckOptions {
  entries: readonly ClosingEntry[];
  thanks: readonly PhraseEntry[];
  concreteWords: readonly string[];
  /** `{phrase}` stands for the words as written. */
  message: string;
  thanksMessage: string;
  /** The title of the fix that removes the sentence. */
  removeTitle: string;
  template: SentenceTemplate;
}

/** A proposal that names whom to meet ("a conversation with your model validation team"): not a wait, a plan. */
const NAMES_WHO =
  /\bwith (?:your|the) (?!hiring\b|recruit|hr\b|human\b)[\p{L}-]+(?: [\p{L}-]+){0,3} (?:team|lead|leads|group|engineers|scientists|analysts)\b/iu;

export function closingCheck(options: ClosingCheckOptions): ParagraphCheck {
  const phrases = compilePhrases(options.entries);
  const thanks = compilePhrases(options.thanks);
  const concreteWords = new Set(options.concreteWords);
  /** A question to the reader, or a proposal with a day or a time: the ask. */
  const isAsk = (sentence: Sentence, text: string): boolean => sentence.tokens.some((t) => concreteWords.has(t.norm)) || isQuestion(sentence, text);
  const isConcrete = (sentence: Sentence, text: string): boolean =>
    isAsk(sentence, text) || sentence.tokens.some((t) => /\d/.test(t.norm)) || NAMES_WHO.test(text.slice(sentence.start, sentence.end));
  return (paragraph, { text }, context) => {
    if (!reads(paragraph)) return [];
    const concrete = paragraph.sentences.map((sentence) => isConcrete(sentence, text));
    // A soft wish is a lead-in when a concrete proposal follows it in the paragraph.
    const askFollows = concrete.slice();
    for (let i = askFollows.length - 2; i >= 0; i--) askFollows[i] = askFollows[i]! || askFollows[i + 1]!;
    const findings: RawFinding[] = [];
    let askBefore = false;
    paragraph.sentences.forEach((sentence, index) => {
      const asked = askBefore;
      askBefore ||= isAsk(sentence, text);
      // Words quoted rather than used ("no longer ends with "I look forward to hearing from you"") wait for no one.
      const quoted = quotedRanges(text, sentence.start, sentence.end);
      const match = findPhrases(sentence.tokens, phrases).find((m) => !(m.entry.unlessConcrete && askFollows[index]) && !isQuoted(quoted, m.start));
      if (match) {
        // After an ask, the wait only dilutes it: removing it is the first fix.
        const remove = removeSentenceFix(paragraph, index, text, options.removeTitle);
        const template = templateFix(sentence, options.template, context);
        findings.push({
          offset: sentence.start,
          length: sentence.end - sentence.start,
          message: options.message.replace('{phrase}', () => text.slice(match.start, match.end)),
          fixes: asked ? [remove, template] : [template, remove],
        });
        return;
      }
      const last = index === paragraph.sentences.length - 1;
      // Closing a later paragraph that holds more, a stock thank-you takes the place of the ask.
      if (!last || index === 0 || paragraph.opensBody || paragraph.role !== 'body' || concrete[index]) return;
      const thank = findPhrases(sentence.tokens, thanks)[0];
      if (!thank || thank.from > 2) return;
      findings.push({
        offset: sentence.start,
        length: sentence.end - sentence.start,
        message: options.thanksMessage.replace('{phrase}', () => text.slice(thank.start, thank.end)),
        fixes: [removeSentenceFix(paragraph, index, text, options.removeTitle)],
      });
    });
    // One finding a paragraph, on its last waiting sentence: the closing is weak once, however politely it waits.
    return findings.slice(-1);
  };
}

/** Removes a sentence: from the end of the one before it, or with the spaces after it when it comes first. */
function removeSentenceFix(paragraph: Paragraph, index: number, text: string, title: string): Fix {
  const sentence = paragraph.sentences[index]!;
  let start = sentence.start;
  let end = sentence.end;
  if (index > 0) start = paragraph.sentences[index - 1]!.end;
  else while (text.charAt(end) === ' ' || text.charAt(end) === '\t') end++;
  return { title, edits: [{ offset: start, length: end - start, newText: '' }] };
}

/** Ends with a question mark, perhaps followed by a quote or bracket. */
function isQuestion(sentence: Sentence, text: string): boolean {
  let end = sentence.end;
  while (end > sentence.start && /[\s"'’”)\]]/.test(text.charAt(end - 1))) end--;
  return text.charAt(end - 1) === '?';
}

/** The prose of the letter, and a sign-off longer than a formula ("Looking forward to hearing from you,"). */
function reads(paragraph: Paragraph): boolean {
  if (paragraph.role === 'body') return true;
  return paragraph.role === 'signoff' && paragraph.words > 3;
}
