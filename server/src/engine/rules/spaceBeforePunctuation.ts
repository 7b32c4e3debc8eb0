import type { RawFinding, Rule } from '../kit/rule';
import { isQuoted } from '../checks/guards';
import { inBackticks } from '../text/codeSpans';

/** Marks that follow a word directly. */
const MARKS = ',;:.!?)]';

/**
 * Each mark with spaces or tabs (not a line break, not a no-break space) before it:
 * where the spaces start and where the mark is. Scanned by hand, each run of
 * spaces once: a pattern would try every start in a long run.
 */
function* spacedMarks(masked: string, from: number, to: number): Generator<{ start: number; at: number }> {
  for (let at = from + 1; at < to; at++) {
    if (!MARKS.includes(masked.charAt(at))) continue;
    let start = at;
    while (start > from && (masked.charAt(start - 1) === ' ' || masked.charAt(start - 1) === '\t')) start--;
    if (start < at) yield { start, at };
  }
}

/** A smiley before the space (":-) :"): the space sets it apart from the text, and what follows it too. */
const EMOTICON_BEFORE = /[:;]-?[)(D]$/;

/** What the space may follow: the end of a word, a number, a percentage, or a closing quotation mark or bracket. */
const AFTER_WORD = /[\p{L}\p{N}%"”’')\]]/u;

/**
 * The mark at `at` really is punctuation set off by a stray space, judged by
 * what follows it: a full stop that starts ".NET", ".5" or ".csv", or is part of
 * an ellipsis (" ...", ". . ."); a "?" or "!" that is a symbol ("the ? operator",
 * "!="); a colon between numbers ("3 : 1", "10 : 30") or single letters ("f : X"),
 * or of an emoticon (" :)"), are not.
 */
function isStraySpace(masked: string, spaceStart: number, at: number, from: number, end: number): boolean {
  const mark = masked.charAt(at);
  const next = masked.charAt(at + 1);
  const rest = masked.slice(at + 1, Math.min(end, at + 4)).trimStart();
  const ends = at + 1 >= end || /[\s"”’')\]]/.test(next);
  const before = masked.charAt(spaceStart - 1);
  switch (mark) {
    case '.':
      return ends && before !== '.' && !rest.startsWith('.');
    case ',':
      return ends;
    case ';':
    case ':': {
      // An emoticon: " :)", " ;-)", " :("
      if (!ends || /[)(-]/.test(next)) return false;
      if (mark === ';') return true;
      if (/\p{N}/u.test(before) && /^\p{N}/u.test(rest)) return false;
      const single = (s: string) => /^\p{L}$/u.test(s);
      return !(single(masked.slice(spaceStart - 2, spaceStart).trim()) && single(rest.charAt(0)) && !/\p{L}/u.test(rest.charAt(1)));
    }
    case '!':
    case '?':
      return at + 1 >= end || /[\s"”’')\]]/.test(next) ? !/^\p{Ll}/u.test(rest) : false;
    default:
      return !spacedOpener(masked, spaceStart, mark === ')' ? '(' : '[', from);
  }
}

/**
 * The bracket closing at `before` was opened with a space after it too ("( beta )",
 * "append( field, value )"): spacing kept on purpose, or code.
 */
function spacedOpener(masked: string, before: number, opener: string, from: number): boolean {
  let depth = 0;
  for (let k = before - 1; k >= Math.max(from, before - 300); k--) {
    const c = masked.charAt(k);
    if (c === opener) {
      if (depth === 0) return /\s/.test(masked.charAt(k + 1));
      depth--;
    } else if (c === (opener === '(' ? ')' : ']')) depth++;
  }
  return false;
}

export const spaceBeforePunctuation: Rule = {
  id: 'space-before-punctuation',
  name: 'Space before punctuation',
  defaultSeverity: 'warning',
  autoFix: true,
  summary: 'A space between a word and the comma, full stop, colon, semicolon, “?”, “!” or closing bracket after it (“the model , which”).',
  explanation:
    'In English, punctuation follows the word directly; a space before it reads as a typing slip and can leave the mark alone at the start of a line. ' +
    'Ellipses, file extensions and numbers (“.NET”, “.csv”, “.5 mm”), ratios and times (“3 : 1”), French spacing in French quotations, code and web addresses are left alone.',
  example: {
    before: 'I rebuilt the pricing model , which cut refunds by a third .',
    after: 'I rebuilt the pricing model, which cut refunds by a third.',
  },
  examples: {
    flagged: [
      'I rebuilt the pricing model⟦ ,⟧ which cut refunds by a third.',
      'The service now handles 4,000 requests a second⟦ .⟧',
      'What made the difference⟦ ?⟧ A simple cache in front of the database.',
      'I led the migration⟦ ;⟧ it finished two weeks early.',
      'I bring three things⟦ :⟧ testing, monitoring and patience.',
      'I used Python (and some R⟦ )⟧ for the analysis.',
      'I would love to join your fraud team⟦ !⟧',
      'Dear Ms. Okafor⟦ ,⟧\n\nI rebuilt the pricing model last spring.\n\nBest regards⟦ ,⟧\nSam Lee',
    ],
    clean: [
      'Dear Ms. Okafor,\n\nI reduced the model size ... and it still beat the baseline.\n\nBest regards,\nSam Lee',
      'The class ratio was 3 : 1, and we moved our APIs to .NET 8 last year.',
      'Files ending in .csv and .parquet were loaded nightly, and the coating was .5 mm thick.',
      'I used the ? operator in Rust and the != operator in SQL.',
      'Our French slogan was « Simple et rapide ! » and customers liked it.',
      'I replaced `x , y` with a tuple in the parser.',
      'We waited . . . and then the vendor called back.',
      'I learned a lot — about testing, mostly :)',
    ],
    fixed: [{ before: 'I rebuilt the model , which cut refunds.', after: 'I rebuilt the model, which cut refunds.' }],
  },
  checkParagraph: (paragraph, { text, masked }) => {
    // The body, and the greeting and sign-off lines ("Dear Ms. Lee ,", "Best regards ,").
    if (paragraph.role !== 'body' && paragraph.role !== 'salutation' && paragraph.role !== 'signoff') return [];
    const findings: RawFinding[] = [];
    // French typography sets a space before ; : ! ? — a paragraph quoting French keeps it.
    const french = /[«»]/.test(masked.slice(paragraph.start, paragraph.end));
    for (const { start, at } of spacedMarks(masked, paragraph.start, paragraph.end)) {
      const mark = masked.charAt(at);
      if (!AFTER_WORD.test(masked.charAt(start - 1)) || start - 1 < paragraph.start) continue;
      if (EMOTICON_BEFORE.test(masked.slice(Math.max(paragraph.start, start - 3), start))) continue;
      // As written: nothing masked (code, markup, a link's address) in the space or just before it.
      if (text.slice(start - 1, at + 1) !== masked.slice(start - 1, at + 1)) continue;
      if (french && ';:!?'.includes(mark)) continue;
      if (!isStraySpace(masked, start, at, paragraph.start, paragraph.end)) continue;
      if (isQuoted(text, start, at + 1) || inBackticks(masked, at)) continue;
      findings.push({
        offset: start,
        length: at + 1 - start,
        message: `No space before “${mark}”: it follows the word directly.`,
        fixes: [{ title: `Remove the space before “${mark}”`, edits: [{ offset: start, length: at - start, newText: '' }] }],
      });
    }
    return findings;
  },
};
