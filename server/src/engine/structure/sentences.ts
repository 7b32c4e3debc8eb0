/**
 * Sentence segmentation and part-of-speech tags from compromise, with offsets
 * into the original text (UTF-16 code units, as JavaScript strings count).
 */
import nlp from 'compromise';
import { tokenize, type Token } from '../text/tokens';

export interface SentenceSpan {
  start: number;
  end: number;
  tokens: Token[];
}

interface CompromiseTerm {
  tags?: string[];
  offset?: { start: number; length: number };
}

interface CompromiseSentence {
  offset?: { start: number; length: number };
  terms?: CompromiseTerm[];
}

/** Sentences of `masked[start, end)`; line breaks inside a paragraph do not end a sentence. */
export function splitSentences(masked: string, start: number, end: number): SentenceSpan[] {
  // compromise ends a sentence at a line break; hard-wrapped paragraphs must not be cut there.
  const paragraph = masked.slice(start, end).replace(/[\r\n]/g, ' ');
  if (!/[\p{L}\p{N}]/u.test(paragraph)) return [];
  const json = nlp(paragraph).json({ offset: true, terms: { offset: true } }) as CompromiseSentence[];
  const sentences: SentenceSpan[] = [];
  for (const s of json) {
    if (!s.offset) continue;
    const sStart = start + s.offset.start;
    const sEnd = sStart + s.offset.length;
    const tokens = tokenize(masked, sStart, sEnd);
    if (tokens.length === 0) continue;
    sentences.push({ start: sStart, end: sEnd, tokens: withTags(tokens, s.terms ?? [], start) });
  }
  return sentences;
}

/** Gives each token the tags of the compromise term that starts where it starts. */
function withTags(tokens: Token[], terms: readonly CompromiseTerm[], base: number): Token[] {
  const tagsAt = new Map<number, string[]>();
  for (const term of terms) {
    if (!term.offset || !term.tags) continue;
    const at = base + term.offset.start;
    if (!tagsAt.has(at)) tagsAt.set(at, term.tags);
  }
  return tokens.map((t) => ({ ...t, tags: tagsAt.get(t.start) ?? t.tags }));
}
