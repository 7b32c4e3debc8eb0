import type { Rule } from '../kit/rule';
import { bodySections, isWholeLetter } from '../structure/sections';

const MIN_BODY_PARAGRAPHS = 2;
/** A single body paragraph this long is a block to skim; a short note (a referral e-mail) is fine in one. */
const SINGLE_BLOCK_WORDS = 80;
/** Ten words, for the examples. */
const TEN = 'I own the ranking model at Lumen and its pipeline. ';
const MAX_BODY_PARAGRAPHS = 4;
/** A longer target leaves room for one more paragraph per this many words (5 for a 400-word letter). */
const WORDS_PER_PARAGRAPH = 80;
/** Paragraphs of this many words or more on average are full paragraphs, not a choppy list: one more is fine. */
const FULL_PARAGRAPH = 40;

/**
 * The most body paragraphs a letter reads well in, for its target, how full its
 * paragraphs are and whether it keeps to its length (a letter over its target
 * has a paragraph to cut).
 */
export function maxBodyParagraphs(target: number, averageWords: number, withinTarget: boolean): number {
  const max = Math.max(MAX_BODY_PARAGRAPHS, Math.floor(target / WORDS_PER_PARAGRAPH));
  return averageWords >= FULL_PARAGRAPH && withinTarget ? Math.max(max, MAX_BODY_PARAGRAPHS + 1) : max;
}

export const paragraphCount: Rule = {
  id: 'paragraph-count',
  name: 'Number of paragraphs',
  defaultSeverity: 'information',
  summary:
    `More than ${MAX_BODY_PARAGRAPHS} body paragraphs (${MAX_BODY_PARAGRAPHS + 1} when they average ${FULL_PARAGRAPH} words or more and the letter keeps to its target, ` +
    `and one per ${WORDS_PER_PARAGRAPH} words of a longer target: 5 for 400 words), ` +
    `or a finished letter whose body is a single paragraph of ${SINGLE_BLOCK_WORDS} words or more. The header, salutation and sign-off do not count; a bullet list counts as one paragraph with the line that leads into it, ` +
    'and hard-wrapped lines are one paragraph.',
  explanation:
    'Three or four short paragraphs fit a one-page letter: an opening with a result, the evidence, why this team, and the ask. ' +
    'More reads as a second résumé; a single block is hard to skim.',
  example: {
    before: 'Six body paragraphs, one for each job.',
    after: 'Three: the result that opens, the production story, and why this team — then the ask.',
  },
  examples: {
    flagged: [
      'Dear Priya,\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\n⟦Five.⟧\n\nBest,\nDana',
      'Dear Priya,\n\n⟦I own the ranking model at Lumen and its pipeline.⟧ ' + TEN.repeat(8).trim() + '\n\nBest,\nDana',
      'Dear Priya,\n\nI own the ranker.\n\nI cut its cost.\n\nI wrote its runbook.\n\nI mentor two engineers.\n\n⟦I read your post.⟧\n\nCould we talk?',
      '⟦I own the ranking model at Lumen and its pipeline.⟧ ' + TEN.repeat(9).trim() + '\n\nKind regards,\nDana',
      'Hi Sam,\nI own the ranker.\nI cut its cost.\nI wrote its runbook.\nI mentor two engineers.\n⟦Could we talk next week?⟧\nThanks,\nDana',
    ],
    clean: [
      'Dear Priya,\n\nOne.\n\nTwo.\n\nThree.\n\nBest,\nDana',
      'A draft with no salutation or sign-off yet.',
      // A list is one block with its lead-in.
      'Dear Priya,\n\nI own the ranker.\n\nThree results:\n- Cost down 40%.\n- p99 at 38 ms.\n- No pages in a year.\n\nI read your post on drift.\n\nCould we talk?\n\nBest,\nDana',
      // Hard-wrapped lines are one paragraph, however long the paragraph.
      'Dear Priya,\n\nI own the ranking model at Lumen, serving eight million users at\nforty milliseconds, and I rebuilt its training pipeline on Kubeflow,\nwhich now retrains nightly. It has not paged anyone in a year, which\nthe on-call rota likes.\n\nCould we talk next week?\n\nBest,\nDana',
      // Five full paragraphs are not a choppy list.
      'Dear Priya,\n\n' +
        Array.from({ length: 5 }, () => 'I own the ranking model at Lumen and its pipeline. '.repeat(4).trim()).join('\n\n') +
        '\n\nBest,\nDana',
      // A 400-word letter has room for five.
      '---\ntarget: 400\n---\n\nDear Priya,\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nBest,\nDana',
      // A short note is fine in one paragraph.
      'Hi Sam,\n\nMarco suggested I write: I own the ranker at Lumen and would like to hear about your search team. Could we meet next week?\n\nThanks,\nDana',
      // Dear and a first paragraph, still being written.
      'Dear Priya,\n\nI own the ranking model at Lumen.',
    ],
  },
  check: (letter, context) => {
    const sections = bodySections(letter);
    const words = sections.reduce((n, section) => n + section.reduce((m, p) => m + p.words, 0), 0);
    const max = maxBodyParagraphs(context.target, sections.length > 0 ? words / sections.length : 0, letter.words <= context.target);
    if (sections.length === 0 || !isWholeLetter(letter)) return [];
    if (sections.length >= MIN_BODY_PARAGRAPHS && sections.length <= max) return [];
    if (sections.length < MIN_BODY_PARAGRAPHS && words < SINGLE_BLOCK_WORDS) return [];
    const at = sections.length > max ? sections[max]![0]! : sections[0]![0]!;
    const first = at.sentences[0]!;
    return [
      {
        offset: first.start,
        length: first.end - first.start,
        message:
          sections.length > max
            ? `The letter has ${sections.length} body paragraphs; ${max} at most keeps it to a page. This is the first one past that.`
            : 'The body is a single paragraph; split it into an opening, the evidence and the ask.',
      },
    ];
  },
};
