import { closingCheck } from '../checks/closingCheck';
import { CONCRETE_WORDS, STOCK_THANKS, WEAK_CLOSINGS } from '../vocabulary/closings';
import type { Rule } from '../kit/rule';

export const weakClosing: Rule = {
  id: 'weak-closing',
  name: 'Passive closing',
  defaultSeverity: 'warning',
  summary:
    'Closers that wait for the reader: "I look forward to hearing from you", "Please do not hesitate to contact me", a stock thank-you as the last line.',
  explanation:
    'A closing that waits to be contacted leaves the next step to a busy reader, and so does an offer of "any further information should you require it". ' +
    'Propose the step yourself: a call, a walkthrough of something you built, a time next week. ' +
    'Thanking the reader is polite, but as the letter’s last line it buries your ask: end on the ask, and say thanks in the sign-off (“Thank you,”).',
  example: {
    before: 'I look forward to hearing from you.',
    after: 'Could we find 20 minutes next week? I can walk you through the retraining pipeline.',
  },
  examples: {
    flagged: [
      '⟦I look forward to hearing from you.⟧',
      '⟦I’m looking forward to hearing from you soon.⟧',
      '⟦I hope to hear from you soon.⟧',
      '⟦Please do not hesitate to contact me.⟧',
      'I would be glad to walk you through the scorer. ⟦Should you require any further information, I am happy to help.⟧',
      'We are both based in Leeds. ⟦Kindly revert with a suitable slot.⟧',
      '⟦I await your favourable reply.⟧',
      'I rebuilt the claims scorer at Halden.\n\nCould we talk next Tuesday about the drift alerts? ⟦Thank you for your time and consideration.⟧',
      '⟦Still waiting for your positive answer about my application.⟧',
      '⟦Should any further details be needed, I would be only too glad to send them.⟧',
      '⟦Your response is eagerly awaited.⟧',
      '⟦Just give me a shout if anything is unclear.⟧',
      '⟦References and transcripts are available on request.⟧',
      '⟦I am glad to send my portfolio if you are interested.⟧',
      '⟦Any feedback is welcome.⟧',
      '⟦Contact me if interested.⟧',
    ],
    clean: [
      'I would value a conversation with your model validation team about the stress-test generator I am building.',
      'Could we book 30 minutes next week so I can show the dashboard live? Please do not hesitate to bring your risk lead.',
      'Could we find 20 minutes next week to talk through your drift alerts?',
      'I look forward to walking you through the pipeline on a call.',
      'I’d love to hear how your team measures freshness.',
      'I will call your office on Monday to set up a time.',
      'I would welcome the chance to discuss the pricing model on Thursday at 3 pm.',
      'I rebuilt the claims scorer at Halden.\n\nCould we talk on Tuesday?\n\nThank you for your time.\n\nBest,\nDana',
      'Thank you for the notebook you shared after the meetup: I reran it on our claims data and the drift alert fired two weeks earlier.',
      'We waited for the vendor’s reply for six weeks, so I wrote our own parser.',
      'Feel free to fork the evaluation harness; it runs in four minutes on a laptop.',
      'Our support bot no longer ends with “I look forward to hearing from you”, and complaints fell by a tenth.',
      'I am waiting on one last reference, from my supervisor, which she will send on Monday.',
      'I await the results of the pilot, which has run in shadow mode since spring.',
      'I just write the tests first, and the design follows.',
      'The survey asked whether people would call their bank if interested in a loan.',
      'Our paths crossed at PyData in June, when you asked about my calibration plot.',
    ],
    fixed: [
      {
        before: 'I built the ranker. I look forward to hearing from you.',
        after: 'I built the ranker. Could we find [20 minutes] next week? I can walk you through [something you built].',
      },
      {
        before: 'I rebuilt the claims scorer.\n\nCould we talk on Tuesday? Thank you for your time and consideration.',
        after: 'I rebuilt the claims scorer.\n\nCould we talk on Tuesday?',
      },
      {
        before: 'Could we talk on Tuesday? I can show you the scorer. I look forward to hearing from you.',
        after: 'Could we talk on Tuesday? I can show you the scorer.',
      },
    ],
  },
  checkParagraph: closingCheck({
    entries: WEAK_CLOSINGS,
    thanks: STOCK_THANKS,
    concreteWords: CONCRETE_WORDS,
    message: '“{phrase}” waits for the reader to act; propose the next step yourself (a call, a walkthrough, a time).',
    removeTitle: 'Remove this sentence: end on your ask',
    thanksMessage: '“{phrase}” as the last line takes the place of your ask; end on the next step, and thank the reader in the sign-off.',
    template: {
      title: 'Replace the sentence with a concrete ask',
      text: 'Could we find [20 minutes] next week? I can walk you through [something you built].',
    },
  }),
};
