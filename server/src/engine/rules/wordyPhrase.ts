import { phraseCheck } from '../checks/phraseCheck';
import { WORDY_PHRASES } from '../vocabulary/voice';
import type { Rule } from '../kit/rule';

export const wordyPhrase: Rule = {
  id: 'wordy-phrase',
  name: 'Wordy phrase',
  defaultSeverity: 'information',
  autoFix: true,
  summary: '"In order to", "utilize", "due to the fact that", "a number of".',
  explanation: 'A cover letter has about 250 words to make its case; long forms of short words spend them for nothing.',
  example: {
    before: 'In order to reduce latency, I utilized a number of caching strategies.',
    after: 'To reduce latency, I used several caching strategies.',
  },
  examples: {
    flagged: [
      'I rewrote the loader in order to cut training time.',
      'We utilize Spark for feature joins.',
      'The job failed due to the fact that the schema changed.',
      'I shipped a number of models.',
    ],
    clean: ['I rewrote the loader to cut training time.', 'GPU utilization rose from 40% to 85%.', 'The number of alerts fell by half.'],
    fixed: [
      { before: 'I rewrote it in order to cut cost.', after: 'I rewrote it to cut cost.' },
      { before: 'In order to cut cost, I rewrote it.', after: 'To cut cost, I rewrote it.' },
      { before: 'We utilized Spark.', after: 'We used Spark.' },
    ],
  },
  checkParagraph: phraseCheck({
    entries: WORDY_PHRASES,
    message: '“{phrase}” has a shorter form that says the same.',
  }),
};
