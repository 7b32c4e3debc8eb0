/**
 * The hedge check: a phrase check whose entries carry guards about their
 * surroundings (what comes right before or after, punctuation, whether the
 * sentence is about the writer), and which never flags words quoted rather
 * than used ("replies that opened with "I think"").
 *
 * Each entry is matched on its own, so an entry whose guard fails leaves the
 * place to a shorter one; the surviving matches are then taken longest first,
 * without overlap.
 */
import type { Sentence } from '../structure/model';
import type { ParagraphCheck, RawFinding } from '../kit/rule';
import type { Token } from '../text/tokens';
import { compilePhrases, findPhrases, type PhraseMatch, type PhraseSet } from '../text/phrases';
import { CLAUSE_OPENERS, type HedgeEntry } from '../vocabulary/hedges';
import { entryFixes } from './phraseCheck';
import { sentencesOf } from './scope';

const WRITER = new Set(['i', 'me', 'my', 'myself']);
const DEFAULT_OPENERS = new Set(CLAUSE_OPENERS);
const RELATIVES = new Set(['which', 'that', 'who', 'what', 'where', 'whose']);
/** After an opinion verb, words that give it its other meaning: "what I think about", "that I believe in". */
const OTHER_MEANINGS = new Set([
  'about',
  'of',
  'in',
  'through',
  'like',
  'on',
  'for',
  'with',
  'hard',
  'deeply',
  'carefully',
  'differently',
  'clearly',
  'is',
  'was',
  'are',
  'were',
]);

export interface HedgeCheckOptions {
  entries: readonly HedgeEntry[];
  /** The message; `{phrase}` stands for the words as written. */
  message: string;
}

interface Compiled {
  entry: HedgeEntry;
  set: PhraseSet<HedgeEntry>;
  openers: ReadonlySet<string>;
}

export function hedgeCheck(options: HedgeCheckOptions): ParagraphCheck {
  const compiled: Compiled[] = options.entries.map((entry) => ({
    entry,
    set: compilePhrases([entry]),
    openers: entry.openers ? new Set(entry.openers) : DEFAULT_OPENERS,
  }));
  return (paragraph, { text }) => {
    const findings: RawFinding[] = [];
    for (const sentence of sentencesOf(paragraph, 'letter')) {
      for (const match of hedgesIn(sentence, text, compiled)) {
        const written = text.slice(match.start, match.end);
        findings.push({
          offset: match.start,
          length: match.end - match.start,
          message: options.message.replace('{phrase}', () => written),
          fixes: entryFixes(text, sentence, match),
        });
      }
    }
    return findings;
  };
}

function hedgesIn(sentence: Sentence, text: string, compiled: readonly Compiled[]): Array<PhraseMatch<HedgeEntry>> {
  const tokens = sentence.tokens;
  const quoted = quotedRanges(text, sentence.start, sentence.end);
  const firstWriter = tokens.findIndex((t) => WRITER.has(t.norm));
  const candidates: Array<PhraseMatch<HedgeEntry>> = [];
  for (const c of compiled) {
    for (const match of findPhrases(tokens, c.set)) {
      if (isQuoted(quoted, match.start)) continue;
      // Part of a compound ("maybe-later replies", "kind-of-done"): a name, not a hedge.
      if (text.charAt(match.end) === '-' || text.charAt(match.start - 1) === '-') continue;
      if (c.entry.aboutWriter && !(firstWriter >= 0 && firstWriter < match.from)) continue;
      if (guardsHold(match, tokens, text, sentence, c.openers)) candidates.push(match);
    }
  }
  candidates.sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: Array<PhraseMatch<HedgeEntry>> = [];
  for (const m of candidates) if (kept.length === 0 || m.from >= kept[kept.length - 1]!.to) kept.push(m);
  return kept;
}

/** The text between the tokens `k - 1` and `k`, or before the first / after the last within the sentence. */
function gapBefore(tokens: readonly Token[], k: number, text: string, sentence: Sentence): string {
  const from = k > 0 ? tokens[k - 1]!.end : sentence.start;
  const to = k < tokens.length ? tokens[k]!.start : sentence.end;
  return from <= to ? text.slice(from, to) : '';
}

function guardsHold(
  match: PhraseMatch<HedgeEntry>,
  tokens: readonly Token[],
  text: string,
  sentence: Sentence,
  openers: ReadonlySet<string>,
): boolean {
  const { entry, from, to } = match;
  const previous = from > 0 && !/[^\s]/.test(gapBefore(tokens, from, text, sentence)) ? tokens[from - 1] : undefined;
  const next = to < tokens.length && !/[^\s]/.test(gapBefore(tokens, to, text, sentence)) ? tokens[to] : undefined;
  if (entry.opensSentence && (from > 0 || /[\p{L}\p{N}]/u.test(text.slice(sentence.start, tokens[0]!.start)))) return false;
  if (entry.precededBy && !(previous && entry.precededBy.includes(previous.norm))) return false;
  if (entry.followedBy && !(next && entry.followedBy.includes(next.norm))) return false;
  if (entry.standsAside && next) return false;
  if (entry.framesClause && !framesClause(match, tokens, text, sentence, openers, next)) return false;
  return true;
}

/**
 * "I think my work fits", "I think that…": a clause follows. "My work, I
 * think, fits" and "It fits, I think.": the frame stands aside. Anything else
 * ("I think in percentiles", "I believe, and my paper shows, that…") is the
 * verb's other meaning or a claim the writer backs.
 */
function framesClause(
  match: PhraseMatch<HedgeEntry>,
  tokens: readonly Token[],
  text: string,
  sentence: Sentence,
  openers: ReadonlySet<string>,
  next: Token | undefined,
): boolean {
  const { from, to } = match;
  if (tokens[to - 1]!.norm === 'that' && to - 1 > from) return true;
  if (next) {
    // A name opens a clause too: "I think Acme's team…".
    if (openers.has(next.norm) || /^\p{Lu}/u.test(next.raw)) return true;
    // Slipped into a relative clause: "which I think lifted conversion", "what I believe sets me apart".
    const previous = from > 0 && !/[^\s]/.test(gapBefore(tokens, from, text, sentence)) ? tokens[from - 1] : undefined;
    return previous !== undefined && RELATIVES.has(previous.norm) && !OTHER_MEANINGS.has(next.norm);
  }
  const after = gapBefore(tokens, to, text, sentence);
  if (to >= tokens.length || /^\s*[.!?…]/.test(after)) return true; // "It scaled well, I think."
  // Between commas or dashes: "my work, I believe, would…".
  return /^\s*[,–—]/.test(after) && /[,–—(]\s*$/.test(gapBefore(tokens, from, text, sentence));
}

/** Whether `offset` lies in one of the sorted, disjoint `ranges` (a binary search: a sentence may hold many quotes). */
export function isQuoted(ranges: ReadonlyArray<readonly [number, number]>, offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = ranges[mid]!;
    if (offset < from) hi = mid - 1;
    else if (offset >= to) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Ranges of `text[start, end)` inside quotation marks: "…", “…”, and ‘…’ or
 * '…' where the marks stand at word edges (not an apostrophe in "don't").
 */
export function quotedRanges(text: string, start: number, end: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open = -1;
  let closer = '';
  for (let i = start; i < end; i++) {
    const c = text.charAt(i);
    if (open >= 0) {
      if (c === closer && (closer === '"' || closer === '”' || !/[\p{L}\p{N}]/u.test(text.charAt(i + 1)))) {
        ranges.push([open, i]);
        open = -1;
      }
      continue;
    }
    const before = i > start ? text.charAt(i - 1) : ' ';
    if (c === '"') [open, closer] = [i, '"'];
    else if (c === '“') [open, closer] = [i, '”'];
    else if ((c === '‘' || c === "'") && !/[\p{L}\p{N}]/u.test(before)) [open, closer] = [i, c === '‘' ? '’' : "'"];
  }
  return ranges;
}
