/**
 * Context guards for phrase rules: a phrase's words can be used for something
 * other than what the rule means. A quoted phrase is mentioned, not used ("the
 * “team player” badge"); a capitalised word inside a sentence is a name
 * ("Synergy Mutual", "Passion Planner").
 */
import type { Paragraph, Sentence } from '../structure/model';
import type { ParagraphCheck, RawFinding } from '../kit/rule';
import type { Token } from '../text/tokens';

const OPENING_QUOTES = '"“‘\'«';
const CLOSING_QUOTES = '"”’\'»';

/** How far a quotation around a phrase may reach on either side. */
const QUOTE_REACH = 60;

/**
 * The span stands between quotation marks: the writer names the phrase rather than
 * uses it. Right beside the span any quotation mark counts ('the ‘team player’
 * badge'); a little further off only curly double ones do ("the “ideal candidate”
 * slogan"), since a single closing mark is also an apostrophe.
 */
export function isQuoted(text: string, start: number, end: number): boolean {
  if (OPENING_QUOTES.includes(text.charAt(start - 1) || ' ') && CLOSING_QUOTES.includes(text.charAt(end) || ' ')) return true;
  let open = false;
  for (let k = start - 1; k >= Math.max(0, start - QUOTE_REACH); k--) {
    const c = text.charAt(k);
    if (c === '\n' || c === '”') break;
    if (c === '“') {
      open = true;
      break;
    }
  }
  if (!open) return false;
  for (let k = end; k < Math.min(text.length, end + QUOTE_REACH); k++) {
    const c = text.charAt(k);
    if (c === '\n' || c === '“') return false;
    if (c === '”') return true;
  }
  return false;
}

/** The index of the first item whose `start` is at or after `offset` (items sorted by start): a binary search, so that many findings in one long sentence stay linear. */
function firstAtOrAfter(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence that holds `offset`, found by binary search. */
export function sentenceAt(paragraph: Paragraph, offset: number): Sentence | undefined {
  const k = firstAtOrAfter(paragraph.sentences, offset + 1) - 1;
  const sentence = paragraph.sentences[k];
  return sentence && offset < sentence.end ? sentence : undefined;
}

/** Where an offset falls: its sentence and the index of the token that starts there. */
export function tokenAt(paragraph: Paragraph, offset: number): { sentence: Sentence; index: number } | undefined {
  const sentence = sentenceAt(paragraph, offset);
  if (!sentence) return undefined;
  const index = firstAtOrAfter(sentence.tokens, offset);
  return sentence.tokens[index]?.start === offset ? { sentence, index } : undefined;
}

/** The first token of the sentence holding `offset` that starts at or after it. */
export function tokenIndexFrom(sentence: Sentence, offset: number): number {
  return firstAtOrAfter(sentence.tokens, offset);
}

/**
 * The word at `offset` is written as a name: capitalised (not all capitals) and
 * not the first word of its sentence, nor "I", nor right after a colon or a quotation mark.
 */
export function isNameAt(paragraph: Paragraph, text: string, offset: number): boolean {
  const at = tokenAt(paragraph, offset);
  if (!at || at.index === 0) return false;
  const token: Token = at.sentence.tokens[at.index]!;
  if (token.norm === 'i' || !/^\p{Lu}\p{Ll}/u.test(token.raw)) return false;
  const before = text.slice(at.sentence.tokens[at.index - 1]!.end, token.start);
  return !/[:;"“‘(]/.test(before);
}

const THIRD_PERSON_BE = new Set(['is', 'are', 'was', 'were']);
const WRITER_OR_RELATIVE = new Set(['i', 'we', 'who', 'that', 'which']);

/**
 * The phrase is said of something or someone else: "our detector is deliberately
 * detail-oriented", "the sales team was excited about…". The nearest "am/is/was…"
 * within six words before it decides: after "I", "we" or a "who"/"that" it is the writer's.
 */
export function saidOfOthers(paragraph: Paragraph, offset: number): boolean {
  const at = tokenAt(paragraph, offset);
  if (!at) return false;
  const tokens = at.sentence.tokens;
  for (let k = at.index - 1; k >= Math.max(0, at.index - 6); k--) {
    const norm = tokens[k]!.norm;
    if (norm === 'i' || norm === 'am' || norm === 'me' || norm === 'my') return false;
    if (THIRD_PERSON_BE.has(norm)) return !WRITER_OR_RELATIVE.has(tokens[k - 1]?.norm ?? '');
  }
  return false;
}

/** Keeps only the findings `keep` accepts. */
export function guarded(check: ParagraphCheck, keep: (finding: RawFinding, paragraph: Paragraph, text: string) => boolean): ParagraphCheck {
  return (paragraph, letter, context) => check(paragraph, letter, context).filter((f) => keep(f, paragraph, letter.text));
}

/** Drops phrases that are quoted, and (with `names`) phrases written as a name. */
export function mentionGuard(check: ParagraphCheck, options: { names?: boolean } = {}): ParagraphCheck {
  return guarded(check, (f, paragraph, text) => {
    if (isQuoted(text, f.offset, f.offset + f.length)) return false;
    return !(options.names && isNameAt(paragraph, text, f.offset));
  });
}
