import type { AnalysisResult, AnalyzeOptions } from './types';

// Placeholder until the rules land: returns no findings and zero statistics.
export function analyze(_text: string, _options: AnalyzeOptions = {}): AnalysisResult {
  return { findings: [], stats: { words: 0, sentences: 0, paragraphs: 0 }, frontMatter: {} };
}
