import { compilePhrases, mentions } from '../text/phrases';
import { termCheck } from '../checks/termCheck';
import { NOTEBOOK_PROOF, PRODUCTION_TERMS } from '../vocabulary/terms';
import type { Rule } from '../kit/rule';

const PRODUCTION = compilePhrases(PRODUCTION_TERMS);

export const kaggleFlex: Rule = {
  id: 'kaggle-flex',
  name: 'Competition or course as proof',
  defaultSeverity: 'warning',
  summary: 'Kaggle ranks, leaderboards or online-course certificates offered as the main proof.',
  explanation:
    'Competition ranks and course certificates show you can fit a model to a fixed dataset; ML engineering roles are mostly systems work. ' +
    'One deployed model serving real users, however simple, says more.',
  example: {
    before: 'I placed in the top 2% of a Kaggle competition and hold a Coursera certificate.',
    after: 'I deployed a small churn model behind our billing service; it flags 300 at-risk accounts a week for the success team.',
  },
  examples: {
    flagged: [
      'I placed in the top 2% of a Kaggle competition.',
      'I completed the Coursera deep learning specialization and earned a certificate.',
      'My model reached first place on the leaderboard.',
    ],
    clean: [
      'I turned my Kaggle solution into a service that now scores 2M transactions a day in production.',
      'I deployed the model to production and on-call took it from there.',
    ],
  },
  checkParagraph: termCheck({
    terms: NOTEBOOK_PROOF,
    atLeast: 1,
    unless: (sentence) => mentions(PRODUCTION, sentence),
    message: (terms) => `${terms.join(', ')} shows a model on a fixed dataset; lead with a system that ran in production instead.`,
  }),
};
