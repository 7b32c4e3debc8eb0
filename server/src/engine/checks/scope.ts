/** Which parts of a letter a check reads. */
import type { Paragraph, Sentence } from '../structure/model';

export type Scope =
  /** Everything the writer wrote as prose, except the header and the signature. */
  | 'letter'
  /** Body paragraphs only. */
  | 'body'
  /** The first two sentences of the first body paragraph: where a reader decides to read on. */
  | 'opening';

/** The sentences of `paragraph` that a check with this scope reads. */
export function sentencesOf(paragraph: Paragraph, scope: Scope): readonly Sentence[] {
  switch (scope) {
    case 'body':
      return paragraph.role === 'body' ? paragraph.sentences : [];
    case 'opening':
      return paragraph.opensBody ? paragraph.sentences.slice(0, 2) : [];
    case 'letter':
      return paragraph.role === 'header' || paragraph.role === 'signature' ? [] : paragraph.sentences;
  }
}
