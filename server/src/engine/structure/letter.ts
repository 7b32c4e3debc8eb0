/**
 * Parses a letter: finds its paragraphs and their roles (header, salutation,
 * body, sign-off...), splits their sentences, and gives each paragraph its
 * content key and memo. The shapes it builds are declared in model.ts.
 */
import { layoutProse } from '../text/blocks';
import type { Block, DocumentFormat } from '../text/layout';
import { readFrontMatter } from '../text/frontMatter';
import { SALUTATION_STARTS, SENTENCE_LIKE_SIGN_OFFS, SIGN_OFF_STARTS } from '../vocabulary/letterParts';
import { memoFor, ParagraphMemo } from './memo';
import type { Letter, Paragraph } from './model';
import { paragraphShape, placeSentences } from './sentences';

/** Parses a letter's text into paragraphs, their roles and sentences. */
export function parseLetter(text: string, format: DocumentFormat): Letter {
  const frontMatter = readFrontMatter(text);
  const { masked, blocks } = layoutProse(text, format, frontMatter?.end ?? 0);
  const paragraphs = blocks.map((block, index) => toParagraph(masked, block, index)).filter((p) => p.words > 0);
  paragraphs.forEach((p, index) => (p.index = index));
  assignRoles(paragraphs, masked);
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

/** Until parseLetter gives the paragraph its key and the memo for it. */
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

function assignRoles(paragraphs: Paragraph[], masked: string): void {
  let i = 0;
  const salutation = paragraphs.findIndex(
    (p, index) =>
      index < SALUTATION_WINDOW &&
      p.kind !== 'heading' &&
      p.words <= 10 &&
      (p.words <= 5 || !p.endsLikeSentence) &&
      startsWithAny(p, SALUTATION_STARTS),
  );
  if (salutation >= 0) {
    for (; i < salutation; i++) paragraphs[i]!.role = paragraphs[i]!.kind === 'heading' ? 'heading' : 'header';
    paragraphs[i++]!.role = 'salutation';
  } else {
    // Name, contact and date lines, as long as something follows them.
    const last = paragraphs.length - 1;
    for (; i < last && (paragraphs[i]!.kind === 'heading' || looksLikeHeaderLine(paragraphs[i]!, masked)); i++) {
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
  if (!signedOff) markUnsignedName(paragraphs);
}

/**
 * A letter signed with a bare name ("Noor Rahimi") and no sign-off line, perhaps
 * with contact lines after it: the last paragraphs, while each is a short line of
 * capitalised words or figures not ended like a sentence and a body paragraph
 * stands before it, are the signature.
 */
function markUnsignedName(paragraphs: Paragraph[]): void {
  for (let i = paragraphs.length - 1; i > 0; i--) {
    const p = paragraphs[i]!;
    if (p.role !== 'body' || paragraphs[i - 1]!.role !== 'body' || !looksLikeNameLine(p)) return;
    p.role = 'signature';
  }
}

function looksLikeNameLine(p: Paragraph): boolean {
  if (p.words > NAME_WORDS || p.endsLikeSentence || p.kind !== 'paragraph') return false;
  return p.sentences.every((s) => s.tokens.every((t) => !/^\p{L}/u.test(t.raw) || /^\p{Lu}/u.test(t.raw)));
}

/** Words a name signed on its own may have ("Noor Rahimi", "Dr. Ana María Ferrer"). */
const NAME_WORDS = 6;

/** Name, contact and date lines: short, and not ending like a sentence, nor leading into a list ("Three results:"). */
function looksLikeHeaderLine(p: Paragraph, masked: string): boolean {
  return p.words <= 15 && !p.endsLikeSentence && p.kind === 'paragraph' && !masked.slice(p.start, p.end).trimEnd().endsWith(':');
}

/**
 * "Best,", "Kind regards,", "With best regards,", "Thank you,". A line that
 * starts like a sign-off but is a sentence ("Thank you for considering my
 * application.") is the last line of the body.
 */
function isSignOff(p: Paragraph): boolean {
  if (p.words > 8 || !startsWithAny(p, SIGN_OFF_STARTS)) return false;
  const first = p.sentences[0]?.tokens[0]?.norm ?? '';
  return !p.endsLikeSentence || p.words <= 3 || !SENTENCE_LIKE_SIGN_OFFS.includes(first);
}

function startsWithAny(p: Paragraph, starts: readonly string[]): boolean {
  const words = (p.sentences[0]?.tokens ?? []).slice(0, 3).map((t) => t.norm);
  return starts.some((start) => {
    const parts = start.split(' ');
    return parts.every((part, k) => words[k] === part);
  });
}
