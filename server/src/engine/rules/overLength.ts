import type { RawFinding, Rule } from '../kit/rule';

/** Share over the target a letter may run before the warning: within it, the finding only informs. */
export const OVER_LENGTH_TOLERANCE = 0.1;

/** Ten words, for the examples. */
const TEN = 'One two three four five six seven eight nine ten. ';

export const overLength: Rule = {
  id: 'over-length',
  name: 'Over the length target',
  defaultSeverity: 'warning',
  summary: `A letter longer than its word target: a warning past ${OVER_LENGTH_TOLERANCE * 100}% over it, information up to that; shown on the sentence where it crosses the target.`,
  explanation:
    'Hiring managers give a cover letter about thirty seconds; past the target the rest is skimmed or skipped. ' +
    'The usual targets are 150 words for a referral or e-mail, 250 for a standard application and 400 for a senior role. ' +
    `A letter up to ${OVER_LENGTH_TOLERANCE * 100}% over its target is only pointed out (as information); past that it is a warning. ` +
    'The finding sits on the sentence that crosses the target, so you can see how much to cut.',
  example: {
    before: 'A 330-word letter with a 250-word target.',
    after: 'The same letter at 240 words: one result per paragraph, the tool list gone.',
  },
  examples: {
    options: { target: 50 },
    flagged: [
      TEN.repeat(5) + '⟦Eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty.⟧ ' + TEN,
      'Dear Priya,\n\n' +
        TEN.repeat(3) +
        '\n\n' +
        TEN +
        '⟦I also rebuilt the retraining pipeline on Kubeflow last spring.⟧\n\nCould we talk next week?\n\nBest,\nDana',
      '---\ntarget: 100\n---\n\n' + TEN.repeat(10) + '⟦I rebuilt the retraining pipeline on Kubeflow so that a new model ships every two days.⟧',
      '⟦I own the ranking model at Lumen, serving 8M users at 40 ms p99, and last quarter I cut its inference cost 42% by distilling it, then rebuilt the ' +
        'retraining pipeline on Kubeflow so that a new model ships every two days with drift checks, canary rollouts and a one-click rollback, which the on-call rota likes.⟧',
      TEN.repeat(5) + '⟦One two three four five six seven eight nine ten eleven twelve.⟧',
    ],
    clean: [
      'I own the ranking model at Lumen, serving 8M users at 40 ms p99. Last quarter I cut its inference cost 42%.',
      // At the target exactly.
      TEN.repeat(5).trim(),
      // The words past the target are in the sign-off and signature: nothing in the body to cut.
      TEN.repeat(5).trim() + '\n\nWith best regards,\nDana María Ortiz',
      // A long word count in front matter or code does not count.
      '---\ncompany: Northwind Analytics Incorporated Limited\n---\n\nI own the ranking model at Lumen.',
      'I own the ranking model at Lumen.\n\n```\n' + 'word '.repeat(80) + '\n```',
    ],
  },
  check: (letter, context) => {
    if (letter.words <= context.target) return [];
    const soft = letter.words <= context.target * (1 + OVER_LENGTH_TOLERANCE);
    let count = 0;
    for (const paragraph of letter.paragraphs) {
      if (paragraph.role !== 'body') {
        count += paragraph.words;
        continue;
      }
      for (const sentence of paragraph.sentences) {
        count += sentence.words;
        if (count > context.target) {
          const over = letter.words - context.target;
          const finding: RawFinding = {
            offset: sentence.start,
            length: sentence.end - sentence.start,
            message: soft
              ? `The letter is ${letter.words} words, ${over} over its target of ${context.target} (within ${OVER_LENGTH_TOLERANCE * 100}%); it passes the target in this sentence.`
              : `The letter is ${letter.words} words, ${over} over its target of ${context.target}; it passes the target in this sentence.`,
          };
          if (soft) finding.atMost = 'information';
          return [finding];
        }
      }
    }
    return []; // The words past the target are in the sign-off or signature: nothing in the body to cut.
  },
};
