/**
 * A letter as the rules see it: paragraphs with their role (header, salutation,
 * body, sign-off...), sentences with tagged tokens, and the front matter.
 * Types only; parseLetter (letter.ts) builds them.
 */
import type { BlockKind, DocumentFormat } from '../text/layout';
import type { FrontMatter } from '../text/frontMatter';
import type { Token } from '../text/tokens';
import type { ParagraphMemo } from './memo';

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
