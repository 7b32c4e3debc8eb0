import { hasFigure, isQuantified } from '../structure/quantities';
import { compilePhrases, mentions } from '../text/phrases';
import { ACHIEVEMENT_VERBS, MAGNITUDE_WORDS } from '../vocabulary/achievements';
import { FACTS, remember } from '../structure/memo';
import { caseSections } from '../structure/sections';
import type { Rule } from '../kit/rule';

const ACHIEVEMENTS = compilePhrases(ACHIEVEMENT_VERBS);
const MAGNITUDES = compilePhrases(MAGNITUDE_WORDS);

export const unquantifiedParagraph: Rule = {
  id: 'unquantified-paragraph',
  name: 'Paragraph without numbers',
  defaultSeverity: 'information',
  summary:
    'A body paragraph before the closing that claims results (the writer built, shipped, delivered, improved…, or a vague "significant improvement") ' +
    'with no figure: digits, or a measure in words ("eight million", "halved", "a third"); a count in words ("three analysts") measures only its own sentence. ' +
    'A list with its lead-in is one paragraph.',
  explanation:
    'Claims without a figure are hard to believe and easy to skim past. A rough, defensible number — users, latency, cost, percentage — beats none.',
  example: {
    before: 'I built a new recommendation model and improved engagement.',
    after: 'I built a new recommendation model that lifted click-through 7% across 8M users.',
  },
  examples: {
    flagged: [
      '⟦I built a new recommendation model and improved engagement across the site.⟧\n\nCould we talk next week?',
      'Dear Priya,\n\n⟦I have consistently delivered transformative results for my stakeholders.⟧\n\nCould we talk next week?\n\nBest,\nDana',
      'Dear Priya,\n\nLast year I joined Lumen. ⟦I helped build the feature store the ranking team uses.⟧\n\nCould we talk next week?',
      'Dear Priya,\n\nMy 4 years at Lumen taught me patience.\n\n⟦The new pipeline was a significant improvement over the old scripts.⟧\n\nCould we talk next week?',
      // A tenure or a count in words does not measure the result.
      'Dear Priya,\n\nFor six years I worked at Lumen. ⟦I improved the relevance of its search.⟧ Two teams use it.\n\nCould we talk next week?',
      'Dear Priya,\n\n⟦We shipped the rebuilt ranker to every market.⟧ It now runs on its own.\n\nI read your post on drift.\n\nCould we talk next week?',
    ],
    clean: [
      'I built a recommendation model that lifted click-through 7% for 8M users.\n\nCould we talk next week?',
      'I built 3 model generations in a year.\n\nCould we talk next week?',
      'I halved the cost of the ranker and it now serves eight million users.\n\nCould we talk next week?',
      // A count in words measures its own sentence.
      'I trained three analysts to run the reconciliation service.\n\nCould we talk next week?',
      'Your posting mentions drift on the EU surface.\n\nCould we talk next week?',
      // Not the writer's claim: a trade-off to work on.
      'I own the fraud model at Brisk.\n\nLowering false declines without raising losses is the trade-off I want to work on next.\n\nCould we talk next week?',
      // A promise, not a claim.
      'I own the fraud model at Brisk, scoring 2,000 payments a second.\n\nI would like to add value to your risk team.\n\nCould we talk next week?',
      // A list with its lead-in is one paragraph: one figure in it is enough.
      'I own the ranker at Lumen.\n\nWhat I built there:\n- The serving path, at 40 ms p99.\n- The retraining pipeline.\n- The drift alerts.\n\nCould we talk next week?',
      // The closing asks; it is not held to a figure.
      'I cut inference cost 42% at Lumen.\n\nCould we talk next week? I would walk you through the rollout I built.',
    ],
  },
  check: (letter) =>
    caseSections(letter).flatMap((section) => {
      // A list with its lead-in is one paragraph: a figure anywhere in it quantifies it.
      if (section.some((p) => remember(p, FACTS.quantified, () => p.sentences.some((s) => hasFigure(s, letter.text) || mentions(MAGNITUDES, s)))))
        return [];
      for (const paragraph of section) {
        // A count in words ("I trained three analysts") measures its own sentence, not the paragraph's other claims.
        const index = remember(paragraph, FACTS.unmeasuredClaim, () =>
          paragraph.sentences.findIndex((s) => mentions(ACHIEVEMENTS, s) && !isQuantified(s, letter.text)),
        );
        const claim = paragraph.sentences[index];
        if (claim) {
          return [
            {
              offset: claim.start,
              length: claim.end - claim.start,
              message: 'This paragraph claims results without a single number; add one (users, latency, cost, percentage).',
            },
          ];
        }
      }
      return [];
    }),
};
