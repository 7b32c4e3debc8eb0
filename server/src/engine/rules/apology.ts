import { anchoredPhraseCheck } from '../checks/anchoredPhraseCheck';
import { APOLOGIES } from '../vocabulary/apologies';
import type { Rule } from '../kit/rule';

export const apology: Rule = {
  id: 'apology',
  name: 'Apology for a gap',
  defaultSeverity: 'warning',
  summary: '"Although I do not have", "despite my limited", "I must admit", "I may not meet every requirement", "forgive me if".',
  explanation:
    'Pointing out what you lack spends a sentence on a gap the reader may not have noticed, or may not care about. ' +
    'Lead with what you have done; if a required tool is missing, name the comparable one you used.',
  example: {
    before: 'Although I do not have a PhD, I have worked on ML projects.',
    after: 'I have shipped three ranking models to production, the last one serving 8M users.',
  },
  examples: {
    flagged: [
      '⟦Although I do not have⟧ a PhD, I have strong skills.',
      '⟦Despite my limited experience⟧, I learn quickly.',
      '⟦While I lack⟧ production experience, I built a capstone model.',
      '⟦I know I do not⟧ have the five years you ask for.',
      '⟦Even though I am only⟧ in my second year, I have read a great deal about transformers.',
      '⟦I must admit⟧ ⟦my cloud skills are thin⟧.',
      '⟦My professional experience is limited⟧ to one summer internship.',
      '⟦I regret that I cannot⟧ point to a production deployment yet.',
      '⟦Notwithstanding my lack⟧ of a computer science degree, I write solid Python.',
      '⟦Though my formal training is⟧ in chemistry, I now write Python every day.',
      '⟦I may not meet⟧ every requirement on your list.',
      '⟦Forgive me⟧ if this letter runs long.',
      '⟦I am only a junior⟧, so my portfolio is small.',
      '⟦Lack production experience⟧, learning fast.',
    ],
    clean: [
      'I haven’t used MLflow in production, but I built our experiment tracking on Weights & Biases.',
      'Although the data was sparse, the model lifted conversion 4%.',
      'While I was at Lumen, I cut the nightly training bill by 38%.',
      'Even with a 2% label budget, my active-learning loop matched the fully labelled baseline.',
      'The device memory was limited, so I distilled the model to 40 MB.',
      'I have never missed a retraining window in two years of on-call.',
      'My thesis admitted a closed-form bound that I later used in the scheduler.',
      'Lacking labelled data, I bootstrapped 2,000 labels with weak supervision.',
      'Never shipped a model without a rollback switch.',
      'The prior run lacked a holdout set, so I rebuilt the split.',
    ],
  },
  checkParagraph: anchoredPhraseCheck({
    entries: APOLOGIES,
    message: '“{phrase}” points at a gap; lead with what you have done instead.',
  }),
};
