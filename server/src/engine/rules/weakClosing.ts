import { phraseCheck } from '../checks/phraseCheck';
import { WEAK_CLOSINGS } from '../vocabulary/openers';
import type { Rule } from '../kit/rule';

export const weakClosing: Rule = {
  id: 'weak-closing',
  name: 'Passive closing',
  defaultSeverity: 'warning',
  summary: 'Closers that wait for the reader, such as "I look forward to hearing from you".',
  explanation:
    'A closing that waits to be contacted leaves the next step to a busy reader. ' +
    'Propose the step yourself: a call, a walkthrough of something you built, a time next week.',
  example: {
    before: 'I look forward to hearing from you.',
    after: 'Could we find 20 minutes next week? I can walk you through the retraining pipeline.',
  },
  examples: {
    flagged: [
      '⟦I look forward to hearing from you⟧.',
      'I’m looking forward to hearing from you soon.',
      'I hope to hear from you soon.',
      'Please do not hesitate to contact me.',
    ],
    clean: [
      'Could we find 20 minutes next week to talk through your drift alerts?',
      'I look forward to walking you through the pipeline on a call.',
      'I’d love to hear how your team measures freshness.',
    ],
  },
  checkParagraph: phraseCheck({
    entries: WEAK_CLOSINGS,
    message: '“{phrase}” waits for the reader to act; propose the next step yourself (a call, a walkthrough, a time).',
  }),
};
