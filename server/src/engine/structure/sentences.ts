/**
 * Sentence segmentation with compromise, with offsets into the original text
 * (UTF-16 code units, as JavaScript strings count). Segmentation is cheap and
 * cached per paragraph, so a keystroke re-reads only the paragraph it touched.
 * Part-of-speech tags are costly, so a sentence is tagged only when a rule asks
 * for a token's tags, and the tags are cached per sentence text.
 */
import nlp from 'compromise/two';
import { tokenize, type Token } from '../text/tokens';
import { LruCache } from './cache';

export interface SentenceSpan {
  start: number;
  end: number;
  tokens: Token[];
}

interface CompromiseTerm {
  text: string;
  post?: string;
  tags?: Set<string>;
  offset?: { start: number; length: number };
}

interface RelativeSentence {
  start: number;
  end: number;
  tokens: ReadonlyArray<Omit<Token, 'tags'>>;
}

// In a letter "ms." ends a sentence about milliseconds far more often than it
// abbreviates a title ("Ms." before a name sits in the salutation, where a split
// does no harm), so compromise is told not to read it as an abbreviation.
delete (nlp.model() as { one: { abbreviations: Record<string, unknown> } }).one.abbreviations['ms'];

/** Paragraphs and sentences a letter, and a long document's edits, keep meeting again. */
const segmentCache = new LruCache<string, RelativeSentence[]>(1500);
const tagCache = new LruCache<string, ReadonlyMap<number, readonly string[]>>(1500);

/** Sentences of `masked[start, end)`; line breaks inside a paragraph do not end a sentence. */
export function splitSentences(masked: string, start: number, end: number): SentenceSpan[] {
  // compromise ends a sentence at a line break; hard-wrapped paragraphs must not be cut there.
  const paragraph = masked.slice(start, end).replace(/[\r\n]/g, ' ');
  let relative = segmentCache.get(paragraph);
  if (!relative) {
    relative = segment(paragraph);
    segmentCache.set(paragraph, relative);
  }
  return relative.map((s) => {
    const text = paragraph.slice(s.start, s.end);
    const tagger = lazyTags(text);
    return {
      start: start + s.start,
      end: start + s.end,
      tokens: s.tokens.map((t) => new SentenceToken(t.norm, t.raw, start + t.start, start + t.end, tagger, t.start - s.start)),
    };
  });
}

function segment(paragraph: string): RelativeSentence[] {
  if (!/[\p{L}\p{N}]/u.test(paragraph)) return [];
  const doc = nlp.tokenize(paragraph);
  doc.compute('offset');
  const sentences: RelativeSentence[] = [];
  for (const terms of doc.document as CompromiseTerm[][]) {
    const first = terms.find((t) => t.offset);
    const last = [...terms].reverse().find((t) => t.offset && t.offset.length > 0);
    if (!first?.offset || !last?.offset) continue;
    const sStart = first.offset.start;
    // The sentence runs to its closing punctuation, which compromise keeps in the last word's `post`.
    const closing = /^[^\s]*/.exec(last.post ?? '')![0];
    const sEnd = last.offset.start + last.offset.length + closing.length;
    const tokens = tokenize(paragraph, sStart, sEnd);
    if (tokens.length > 0) sentences.push({ start: sStart, end: sEnd, tokens });
  }
  return sentences;
}

type Tagger = () => ReadonlyMap<number, readonly string[]>;

/** Tags of a sentence's words by their offset in the sentence, computed on first use. */
function lazyTags(sentence: string): Tagger {
  let tags: ReadonlyMap<number, readonly string[]> | undefined;
  return () => {
    if (tags) return tags;
    tags = tagCache.get(sentence);
    if (!tags) {
      const map = new Map<number, readonly string[]>();
      const doc = nlp(sentence);
      doc.compute('offset');
      for (const terms of doc.document as CompromiseTerm[][]) {
        for (const term of terms) {
          if (term.offset && term.tags && !map.has(term.offset.start)) map.set(term.offset.start, [...term.tags]);
        }
      }
      tags = map;
      tagCache.set(sentence, tags);
    }
    return tags;
  };
}

/** A token whose part-of-speech tags are looked up only when a rule reads them. */
class SentenceToken implements Token {
  constructor(
    readonly norm: string,
    readonly raw: string,
    readonly start: number,
    readonly end: number,
    private readonly tagger: Tagger,
    private readonly offsetInSentence: number,
  ) {}

  get tags(): readonly string[] {
    return this.tagger().get(this.offsetInSentence) ?? [];
  }
}
