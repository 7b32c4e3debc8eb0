/** The engine's statistics as the client's status bar gets them (shared/src/protocol.ts). */
import type { LetterStatistics } from '../../../shared/src/protocol';
import type { Statistics, Tailoring } from '../engine';

export function letterStatistics(uri: string, version: number, stats: Statistics, industrySource?: Tailoring['industrySource']): LetterStatistics {
  const statistics: LetterStatistics = {
    uri,
    version,
    words: stats.words,
    target: stats.target,
    targetSource: stats.targetSource,
    sentences: stats.sentences,
    paragraphs: stats.paragraphs,
    averageSentenceLength: stats.averageSentenceLength,
    readingTimeMinutes: stats.readingTimeMinutes,
    readabilityGrade: stats.readabilityGrade,
    industry: stats.industry,
  };
  if (industrySource !== undefined) statistics.industrySource = industrySource;
  if (stats.job !== undefined) statistics.job = { match: stats.job.match, matched: [...stats.job.matched], missing: [...stats.job.missing] };
  return statistics;
}
