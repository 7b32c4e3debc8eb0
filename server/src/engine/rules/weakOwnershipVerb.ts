import { phraseCheck } from '../checks/phraseCheck';
import { WEAK_OWNERSHIP_VERBS } from '../vocabulary/voice';
import type { Rule } from '../kit/rule';

export const weakOwnershipVerb: Rule = {
  id: 'weak-ownership-verb',
  name: 'Weak ownership verb',
  defaultSeverity: 'warning',
  summary: '"Helped with", "assisted in", "was responsible for", "was involved in", "participated in".',
  explanation:
    'Hiring managers skim for end-to-end ownership first. Verbs like "helped with" or "was involved in" hide what your part was, ' +
    'and readers assume the smallest part. Say what you did: built, shipped, owned, led.',
  example: {
    before: 'I was responsible for the fraud model and helped with its deployment.',
    after: 'I owned the fraud model and shipped it behind a shadow deployment.',
  },
  examples: {
    flagged: [
      'I helped with the migration to Kubeflow.',
      'I assisted in building the feature store.',
      'I was responsible for the ranking model.',
      'I was involved in several launches.',
      'I participated in the redesign of our pipeline.',
    ],
    clean: [
      'I own our item-search ranking model.',
      'I built the production transcription pipeline end-to-end.',
      'The team responsible for the feature store asked me to review it.',
    ],
    fixed: [
      { before: 'I was involved in the launch.', after: 'I built the launch.', fix: 1 },

      { before: 'I was responsible for the ranking model.', after: 'I owned the ranking model.' },
      { before: 'I helped with the migration.', after: 'I built the migration.' },
    ],
  },
  checkParagraph: phraseCheck({
    entries: WEAK_OWNERSHIP_VERBS,
    message: '“{phrase}” hides your part in the work; say what you did (built, shipped, owned, led).',
  }),
};
