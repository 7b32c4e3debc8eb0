/** How much of a job description a letter addresses. */
import type { JobMatch } from '../types';
import type { Letter } from '../structure/model';
import { FACTS, remember } from '../structure/memo';
import type { JobDescription, JobTerm } from './jobDescription';
import { stemOf } from './stems';

/** Missing terms listed at most, heaviest first. */
const MAX_MISSING = 8;

export function matchJob(letter: Letter, job: JobDescription): JobMatch {
  const stems = letterStems(letter);
  const matched: JobTerm[] = [];
  const missing: JobTerm[] = [];
  for (const term of job.terms) (term.stems.every((s) => stems.has(s)) ? matched : missing).push(term);
  const total = job.terms.reduce((sum, t) => sum + t.weight, 0);
  const got = matched.reduce((sum, t) => sum + t.weight, 0);
  return {
    match: total === 0 ? 100 : Math.round((got / total) * 100),
    matched: matched.map((t) => t.label),
    missing: [...missing]
      .sort((a, b) => b.weight - a.weight)
      .slice(0, MAX_MISSING)
      .map((t) => t.label),
    role: job.role,
    company: job.company,
  };
}

/** The terms that count as missing enough to mention: tools and metrics. */
export function importantMissing(match: JobMatch, job: JobDescription): string[] {
  const important = new Set(job.terms.filter((t) => t.kind !== 'duty').map((t) => t.label));
  return match.missing.filter((label) => important.has(label));
}

/** The stems of the letter's words outside the header and signature, remembered per paragraph. */
function letterStems(letter: Letter): Set<string> {
  const stems = new Set<string>();
  for (const p of letter.paragraphs) {
    if (p.role === 'header' || p.role === 'signature') continue;
    const own = remember(p, FACTS.stems, () => [...new Set(p.sentences.flatMap((s) => s.tokens.map((t) => stemOf(t.norm))))]);
    for (const stem of own) stems.add(stem);
  }
  return stems;
}
