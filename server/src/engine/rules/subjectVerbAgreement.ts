import type { Rule } from '../kit/rule';
import { agreementCheck } from '../checks/agreementFrames';

export const subjectVerbAgreement: Rule = {
  id: 'subject-verb-agreement',
  name: 'Subject-verb agreement',
  defaultSeverity: 'warning',
  autoFix: true,
  summary: 'A verb that does not agree with a subject whose number is certain: "I has", "they was", "skills that makes me".',
  explanation:
    'A verb that disagrees with its subject is the grammar slip a hiring manager notices first. Only clear frames are checked: a subject ' +
    'pronoun ("he have", "we was", "she don’t"), "there is" before "many" or "several", a plural noun opening its clause ("these models ' +
    'was"), and "that", "which" or "who" right after a plural noun ("skills that makes"). Words English lets agree either way are left ' +
    'alone: "the data show" and "the data shows", "the team are", "a number of models were", "none of them is".',
  example: { before: 'These results was presented to the board.', after: 'These results were presented to the board.' },
  examples: {
    flagged: [
      'I coach women who ⟦is⟧ returning to work after a career break.',
      'I ⟦has⟧ eight years of experience in credit risk.',
      'They ⟦was⟧ impressed by the dashboard I built.',
      'She ⟦don’t⟧ accept a chart without a source.',
      'There ⟦is⟧ many reasons I want to join your team.',
      'These results ⟦was⟧ presented to the board in March.',
      'I have strong skills that ⟦makes⟧ me a good fit for this role.',
      'The models which ⟦was⟧ deployed last year now serve four regions.',
      'My results ⟦shows⟧ that the new loss converges faster, and we ⟦has⟧ shipped it.',
    ],
    clean: [
      'The people who were in the pilot kept using the tool, and the children in the study learned fast.',
      'The data show a clear seasonal pattern, and the data shows it every spring.',
      'The team are based in Leeds, and the staff are trained every spring.',
      'A number of models were retired, and none of them is missed.',
      'Each of the models was tested, and one of the models that were retired came back.',
      'If I were in your team, I would start with the churn model.',
      'Let me be clear: I helped the team grow and made them work in pairs.',
      'Statistics is the subject I loved most, and the news was good.',
      'He knows that makes sense, and I asked the engineers which was faster.',
      'There is a lot of work left, and there was two hours of downtime at most.',
      'I insisted that he have a mentor from day one.',
    ],
    fixed: [
      { before: 'I has eight years of experience.', after: 'I have eight years of experience.' },
      { before: 'She don’t accept a chart without a source.', after: 'She doesn’t accept a chart without a source.' },
      { before: 'There’s many reasons to join.', after: 'There are many reasons to join.' },
    ],
  },
  checkParagraph: agreementCheck,
};
