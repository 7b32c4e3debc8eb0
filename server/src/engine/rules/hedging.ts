import { hedgeCheck } from '../checks/hedgeCheck';
import { HEDGES } from '../vocabulary/hedges';
import type { Rule } from '../kit/rule';

export const hedging: Rule = {
  id: 'hedging',
  name: 'Hedging',
  defaultSeverity: 'warning',
  autoFix: true,
  summary: '"I think", "I believe", "I feel", "I hope", "perhaps", "somewhat".',
  explanation: 'Hedges make a claim you can back sound like a guess. If the claim is true, state it; if it is not, cut it.',
  example: {
    before: 'I believe my experience would perhaps be useful to your team.',
    after: 'My work on streaming features maps onto the freshness problem in your posting.',
  },
  examples: {
    flagged: [
      '⟦I think⟧ my background in survey design fits this role.',
      'My thesis work, ⟦I believe⟧, carries over to your pricing team.',
      '⟦Perhaps⟧ my years in logistics are relevant here.',
      'The new index made the nightly queries ⟦somewhat⟧ faster.',
      '⟦I hope⟧ my work with clinical data is useful to you.',
      'I am ⟦fairly⟧ confident with Bayesian methods.',
      'Over two years I have ⟦kind of⟧ specialised in time series.',
      '⟦I am not entirely sure⟧ my skills match, but I learn fast.',
      'I ⟦might be able to⟧ help with the warehouse migration.',
      'Thank you, and ⟦I hope to⟧ hear from you.',
      '⟦In my opinion⟧, the role suits my experience.',
      '⟦Think⟧ I’d suit the team.',
      'The cache rewrite, which ⟦I think⟧ paid for itself, took two weeks.',
      '⟦From my perspective⟧, my background fits the role well.',
      'My background would, ⟦I expect⟧, carry over to your team.',
      '⟦As I see it⟧, my experience fits the role well.',
      '⟦It may well be that⟧ my thesis suits this post.',
      'My thesis ⟦could be of use⟧ to your group.',
    ],
    clean: [
      'I think in distributions, not averages.',
      'I think about evaluation sets as a product artifact.',
      'I believe in writing the test before the fix.',
      'I feel strongly about reproducible analysis.',
      'I hope to finish my certification in June, before the role starts.',
      'Our fraud model holds back claims that might be duplicates.',
      'I labelled replies containing "maybe" and "perhaps" to train a tone filter.',
      'That launch was quite literally the busiest week of my year.',
      'This is the kind of team I want to build with.',
      'I believe, and two audits confirmed, that the old scorecard overstated risk.',
      'I cut inference cost 62% while holding accuracy flat.',
      'I learned to speak up when I think a metric is wrong.',
      'I expect to submit my thesis in April.',
      'I assume nothing about a dataset until I have profiled it.',
      'Fairly priced cover for small farms was the goal of the model I built.',
      'I hope to learn Rust this year.',
      'Maybe is the commonest answer in our survey, so I modelled it as a class of its own.',
    ],
    fixed: [
      { before: 'I think my background is a good match.', after: 'My background is a good match.' },
      { before: 'The model was somewhat faster.', after: 'The model was faster.' },
      { before: 'It scaled well, I think.', after: 'It scaled well.' },
      { before: 'I might be able to help with the migration.', after: 'I can help with the migration.' },
      // "that's" is one written word: the fix keeps it whole.
      { before: 'I think that’s the right design.', after: 'That’s the right design.' },
    ],
  },
  checkParagraph: hedgeCheck({
    entries: HEDGES,
    message: '“{phrase}” makes the claim sound unsure; state it plainly or cut it.',
  }),
};
