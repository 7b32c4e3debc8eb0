/**
 * Sentence segmentation with compromise, with offsets into the original text
 * (UTF-16 code units, as JavaScript strings count). A paragraph's shape (its
 * sentences, their words, their counts) is cached by the paragraph's text, so a
 * keystroke re-reads only the paragraph it touched; the other paragraphs are
 * placed at their new offsets, and their tokens are built only if a rule reads
 * them. Part-of-speech tags are costly, so a sentence is tagged only when a rule
 * asks for a token's tags, and the tags are cached per sentence text.
 */
import type compromise from 'compromise/two';
import { countWords, tokenize, type Token } from '../text/tokens';
import { detached } from '../memory/cache';
import { createCache } from '../memory/caches';
import type { Paragraph, Sentence } from './model';

/** What a paragraph's text alone decides, wherever the paragraph stands. */
export interface ParagraphShape {
  words: number;
  /** Ends with . ! or ? (perhaps followed by a quote or bracket). */
  endsLikeSentence: boolean;
  sentences: readonly RelativeSentence[];
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
  words: number;
  /** The sentence's text. */
  text: string;
  /** Its tokens, offsets relative to the sentence: made the first time a rule reads them. */
  tokens?: ReadonlyArray<Omit<Token, 'tags'>>;
  /** Tags by the token's offset in the sentence, computed once for every placement. */
  tagger: Tagger;
}

let loaded: typeof compromise | undefined;

/**
 * compromise, loaded the first time a sentence is read. A program that uses the
 * engine's other parts only (the language server's main thread, which leaves the
 * checks to its worker) never holds it: some 24 MB.
 */
function nlp(): typeof compromise {
  if (loaded !== undefined) return loaded;
  // A require, not an import: an import would load it with the rest of the engine.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const library = require('compromise/two') as typeof compromise | { default: typeof compromise };
  loaded = 'default' in library ? library.default : library;
  // In a letter "ms." ends a sentence about milliseconds far more often than it
  // abbreviates a title ("Ms." before a name sits in the salutation, where a split
  // does no harm), so compromise is told not to read it as an abbreviation.
  delete (loaded.model() as { one: { abbreviations: Record<string, unknown> } }).one.abbreviations['ms'];
  return loaded;
}

/** Paragraphs and sentences a letter, and a long document's edits, keep meeting again. */
const shapeCache = createCache<string, ParagraphShape>('paragraphShapes');
const tagCache = createCache<string, ReadonlyMap<number, readonly string[]>>('sentenceTags');

/** The shape of a paragraph's text; line breaks inside a paragraph do not end a sentence. */
export function paragraphShape(text: string): ParagraphShape {
  let shape = shapeCache.get(text);
  if (!shape) {
    const key = detached(text); // cached text must not keep the whole document alive
    // compromise ends a sentence at a line break; hard-wrapped paragraphs must not be cut there.
    const flat = key.replace(/[\r\n]/g, ' ');
    shape = {
      words: countWords(flat),
      endsLikeSentence: /[.!?]["'”’)\]]*\s*$/.test(flat),
      sentences: segment(flat),
    };
    shapeCache.set(key, shape);
  }
  return shape;
}

/** The sentences of `shape`, placed where `paragraph` starts. */
export function placeSentences(shape: ParagraphShape, paragraph: Paragraph): Sentence[] {
  return shape.sentences.map((s) => new PlacedSentence(s, paragraph));
}

/** A sentence placed in the text: offsets into it, tokens built on first read. */
class PlacedSentence implements Sentence {
  readonly start: number;
  readonly end: number;
  readonly words: number;
  private built: Token[] | undefined;

  constructor(
    private readonly relative: RelativeSentence,
    readonly paragraph: Paragraph,
  ) {
    this.start = paragraph.start + relative.start;
    this.end = paragraph.start + relative.end;
    this.words = relative.words;
  }

  get tokens(): Token[] {
    if (!this.built) {
      const { relative } = this;
      const offset = this.start;
      relative.tokens ??= tokenize(relative.text);
      this.built = relative.tokens.map((t) => new SentenceToken(t.norm, t.raw, offset + t.start, offset + t.end, relative.tagger, t.start));
    }
    return this.built;
  }
}

/**
 * compromise slows down more than linearly with the length of a sentence
 * (`well-known ` × 18,000 took 12 s), so it is never given more than this many
 * characters at once. A longer paragraph is split into pieces at the last
 * sentence end before the bound (or, in a run with none, the last space), and
 * each piece is segmented on its own; a sentence longer than the bound is cut
 * there. No paragraph of a letter comes near it.
 */
export const MAX_SEGMENT_CHARS = 10_000;

/**
 * Sentences are tagged in pieces of at most this many characters (about five
 * hundred words), cut at a space: a normal sentence is tagged whole, as before.
 */
export const MAX_TAGGED_CHARS = 3_000;

function segment(paragraph: string): RelativeSentence[] {
  if (!/[\p{L}\p{N}]/u.test(paragraph)) return [];
  const sentences: RelativeSentence[] = [];
  for (const [from, to] of pieces(paragraph, MAX_SEGMENT_CHARS, true)) segmentPiece(paragraph, from, to, sentences);
  return sentences;
}

function segmentPiece(paragraph: string, from: number, to: number, sentences: RelativeSentence[]): void {
  const piece = from === 0 && to === paragraph.length ? paragraph : paragraph.slice(from, to);
  const doc = nlp().tokenize(piece);
  doc.compute('offset');
  for (const terms of doc.document as CompromiseTerm[][]) {
    const first = terms.find((t) => t.offset);
    const last = [...terms].reverse().find((t) => t.offset && t.offset.length > 0);
    if (!first?.offset || !last?.offset) continue;
    const sStart = from + first.offset.start;
    // The sentence runs to its closing punctuation, which compromise keeps in the last word's `post`.
    const closing = /^[^\s]*/.exec(last.post ?? '')![0];
    const sEnd = Math.min(to, from + last.offset.start + last.offset.length + closing.length);
    const text = paragraph.slice(sStart, sEnd);
    // A sentence of punctuation alone has no words to check.
    if (/[\p{L}\p{N}]/u.test(text)) sentences.push({ start: sStart, end: sEnd, words: countWords(text), text, tagger: lazyTags(text) });
  }
}

/**
 * `text` cut into consecutive pieces of at most `max` characters: the whole
 * text when it fits. A piece ends after the last sentence end (`.`, `!` or `?`
 * and a space) in its second half when `atSentenceEnd` and there is one, else
 * after its last space, else at `max` (never inside a surrogate pair).
 */
function pieces(text: string, max: number, atSentenceEnd: boolean): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  let from = 0;
  while (text.length - from > max) {
    let cut = -1;
    let space = -1;
    for (let i = from + max; i > from + max / 2; i--) {
      if (!/\s/.test(text.charAt(i - 1))) continue;
      if (space < 0) space = i;
      if (!atSentenceEnd) break;
      if ('.!?'.includes(text.charAt(i - 2) || ' ')) {
        cut = i;
        break;
      }
    }
    if (cut < 0) cut = space;
    if (cut < 0) {
      cut = from + max;
      const code = text.charCodeAt(cut);
      if (code >= 0xdc00 && code <= 0xdfff) cut--;
    }
    result.push([from, cut]);
    from = cut;
  }
  result.push([from, text.length]);
  return result;
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
      for (const [from, to] of pieces(sentence, MAX_TAGGED_CHARS, false)) {
        const doc = nlp()(from === 0 && to === sentence.length ? sentence : sentence.slice(from, to));
        doc.compute('offset');
        for (const terms of doc.document as CompromiseTerm[][]) {
          for (const term of terms) {
            const at = term.offset ? from + term.offset.start : -1;
            if (at >= 0 && term.tags && !map.has(at)) map.set(at, [...term.tags]);
          }
        }
      }
      tags = map;
      tagCache.set(detached(sentence), tags);
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
