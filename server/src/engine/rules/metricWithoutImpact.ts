import { hasFigure, mentionsMoney } from '../structure/quantities';
import { compilePhrases, mentions } from '../text/phrases';
import { termCheck } from '../checks/termCheck';
import { GOVERNANCE_OUTCOMES, IMPACT_TERMS, MODEL_METRICS } from '../vocabulary/terms';
import type { Rule } from '../kit/rule';

const IMPACT = compilePhrases(IMPACT_TERMS);
const GOVERNANCE = compilePhrases(GOVERNANCE_OUTCOMES);

export const metricWithoutImpact: Rule = {
  id: 'metric-without-impact',
  name: 'Model metric without impact',
  defaultSeverity: 'warning',
  summary: 'A model metric (accuracy, AUC, F1, precision, recall) with no production or business figure in the same sentence.',
  explanation:
    'An offline metric alone looks like coursework: on what baseline, at what latency, worth what? ' +
    'Pair it with what it changed — users, money, latency, cost, conversion — or, in a regulated setting, the review it passed.',
  example: {
    before: 'I improved model accuracy by 3%.',
    after: 'I improved accuracy by 3 points, which cut manual fraud reviews by 1,100 hours a quarter.',
  },
  examples: {
    flagged: ['I improved model accuracy by 3%.', 'The classifier reached an AUC of 0.91.', 'I lifted recall by 6% on the holdout set.'],
    clean: [
      'I lifted recall by 6%, recovering $1.8M in legitimate transactions over the quarter.',
      'The new model cut inference cost 62% while holding accuracy flat.',
      'Precision matters more than recall for this queue.',
      'An AUC of 0.91 let us auto-approve 40% of orders and cut review latency to 2 minutes.',
      'My credit model reached 0.83 AUC and stayed explainable enough to clear every compliance review.',
    ],
  },
  checkParagraph: termCheck({
    terms: MODEL_METRICS,
    atLeast: 1,
    unless: (sentence, text) =>
      !hasFigure(sentence, text) ||
      mentionsMoney(sentence, text) ||
      mentions(IMPACT, sentence) ||
      // In a regulated setting, holding up to review is the outcome the reader wants.
      mentions(GOVERNANCE, sentence),
    message: (terms) => `${terms.join(', ')} on its own reads as offline work; add what it changed for users, money, latency or cost.`,
  }),
};
