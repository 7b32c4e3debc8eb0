import { phraseCheck } from '../checks/phraseCheck';
import { GENERIC_SALUTATIONS } from '../vocabulary/openers';
import type { Rule } from '../kit/rule';

export const genericSalutation: Rule = {
  id: 'generic-salutation',
  name: 'Generic salutation',
  defaultSeverity: 'warning',
  summary: '"To whom it may concern" or "Dear Sir or Madam".',
  explanation:
    'An impersonal greeting tells the reader the letter was not written for them. ' +
    'Find the hiring manager’s name in the posting or on the team page; if you cannot, "Dear Hiring Manager" or "Dear <Team> team" is still warmer.',
  example: { before: 'To whom it may concern,', after: 'Dear Priya Raman,' },
  examples: {
    flagged: ['To whom it may concern,\n\nI built the search ranker at Lumen.', 'Dear Sir or Madam,', 'Dear Sir/Madam,'],
    clean: ['Dear Hiring Manager,', 'Dear Priya,', 'Hi Hema,', 'Dear Payments ML team,'],
  },
  checkParagraph: phraseCheck({
    entries: GENERIC_SALUTATIONS,
    message: '“{phrase}” reads as a form letter; greet the hiring manager by name, or the team.',
  }),
};
