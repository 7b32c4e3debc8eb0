import { isQuantified } from '../structure/quantities';
import { FACTS, remember } from '../structure/memo';
import { isWholeLetter } from '../structure/sections';
import type { Rule } from '../kit/rule';

/** Quantified sentences a complete letter should have at least. */
const MINIMUM = 2;

export const noNumbers: Rule = {
  id: 'no-numbers',
  name: 'Too few numbers',
  defaultSeverity: 'warning',
  summary:
    'A letter with fewer than two sentences that give a figure, in digits or in words ("8M", "eight million", "halved"); a year is not a figure.',
  explanation:
    'Managers skim for figures: latency, throughput, cost, users, revenue. A letter with one number or none gives them nothing to hold on to. ' +
    'Pair each model metric with a production or business figure.',
  example: {
    before: 'I improved our models and made the pipeline faster.',
    after: 'I cut p99 latency from 120 ms to 40 ms and saved $310K a year in GPU spend.',
  },
  examples: {
    flagged: [
      '⟦I built our recommendation model.⟧\n\nI also made the pipeline faster and more reliable.\n\nCould we talk?',
      'Dear Priya,\n\n⟦I cut inference cost 42% at Lumen.⟧\n\nI also rebuilt the pipeline.\n\nCould we talk?\n\nBest,\nDana',
      // A year is a date, not a result.
      '⟦In 2023 I joined Lumen.⟧\n\nIn 2024 I rebuilt its pipeline.\n\nCould we talk?',
      // Names with digits in them are not figures.
      '⟦I tuned p99 latency on A10G cards.⟧\n\nI wrote the Q3 roadmap.\n\nCould we talk?',
      '⟦I rebuilt the ranker and its pipeline.⟧ Could we talk?\n\nKind regards,\nDana',
    ],
    clean: [
      'I built a recommendation model that lifted click-through 7%.\n\nIt now serves 8M users at 40 ms p99.\n\nCould we talk?',
      'A one-paragraph draft without numbers yet.',
      'I cut cost 42%. It serves 8M users.\n\nCould we talk?',
      // Figures written in words, as a formal letter writes them.
      'I halved the cost of the ranker.\n\nIt serves eight million users at forty milliseconds.\n\nCould we talk?',
      'I saved $310K a year.\n\nLatency fell from 120 ms to 40 ms.\n\nCould we talk?',
      'Dear Priya,\n\nI own the ranking model at Lumen.',
    ],
  },
  check: (letter) => {
    if (!isWholeLetter(letter)) return [];
    const quantified = letter.body.reduce(
      (n, p) => n + remember(p, FACTS.sentencesWithFigures, () => p.sentences.filter((s) => isQuantified(s, letter.text)).length),
      0,
    );
    const first = letter.body[0]!.sentences[0];
    if (quantified >= MINIMUM || !first) return [];
    return [
      {
        offset: first.start,
        length: first.end - first.start,
        message: `The letter has ${quantified === 0 ? 'no figure' : 'only one sentence with a figure'}; give at least ${MINIMUM} results in numbers (latency, cost, users, revenue).`,
      },
    ];
  },
};
