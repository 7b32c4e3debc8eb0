import { findFrontMatter } from '../../../shared/src/frontMatterFences';
import { layoutProse } from './text/blocks';
import type { DocumentFormat } from './text/layout';
import { countWords } from './text/tokens';

/**
 * Prose words in `text`, counted as the statistics count them (for a
 * selection's word count): the same blocks and the same count per block as
 * `parseLetter`, without splitting sentences or remembering paragraphs.
 */
export function countProseWords(text: string, format: DocumentFormat = 'markdown'): number {
  const { masked, blocks } = layoutProse(text, format, findFrontMatter(text)?.end ?? 0);
  return blocks.reduce((sum, b) => sum + countWords(masked.slice(b.start, b.end)), 0);
}
