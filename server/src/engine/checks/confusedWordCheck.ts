/**
 * Real-word slips in fixed phrases: finds each phrase of a `ConfusedEntry` list,
 * then marks only the wrong word inside it, with a fix that puts the right word
 * in its place (in the written word's case and ending: "Peaked" → "Piqued").
 *
 * A phrase counts only when its words stand together as one phrase: nothing but
 * spaces, a hyphen or a slash between them, and no hyphen gluing it to the words
 * around ("the then-current owner"). A quoted phrase is talked about, not used.
 */
import type { ParagraphCheck, RawFinding } from '../kit/rule';
import type { Paragraph, Sentence } from '../structure/model';
import { compilePhrases, findPhrases, type PhraseMatch } from '../text/phrases';
import { normalizeWord, type Token } from '../text/tokens';
import { IRREGULAR_PARTICIPLES, type ConfusedEntry } from '../vocabulary/confusedWords';
import { isQuoted } from './guards';

/** The wrong word's written forms, each with the right word in the same form. */
type Forms = ReadonlyMap<string, string>;

const PARTICIPLES = new Set(IRREGULAR_PARTICIPLES);
/** A salutation is a short line: a greeting and a few words of address. */
const SALUTATION_WORDS = 12;
/** Words that show a sentence does not tell of the past ("since 2021 I lead…", "I now lead…"). */
const NOT_PAST = new Set(['since', 'now', 'today', 'currently', 'still', 'will', 'until', 'next']);
/** How far past a phrase that did not hold a shorter one inside it is looked for. */
const RETRY_REACH = 8;
/** How far after the verb its date is looked for. */
const CLAUSE_REACH = 12;
/** Words that open another clause, whose date is not the verb's. */
const CLAUSE_WORDS = new Set(['which', 'that', 'who', 'whom', 'when', 'where', 'while', 'because', 'after', 'before', 'until', 'and', 'but', 'so']);
const PAST_SEASONS = new Set(['year', 'month', 'spring', 'summer', 'autumn', 'fall', 'winter', 'quarter', 'week', 'semester', 'term']);

export function confusedWordCheck(entries: readonly ConfusedEntry[]): ParagraphCheck {
  const phrases = compilePhrases(entries);
  const forms = new Map<ConfusedEntry, Forms>(entries.map((e) => [e, formsOf(e)]));
  return (paragraph, { text }, context) => {
    // A greeting the parser did not recognise may be read as a header line ("To who it may concern,").
    const header = paragraph.role === 'header';
    const curly = text.slice(paragraph.start, paragraph.end).includes('’');
    const findings: RawFinding[] = [];
    const flagged = new Set<number>();
    for (const sentence of paragraph.sentences) {
      const tokens = sentence.tokens;
      const later = indexOf(tokens, 'last');
      const earlier = indexOf(tokens, 'first');
      let ongoing: boolean | undefined;
      const found = (match: PhraseMatch<ConfusedEntry>): boolean => {
        const entry = match.entry;
        if ((paragraph.role === 'signature' && entry.where !== 'signoff') || (header && entry.where !== 'salutation')) return false;
        // Asked again on the whole sentence: a match found in a window could not see past its edges.
        if (entry.notPrecededBy?.includes(tokens[match.from - 1]?.norm ?? '') || entry.notFollowedBy?.includes(tokens[match.to]?.norm ?? ''))
          return false;
        const wrong = wrongToken(tokens, match, forms.get(entry)!);
        if (!wrong || !standsAsPhrase(tokens, match, text, paragraph.start) || !placedRight(paragraph, sentence, match, text)) return false;
        // A word the dictionary does not know ("loosing") is the spelling rule's finding, not a second one here.
        if (context.spelling && !context.spelling.correct(wrong.token.raw.replace(/’/g, "'"))) return false;
        if (!nextFits(tokens, match, text) || isQuoted(text, wrong.token.start, wrong.token.end)) return false;
        if (entry.unlessLater?.some((word) => (later().get(word) ?? -1) >= match.to)) return false;
        if (entry.unlessEarlier?.some((word) => (earlier().get(word) ?? Infinity) < match.from)) return false;
        if (entry.pastMarker && ((ongoing ??= tokens.some((t) => NOT_PAST.has(t.norm))) || !toldOfPast(tokens, match, text))) return false;
        if (!flagged.has(wrong.token.start)) {
          flagged.add(wrong.token.start);
          findings.push(finding(wrong.token, wrong.right, entry, curly));
        }
        return true;
      };
      for (const match of findPhrases(tokens, phrases)) {
        if (found(match)) continue;
        // The longest phrase at a word did not hold ("the principals of least…" is not "the principal of <an idea>"):
        // a shorter one starting inside it may ("principals of least"). Looked for once, in a bounded window.
        const from = match.from + 1;
        const window = tokens.slice(from, Math.min(tokens.length, match.to + RETRY_REACH));
        for (const inner of findPhrases(window, phrases)) found({ ...inner, from: inner.from + from, to: inner.to + from });
      }
    }
    return findings;
  };
}

/**
 * The finding, with the right word as its fix. Where the words leave a little doubt
 * (`unsure`), it informs and offers no fix: "Fix all" applies a rule's first fix unseen,
 * and these should be looked at first.
 */
function finding(token: Token, right: string, entry: ConfusedEntry, curly: boolean): RawFinding {
  const written = token.raw;
  const newText = withCaseOf(written, curly ? right.replace(/'/g, '’') : right);
  if (entry.unsure) {
    return {
      offset: token.start,
      length: written.length,
      message: `“${written}” may be meant as “${newText}”: ${entry.reason}.`,
      atMost: 'information',
    };
  }
  return {
    offset: token.start,
    length: written.length,
    message: `“${written}” should be “${newText}” here: ${entry.reason}.`,
    fixes: [{ title: `Change “${written}” to “${newText}”`, edits: [{ offset: token.start, length: written.length, newText }] }],
  };
}

/** The token written as the entry's wrong word (the first or last such), and the right word in its form. */
function wrongToken(tokens: readonly Token[], match: PhraseMatch<ConfusedEntry>, forms: Forms): { token: Token; right: string } | undefined {
  let found: { token: Token; right: string } | undefined;
  for (let i = match.from; i < match.to; i++) {
    const token = tokens[i]!;
    if (i > match.from && tokens[i - 1]!.start === token.start) continue; // the second half of a contraction
    const right = forms.get(normalizeWord(token.raw));
    if (right === undefined) continue;
    found = { token, right };
    if (match.entry.wrongAt !== 'last') break;
  }
  return found;
}

/** Only spaces, a hyphen or a slash between the phrase's words, and no hyphen or slash joining it to the words around. */
function standsAsPhrase(tokens: readonly Token[], match: PhraseMatch, text: string, paragraphStart: number): boolean {
  for (let i = match.from + 1; i < match.to; i++) {
    const previous = tokens[i - 1]!;
    const token = tokens[i]!;
    if (previous.start === token.start) continue;
    if (!/^(?:\s+|\s*[-‐/]\s*)$/.test(text.slice(previous.end, token.start))) return false;
  }
  // Read only inside the paragraph: its findings are remembered by its own text (the memo contract).
  const start = tokens[match.from]!.start;
  const before = start > paragraphStart ? text.charAt(start - 1) : '';
  const after = text.charAt(tokens[match.to - 1]!.end);
  return !/[-‐/_@]/.test(before) && !/[-‐/_@]/.test(after);
}

function placedRight(paragraph: Paragraph, sentence: Sentence, match: PhraseMatch<ConfusedEntry>, text: string): boolean {
  switch (match.entry.where) {
    case undefined:
      return true;
    case 'start':
      return match.from === 0;
    case 'salutation':
      return paragraph.role === 'salutation' || (match.from === 0 && sentence === paragraph.sentences[0] && paragraph.words <= SALUTATION_WORDS);
    case 'signoff':
      return aloneOnLine(text, paragraph, match.start, match.end);
  }
}

/**
 * The phrase is a line of its own, perhaps with a comma after it ("Best regrets,"), that
 * opens its paragraph or follows a finished sentence: not a word that a hard-wrapped
 * sentence left alone on a line ("…and only the message,\n   respectively.").
 */
function aloneOnLine(text: string, paragraph: Paragraph, start: number, end: number): boolean {
  const lineStart = Math.max(paragraph.start, text.lastIndexOf('\n', start - 1) + 1);
  const newline = text.indexOf('\n', end);
  const lineEnd = Math.min(paragraph.end, newline < 0 ? text.length : newline);
  if (!/^\s*$/.test(text.slice(lineStart, start)) || !/^\s*[,!]?\s*$/.test(text.slice(end, lineEnd))) return false;
  return lineStart <= paragraph.start || /[.!?]\s*$/.test(text.slice(paragraph.start, lineStart - 1));
}

/** The word after the phrase is one the entry asks for, right after it with nothing but a space (or a currency sign) between. */
function nextFits(tokens: readonly Token[], match: PhraseMatch<ConfusedEntry>, text: string): boolean {
  const next = match.entry.next;
  if (!next) return true;
  const token = tokens[match.to];
  if (!token) return !!next.end;
  const gap = text.slice(tokens[match.to - 1]!.end, token.start);
  if (next.end && /[,.;:!?)]/.test(gap)) return true;
  if (!/^\s+[$£€]?$/.test(gap)) return false;
  if (next.words?.includes(token.norm)) return true;
  if (next.figure && /^\p{N}/u.test(token.raw)) return true;
  if (next.endings?.some((ending) => token.norm.endsWith(ending) && token.raw === token.norm)) return true;
  return !!next.participle && isParticiple(token.norm);
}

function isParticiple(word: string): boolean {
  return PARTICIPLES.has(word) || (word.length > 4 && /(?:ed|en)$/.test(word));
}

/**
 * The clause dates what it tells in the past: "In 2021 I lead…", "I lead the
 * migration in 2021", "…two years ago". A date in another clause ("I lead the
 * review, which we started in 2021") does not count, nor a sentence that says
 * the work goes on ("since 2021", "now", "still").
 */
function toldOfPast(tokens: readonly Token[], match: PhraseMatch, text: string): boolean {
  // Opening the sentence: "In 2021(,) I lead…", "Last year I lead…".
  if (match.from === 2 || match.from === 3) {
    const [first, second, third] = [tokens[0]!.norm, tokens[1]!.norm, tokens[2]?.norm ?? ''];
    if (match.from === 2 && (isPastDate(first, second) || (first === 'last' && PAST_SEASONS.has(second)))) return true;
    if (match.from === 3 && (first === 'in' || first === 'during') && /^(?:19|20)\d\d$/.test(third) && /^(?:early|late|mid)$/.test(second))
      return true;
  }
  // After the verb, in the same clause: no comma or clause word before the date.
  for (let i = match.to; i < Math.min(tokens.length, match.to + CLAUSE_REACH); i++) {
    const token = tokens[i]!;
    if (CLAUSE_WORDS.has(token.norm) || /[,;:(]/.test(text.slice(tokens[i - 1]!.end, token.start))) return false;
    const next = tokens[i + 1]?.norm ?? '';
    if (isPastDate(token.norm, next) || token.norm === 'ago' || (token.norm === 'last' && PAST_SEASONS.has(next))) return true;
  }
  return false;
}

/** Where each word first or last stands in the sentence, worked out once and only when asked. */
function indexOf(tokens: readonly Token[], which: 'first' | 'last'): () => ReadonlyMap<string, number> {
  let index: Map<string, number> | undefined;
  return () => {
    if (!index) {
      const map = new Map<string, number>();
      tokens.forEach((t, i) => {
        if (which === 'last' || !map.has(t.norm)) map.set(t.norm, i);
      });
      index = map;
    }
    return index;
  };
}

/** "in 2021", "during 2019". */
function isPastDate(word: string, next: string): boolean {
  return (word === 'in' || word === 'during') && /^(?:19|20)\d\d$/.test(next);
}

/** Every written form of the entry's wrong word, each with the right word in the same form. */
function formsOf(entry: ConfusedEntry): Forms {
  const forms = new Map<string, string>();
  const right = normalizeWord(entry.right);
  for (const alternative of entry.wrong.split('|')) {
    const word = normalizeWord(alternative);
    if (!word.endsWith('~')) {
      forms.set(word, right);
      continue;
    }
    const base = word.slice(0, -1);
    for (const [written, form] of [
      [[base], right],
      [[third(base)], third(right)],
      [pasts(base), pasts(right)[0]!],
      [ings(base), ings(right)[0]!],
    ] as const) {
      for (const w of written) if (!forms.has(w)) forms.set(w, form);
    }
  }
  return forms;
}

/** -s form: "fix" → "fixes", "apply" → "applies", "peak" → "peaks". */
function third(base: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** Doubles the last consonant of a short word ending consonant–vowel–consonant ("whet" → "whett-"). */
function doubles(base: string): boolean {
  return base.length <= 4 && /[^aeiou][aeiou][bdgklmnprt]$/.test(base);
}

/** -ed forms, the usual one first. */
function pasts(base: string): string[] {
  if (base.endsWith('e')) return [`${base}d`];
  if (/[^aeiou]y$/.test(base)) return [`${base.slice(0, -1)}ied`];
  const doubled = `${base}${base.at(-1)}ed`;
  return doubles(base) ? [doubled, `${base}ed`] : [`${base}ed`, doubled];
}

/** -ing forms, the usual one first. */
function ings(base: string): string[] {
  if (base.endsWith('e') && !base.endsWith('ee')) return [`${base.slice(0, -1)}ing`];
  const doubled = `${base}${base.at(-1)}ing`;
  return doubles(base) ? [doubled, `${base}ing`] : [`${base}ing`, doubled];
}

/** The right word in the written word's case: "Madman" → "Madam", "PRINCIPLE" → "PRINCIPAL". */
function withCaseOf(written: string, right: string): string {
  if (written.length > 1 && written === written.toUpperCase() && written !== written.toLowerCase()) return right.toUpperCase();
  const first = written.charAt(0);
  return first !== first.toLowerCase() ? right.charAt(0).toUpperCase() + right.slice(1) : right;
}
