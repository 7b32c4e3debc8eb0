import { phraseCheck } from '../checks/phraseCheck';
import { guarded, mentionGuard, notTheWritersClaim, saidOfOthers, writerJoins } from '../checks/guards';
import { PASSION_CLICHES } from '../vocabulary/cliches';
import { EVIDENCE_TEMPLATE } from '../checks/templates';
import type { Rule } from '../kit/rule';

export const passionCliche: Rule = {
  id: 'passion-cliche',
  name: 'Passion cliché',
  defaultSeverity: 'warning',
  summary: '"Passionate about", "excited about the opportunity", "thrilled", "dream job".',
  explanation:
    'Every applicant says they are passionate and excited, so the words carry no signal. ' +
    'Enthusiasm that convinces is specific: what you built on your own time, the paper of theirs you read, the problem you want to take on.',
  example: {
    before: 'I am passionate about machine learning and excited about the opportunity.',
    after: 'I read your post on feature freshness twice; I rebuilt our own pipeline around the same idea last spring.',
  },
  examples: {
    fixed: [{ before: 'Hi. I am passionate about AI. Thanks.', after: 'Hi. I built [system] that [result with a number]. Thanks.' }],
    flagged: [
      'We are a team of engineers who are ⟦passionate⟧ about AI.',
      'It has always ⟦been my ambition to⟧ work for a firm like yours.',
      'This role ⟦is my dream⟧.',
      'I am a machine learning engineer ⟦passionate⟧ about AI.',
      'I am ⟦excited about the opportunity⟧ to join your team.',
      'I would be ⟦thrilled to join⟧ Northwind.',
      'Working on search at Lumen would be my ⟦dream job⟧.',
      'I have a ⟦passion⟧ for deep learning.',
      'I cannot tell you ⟦how excited⟧ I am to apply.',
      'I have always been ⟦fascinated⟧ by language.',
      'Statistics has been a ⟦lifelong love⟧ of mine.',
      '⟦It would be an honour⟧ to work with your team.',
      'Numbers have ⟦always spoken to me⟧.',
    ],
    clean: [
      'Viewers who were thrilled by a finale binge the next season 40% faster, a feature in my churn model.',
      'What excites me is the feature store your team described at PyData.',
      'I built a mood tracker that lets patients log when they feel thrilled or low.',
      'The passionate debate in our team about batch versus streaming ended when I benchmarked both.',
      'I measured how excited viewers were by counting rewinds, which predicted renewals better than ratings.',
      'Our marketing team described the launch as a dream come true; I built the demand forecast behind it.',
      'I’d love to bring that work to a team that already ships retrieval models.',
      'I am excited to discuss how the retraining pipeline could fit your stack.',
      'Since March I have run the on-call rotation for our ranking service.',
      'The Passion Planner app I built has 3,000 weekly users.',
      'Our users’ excitement about the new search faded when latency doubled, so I cut it by half.',
      'Customer enthusiasm for the loyalty app showed in a 14% rise in repeat orders.',
      'I built demand forecasts for a passion fruit grower in Queensland.',
      'Sales were excited about the opportunity-scoring model until it ranked their favourite accounts last.',
      'The sales team was thrilled when the pilot lifted win rates by 9%.',
    ],
  },

  // Quoted, the words are named; capitalised inside a sentence, they are a name ("the Passion Planner app").
  checkParagraph: guarded(
    mentionGuard(
      phraseCheck({
        sentenceTemplate: EVIDENCE_TEMPLATE,
        entries: PASSION_CLICHES,
        message: '“{phrase}” is what every applicant says; show the interest with something specific you did or read.',
      }),
      { names: true },
    ),
    (f, paragraph, text) =>
      !(saidOfOthers(paragraph, f.offset) && !writerJoins(paragraph, text, f)) && !notTheWritersClaim(paragraph, text, f, { things: true }),
  ),
};
