import { isWholeLetter } from '../structure/sections';
import type { Rule } from '../kit/rule';

/** Share of the target below which a letter reads as thin. */
export const UNDER_LENGTH_SHARE = 0.6;

export const underLength: Rule = {
  id: 'under-length',
  name: 'Under the length target',
  defaultSeverity: 'information',
  summary: `A letter shorter than ${UNDER_LENGTH_SHARE * 100}% of its word target.`,
  explanation:
    'A letter far under its target usually leaves out the evidence: one production result with its figures, and one line showing you know the team. ' +
    'If the letter is a short referral note, set `target: 150` or `length: referral` in its front matter.',
  example: {
    before: 'A 90-word letter against a 250-word target.',
    after: 'A 230-word letter with one production story and a line about the team’s work.',
  },
  examples: {
    options: { target: 250 },
    flagged: [
      '⟦I own the ranking model at Lumen.⟧\n\nCould we talk next week?',
      'Dear Priya,\n\n⟦I cut inference cost 42% at Lumen.⟧\n\nI read your post on drift.\n\nCould we talk next week?\n\nBest,\nDana',
      // One paragraph, signed off: a finished letter, judged.
      '⟦I shipped the ranker at Lumen.⟧ Could we talk next week?\n\nBest regards,\nDana',
      'Dear Priya,\n\n⟦I own the ranking model at Lumen, serving eight\nmillion users a day.⟧ It retrains nightly.\n\nCould we talk next week?',
      '⟦Three results from Lumen:⟧\n- Cost down 42%.\n- p99 at 38 ms.\n\nCould we talk next week?',
    ],
    clean: [
      'A single paragraph that is still being drafted.',
      // A salutation and a first paragraph: still being written.
      'Dear Priya,\n\nI own the ranking model at Lumen.',
      'I own the ranking model at Lumen, and it serves eight million users every day. '.repeat(11) + '\n\nCould we talk next week?',
      // A referral note with its own target.
      '---\ntarget: 150\n---\n\n' +
        'I own the ranking model at Lumen, and it serves eight million users every day. '.repeat(7) +
        '\n\nCould we talk next week?',
      '---\nlength: referral\n---\n\n' +
        'I own the ranking model at Lumen, and it serves eight million users every day. '.repeat(7) +
        '\n\nCould we talk next week?',
    ],
  },
  check: (letter, context) => {
    const first = letter.body[0]?.sentences[0];
    // A one-paragraph draft is still being written; judge length once the letter has a body.
    if (!first || !isWholeLetter(letter) || letter.words >= context.target * UNDER_LENGTH_SHARE) return [];
    return [
      {
        offset: first.start,
        length: first.end - first.start,
        message: `The letter is ${letter.words} words, well under its target of ${context.target}; add a production result with its figures, or lower the target.`,
      },
    ];
  },
};
