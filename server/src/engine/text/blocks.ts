/**
 * Splits a document into blocks of prose (paragraphs, headings, list items)
 * and masks everything that is not prose.
 */
import type { Block, BlockKind, DocumentFormat } from './layout';
import { blank, maskOutside, maskUrlsAndEmails } from './mask';
import { markdownBlocks } from './markdown';
import { SIGN_OFF_STARTS } from '../vocabulary/letterParts';

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
/** A line this short that ends a sentence, or stands alone and ends a clause ("Dear Priya,", "Best,"), ends its paragraph. */
const SHORT_LINE = 45;
/**
 * Hard-wrapped lines are filled close to the widest line of their block; a line
 * that ends a sentence well short of that, before a line starting with a capital,
 * ends its paragraph (a letter with one paragraph per line and no blank lines).
 */
const FILLED_SHARE = 0.8;
/** A bullet at the start of a line: `-`, `*`, `•`, `–`, `·`, `▪`, `◦`, `‣`, or `1.`/`1)` (as plain text writes lists). */
const BULLET = /^[ \t]*(?:[-*•–·▪◦‣]|\d{1,2}[.)])[ \t]+\S/;

/**
 * Many letters put one paragraph per line with no blank line between them. A
 * line break ends a paragraph when the line before it ends a sentence (or a
 * greeting) and is either too long to be hard-wrapped or short; hard-wrapped
 * prose, whose lines are of middling length, stays one paragraph, whatever the
 * length of the paragraph so far. A line that starts with a bullet starts a
 * list item (plain text has no other list syntax); in a block with bullets,
 * a line ending a sentence or a lead-in (`:`) ends its item.
 */
function splitUnwrappedLines(masked: string, blocks: Block[]): Block[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'heading') return [block];
    const lines = linesOf(masked, block);
    const listed = lines.some((line) => BULLET.test(masked.slice(line.start, line.end)));
    const widest = lines.reduce((w, line) => Math.max(w, masked.slice(line.start, line.end).trim().length), 0);
    const parts: Block[] = [];
    let start = block.start;
    let kind: BlockKind = block.kind;
    let alone = true; // no line of the current part before this one
    lines.forEach((line, i) => {
      const written = masked.slice(line.start, line.end);
      const bullet = listed && BULLET.test(written);
      if (bullet && start < line.start) {
        parts.push({ ...block, kind, start, end: lines[i - 1]!.end });
        start = line.start;
        alone = true;
      }
      if (start === line.start) kind = bullet ? 'listItem' : block.kind;
      const from = line.start + (written.length - written.trimStart().length);
      const to = line.start + written.trimEnd().length;
      const length = Math.max(0, to - from);
      const next = lines[i + 1];
      if (next && length > 0 && endsClause(masked, from, to)) {
        const sentence = masked.charAt(lastWritten(masked, from, to)) !== ',';
        const nextText = masked.slice(next.start, next.end).trim();
        const early = sentence && length < FILLED_SHARE * widest && /^\p{Lu}/u.test(nextText);
        if (
          (sentence && length > UNWRAPPED_LINE) ||
          (length < SHORT_LINE && (sentence || alone)) ||
          (listed && sentence) ||
          early ||
          (sentence && isSignOffLine(nextText))
        ) {
          parts.push({ ...block, kind, start, end: line.end });
          start = next.start;
          alone = true;
          return;
        }
      }
      if (length > 0) alone = false;
    });
    parts.push({ ...block, kind, start, end: block.end });
    return parts.filter((p) => masked.slice(p.start, p.end).trim() !== '');
  });
}

/** "Yours sincerely,", "Best regards", "Thanks,": a short line that starts like a sign-off and does not end a sentence. */
function isSignOffLine(line: string): boolean {
  if (line.length >= SHORT_LINE || /[.!?:]$/.test(line)) return false;
  const words = line
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, ' ')
    .trim()
    .split(/\s+/)
    .join(' ');
  return SIGN_OFF_STARTS.some((start) => words === start || words.startsWith(`${start} `));
}

/** The lines of a block: where each starts and where its text ends (before the line break). */
function linesOf(masked: string, block: Block): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  let lineStart = block.start;
  const lineBreak = /\r?\n/g;
  lineBreak.lastIndex = block.start;
  for (let m = lineBreak.exec(masked); m && m.index < block.end; m = lineBreak.exec(masked)) {
    lines.push({ start: lineStart, end: m.index });
    lineStart = m.index + m[0].length;
  }
  lines.push({ start: lineStart, end: block.end });
  return lines;
}

const CLOSERS = `"'”’)]`;

/** The index of the last character of `masked[from, to)` before closing quotes and brackets. */
function lastWritten(masked: string, from: number, to: number): number {
  let i = to;
  while (i > from && CLOSERS.includes(masked.charAt(i - 1))) i--;
  return i - 1;
}

/** `masked[from, to)` ends a sentence or a clause: `.!?:,`, perhaps followed by closing quotes and brackets. */
function endsClause(masked: string, from: number, to: number): boolean {
  const i = lastWritten(masked, from, to);
  return i >= from && '.!?:,'.includes(masked.charAt(i));
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
