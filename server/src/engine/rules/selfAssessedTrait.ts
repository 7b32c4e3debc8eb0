import { phraseCheck } from '../checks/phraseCheck';
import { SELF_ASSESSED_TRAITS } from '../vocabulary/cliches';
import { EVIDENCE_TEMPLATE } from '../checks/templates';
import type { Rule } from '../kit/rule';

export const selfAssessedTrait: Rule = {
  id: 'self-assessed-trait',
  name: 'Self-assessed trait',
  defaultSeverity: 'warning',
  summary: 'Telling instead of showing: "team player", "fast learner", "detail-oriented", "results-driven".',
  explanation:
    'A trait you grant yourself is not evidence; the reader skips it. ' +
    'Replace it with the thing you did that made the trait obvious — the outage you traced, the migration you finished early.',
  example: {
    before: 'I am a strong problem-solver and a fast learner.',
    after: 'In my first month I traced a 9% drop in recall to a silent schema change and added a check that has caught two more since.',
  },
  examples: {
    fixed: [{ before: 'I am a team player.', after: 'I built [system] that [result with a number].' }],
    flagged: [
      'I am a strong problem-solver with a solid mathematical background.',
      'I am a hard-working team player.',
      'As a fast learner, I pick up new tools quickly.',
      'I am detail oriented and results-driven.',
      'I am a self-starter.',
    ],
    clean: [
      'I wrote the runbook our team still uses for drift incidents.',
      'I paired with two analysts every week until they could ship features on their own.',
      'The team solved the problem by caching embeddings per user.',
    ],
  },
  checkParagraph: phraseCheck({
    sentenceTemplate: EVIDENCE_TEMPLATE,
    entries: SELF_ASSESSED_TRAITS,
    message: '“{phrase}” tells the reader a quality; show it with something you did instead.',
  }),
};
