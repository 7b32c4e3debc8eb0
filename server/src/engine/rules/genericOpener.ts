import { phraseCheck } from '../checks/phraseCheck';
import { GENERIC_OPENERS } from '../vocabulary/openers';
import { HOOK_TEMPLATE } from '../checks/templates';
import type { Rule } from '../kit/rule';

export const genericOpener: Rule = {
  id: 'generic-opener',
  name: 'Generic opening line',
  defaultSeverity: 'warning',
  summary: 'A stock first line such as "I am writing to apply" or "My name is".',
  explanation:
    'The first sentence decides whether the rest is read, and managers see the same stock opening in most of the pile. ' +
    'The role you are applying for is already in the subject line; spend the opening on your strongest result and tie it to this team.',
  example: {
    before: 'I am writing to express my interest in the Machine Learning Engineer position.',
    after: 'Last year I cut our fraud model’s review queue by 38% — the problem your payments team describes in this posting.',
  },
  examples: {
    flagged: [
      'I am writing to apply for the Machine Learning Engineer role at Northwind.',
      'I’m writing to express my strong interest in your ML platform team.',
      'My name is Dana Ortiz and I am a data scientist.',
      'Please accept this letter as my application for the MLE opening.',
      'I would like to apply for the Senior ML Engineer position.',
    ],
    clean: [
      'I’m applying for the Senior ML Engineer role on your Search team because I have spent two years on the same retrieval problem.',
      'Our ranking service answers 12,000 queries a second at 35 ms p99, and I built it.',
      'I shipped a churn model that kept 4,000 subscribers a quarter.\n\nI would like to apply what I learned there to your retention work.',
    ],
    fixed: [
      {
        before: '---\ncompany: Northwind\n---\n\nI am writing to apply for the ML role. I own our ranker.',
        after:
          '---\ncompany: Northwind\n---\n\nAt [previous company] I [result with a number], the same problem Northwind is working on in [team or product]. I own our ranker.',
        fix: 1,
      },

      {
        before: 'My name is Dana. I built a demand forecast that cut overstock 18%.',
        after: 'I built a demand forecast that cut overstock 18%.',
      },
    ],
  },
  checkParagraph: phraseCheck({
    entries: GENERIC_OPENERS,
    scope: 'opening',
    flag: 'sentence',
    message: '“{phrase}” is how most letters open; lead with a result that matters to this team instead.',
    removeSentenceTitle: 'Remove this opening sentence',
    sentenceTemplate: HOOK_TEMPLATE,
  }),
};
