/**
 * Splits a document into blocks of prose (paragraphs, headings, list items)
 * and masks everything that is not prose.
 */
import type { Block, DocumentFormat } from './layout';
import { blank, maskOutside, maskUrlsAndEmails } from './mask';
import { markdownBlocks } from './markdown';

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
    const masked = maskUrlsAndEmails(
      maskOutside(
        body,
        prose.filter((s) => s.start >= skipUntil),
      ),
    );
    return {
      masked,
      blocks: splitUnwrappedLines(
        masked,
        blocks.filter((b) => b.start >= skipUntil),
      ),
    };
  }
  const masked = maskUrlsAndEmails(body);
  return { masked, blocks: splitUnwrappedLines(masked, plainTextBlocks(masked)) };
}

/** A line this long was not hard-wrapped: it is a paragraph of its own. */
const UNWRAPPED_LINE = 100;
/** A line this short that ends a sentence or a clause ("Dear Priya,", "Best,") stands alone. */
const SHORT_LINE = 45;

/**
 * Many letters put one paragraph per line with no blank line between them. A
 * line break starts a new paragraph when the line before it ends a sentence (or
 * a greeting) and is either too long to be hard-wrapped or short; hard-wrapped
 * prose, whose lines are of middling length, stays one paragraph.
 */
function splitUnwrappedLines(masked: string, blocks: Block[]): Block[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'heading') return [block];
    const parts: Block[] = [];
    let start = block.start;
    // Where the text since `start` begins and ends once trimmed (-1: only spaces so far), kept up
    // line by line: trimming and testing the whole text since `start` at every line break was
    // quadratic in a paragraph of unsplit lines (40,000 `a: b` lines took 9 s).
    let contentStart = -1;
    let contentEnd = -1;
    let lineStart = block.start;
    const lineBreak = /\r?\n/g;
    lineBreak.lastIndex = block.start;
    for (let m = lineBreak.exec(masked); m && m.index < block.end; m = lineBreak.exec(masked)) {
      let last = m.index;
      while (last > lineStart && isSpace(masked.charCodeAt(last - 1))) last--;
      if (last > lineStart) {
        contentEnd = last;
        if (contentStart < 0) {
          contentStart = lineStart;
          while (isSpace(masked.charCodeAt(contentStart))) contentStart++;
        }
      }
      const length = contentStart < 0 ? 0 : contentEnd - contentStart;
      if (length > 0 && endsClause(masked, contentStart, contentEnd) && (length > UNWRAPPED_LINE || length < SHORT_LINE)) {
        parts.push({ ...block, start, end: m.index });
        start = m.index + m[0].length;
        contentStart = -1;
        contentEnd = -1;
      }
      lineStart = m.index + m[0].length;
    }
    parts.push({ ...block, start, end: block.end });
    return parts.filter((p) => masked.slice(p.start, p.end).trim() !== '');
  });
}

function isSpace(code: number): boolean {
  return /\s/.test(String.fromCharCode(code));
}

const CLOSERS = `"'”’)]`;

/** `masked[from, to)` ends a sentence or a clause: `.!?:,`, perhaps followed by closing quotes and brackets. */
function endsClause(masked: string, from: number, to: number): boolean {
  let i = to;
  while (i > from && CLOSERS.includes(masked.charAt(i - 1))) i--;
  return i > from && '.!?:,'.includes(masked.charAt(i - 1));
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
