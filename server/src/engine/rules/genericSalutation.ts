import { salutationCheck } from '../checks/salutation';
import {
  FALLBACK_ADDRESSEES,
  GENERIC_ADDRESSEE_WORDS,
  GENERIC_ONLY_BEFORE,
  NEUTRAL_GREETINGS,
  SALUTATION_GREETINGS,
} from '../vocabulary/salutations';
import type { Rule } from '../kit/rule';

export const genericSalutation: Rule = {
  id: 'generic-salutation',
  name: 'Generic salutation',
  defaultSeverity: 'warning',
  summary: 'A greeting that names no one: "To whom it may concern", "Dear Sir/Madam", "Hello,", "Dear Recruitment Team".',
  explanation:
    'An impersonal greeting tells the reader the letter was not written for them. ' +
    'Find the hiring manager’s name in the posting, on the team page or by asking the recruiter, and use it. ' +
    'If you cannot, name the team you would join (“Dear Payments Risk team”); “Dear Hiring Manager” is the accepted last resort. ' +
    'Forms of address (“Sir/Madam”), departments (“HR”, “Recruitment Team”), committees, “all” and a bare “Hello” all read as a form letter.',
  example: { before: 'To whom it may concern,', after: 'Dear Priya Raman,' },
  examples: {
    flagged: [
      '⟦To whom it may concern⟧,\n\nI built the search ranker at Lumen.',
      '⟦Dear Sir or Madam⟧,',
      '⟦Dear Sir/Madam⟧,',
      '⟦Respected Sir⟧,\n\nI built the search ranker at Lumen.',
      '⟦Hello⟧,\n\nI built the search ranker at Lumen.',
      '⟦Hi there⟧,\n\nI built the search ranker at Lumen.',
      '⟦Dear Talent Acquisition Team⟧,\n\nI built the search ranker at Lumen.',
      '⟦To the Hiring Manager⟧:\n\nI built the search ranker at Lumen.',
      '⟦Dear Esteemed Selection Panel⟧,\n\nI built the search ranker at Lumen.',
      '⟦Dear Sir(s)⟧,\n\nI built the search ranker at Lumen.',
      '⟦Dear People & Culture Team⟧,\n\nI built the search ranker at Lumen.',
      '⟦Greetings of the day⟧,\n\nI built the search ranker at Lumen.',
      '⟦Esteemed Hiring Panel⟧,\n\nI built the search ranker at Lumen.',
      '⟦Dear Search Committee⟧,\n\nI built the search ranker at Lumen.',
      '⟦Hiring Manager⟧,\n\nI built the search ranker at Lumen.',
      '⟦Dear Admissions Tutor⟧,\n\nI built the search ranker at Lumen.',
    ],
    clean: [
      'Dear Hiring Manager,',
      'Dear Priya,',
      'Hi Hema,',
      'Dear Payments ML team,',
      'Dear People Analytics team,',
      'Dear Search team,',
      'Esteemed Dr. Okafor,\n\nI built the search ranker at Lumen.',
      'Dear Mr. Adeyemi,',
      'Dear hiring team at Northwind,',
      'To Ana Ruiz and the Search team,\n\nI built the search ranker at Lumen.',
      'Our chatbot no longer opens its replies with “Dear Sir or Madam”, and complaints fell 12%.',
      'Hello to the two analysts who taught me SQL: the forecast I built with them still runs.',
    ],
  },
  checkParagraph: salutationCheck({
    greetings: SALUTATION_GREETINGS,
    neutralGreetings: NEUTRAL_GREETINGS,
    fallbackAddressees: FALLBACK_ADDRESSEES,
    genericWords: GENERIC_ADDRESSEE_WORDS,
    genericOnlyBefore: GENERIC_ONLY_BEFORE,
    message: '“{phrase}” greets no one in particular; use the hiring manager’s name, or name the team you would join.',
  }),
};
