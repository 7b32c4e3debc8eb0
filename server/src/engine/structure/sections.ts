/**
 * The body as a writer lays it out: a bullet list is one block with the line
 * that leads into it ("Three results from that work:"), not one paragraph per
 * item; and the closing is the last block, read together with the one before it
 * when the last is only a courtesy line ("Thank you for your time.").
 */
import type { Letter, Paragraph, Sentence } from './model';

/**
 * Where a finding about the whole letter is shown: the salutation line when
 * there is one (all of it: "Dear Ms. Okafor," is one line even where its
 * sentences split after "Ms."), else the first sentence of the body.
 */
export function letterAnchor(letter: Letter): { offset: number; length: number } | undefined {
  const salutation = letter.paragraphs.find((p) => p.role === 'salutation');
  if (salutation) {
    const end = salutation.sentences.at(-1)?.end ?? salutation.end;
    const start = salutation.sentences[0]?.start ?? salutation.start;
    return { offset: start, length: end - start };
  }
  const first = letter.body[0]?.sentences[0];
  return first ? { offset: first.start, length: first.end - first.start } : undefined;
}

/** The body paragraphs grouped as a writer counts them: a list, with its lead-in, is one section. */
export function bodySections(letter: Letter): Paragraph[][] {
  const sections: Paragraph[][] = [];
  for (const p of letter.body) {
    const current = sections.at(-1);
    const previous = current?.at(-1);
    if (current && previous && p.kind === 'listItem' && (previous.kind === 'listItem' || leadsIn(letter, previous))) current.push(p);
    else sections.push([p]);
  }
  return sections;
}

/** A paragraph that ends with a colon introduces what follows it. */
function leadsIn(letter: Letter, p: Paragraph): boolean {
  return letter.masked.slice(p.start, p.end).trimEnd().endsWith(':');
}

/**
 * A letter that is written through, not a paragraph still being drafted: two
 * body sections or more, or a single one that the writer has signed off.
 */
export function isWholeLetter(letter: Letter): boolean {
  if (letter.body.length === 0) return false;
  return bodySections(letter).length >= 2 || letter.paragraphs.some((p) => p.role === 'signoff');
}

/** A last paragraph this short is a courtesy line; the ask, if any, is in the paragraph before it. */
const COURTESY_WORDS = 20;

/**
 * The sentences of the closing: the last body section, and the section before it
 * when the last is a short courtesy line ("I look forward to hearing from you.").
 * In a one-section letter, the last sentences of that section.
 */
export function closingSentences(letter: Letter): { sentences: Sentence[]; last: Sentence | undefined } {
  const sections = bodySections(letter);
  const lastSection = sections.at(-1) ?? [];
  const sentences = lastSection.flatMap((p) => p.sentences);
  const last = sentences.at(-1);
  // An ask in a postscript after the signature still asks ("P.S. Happy to share the notebook.").
  const postscript = letter.paragraphs
    .filter((p) => p.role === 'signature' && /^\s*P\.?\s?S\b/i.test(letter.masked.slice(p.start, p.end)))
    .flatMap((p) => p.sentences);
  if (sections.length === 1) return { sentences: [...sentences.slice(-CLOSING_SENTENCES), ...postscript], last };
  const words = lastSection.reduce((n, p) => n + p.words, 0);
  const before = words <= COURTESY_WORDS && sections.length >= 2 ? sections.at(-2)!.flatMap((p) => p.sentences) : [];
  return { sentences: [...before.slice(-CLOSING_SENTENCES), ...sentences, ...postscript], last };
}

/** How far back from its end a paragraph is read for an ask. */
const CLOSING_SENTENCES = 3;

/** The body sections before the last one (a list with its lead-in counting as one): the ones that make the case. */
export function caseSections(letter: Letter): Paragraph[][] {
  const sections = bodySections(letter);
  return isWholeLetter(letter) ? sections.slice(0, -1) : sections;
}
