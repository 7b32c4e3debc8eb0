/** Which parts of a letter a check reads. */
import type { Letter, Sentence } from '../structure/letter';

export type Scope =
  /** Everything the writer wrote as prose, except the header and the signature. */
  | 'letter'
  /** Body paragraphs only. */
  | 'body'
  /** The first two sentences of the first body paragraph: where a reader decides to read on. */
  | 'opening';

export function sentencesIn(letter: Letter, scope: Scope): Sentence[] {
  switch (scope) {
    case 'body':
      return letter.bodySentences;
    case 'opening':
      return letter.body[0]?.sentences.slice(0, 2) ?? [];
    case 'letter':
      return letter.sentences.filter((s) => s.paragraph.role !== 'header' && s.paragraph.role !== 'signature');
  }
}
