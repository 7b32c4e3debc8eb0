import { compilePhrases, mentions } from '../text/phrases';
import { CALL_TO_ACTION_TERMS } from '../vocabulary/terms';
import { isComplete } from '../kit/anchor';
import type { Rule } from '../kit/rule';

const CALL_TO_ACTION = compilePhrases(CALL_TO_ACTION_TERMS);

export const missingCallToAction: Rule = {
  id: 'missing-call-to-action',
  name: 'No call to action',
  defaultSeverity: 'warning',
  summary: 'A last paragraph that asks for no next step (a call, a meeting, a walkthrough).',
  explanation:
    'The closing is where you ask for what you want: a conversation. A letter that ends without asking leaves the reader to invent the next step, ' +
    'and most will not. Offer a call, a walkthrough of your work, or a time.',
  example: {
    before: 'Thank you for considering my application for this role.',
    after: 'Could we find 20 minutes next week? I will bring a sketch of how I would cut your inference bill.',
  },
  examples: {
    flagged: [
      'I built the ranking service at Lumen and cut its p99 latency to 38 ms.\n\nI believe my skills match your needs and I hope my application stands out.',
    ],
    clean: [
      'I built the ranking service at Lumen and cut its p99 latency to 38 ms.\n\nCould we find 20 minutes next week to talk about your latency budget?',
      'I built the ranking service at Lumen and cut its p99 latency to 38 ms.\n\nI’d love to walk you through the retraining pipeline.\n\nThank you for your time.',
      'A single paragraph that is still being drafted.',
    ],
  },
  check: (letter) => {
    if (!isComplete(letter)) return []; // A draft without a closing yet.
    const closing = letter.body.at(-1)!;
    const asks = closing.sentences.some((s) => mentions(CALL_TO_ACTION, s) || letter.text.slice(s.start, s.end).trimEnd().endsWith('?'));
    const last = closing.sentences.at(-1);
    if (asks || !last) return [];
    return [
      {
        offset: last.start,
        length: last.end - last.start,
        message: 'The closing asks for nothing; propose a next step such as a short call or a walkthrough of your work.',
      },
    ];
  },
};
