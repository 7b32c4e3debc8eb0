import type { Rule } from '../kit/rule';
import { auxiliaryCheck } from '../checks/auxiliaryFrames';

export const missingAuxiliary: Rule = {
  id: 'missing-auxiliary',
  name: 'Missing auxiliary',
  defaultSeverity: 'warning',
  autoFix: true,
  summary:
    'A verb phrase missing "be" or "have", or "am" before a bare verb: "I would delighted", "I been working", "I looking forward", "I am agree".',
  explanation:
    'A dropped "be" or "have" makes a sentence read as rushed or non-fluent, and a hiring manager notices it at once. Only clear frames are ' +
    'checked: a modal before an adjective ("I would delighted to" → "I would be delighted to"), a subject with "been" and no "have" ("I been ' +
    'working" → "I have been working"), a subject before an -ing verb or an adjective with no "am" ("I looking forward", "I confident that"), ' +
    'and "am" before a bare verb ("I am agree" → "I agree", "I am interest in" → "I am interested in"). Fragments with no subject ("Looking ' +
    'forward to hearing from you.") and clauses such as "the model I built" are fine.',
  example: { before: 'I would delighted to discuss the role.', after: 'I would be delighted to discuss the role.' },
  examples: {
    flagged: [
      'I ⟦would delighted⟧ to discuss the role further.',
      '⟦I been⟧ working with Spark for four years.',
      '⟦I looking⟧ forward to hearing from you.',
      'I ⟦am agree⟧ with your approach to model governance.',
      'I ⟦am interest⟧ in the senior analyst role.',
      '⟦I confident⟧ that I can help your team.',
      'I ⟦will glad⟧ to share my portfolio, and ⟦we been⟧ shipping weekly since 2022.',
      '⟦I currently working⟧ as a data engineer.',
    ],
    clean: [
      'Looking forward to hearing from you.',
      'The model I built now serves four regions, and the team I joined was small.',
      'Having been a teacher, I explain models clearly.',
      'I, looking back, would have started with the data.',
      'I would have liked more time, and I would welcome the chance to talk.',
      'I am interested in the role and confident that I can help.',
      'I sure hope the pilot goes ahead, and I delighted in every minute of it.',
      'I excited the room with a live demo, and the key is focus on the customer.',
      '“I been there” is how my grandfather answered every question.',
    ],
    fixed: [
      { before: 'I would delighted to talk.', after: 'I would be delighted to talk.' },
      { before: 'I been working with Spark.', after: 'I have been working with Spark.' },
      { before: 'I looking forward to it.', after: 'I am looking forward to it.' },
      { before: 'I am agree with you.', after: 'I agree with you.' },
      { before: 'I am interest in data.', after: 'I am interested in data.' },
    ],
  },
  checkParagraph: auxiliaryCheck,
};
