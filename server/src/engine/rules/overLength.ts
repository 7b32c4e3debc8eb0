import type { Rule } from '../kit/rule';

export const overLength: Rule = {
  id: 'over-length',
  name: 'Over the length target',
  defaultSeverity: 'warning',
  summary: 'A letter longer than its word target; shown on the sentence where it crosses the target.',
  explanation:
    'Hiring managers give a cover letter about thirty seconds; past the target the rest is skimmed or skipped. ' +
    'The usual targets are 150 words for a referral or e-mail, 250 for a standard application and 400 for a senior role. ' +
    'The warning sits on the sentence that crosses the target, so you can see how much to cut.',
  example: {
    before: 'A 330-word letter with a 250-word target.',
    after: 'The same letter at 240 words: one result per paragraph, the tool list gone.',
  },
  examples: {
    options: { target: 50 },
    flagged: [
      'I own the ranking model at Lumen, serving 8M users at 40 ms p99. Last quarter I cut its inference cost 42% by distilling it. ' +
        'I also rebuilt the retraining pipeline on Kubeflow so that a new model ships every two days with drift checks. ' +
        'Your posting mentions cost pressure on the EU surface, which is the same wall I just walked through.',
    ],
    clean: ['I own the ranking model at Lumen, serving 8M users at 40 ms p99. Last quarter I cut its inference cost 42%.'],
  },
  check: (letter, context) => {
    if (letter.words <= context.target) return [];
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
          return [
            {
              offset: sentence.start,
              length: sentence.end - sentence.start,
              message: `The letter is ${letter.words} words, ${over} over its target of ${context.target}; it passes the target in this sentence.`,
            },
          ];
        }
      }
    }
    return []; // The words past the target are in the sign-off or signature: nothing in the body to cut.
  },
};
