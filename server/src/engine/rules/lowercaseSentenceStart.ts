import type { RawFinding, Rule } from '../kit/rule';
import { inBackticks } from '../text/codeSpans';
import { ABBREVIATIONS, EXCLAIMED_NAMES, LY_NOT_ADVERBS, SENTENCE_OPENERS } from '../vocabulary/wordClasses';
import { TOOLS } from '../vocabulary/terms';

const OPENERS = new Set(SENTENCE_OPENERS);
const ABBREVIATED = new Set(ABBREVIATIONS);
const EXCLAIMED = new Set(EXCLAIMED_NAMES);
const NOT_ADVERBS = new Set(LY_NOT_ADVERBS);
/** Names of tools written in lower case by convention (pandas, dbt, numpy): never a sentence that lost its capital. */
const TOOL_WORDS = new Set(TOOLS.flatMap((t) => t.phrase.toLowerCase().split(/[\s|]+/)));

/** A full stop, "!" or "?", spaces, and a word starting with a lower-case letter. */
const CANDIDATE = /[.!?]\s+(?=\p{Ll})/gu;

/** The word at the start of `text`: letters, with inner apostrophes and hyphens. */
const WORD = /^\p{L}+(?:['’-]\p{L}+)*/u;

/** The word just before `end` (letters and digits), and where it starts. */
function wordBefore(text: string, end: number, from: number): { word: string; start: number } {
  let start = end;
  while (start > from && /[\p{L}\p{N}]/u.test(text.charAt(start - 1))) start--;
  return { word: text.slice(start, end), start };
}

/**
 * The punctuation at `at` ends a sentence: not an abbreviation's full stop ("vs.",
 * "e.g.", "Acme Corp."), an initial ("J. Smith", "U.S."), an ellipsis, a list number
 * ("goals: 1. the model"), or the "!" of a name ("Yahoo!").
 */
function endsSentence(masked: string, at: number, from: number): boolean {
  const mark = masked.charAt(at);
  const { word, start } = wordBefore(masked, at, from);
  const lower = word.toLowerCase();
  if (mark !== '.') return !EXCLAIMED.has(lower);
  if (masked.charAt(at - 1) === '.') return false; // an ellipsis
  // After a symbol ("Ctrl+. or Cmd+."), not after a word, a figure or a closing mark: a key or code, not a sentence's end.
  if (word === '' && !/[)\]”"’'%°]/.test(masked.charAt(at - 1))) return false;
  if (word.length === 1 && /\p{L}/u.test(word)) return false;
  if (masked.charAt(start - 1) === '.' && word !== '') return false; // dotted: e.g., Ph.D., a.m.
  if (ABBREVIATED.has(lower)) return false;
  if (/^\d{1,2}$/.test(word)) {
    // A list number: at the paragraph's start, or after a colon, comma, semicolon, bracket or line break.
    let k = start;
    while (k > from && (masked.charAt(k - 1) === ' ' || masked.charAt(k - 1) === '\t')) k--;
    if (k === from || ':;,(\n'.includes(masked.charAt(k - 1))) return false;
  }
  return true;
}

/** At least two words since the previous sentence end (or the paragraph's start): a sentence, not a label. */
function sentenceBefore(masked: string, at: number, from: number): boolean {
  let words = 0;
  let inWord = false;
  for (let k = at - 1; k >= from; k--) {
    const c = masked.charAt(k);
    if ('.!?'.includes(c) && words > 0) break;
    const letter = /[\p{L}\p{N}]/u.test(c);
    if (letter && !inWord) words++;
    inWord = letter;
    if (words >= 2) return true;
  }
  return words >= 2;
}

/** Contractions whose first part is not a word of its own ("don't"), read whole. */
const NEGATIVE_CONTRACTION = /^(?:do|does|did|ca|could|wo|would|should|is|are|was|were|have|has|had)n['’]t$/;

function isOrdinaryOpener(written: string): boolean {
  if (NEGATIVE_CONTRACTION.test(written)) return true;
  // "it’s", "we're", "there's": the word before the apostrophe.
  const word = written.split(/['’]/)[0]!;
  const lower = word.toLowerCase();
  if (TOOL_WORDS.has(lower)) return false;
  if (OPENERS.has(lower)) return true;
  // Sentence adverbs: "unfortunately", "finally", "recently".
  return /^\p{Ll}{3,}ly$/u.test(word) && !NOT_ADVERBS.has(lower);
}

export const lowercaseSentenceStart: Rule = {
  id: 'lowercase-sentence-start',
  name: 'Sentence starts in lower case',
  defaultSeverity: 'warning',
  autoFix: true,
  summary: 'A sentence after a full stop, “?” or “!” that starts with a lower-case word (“…in March. it now runs in ten minutes”).',
  explanation:
    'Every sentence starts with a capital letter; a lower-case start looks like a typo or a lost edit. ' +
    'Only ordinary words are flagged: names written in lower case by convention (pandas, dbt, iOS, eBay), words after an abbreviation (“e.g.”, “vs.”, “etc.”), ' +
    'list items, quotations and code are left alone.',
  example: { before: 'I rebuilt the job in March. it now runs in ten minutes.', after: 'I rebuilt the job in March. It now runs in ten minutes.' },
  examples: {
    flagged: [
      'I rebuilt the ETL job in March. ⟦it⟧ now finishes in ten minutes.',
      'The churn model went live last spring. ⟦since⟧ then, renewals rose by 6%.',
      'Why does this matter? ⟦because⟧ your team faces the same backlog.',
      'We cut costs by a third. ⟦this⟧ freed budget for two new hires.',
      'I enjoyed the work! ⟦it⟧ taught me to test everything.',
      'The client was sceptical. ⟦unfortunately⟧, the first pilot proved them right, so we rebuilt it.',
      'A cover letter is more than a list of tools. ⟦it’s⟧ the story of one result.',
    ],
    clean: [
      'Press Ctrl+. or Cmd+. to open the menu, and the fixes appear.',
      'I moved our notebooks to pandas. pandas now handles the whole feature build.',
      'We ported the app to iOS. iOS users now make up half our traffic, and eBay sellers the rest.',
      'Small tools help, e.g. linters and type checks, and I compared the models vs. the old rules.',
      'I led many migrations (Spark, dbt, etc.) and wrote the runbooks.',
      'I worked at the U.S. branch of the bank and joined at 9 a.m. every day.',
      'My lead said "ship it." and we did.',
      'We tried everything... and then the cache fixed it.',
      'I cited Smith et al. in my thesis, worked with Acme Corp. on pricing, and hold a B.Sc. in physics.',
      'My goals: 1. the model, 2. the team.',
    ],
    fixed: [{ before: 'I rebuilt the job. it now runs hourly.', after: 'I rebuilt the job. It now runs hourly.' }],
  },
  checkParagraph: (paragraph, { text, masked }) => {
    if (paragraph.role !== 'body' || paragraph.kind !== 'paragraph') return [];
    const findings: RawFinding[] = [];
    const prose = masked.slice(paragraph.start, paragraph.end);
    for (const m of prose.matchAll(CANDIDATE)) {
      const at = paragraph.start + (m.index ?? 0);
      const start = at + m[0].length;
      const word = WORD.exec(masked.slice(start, start + 40))?.[0];
      if (!word || /[\p{Lu}]/u.test(word)) continue;
      // Written as it is masked (not inside code or a link target), and not code itself ("ray.init()").
      if (text.slice(at, start + word.length) !== masked.slice(at, start + word.length)) continue;
      if (/^[.(_\p{N}]/u.test(masked.charAt(start + word.length))) continue;
      if (!isOrdinaryOpener(word) || !endsSentence(masked, at, paragraph.start) || !sentenceBefore(masked, at, paragraph.start)) continue;
      if (inBackticks(masked, start)) continue;
      const capital = word.charAt(0).toUpperCase() + word.slice(1);
      findings.push({
        offset: start,
        length: word.length,
        message: `Start the sentence with a capital letter: “${capital}”.`,
        fixes: [{ title: `Change “${word}” to “${capital}”`, edits: [{ offset: start, length: 1, newText: capital.charAt(0) }] }],
      });
    }
    return findings;
  },
};
