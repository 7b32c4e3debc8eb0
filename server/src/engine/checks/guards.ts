/**
 * Context guards for phrase rules: a phrase's words can be used for something
 * other than what the rule means. A quoted phrase is mentioned, not used ("the
 * “team player” badge"); a capitalised word inside a sentence is a name
 * ("Synergy Mutual", "Passion Planner").
 *
 * The rules that judge how writers present themselves (overclaim, passion-cliche,
 * self-assessed-trait, buzzword) fire only on a claim about the writer. One guard,
 * `notTheWritersClaim`, decides that for all of them: the words are someone else's
 * report ("the vendor called its engine cutting-edge"), the person someone else
 * seeks or chooses ("the job ad asks for a self-starter", "we hired the best
 * candidate"), withheld ("I would not call myself an expert"), a term defined
 * ("synergy means…"), or they qualify a thing or other people ("a goal-oriented
 * dialogue agent", "our highly motivated volunteers"). A writer's word inside the
 * claim, or the writer counting themselves in after it ("…like me", "so am I"),
 * keeps it the writer's. The word lists live in vocabulary/attribution.ts.
 */
import type { Paragraph, Sentence } from '../structure/model';
import type { ParagraphCheck, RawFinding } from '../kit/rule';
import type { Token } from '../text/tokens';
import {
  CANDIDACY_AFTER_FOR,
  DOUBT_OPENERS,
  MANY_AFTER_FOR,
  NEGATIONS,
  NOT_A_HEAD,
  OTHER_DETERMINERS,
  PERSON_NOUNS,
  REPORTING_VERBS,
  AUXILIARIES,
  CHOOSING_VERBS,
  SEEKING_NOT_BEFORE,
  SEEKING_VERBS,
  SOUGHT_OBJECT_STARTS,
  DEFINING,
  WRITER_JOINS,
  WRITER_WORDS,
} from '../vocabulary/attribution';
import { compilePhrases, findPhrases } from '../text/phrases';

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
export function isQuoted(text: string, start: number, end: number, reach = QUOTE_REACH): boolean {
  if (OPENING_QUOTES.includes(text.charAt(start - 1) || ' ') && CLOSING_QUOTES.includes(text.charAt(end) || ' ')) return true;
  let open = false;
  for (let k = start - 1; k >= Math.max(0, start - reach); k--) {
    const c = text.charAt(k);
    if (c === '”' || blankLineAt(text, k)) break;
    if (c === '“') {
      open = true;
      break;
    }
  }
  if (!open) return straightQuoted(text, start, end, reach);
  for (let k = end; k < Math.min(text.length, end + reach); k++) {
    const c = text.charAt(k);
    if (c === '“' || blankLineAt(text, k)) return false;
    if (c === '”') return true;
  }
  return false;
}

/** A line break that ends a paragraph (a blank line follows or precedes it); a hard-wrapped line's break is a space. */
function blankLineAt(text: string, k: number): boolean {
  return text.charAt(k) === '\n' && (/^\r?\n/.test(text.slice(k + 1, k + 3)) || /\n\r?$/.test(text.slice(Math.max(0, k - 2), k)));
}

/** Between straight double quotes in its paragraph, within reach: an odd number of them before the span and one after it. */
function straightQuoted(text: string, start: number, end: number, reach: number): boolean {
  const window = text.slice(Math.max(0, start - reach), start);
  const before = window.slice(Math.max(window.lastIndexOf('\n\n'), window.lastIndexOf('\n\r\n')) + 1);
  const ahead = text.slice(end, end + reach);
  const blank = /\r?\n\r?\n/.exec(ahead);
  const after = blank ? ahead.slice(0, blank.index) : ahead;
  return (before.split('"').length - 1) % 2 === 1 && after.includes('"');
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
  if (!at) return false;
  const token: Token = at.sentence.tokens[at.index]!;
  const capitalised = (t: Token | undefined) => !!t && t.norm !== 'i' && /^\p{Lu}\p{Ll}/u.test(t.raw);
  if (!capitalised(token)) return false;
  // First in its sentence, a word is a name only with another capitalised word after it ("Synergy Health hired me…").
  if (at.index === 0)
    return !/(?:ing|ed)$/.test(token.norm) && capitalised(at.sentence.tokens[1]) && /^\s+$/.test(text.slice(token.end, at.sentence.tokens[1]!.start));
  const before = text.slice(at.sentence.tokens[at.index - 1]!.end, token.start);
  return !/[:;"“‘(]/.test(before);
}

const THIRD_PERSON_BE = new Set([
  'is',
  'are',
  'was',
  'were',
  'feel',
  'feels',
  'felt',
  'seem',
  'seems',
  'seemed',
  'grew',
  'became',
  'become',
  'becomes',
]);
const WRITER_OR_RELATIVE = new Set(['i', 'we', 'who', 'that', 'which']);
const RELATIVES = new Set(['who', 'that', 'which']);
const NOT_PLURAL = new Set(['us', 'is', 'was', 'has', 'this', 'its', 'his', 'as', 'yes', 'analysis', 'always']);

/** A plural noun, roughly: a lower-case word in -s that is not a function word ("viewers", "customers"). */
function pluralNoun(t: Token | undefined): boolean {
  return !!t && /^\p{L}\p{Ll}+s$/u.test(t.raw) && !/(?:ss|us|is)$/.test(t.norm) && !NOT_PLURAL.has(t.norm);
}

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
    if (!THIRD_PERSON_BE.has(norm)) continue;
    // The subject, past any auxiliaries and adverbs: "they feel thrilled", "I have always felt…".
    let j = k - 1;
    while (j >= 0 && (AUXILIARY.has(tokens[j]!.norm) || isAdverb(tokens[j]))) j--;
    const subject = tokens[j]?.norm ?? '';
    // A relative takes its antecedent: "someone who is passionate" is the writer, "viewers who were thrilled" are not.
    // …unless the writer is among them: "we are a team of engineers who are passionate about AI".
    if (RELATIVES.has(subject))
      return pluralNoun(tokens[j - 1]) && !tokens.slice(0, j).some((t, n) => t.norm === 'we' && ['are', 'were'].includes(tokens[n + 1]?.norm ?? ''));
    return !WRITER_OR_RELATIVE.has(subject);
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

const WRITER = new Set(WRITER_WORDS);
const REPORTING = new Set(REPORTING_VERBS);
const SEEKING = new Set(SEEKING_VERBS);
const CHOOSING = new Set(CHOOSING_VERBS);
const OBJECT_START = new Set(SOUGHT_OBJECT_STARTS);
const AUXILIARY = new Set(AUXILIARIES);

/** The subject of the verb at `k` is the writer: "I", "we", past auxiliaries and adverbs ("I have always wanted"). */
function writerSubject(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (AUXILIARY.has(tokens[j]!.norm) || isAdverb(tokens[j]))) j--;
  return WRITER.has(tokens[j]?.norm ?? '');
}
const SEEKING_NOT = new Set(SEEKING_NOT_BEFORE);
const NEGATION = new Set(NEGATIONS);
const DOUBT = new Set(DOUBT_OPENERS);
const OTHER_DETERMINER = new Set(OTHER_DETERMINERS);
const PERSON = new Set(PERSON_NOUNS);
const CANDIDACY = new Set(CANDIDACY_AFTER_FOR);
const MANY = new Set(MANY_AFTER_FOR);
const NOT_HEAD = new Set(NOT_A_HEAD);
const JOINS = compilePhrases(WRITER_JOINS);
/** How many words after a finding are read for the writer counting themselves in, or for a report: bounded, so many findings in one long sentence stay linear. */
const JOIN_REACH = 12;
const DEFINES = compilePhrases(DEFINING);

/**
 * After the finding, in its clause, the writer counts themselves in: "…a
 * detail-oriented engineer like me", "…is passionate about AI, and so am I".
 */
export function writerJoins(paragraph: Paragraph, text: string, f: RawFinding): boolean {
  const sentence = sentenceAt(paragraph, f.offset);
  if (!sentence) return false;
  const from = tokenIndexFrom(sentence, f.offset + f.length);
  let to = from;
  const limit = Math.min(sentence.tokens.length, from + JOIN_REACH);
  while (to < limit && !(to > from && /[;:]/.test(text.slice(sentence.tokens[to - 1]!.end, sentence.tokens[to]!.start)))) to++;
  return findPhrases(sentence.tokens.slice(from, to), JOINS).length > 0;
}

/** How far back a verb of saying or seeking may stand from the words it governs. */
const ATTRIBUTION_REACH = 8;

/** A clause break between two tokens: a semicolon, colon, dash or bracket. */
function clauseBreak(text: string, from: Token, to: Token): boolean {
  return /[;:—–()]/.test(text.slice(from.end, to.start));
}

/** Adverbs a writer slips in before a phrase ("not yet", "deliberately"). */
function isAdverb(t: Token | undefined): boolean {
  return !!t && (/ly$/.test(t.norm) || t.norm === 'yet' || t.norm === 'very' || t.norm === 'really' || t.norm === 'so');
}

/**
 * Before the phrase, in its clause, a verb of saying ("the vendor called its engine…",
 * "your posting says…") or of seeking ("we needed a…", "the committee named the…"):
 * the words are someone's report or the person sought. A writer's word in between
 * ("colleagues describe me as…", "the recruiter said I was…") keeps it the writer's,
 * and so does "I" as the speaker ("I would call the launch…").
 */
function reportedOrSought(text: string, tokens: readonly Token[], index: number, seeking: boolean): boolean {
  for (let k = index - 1; k >= Math.max(0, index - ATTRIBUTION_REACH); k--) {
    const t = tokens[k]!;
    if (clauseBreak(text, t, tokens[k + 1]!)) return false;
    if (WRITER.has(t.norm)) return false;
    if (REPORTING.has(t.norm)) return !writerSubject(tokens, k);
    if (!seeking || SEEKING_NOT.has(tokens[k + 1]?.norm ?? '') || !OBJECT_START.has(tokens[k + 1]?.norm ?? '')) continue;
    if (CHOOSING.has(t.norm) || (SEEKING.has(t.norm) && !writerSubject(tokens, k))) return true;
  }
  return false;
}

/** After the phrase, a comma and then, within four words and none the writer's, a verb of saying: "…is world-class, the vendor says". */
function reportedAfter(text: string, tokens: readonly Token[], end: number): boolean {
  for (let k = end; k < Math.min(tokens.length - 1, end + JOIN_REACH); k++) {
    if (!text.slice(tokens[k - 1]?.end ?? tokens[k]!.start, tokens[k]!.start).includes(',')) continue;
    for (let j = k; j < Math.min(tokens.length, k + 4); j++) {
      if (WRITER.has(tokens[j]!.norm)) return false;
      if (REPORTING.has(tokens[j]!.norm)) return true;
    }
    return false;
  }
  return false;
}

/** "I would not call myself…", "whether I am the right person…": the writer withholds the claim. */
function withheld(text: string, tokens: readonly Token[], index: number): boolean {
  let k = index - 1;
  while (isAdverb(tokens[k]) || ['the', 'a', 'an'].includes(tokens[k]?.norm ?? '')) k--;
  // "Not only passionate but also…" adds rather than withholds.
  if (NEGATION.has(tokens[k]?.norm ?? '') && !['only', 'just', 'merely'].includes(tokens[k + 1]?.norm ?? '')) return true;
  for (let j = index - 1; j >= Math.max(0, index - 4); j--) {
    if (clauseBreak(text, tokens[j]!, tokens[j + 1]!)) return false;
    if (DOUBT.has(tokens[j]!.norm)) return true;
  }
  return false;
}

/**
 * The phrase qualifies a noun that is not the writer: "the passionate debate", "a
 * goal-oriented dialogue agent", "our highly motivated volunteers". It stands after
 * a determiner with no "I" just before, and the next words name a thing, or
 * people in the plural.
 */
function qualifiesAnother(text: string, tokens: readonly Token[], index: number, end: number): boolean {
  let k = index - 1;
  while (isAdverb(tokens[k])) k--;
  const determiner = tokens[k];
  if (!determiner || !OTHER_DETERMINER.has(determiner.norm)) return false;
  if (tokens.slice(Math.max(0, k - 6), k).some((t) => WRITER.has(t.norm) || t.norm === 'am')) return false;
  const next = tokens.slice(end, end + 3);
  const head = next[0];
  if (!head || !/^\p{L}+$/u.test(head.raw) || NOT_HEAD.has(head.norm) || !/^\s+$/.test(text.slice(tokens[end - 1]!.end, head.start))) return false;
  if (PERSON.has(head.norm) && head.norm.endsWith('s')) return true;
  return !next.some((t) => PERSON.has(t.norm));
}

/** The index one past the last token of a span. */
function tokenEnd(tokens: readonly Token[], from: number, end: number): number {
  let k = from;
  while (k < tokens.length && tokens[k]!.start < end) k++;
  return k;
}

/**
 * The rule's words are not the writer's claim about themselves: someone else says
 * them or (unless `sought` is false) is sought with them, the writer withholds them, or (with `things`) they
 * describe a thing or other people. One guard for the rules that judge how the
 * writer presents themselves (overclaim, passion-cliche, self-assessed-trait, buzzword).
 */
export function notTheWritersClaim(
  paragraph: Paragraph,
  text: string,
  f: RawFinding,
  options: { things?: boolean; owners?: boolean; sought?: boolean } = {},
): boolean {
  const at = tokenAt(paragraph, f.offset);
  if (!at || writerJoins(paragraph, text, f)) return false;
  const tokens = at.sentence.tokens;
  const end = tokenEnd(tokens, at.index, f.offset + f.length);
  // "…would say I am extremely dependable": a phrase that names the writer is the writer's.
  const namesWriter = tokens.slice(at.index, end).some((t) => WRITER.has(t.norm));
  if (!namesWriter && reportedOrSought(text, tokens, at.index, options.sought ?? true)) return true;
  if ((!namesWriter && reportedAfter(text, tokens, end)) || withheld(text, tokens, at.index)) return true;
  // "Synergy means a larger effect than…": a term defined, not used.
  if (findPhrases(tokens.slice(end, end + 4), DEFINES).some((m) => m.from === 0)) return true;
  if (options.owners && ownedByAnother(tokens, at.index, text)) return true;
  // "Each team player gets a load score": anyone of a kind, not the writer.
  if (options.things && EVERY_ONE.has(tokens[at.index - 1]?.norm ?? '')) return true;
  return !!options.things && qualifiesAnother(text, tokens, at.index, end);
}

const OTHERS_POSSESSIVES = new Set(['their', 'his', 'her', 'its']);
const EVERY_ONE = new Set(['each', 'every', 'any', 'no', 'all', 'other', 'both']);

/** "Their best-of-breed claim", "the vendor's world-class engine": another's words about their own thing. */
function ownedByAnother(tokens: readonly Token[], index: number, text: string): boolean {
  let k = index - 1;
  while (isAdverb(tokens[k])) k--;
  const before = tokens[k];
  if (before && (OTHERS_POSSESSIVES.has(before.norm) || /['’]s$/.test(before.raw))) return true;
  // In apposition to another's name: "our client, a world-class orchestra, …".
  const noun = tokens[k - 1];
  return (
    !!before &&
    !!noun &&
    (before.norm === 'a' || before.norm === 'an') &&
    text.slice(noun.end, before.start).trim() === ',' &&
    !WRITER.has(noun.norm) &&
    !tokens.slice(0, k).some((t) => WRITER.has(t.norm))
  );
}

/**
 * A candidacy claim that goes on to name what the candidate is for, and it is not
 * a job: "the best candidate for a cache key", "the top candidate for the award",
 * "the most suitable candidate for each opening" (one of many, chosen by others).
 */
export function candidateForAThing(paragraph: Paragraph, f: RawFinding): boolean {
  const at = tokenAt(paragraph, f.offset);
  if (!at) return false;
  const tokens = at.sentence.tokens;
  const end = tokenEnd(tokens, at.index, f.offset + f.length);
  if (tokens[end]?.norm !== 'for') return false;
  const after = tokens.slice(end + 1, end + 5);
  if (after.length === 0 || MANY.has(after[0]!.norm)) return after.length > 0;
  const capitalised = after.some((t) => /^\p{Lu}/u.test(t.raw));
  return !capitalised && !after.some((t) => CANDIDACY.has(t.norm));
}
