import { compilePhrases, mentions } from '../text/phrases';
import { CALL_TO_ACTION_TERMS, TIME_WORDS } from '../vocabulary/closing';
import { closingSentences, isWholeLetter } from '../structure/sections';
import type { Sentence } from '../structure/model';
import type { Rule } from '../kit/rule';

const CALL_TO_ACTION = compilePhrases(CALL_TO_ACTION_TERMS);
const TIMES = compilePhrases(TIME_WORDS);

/** The sentence proposes a next step, or asks the reader for a time ("Would Tuesday at 10 suit?"). */
function asks(sentence: Sentence, text: string): boolean {
  return mentions(CALL_TO_ACTION, sentence) || (text.slice(sentence.start, sentence.end).trimEnd().endsWith('?') && mentions(TIMES, sentence));
}

export const missingCallToAction: Rule = {
  id: 'missing-call-to-action',
  name: 'No call to action',
  defaultSeverity: 'warning',
  summary:
    'A closing that proposes no next step (a call, a meeting, a walkthrough, a time). The closing is the last body paragraph, ' +
    'with the one before it when the last is a short courtesy line; thanks and "I look forward to hearing from you" are not an ask.',
  explanation:
    'The closing is where you ask for what you want: a conversation. A letter that ends without asking leaves the reader to invent the next step, ' +
    'and most will not. Offer a call, a walkthrough of your work, or a time.',
  example: {
    before: 'Thank you for considering my application for this role.',
    after: 'Could we find 20 minutes next week? I will bring a sketch of how I would cut your inference bill.',
  },
  examples: {
    flagged: [
      'I built the ranking service at Lumen and cut its p99 latency to 38 ms.\n\n⟦I believe my skills match your needs and I hope my application stands out.⟧',
      'I built the ranking service at Lumen.\n\nI cut its cost by a third.\n\n⟦I look forward to hearing from you at your earliest convenience.⟧\n\nBest,\nDana',
      'I built the ranking service at Lumen.\n\nI am available immediately and can start at short notice.\n\n⟦Thank you for your consideration.⟧',
      'Dear Priya,\n\nI built the ranking service at Lumen and led its migration to GPUs. ⟦Thank you for reading my application.⟧\n\nSincerely,\nDana',
      'I built the ranking service at Lumen.\n\nMy colleagues say I talked them through every outage.\n\n⟦I hope to hear from you soon.⟧',
    ],
    clean: [
      'I built the ranking service at Lumen and cut its p99 latency to 38 ms.\n\nCould we find 20 minutes next week to talk about your latency budget?',
      'I built the ranking service at Lumen and cut its p99 latency to 38 ms.\n\nI’d love to walk you through the retraining pipeline.\n\nThank you for your time.',
      'A single paragraph that is still being drafted.',
      'I built the ranking service at Lumen.\n\nAsk: half an hour on a video call next week. I will bring the rollout dashboard.',
      'I built the ranking service at Lumen.\n\nI would welcome the chance to discuss your retrieval roadmap, and I am free most afternoons next week.',
      'I built the ranking service at Lumen.\n\nWould Tuesday or Thursday afternoon suit you?',
      'I built the ranking service at Lumen.\n\nI will follow up with your office on Friday.\n\nKind regards,\nDana',
      // An ask in a postscript still asks.
      'I built the ranking service at Lumen.\n\nThank you for reading.\n\nBest,\nDana\n\nP.S. Happy to send the rollout notebook.',
    ],
  },
  check: (letter) => {
    if (!isWholeLetter(letter)) return []; // A draft without a closing yet.
    const { sentences, last } = closingSentences(letter);
    if (!last || sentences.some((s) => asks(s, letter.text))) return [];
    return [
      {
        offset: last.start,
        length: last.end - last.start,
        message: 'The closing asks for nothing; propose a next step such as a short call or a walkthrough of your work.',
      },
    ];
  },
};
