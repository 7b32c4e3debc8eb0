import { phraseCheck } from '../checks/phraseCheck';
import { HEDGES } from '../vocabulary/voice';
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
      'I think my background is a good match.',
      'I believe that I can help your team.',
      'Perhaps my work on drift detection is relevant.',
      'The model was somewhat faster after the change.',
      'I hope my experience is useful.',
    ],
    clean: [
      'I think about evaluation sets as a product artifact.',
      'I believe in shipping small models first.',
      'I cut inference cost 62% while holding accuracy flat.',
    ],
    fixed: [
      { before: 'I think my background is a good match.', after: 'My background is a good match.' },
      { before: 'The model was somewhat faster.', after: 'The model was faster.' },
      { before: 'It scaled well, I think.', after: 'It scaled well.' },
      // "that's" is one written word: the fix keeps it whole.
      { before: 'I think that’s the right design.', after: 'That’s the right design.' },
    ],
  },
  checkParagraph: phraseCheck({
    entries: HEDGES,
    message: '“{phrase}” makes the claim sound unsure; state it plainly or cut it.',
  }),
};
