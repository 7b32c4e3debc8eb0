import { findFrontMatter } from '../../../shared/src/frontMatterFences';
import { layoutProse } from './text/blocks';
import { countWords } from './text/tokens';
import type { DocumentFormat } from './types';

/**
 * Prose words in `text`, counted as the statistics count them (for a
 * selection's word count): the same blocks and the same count per block as
 * `readLetter`, without splitting sentences or remembering paragraphs.
 */
export function countProseWords(text: string, format: DocumentFormat = 'markdown'): number {
  const { masked, blocks } = layoutProse(text, format, findFrontMatter(text)?.end ?? 0);
  return blocks.reduce((sum, b) => sum + countWords(masked.slice(b.start, b.end)), 0);
}
