/** Where a finding about the whole letter is shown. */
import type { Letter } from '../structure/model';
import type { RawFinding } from './rule';

/** On the salutation when there is one, else on the first sentence of the body. */
export function letterLevel(letter: Letter, message: string): RawFinding[] {
  const anchor = letter.paragraphs.find((p) => p.role === 'salutation')?.sentences[0] ?? letter.body[0]?.sentences[0];
  return anchor ? [{ offset: anchor.start, length: anchor.end - anchor.start, message }] : [];
}

/** A complete letter, not a paragraph still being drafted. */
export function isComplete(letter: Letter): boolean {
  return letter.body.length >= 2;
}
