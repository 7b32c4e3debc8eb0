/** The engine's statistics as the client's status bar gets them (shared/src/protocol.ts). */
import type { LetterStatistics } from '../../../shared/src/protocol';
import type { Statistics } from '../engine';

export function letterStatistics(uri: string, version: number, stats: Statistics): LetterStatistics {
  return {
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
}
