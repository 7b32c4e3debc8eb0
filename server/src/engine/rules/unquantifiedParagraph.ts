import { isQuantified } from '../structure/quantities';
import { compilePhrases, mentions } from '../text/phrases';
import { ACHIEVEMENT_VERBS } from '../vocabulary/terms';
import { FACTS, remember } from '../structure/memo';
import { isComplete } from '../kit/anchor';
import type { Rule } from '../kit/rule';

const ACHIEVEMENTS = compilePhrases(ACHIEVEMENT_VERBS);

export const unquantifiedParagraph: Rule = {
  id: 'unquantified-paragraph',
  name: 'Paragraph without numbers',
  defaultSeverity: 'information',
  summary: 'A body paragraph that claims achievements with no number at all.',
  explanation:
    'Claims without a figure are hard to believe and easy to skim past. A rough, defensible number — users, latency, cost, percentage — beats none.',
  example: {
    before: 'I built a new recommendation model and improved engagement.',
    after: 'I built a new recommendation model that lifted click-through 7% across 8M users.',
  },
  examples: {
    flagged: ['I built a new recommendation model and improved engagement across the site.\n\nCould we talk next week?'],
    clean: [
      'I built a recommendation model that lifted click-through 7% for 8M users.\n\nCould we talk next week?',
      'I built three model generations in a year.\n\nCould we talk next week?',
      'Your posting mentions drift on the EU surface.\n\nCould we talk next week?',
    ],
  },
  check: (letter) => {
    const paragraphs = isComplete(letter) ? letter.body.slice(0, -1) : letter.body;
    return paragraphs.flatMap((paragraph) => {
      // The sentence that claims a result, when no sentence of the paragraph gives a number.
      const index = remember(paragraph, FACTS.unquantifiedClaim, () => {
        const claim = paragraph.sentences.findIndex((s) => mentions(ACHIEVEMENTS, s));
        return claim >= 0 && !paragraph.sentences.some((s) => isQuantified(s, letter.text)) ? claim : -1;
      });
      const claim = paragraph.sentences[index];
      if (!claim) return [];
      return [
        {
          offset: claim.start,
          length: claim.end - claim.start,
          message: 'This paragraph claims results without a single number; add one (users, latency, cost, percentage).',
        },
      ];
    });
  },
};
