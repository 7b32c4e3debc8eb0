import { phraseCheck } from '../checks/phraseCheck';
import { BUZZWORDS } from '../vocabulary/cliches';
import type { Rule } from '../kit/rule';

export const buzzword: Rule = {
  id: 'buzzword',
  name: 'Buzzword',
  defaultSeverity: 'warning',
  autoFix: true,
  summary: '"Cutting-edge", "synergy", "leverage" as a verb, "world-class", "game-changer", "proven track record".',
  explanation:
    'Corporate buzzwords stand in for a claim the writer did not make. ' + 'Name the thing itself: which technique, which result, which system.',
  example: {
    before: 'I leveraged cutting-edge AI to drive synergy across teams.',
    after: 'I used a distilled ranking model to give search and ads one shared feature pipeline.',
  },
  examples: {
    flagged: [
      'I am excited to work on cutting-edge AI technology.',
      'I leveraged Spark to process clickstream data.',
      'I have a proven track record of delivering models.',
      'Our team built a world-class recommendation engine.',
      'We found real synergy between the search and ads teams.',
    ],
    clean: [
      'Higher leverage on the balance sheet raised the default risk in our model.',
      'I used Spark and Feast to backfill 18 months of history overnight.',
      'The model runs on the edge devices in each store.',
    ],
    fixed: [
      { before: 'Leveraging Ray, we cut cost.', after: 'Using Ray, we cut cost.' },
      { before: 'I leveraged Spark to join the logs.', after: 'I used Spark to join the logs.' },
    ],
  },
  checkParagraph: phraseCheck({
    entries: BUZZWORDS,
    message: '“{phrase}” is a buzzword that says little; name the technique, system or result itself.',
  }),
};
