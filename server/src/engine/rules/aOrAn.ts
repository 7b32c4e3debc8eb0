import type { LetterText, RawFinding, Rule } from '../kit/rule';
import { isQuoted } from '../checks/guards';
import { inBackticks } from '../text/codeSpans';
import { initialSound, type InitialSound } from '../text/initialSound';
import type { Token } from '../text/tokens';
import { LABELS_BEFORE_A, NOT_AFTER_ARTICLE } from '../vocabulary/articleSounds';

const NOT_AFTER = new Set(NOT_AFTER_ARTICLE);
const LABELS = new Set(LABELS_BEFORE_A);

/**
 * What may stand between the article and its word: spaces, and emphasis marks in
 * plain text ("an *ML* model"). Scanned by hand: a pattern with adjacent
 * quantifiers over a long run of spaces takes time growing with its square.
 */
function isGap(between: string): boolean {
  let space = false;
  for (const c of between) {
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') space = true;
    else if (c !== '*' && c !== '_') return false;
  }
  return space;
}

/** Characters after which a word may start: a space, an opening bracket or quotation mark, or the paragraph's start. */
const BEFORE_ARTICLE = /^[\s(“"‘[]?$/;

/** The numeral as written from the token on (1,800, 3.5, 8th, 1800s). */
const NUMERAL = /^\d[\d,.]*[A-Za-z]*/;

function reason(word: string, sound: InitialSound): string {
  if (sound.silentH) return 'its “h” is silent';
  if (/^\d/.test(word) && sound.said) return `it is said “${sound.said}”`;
  const kind = sound.vowel ? 'a vowel' : 'a consonant';
  return sound.said ? `it starts with ${kind} sound (“${sound.said}”)` : `it starts with ${kind} sound`;
}

/**
 * The article at `index` and the word after it, when they are an article and its
 * word as prose: not a letter or a variable ("Plan A", "a and b", "part a"), not
 * a quotation or code, nothing but spaces (or emphasis) between them.
 */
function articleAndWord(tokens: readonly Token[], index: number, { text, masked }: LetterText, paragraphStart: number): Token | undefined {
  const article = tokens[index]!;
  if (article.raw !== 'a' && article.raw !== 'an' && !(index === 0 && (article.raw === 'A' || article.raw === 'An'))) return undefined;
  const next = tokens[index + 1];
  if (!next || next.start === article.start) return undefined;
  if (!BEFORE_ARTICLE.test(masked.slice(Math.max(paragraphStart, article.start - 1), article.start))) return undefined;
  // Read in the text as written: masked code or markup between them ("an `Ok` value") is not a space.
  if (!isGap(text.slice(article.end, next.start))) return undefined;
  // A word that cannot follow an article ("a and b"), though a capital letter can ("an A/B test").
  if (NOT_AFTER.has(next.norm) && next.raw !== 'A') return undefined;
  const previous = index > 0 ? tokens[index - 1] : undefined;
  if (article.raw === 'a' && previous && LABELS.has(previous.norm)) return undefined;
  // "x, a", "b and a": a letter among letters.
  const letter = (t: Token | undefined): boolean => t !== undefined && t.raw.length === 1 && /\p{L}/u.test(t.raw) && t.raw !== 'I';
  if (letter(previous) || ((previous?.norm === 'and' || previous?.norm === 'or') && letter(tokens[index - 2]))) return undefined;
  return next;
}

export const aOrAn: Rule = {
  id: 'a-or-an',
  name: '“A” or “an”',
  defaultSeverity: 'warning',
  autoFix: true,
  summary: '“A” before a word that starts with a vowel sound, or “an” before a consonant sound (“a ML model”, “an user”, “a hour”).',
  explanation:
    'The article follows the sound, not the letter: “an ML model” (said “em-el”), “a user” (said “you-zer”), “an hour” (the “h” is silent), ' +
    '“a one-year contract” (said “won”), “an 8-GPU node” (said “eight”). A wrong one is a small slip a careful reader notices. ' +
    'Words said both ways (“a SQL query” and “an SQL query”, “a historic” and “an historic”), names, and letters used as labels (“Plan A”) are left alone.',
  example: { before: 'I built a ML pipeline and wrote an user guide for it.', after: 'I built an ML pipeline and wrote a user guide for it.' },
  examples: {
    flagged: [
      'I built ⟦a⟧ ML pipeline that scores every claim within a minute.',
      'She asked me to write ⟦an⟧ user guide for the new dashboard.',
      'We shipped the fix in ⟦a⟧ hour, before the morning batch ran.',
      'I led ⟦an⟧ one-year pilot with three regional clinics.',
      'The job ran on ⟦a⟧ 8-GPU node and finished overnight.',
      '⟦A⟧ honest review of the backlog showed two weeks of dead tickets.',
      'I joined ⟦a⟧ 18-month programme to move the ledger to the cloud.',
      'The team gave me ⟦a⟧ award for the cleanest migration of the year.',
      'I set up ⟦a⟧ S3 bucket for the raw scans and ⟦an⟧ unified schema for the labels.',
    ],
    clean: [
      'I completed an MBA while working full time, and then a one-year contract at a European bank.',
      'It took an hour to retrain the model on an 8-GPU node, and a unique seed made it reproducible.',
      'I wrote a SQL query that replaced a nightly script; an SQL view now serves the same numbers.',
      'Plan A failed, so we moved to plan B within a day.',
      'The function takes a and b and returns their sum.',
      'I held a NASA fellowship, built a SaaS product, and led an 11-week placement at a university hospital.',
      'I wrote a historic overview of the pricing data, and an historic survey of the archive.',
      'The model outputs an "a" or a "b" label for each row.',
      'I led a UX review, an HR survey and an R package release in the same quarter.',
      'Our team digitised an 1800s ledger, a 100-year-old map and a 1,800-page register.',
    ],
    fixed: [
      { before: 'I built a ML pipeline.', after: 'I built an ML pipeline.' },
      { before: 'An user survey showed the problem.', after: 'A user survey showed the problem.' },
    ],
  },
  checkParagraph: (paragraph, { text, masked }, context) => {
    if (paragraph.role !== 'body') return [];
    const findings: RawFinding[] = [];
    const known = (word: string): boolean => context.spelling?.correct(word) ?? false;
    for (const sentence of paragraph.sentences) {
      const tokens = sentence.tokens;
      for (let i = 0; i + 1 < tokens.length; i++) {
        const article = tokens[i]!;
        if (article.norm !== 'a' && article.norm !== 'an') continue;
        const next = articleAndWord(tokens, i, { text, masked }, paragraph.start);
        if (!next) continue;
        const word = /^\d/.test(next.raw) ? (NUMERAL.exec(masked.slice(next.start, next.start + 40))?.[0] ?? next.raw) : next.raw;
        const sound = initialSound(word, known, /^[-‐]/.test(masked.charAt(next.end)));
        if (!sound || sound.vowel === (article.norm === 'an')) continue;
        if (isQuoted(text, article.start, next.end) || inBackticks(masked, article.start)) continue;
        const capital = article.raw.startsWith('A');
        const wanted = sound.vowel ? (capital ? 'An' : 'an') : capital ? 'A' : 'a';
        // Shown as written, with the rest of a hyphenated word ("e-commerce", "8-GPU").
        const shown = /^\d/.test(word)
          ? word.replace(/[.,]+$/, '')
          : (/^[\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/u.exec(masked.slice(next.start, next.start + 40))?.[0] ?? word);
        findings.push({
          offset: article.start,
          length: article.end - article.start,
          message: `Use “${wanted}” before “${shown}”: ${reason(shown, sound)}.`,
          fixes: [
            {
              title: `Change “${article.raw}” to “${wanted}”`,
              edits: [{ offset: article.start, length: article.end - article.start, newText: wanted }],
            },
          ],
        });
      }
    }
    return findings;
  },
};
