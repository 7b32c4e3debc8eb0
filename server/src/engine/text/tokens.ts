/**
 * Word tokens for phrase matching. Hyphens and slashes separate tokens, so
 * "hard-working" and "hard working" match the same phrase; contractions expand
 * into the words they stand for ("I'm" → "i", "am"), each keeping the span of
 * the written word, so "I am writing" also matches "I'm writing".
 */
import { wordTable } from '../vocabulary/wordTable';

export interface Token {
  /** Lower-case form used for matching (apostrophes normalised to '). */
  norm: string;
  /** The word as written (for a contraction, the whole written word). */
  raw: string;
  start: number;
  end: number;
  /** compromise tags of the word (Verb, Noun, Passive, ...), filled in later. */
  tags: readonly string[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

const CONTRACTION_SUFFIXES: ReadonlyArray<[string, string]> = [
  ["n't", 'not'],
  ["'m", 'am'],
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'d", 'would'],
];

/** "'s" only expands after pronouns; elsewhere it is a possessive. */
const IS_CONTRACTIONS = new Set(['it', 'that', 'there', 'what', 'he', 'she', 'who', 'here', 'let']);

const IRREGULAR: Readonly<Record<string, readonly string[]>> = wordTable({
  "can't": ['can', 'not'],
  "won't": ['will', 'not'],
  "shan't": ['shall', 'not'],
  "let's": ['let', 'us'],
});

export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** A possessive's noun ("pytorch's" → "pytorch", "Spark’s" → "Spark"); other words as they are. */
export function withoutPossessive(word: string): string {
  return word.replace(/['’]s$/, '');
}

/** Splits a normalised word into the words it stands for. */
export function expandContraction(norm: string): readonly string[] {
  const irregular = IRREGULAR[norm];
  if (irregular) return irregular;
  for (const [suffix, full] of CONTRACTION_SUFFIXES) {
    if (norm.length > suffix.length && norm.endsWith(suffix)) {
      return [norm.slice(0, -suffix.length), full];
    }
  }
  if (norm.endsWith("'s")) {
    const stem = norm.slice(0, -2);
    if (IS_CONTRACTIONS.has(stem)) return [stem, 'is'];
  }
  return [norm];
}

/** Tokens of `text`, with offsets into it. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const tokenStart = m.index ?? 0;
    for (const norm of expandContraction(normalizeWord(raw))) {
      tokens.push({ norm, raw, start: tokenStart, end: tokenStart + raw.length, tags: [] });
    }
  }
  return tokens;
}

/** Words as a reader counts them: whitespace-separated runs holding a letter or digit. */
export function countWords(text: string): number {
  let count = 0;
  for (const chunk of text.split(/\s+/)) {
    if (/[\p{L}\p{N}]/u.test(chunk)) count++;
  }
  return count;
}
