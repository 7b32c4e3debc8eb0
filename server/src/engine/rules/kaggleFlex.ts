import { compilePhrases, findPhrases, mentions } from '../text/phrases';
import { sentencesOf } from '../checks/scope';
import { PRODUCTION_TERMS } from '../vocabulary/terms';
import { CHANGE_WORDS } from '../vocabulary/metrics';
import { hasFigure } from '../structure/quantities';
import { COURSE_CONTEXT, COURSE_CREDENTIALS, NOTEBOOK_PROOF, PROFESSIONAL_CREDENTIALS, REAL_USE } from '../vocabulary/notebookProof';
import type { RawFinding, Rule } from '../kit/rule';

const PROOF = compilePhrases(NOTEBOOK_PROOF);
const CREDENTIALS = compilePhrases(COURSE_CREDENTIALS);
const COURSE = compilePhrases(COURSE_CONTEXT);
const PROFESSIONAL = compilePhrases(PROFESSIONAL_CREDENTIALS);
const PRODUCTION = compilePhrases(PRODUCTION_TERMS);
const USE = compilePhrases(REAL_USE);
const CHANGE = compilePhrases(CHANGE_WORDS);

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
      '⟦I placed in the top 2% of a Kaggle competition.⟧',
      '⟦I completed the Coursera deep learning specialization and earned a certificate.⟧',
      '⟦My model reached first place on the leaderboard.⟧',
      'I taught myself statistics. ⟦Since then I have finished four Udemy courses on neural networks.⟧',
      '⟦I hold an online certificate in applied machine learning.⟧',
      '⟦Two silver medals in tabular competitions show I can model messy data.⟧',
    ],
    clean: [
      'The company sponsored a Kaggle competition on claims fraud, and I cleaned and released the data.',
      'I review Kaggle notebooks as a community volunteer, mostly for data leakage.',
      'The winning Kaggle approach used gradient boosting, so I tried it on our churn data and it lifted retention 3%.',
      'I turned my Kaggle solution into a service that now scores 2M transactions a day in production.',
      'I deployed the model to production and on-call took it from there.',
      'I hold the CFA charter and passed FRM Part II last year.',
      'I am an AWS Certified Machine Learning Specialist and moved our scoring jobs onto SageMaker.',
      'I built the internal leaderboard that compares every candidate ranker on the same 900 queries.',
      'My competition notebook became the baseline for our store forecasts, which the buyers now use every Monday.',
      'I am board-certified in radiology and have labelled 12,000 scans for our triage model.',
      'My side projects go beyond Kaggle: I trained a parking-demand model on council data.',
      'After a top-10 finish in a forecasting competition, I rebuilt our store forecast and cut fresh-food waste by 11%.',
      'I trained the sentiment model on a public Kaggle dataset of 2M reviews, then relabelled 5,000 of our own tickets.',
    ],
  },
  checkParagraph: (paragraph, { text }) => {
    const findings: RawFinding[] = [];
    for (const sentence of sentencesOf(paragraph, 'body')) {
      const found = findPhrases(sentence.tokens, PROOF);
      // A certificate is coursework only when the sentence says so, and never a professional one (CFA, AWS, board).
      if (mentions(COURSE, sentence) && !mentions(PROFESSIONAL, sentence)) found.push(...findPhrases(sentence.tokens, CREDENTIALS));
      if (found.length === 0) continue;
      if (mentions(PRODUCTION, sentence) || mentions(USE, sentence)) continue;
      // What the writer did after it, with a figure: "…, I rebuilt our forecast and cut waste by 11%".
      if (mentions(CHANGE, sentence) && hasFigure(sentence, text)) continue;
      const terms = [...new Set(found.sort((a, b) => a.start - b.start).map((m) => text.slice(m.start, m.end)))];
      findings.push({
        offset: sentence.start,
        length: sentence.end - sentence.start,
        message: `${terms.join(', ')} shows a model on a fixed dataset; lead with a system that ran in production instead.`,
        fixes: [],
      });
    }
    return findings;
  },
};
