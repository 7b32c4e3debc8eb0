/**
 * Splits a document into blocks of prose (paragraphs, headings, list items)
 * and masks everything that is not prose.
 */
import type { DocumentFormat } from '../types';
import { blank, maskOutside, maskUrlsAndEmails, type Span } from './mask';
import { markdownBlocks } from './markdown';

export type BlockKind = 'paragraph' | 'heading' | 'listItem';

export interface Block extends Span {
  kind: BlockKind;
}

export interface ProseLayout {
  /** Same length as the text; non-prose replaced by spaces. */
  masked: string;
  blocks: Block[];
}

/** `skipUntil` is where the front matter ends: nothing before it is prose. */
export function layoutProse(text: string, format: DocumentFormat, skipUntil: number): ProseLayout {
  const body = blank(text.slice(0, skipUntil)) + text.slice(skipUntil);
  if (format === 'markdown') {
    const { blocks, prose } = markdownBlocks(body);
    const masked = maskUrlsAndEmails(maskOutside(body, prose.filter((s) => s.start >= skipUntil)));
    return { masked, blocks: blocks.filter((b) => b.start >= skipUntil) };
  }
  const masked = maskUrlsAndEmails(body);
  return { masked, blocks: plainTextBlocks(masked) };
}

/** Plain text: paragraphs are separated by blank lines. */
function plainTextBlocks(masked: string): Block[] {
  const blocks: Block[] = [];
  const separator = /(?:\r?\n[ \t]*){2,}/g;
  let at = 0;
  const push = (start: number, end: number): void => {
    const text = masked.slice(start, end);
    const lead = text.length - text.trimStart().length;
    const trail = text.length - text.trimEnd().length;
    if (start + lead < end - trail) blocks.push({ start: start + lead, end: end - trail, kind: 'paragraph' });
  };
  for (const m of masked.matchAll(separator)) {
    push(at, m.index ?? 0);
    at = (m.index ?? 0) + m[0].length;
  }
  push(at, masked.length);
  return blocks;
}
