import { phraseCheck } from '../checks/phraseCheck';
import { OVERCLAIMS } from '../vocabulary/cliches';
import type { Rule } from '../kit/rule';

export const overclaim: Rule = {
  id: 'overclaim',
  name: 'Overclaim',
  defaultSeverity: 'warning',
  summary: '"Perfect fit", "ideal candidate", "best candidate", "uniquely qualified".',
  explanation:
    'Whether you fit is the reader’s judgement; claiming it for them reads as presumption. ' +
    'Lay out the match — their problem, your result on the same problem — and let them conclude.',
  example: {
    before: 'I am the ideal candidate for this role.',
    after: 'Your posting asks for someone to cut inference cost; I cut ours 42% last quarter.',
  },
  examples: {
    flagged: [
      'I believe I am the perfect fit for this role.',
      'I am the ideal candidate for your team.',
      'I am uniquely qualified to lead this work.',
      'That makes me the best candidate for the job.',
    ],
    clean: [
      'The model fit the data well after we added seasonality features.',
      'Your posting asks for feature-store experience, which is most of what I did at Cordillera.',
    ],
  },
  checkParagraph: phraseCheck({
    entries: OVERCLAIMS,
    message: '“{phrase}” is the reader’s call to make; show the match and let them draw it.',
  }),
};
