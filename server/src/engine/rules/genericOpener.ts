import { openerCheck } from '../checks/openerCheck';
import { APPLICATION_ANNOUNCEMENT, GENERIC_OPENERS, JOB_WORDS, REFERRAL_WORDS, SELF_INTRODUCTION } from '../vocabulary/openers';
import { HOOK_TEMPLATE } from '../checks/templates';
import type { Rule } from '../kit/rule';

export const genericOpener: Rule = {
  id: 'generic-opener',
  name: 'Generic opening line',
  defaultSeverity: 'warning',
  summary: 'A stock announcement in the first paragraph, such as "I am writing to apply", "Please find attached my CV" or "My name is".',
  explanation:
    'The first paragraph decides whether the rest is read, and managers see the same stock announcement in most of the pile: ' +
    '"I am writing to…", "It is with great pleasure that I submit…", "I came across your posting on LinkedIn", "Please find attached my CV". ' +
    'The role you are applying for is already in the subject line; name it in passing if you like, and spend the opening on your strongest result and why it matters to this team.',
  example: {
    before: 'I am writing to express my interest in the Machine Learning Engineer position.',
    after: 'Last year I cut our fraud model’s review queue by 38% — the problem your payments team describes in this posting.',
  },
  examples: {
    flagged: [
      '⟦I am writing to apply for the Machine Learning Engineer role at Northwind.⟧',
      '⟦I’m writing to express my strong interest in your ML platform team.⟧',
      '⟦My name is Dana Ortiz and I am a data scientist.⟧',
      '⟦Please accept this letter as my application for the MLE opening.⟧',
      '⟦I would like to apply for the Senior ML Engineer position.⟧',
      'I rebuilt the claims triage model at Halden. ⟦It is with real enthusiasm that I put my name forward for your pricing role.⟧',
      '⟦Kindly find enclosed my résumé for the analyst vacancy.⟧ I cut month-end close from nine days to four.',
      '⟦I am currently applying for the post of Data Engineer in your esteemed organisation.⟧',
      '⟦I stumbled across your job posting on LinkedIn last week.⟧ I have shipped three forecasting services since 2022.',
      '⟦I was thrilled to learn about the opening on your team.⟧',
      '⟦I’m Aiko, a self-taught analyst who moved over from hotel revenue management.⟧',
      '⟦Your vacancy for a Graduate Data Engineer in the Bristol office really appealed to me.⟧',
      '⟦Upon seeing your advertisement for a Machine Learning Researcher, I knew I had to apply.⟧',
      '⟦Seeking the Junior Data Analyst role at your company.⟧',
      '⟦I was recently made aware of the Lead Data Scientist vacancy at your firm.⟧',
      '⟦My attention was drawn to your advertisement for a Statistician.⟧',
      '⟦I was excited when I saw the Data Engineer role at Brightwell.⟧',
    ],
    clean: [
      'I’m applying for the Senior ML Engineer role on your Search team because I have spent two years on the same retrieval problem.',
      'Our ranking service answers 12,000 queries a second at 35 ms p99, and I built it.',
      'I shipped a churn model that kept 4,000 subscribers a quarter.\n\nI would like to apply what I learned there to your retention work.',
      'I would like to apply the drift checks I wrote at Lumen to your fraud models: they caught two silent failures last year.',
      'I read your post on supplier onboarding and rebuilt its matching step over a weekend; the notebook is linked below.',
      'I write the forecasting code that plans stock for 35 shops each week.',
      'Dana Kim, who leads your pricing team, suggested that I write to you after my talk on telematics models.',
      'I am interested in the latency problem your job post describes, because I cut ours from 90 ms to 35 ms.',
      'I am writing to you at the suggestion of Dana Kim, who saw my talk on claims triage at PyData.',
      'I cut our GPU bill by 41% at Larkspur. I am applying for your Staff ML Engineer role.',
      'I am writing because your March outage report describes the exact failover bug I fixed at Lumen.',
      'I am Lumen’s first data engineer and built its warehouse from nothing.',
      'I noticed that your API returns stale prices after midnight; my caching layer at Orbis fixed the same bug.',
      'My attention was drawn to your fraud team by its talk on graph features, which I have since reproduced.',
      'I was excited when our fraud model caught its first ring: 212 linked accounts in one weekend.',
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
  checkParagraph: openerCheck({
    entries: GENERIC_OPENERS,
    bare: APPLICATION_ANNOUNCEMENT,
    selfIntroduction: SELF_INTRODUCTION,
    referralWords: REFERRAL_WORDS,
    jobWords: JOB_WORDS,
    message: '“{phrase}” is how most letters open; lead with a result that matters to this team instead.',
    removeSentenceTitle: 'Remove this sentence',
    template: HOOK_TEMPLATE,
  }),
};
