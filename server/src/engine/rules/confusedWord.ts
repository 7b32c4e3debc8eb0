import { confusedWordCheck } from '../checks/confusedWordCheck';
import type { Rule } from '../kit/rule';
import { CONFUSED_WORDS } from '../vocabulary/confusedWords';

export const confusedWord: Rule = {
  id: 'confused-word',
  name: 'Confused word',
  defaultSeverity: 'warning',
  autoFix: true,
  summary: 'A real word in the wrong place inside a fixed phrase: "peaked my interest", "Dear Sir or Madman", "would of been", "more then".',
  explanation:
    'A spell checker passes these because each word exists, but a reader sees the slip at once, often in the first line. ' +
    'The coach flags only phrases whose words leave no doubt which word was meant (“piqued my interest”, “principal engineer”, “loose coupling”), ' +
    'and stays silent where both words fit (“to effect change”, “on site” and “on sight”).',
  example: { before: 'Your post on fraud graphs peaked my interest.', after: 'Your post on fraud graphs piqued my interest.' },
  examples: {
    flagged: [
      'Your post on fraud graphs ⟦peaked⟧ my interest.',
      'Dear Sir or ⟦Madman⟧,\n\nI built the search ranker at Lumen.',
      'I would ⟦of⟧ been a good fit for the platform team.',
      'The new ranker was more accurate ⟦then⟧ the old rules.',
      'I worked as a ⟦principle⟧ engineer at Lumen.',
      'I played a key ⟦roll⟧ in the move to Snowflake.',
      'Each store got ⟦it’s⟧ own forecast.',
      'I look forward to ⟦here⟧ from you.',
      'We redesigned the services around ⟦lose⟧ coupling.',
      'My skills in experimentation would ⟦compliment⟧ your analytics team.',
      'I had to decide ⟦weather⟧ to rebuild or patch the pipeline.',
      'The new dashboard had a big ⟦affect⟧ on shift planning.',
      'Thank you for ⟦you⟧ time.',
    ],
    clean: [
      'My mentor circled “peaked my\ninterest” in red, and I have written “piqued” ever since.',
      'We moved the order services to loose coupling so each team could deploy alone.',
      'I applied principal component analysis to the sensor data, and I reason from first principles.',
      'Our traffic reached a peak of 3,000 requests per second in peak season.',
      'I want to help your team effect change in how stores order stock, and I measured the effect of price changes.',
      'Here at Acme, the model keeps its own cache, and it’s been stable for a year.',
      'We will roll out the pricing engine in March; I wrote the scripts to roll back a failed deploy.',
      'I was glad to accept the offer, and every store except for two adopted the rota.',
      'The earlier then-current version crashed, and sales were higher then because of the promotion.',
      'Lead time for suppliers fell from 12 days to 7, and as lead engineer I owned the release calendar.',
      'Our two teams had complementary skills, and customers received complimentary tickets after the outage.',
      'The weather data came from three public APIs.',
      'The might of the incumbent banks did not scare us.',
    ],
    fixed: [
      { before: 'Your post peaked my interest.', after: 'Your post piqued my interest.' },
      { before: 'Dear Hiring Manger,\n\nI built the search ranker at Lumen.', after: 'Dear Hiring Manager,\n\nI built the search ranker at Lumen.' },
      { before: 'Its been two years since I moved into analytics.', after: "It's been two years since I moved into analytics." },
    ],
  },
  checkParagraph: confusedWordCheck(CONFUSED_WORDS),
};
