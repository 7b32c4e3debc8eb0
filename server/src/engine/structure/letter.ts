/**
 * A letter as the rules see it: paragraphs with their role (header, salutation,
 * body, sign-off...), sentences with tagged tokens, and the front matter.
 */
import type { Block, BlockKind } from '../text/blocks';
import { layoutProse } from '../text/blocks';
import { readFrontMatter, type FrontMatter } from '../text/frontMatter';
import type { Token } from '../text/tokens';
import type { DocumentFormat } from '../types';
import { SALUTATION_STARTS, SIGN_OFF_STARTS } from '../vocabulary/letterParts';
import { memoFor, ParagraphMemo } from './memo';
import { paragraphShape, placeSentences } from './sentences';

export type ParagraphRole = 'header' | 'salutation' | 'heading' | 'body' | 'signoff' | 'signature';

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Built on first read: most of a long document's sentences are never read on a keystroke. */
  readonly tokens: Token[];
  readonly words: number;
  readonly paragraph: Paragraph;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  kind: BlockKind;
  role: ParagraphRole;
  sentences: Sentence[];
  words: number;
  /** Ends with . ! or ? (perhaps followed by a quote or bracket). */
  endsLikeSentence: boolean;
  /** The first body paragraph: where the reader decides whether to read on. */
  opensBody: boolean;
  /**
   * Everything a paragraph-level result may depend on: kind, role, whether it
   * opens the body, its text (as written and as masked), and the character after
   * its trailing spaces (or the end of the text), which a removal fix looks at.
   */
  key: string;
  /** Results remembered for paragraphs with this key (see memo.ts). */
  memo: ParagraphMemo;
}

export interface Letter {
  text: string;
  /** The text with everything but prose blanked; same length as `text`. */
  masked: string;
  format: DocumentFormat;
  frontMatter: FrontMatter | undefined;
  paragraphs: Paragraph[];
  /** Body paragraphs, in order: the part of the letter that makes the case. */
  body: Paragraph[];
  sentences: Sentence[];
  bodySentences: Sentence[];
  words: number;
}

export function readLetter(text: string, format: DocumentFormat): Letter {
  const frontMatter = readFrontMatter(text);
  const { masked, blocks } = layoutProse(text, format, frontMatter?.end ?? 0);
  const paragraphs = blocks.map((block, index) => toParagraph(masked, block, index)).filter((p) => p.words > 0);
  paragraphs.forEach((p, index) => (p.index = index));
  assignRoles(paragraphs);
  const body = paragraphs.filter((p) => p.role === 'body');
  if (body[0]) body[0].opensBody = true;
  for (const p of paragraphs) {
    p.key = contentKey(text, masked, p);
    p.memo = memoFor(p.key);
  }
  const sentences = paragraphs.flatMap((p) => p.sentences);
  return {
    text,
    masked,
    format,
    frontMatter,
    paragraphs,
    body,
    sentences,
    bodySentences: body.flatMap((p) => p.sentences),
    words: paragraphs.reduce((sum, p) => sum + p.words, 0),
  };
}

function toParagraph(masked: string, block: Block, index: number): Paragraph {
  const shape = paragraphShape(masked.slice(block.start, block.end));
  const paragraph: Paragraph = {
    index,
    start: block.start,
    end: block.end,
    kind: block.kind,
    role: 'body',
    sentences: [],
    words: shape.words,
    endsLikeSentence: shape.endsLikeSentence,
    opensBody: false,
    key: '',
    memo: UNREAD,
  };
  paragraph.sentences = placeSentences(shape, paragraph);
  return paragraph;
}

/** Until readLetter gives the paragraph its key and the memo for it. */
const UNREAD = new ParagraphMemo();

function contentKey(text: string, masked: string, p: Paragraph): string {
  let after = p.end;
  while (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9) after++;
  const written = text.slice(p.start, Math.min(text.length, after + 1));
  const prose = masked.slice(p.start, p.end);
  const end = after >= text.length ? '\u0003' : '';
  return `${p.kind}\u0001${p.role}\u0001${p.opensBody ? 1 : 0}\u0001${written}${end}\u0002${prose === written.slice(0, prose.length) ? '' : prose}`;
}

/** How far into the letter a salutation may stand (after name, address, date lines). */
const SALUTATION_WINDOW = 8;

function assignRoles(paragraphs: Paragraph[]): void {
  let i = 0;
  const salutation = paragraphs.findIndex(
    (p, index) => index < SALUTATION_WINDOW && p.kind !== 'heading' && p.words <= 10 && startsWithAny(p, SALUTATION_STARTS),
  );
  if (salutation >= 0) {
    for (; i < salutation; i++) paragraphs[i]!.role = paragraphs[i]!.kind === 'heading' ? 'heading' : 'header';
    paragraphs[i++]!.role = 'salutation';
  } else {
    // Name, contact and date lines, as long as something follows them.
    const last = paragraphs.length - 1;
    for (; i < last && (paragraphs[i]!.kind === 'heading' || looksLikeHeaderLine(paragraphs[i]!)); i++) {
      paragraphs[i]!.role = paragraphs[i]!.kind === 'heading' ? 'heading' : 'header';
    }
  }
  let seenBody = false;
  let signedOff = false;
  for (; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (p.kind === 'heading') p.role = 'heading';
    else if (signedOff) p.role = 'signature';
    else if (seenBody && isSignOff(p)) {
      p.role = 'signoff';
      signedOff = true;
    } else {
      p.role = 'body';
      seenBody = true;
    }
  }
}

/** Name, contact and date lines: short, and not ending like a sentence. */
function looksLikeHeaderLine(p: Paragraph): boolean {
  return p.words <= 15 && !p.endsLikeSentence;
}

/** "Best,", "Kind regards,", or a short "Thank you for your time." */
function isSignOff(p: Paragraph): boolean {
  return p.words <= 8 && startsWithAny(p, SIGN_OFF_STARTS);
}

function startsWithAny(p: Paragraph, starts: readonly string[]): boolean {
  const words = (p.sentences[0]?.tokens ?? []).slice(0, 3).map((t) => t.norm);
  return starts.some((start) => {
    const parts = start.split(' ');
    return parts.every((part, k) => words[k] === part);
  });
}
