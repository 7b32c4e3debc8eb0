import { phraseCheck } from '../checks/phraseCheck';
import { WORDY_PHRASES } from '../vocabulary/wordiness';
import type { Rule } from '../kit/rule';

export const wordyPhrase: Rule = {
  id: 'wordy-phrase',
  name: 'Wordy phrase',
  defaultSeverity: 'information',
  autoFix: true,
  summary: '"In order to", "utilize", "due to the fact that", "made use of", "it is worth noting that", "on a daily basis".',
  explanation: 'A cover letter has about 250 words to make its case; long forms of short words spend them for nothing.',
  example: {
    before: 'In order to reduce latency, I utilized a number of caching strategies.',
    after: 'To reduce latency, I used several caching strategies.',
  },
  examples: {
    flagged: [
      'I rewrote the loader ⟦in order to⟧ cut training time.',
      'We ⟦utilize⟧ Spark for feature joins.',
      'The job failed ⟦due to the fact that⟧ the schema changed.',
      'I shipped ⟦a number of⟧ models.',
      '⟦It is worth noting that⟧ the model halved review time.',
      'I ⟦made use of⟧ spot instances for the nightly job.',
      'I ⟦took into consideration⟧ shift patterns when I set the rota.',
      '⟦At this point in time⟧ I lead the search team.',
      'We retrain ⟦on a weekly basis⟧.',
      'The service falls back to rules ⟦in the event that⟧ the model times out.',
      'I ⟦conducted an analysis of⟧ the churn logs.',
      'We ⟦carried out an investigation into⟧ the outage.',
      'I ⟦reached the conclusion that⟧ the labels were stale.',
      'Caching ⟦achieved a reduction in⟧ cloud spend.',
    ],
    clean: [
      'I rewrote the loader to cut training time.',
      'GPU utilization rose from 40% to 85%.',
      'The number of alerts fell by half.',
      'I computed the gradient with respect to the input embeddings.',
      'Each release now ships with an order-to-cash dashboard.',
      'In terms of cost, the smaller model won.',
      'I ran an analysis of variance on the three store layouts.',
      'The conclusion of the audit was that our labels were sound.',
      'I carried the analysis through to a pricing change.',
    ],
    fixed: [
      { before: 'I rewrote it in order to cut cost.', after: 'I rewrote it to cut cost.' },
      { before: 'In order to cut cost, I rewrote it.', after: 'To cut cost, I rewrote it.' },
      { before: 'We utilized Spark.', after: 'We used Spark.' },
      { before: 'It is important to note that I cut cost.', after: 'I cut cost.' },
      { before: 'I made use of Ray.', after: 'I used Ray.' },
      { before: 'I took into account the holidays.', after: 'I considered the holidays.' },
      { before: 'I performed an evaluation of four retrievers.', after: 'I evaluated four retrievers.' },
      { before: 'We came to the realisation that the split leaked.', after: 'We realised that the split leaked.' },
    ],
  },
  checkParagraph: phraseCheck({
    entries: WORDY_PHRASES,
    message: '“{phrase}” has a shorter form that says the same.',
  }),
};
