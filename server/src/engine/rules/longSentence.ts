import { sentencesOf } from '../checks/scope';
import type { Rule } from '../kit/rule';

/** Words after which a sentence is hard to take in at a skim. */
const LONG_SENTENCE_WORDS = 35;

export const longSentence: Rule = {
  id: 'long-sentence',
  name: 'Long sentence',
  defaultSeverity: 'information',
  summary: `A sentence of more than ${LONG_SENTENCE_WORDS} words.`,
  explanation: 'Cover letters are read in about thirty seconds. A long sentence buries its result; split it so each figure gets its own.',
  example: {
    before:
      'I led the migration of our pipeline, which had been running on a fragile cron job with inconsistent features between training and serving and no drift detection, to a daily retraining setup.',
    after:
      'I moved our pipeline from a fragile cron job to daily retraining. Training and serving now share features, and drift alerts page on-call.',
  },
  examples: {
    flagged: [
      'I led the migration of our training pipeline, which had been running on a fragile weekly cron job with features that were computed differently in training and serving and no way to detect drift, to a daily incremental retraining setup on Kubeflow.',
    ],
    clean: ['I moved our training pipeline from a weekly cron job to daily retraining on Kubeflow.'],
  },
  checkParagraph: (paragraph) =>
    sentencesOf(paragraph, 'body')
      .filter((s) => s.words > LONG_SENTENCE_WORDS)
      .map((s) => ({
        offset: s.start,
        length: s.end - s.start,
        message: `This sentence has ${s.words} words; consider splitting it so each result stands out.`,
      })),
};
