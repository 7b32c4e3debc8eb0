/** Which industry a letter is for: said in the front matter or settings, or read from the job and the letter. */
import type { IndustrySource } from '../types';
import type { Industry } from '../../../../shared/src/settings';
import { compilePhrases, findPhrases } from '../text/phrases';
import type { Letter } from '../structure/model';
import { FACTS, remember } from '../structure/memo';
import { INDUSTRY_SIGNALS } from '../vocabulary/tailoring';

const SIGNALS = (Object.keys(INDUSTRY_SIGNALS) as Array<keyof typeof INDUSTRY_SIGNALS>).map(
  (industry) => [industry, compilePhrases(INDUSTRY_SIGNALS[industry])] as const,
);

/** Signals needed before guessing, and how far ahead of the runner-up the winner must be. */
const MIN_SCORE = 3;
const LEAD = 1.5;

export function resolveIndustry(
  fromFrontMatter: Industry | undefined,
  fromSettings: Industry | undefined,
  letter: Letter,
  job: Letter | undefined,
): { industry: Industry; source: IndustrySource } {
  if (fromFrontMatter) return { industry: fromFrontMatter, source: 'front matter' };
  if (fromSettings && fromSettings !== 'general') return { industry: fromSettings, source: 'setting' };
  const detected = detectIndustry(letter, job);
  return detected ? { industry: detected, source: 'detected' } : { industry: 'general', source: 'default' };
}

/** The description's words count double: it says what the employer is. */
function detectIndustry(letter: Letter, job: Letter | undefined): Industry | undefined {
  const letterCounts = signalCounts(letter);
  const jobCounts = job ? signalCounts(job) : undefined;
  const scores = SIGNALS.map(([industry], i) => ({ industry, score: 2 * (jobCounts?.[i] ?? 0) + letterCounts[i]! })).sort(
    (a, b) => b.score - a.score,
  );
  const [first, second] = scores;
  if (!first || first.score < MIN_SCORE || first.score < LEAD * (second?.score ?? 0)) return undefined;
  return first.industry;
}

/** How many signals of each industry (in the order of SIGNALS) the text holds, summed over its paragraphs. */
function signalCounts(doc: Letter): number[] {
  const totals = SIGNALS.map(() => 0);
  for (const paragraph of doc.paragraphs) {
    const counts = remember(paragraph, FACTS.industrySignals, () =>
      SIGNALS.map(([, set]) => paragraph.sentences.reduce((n, s) => n + findPhrases(s.tokens, set).length, 0)),
    );
    counts.forEach((n, i) => (totals[i]! += n));
  }
  return totals;
}
