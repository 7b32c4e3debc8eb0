/**
 * A missing or misused auxiliary, in frames that leave no doubt: a modal
 * before an adjective ("I would delighted"), a subject pronoun before "been"
 * ("I been working") or before an -ing verb ("I looking forward") or an
 * adjective ("I confident that"), and "am"/"is"/"are" before a bare verb ("I
 * am agree", "I am interest in", "I am work at"). The pronoun must open its
 * clause, so reduced relatives ("the model I built"), inverted questions
 * ("have you been"), appositives ("I, looking back, …") and quotations are
 * left alone, and so are fragments with no subject ("Looking forward to
 * hearing from you.").
 */
import type { Paragraph, Sentence } from '../structure/model';
import type { LetterText, RawFinding } from '../kit/rule';
import type { Fix } from '../types';
import type { Token } from '../text/tokens';
import {
  BE_ADJECTIVES,
  BE_FOR_PRONOUN,
  FRAME_ADVERBS,
  HAVE_FOR_PRONOUN,
  MODALS,
  NOT_PROGRESSIVE,
  PARTICIPLE_AFTER_BE,
  PROGRESSIVE_AFTER_BE,
  STATIVE_AFTER_BE,
} from '../vocabulary/auxiliaries';
import { addWordFix, adjacent, changeWordFix, compoundAfter, isAdverb, opensClause, plainOrFirst, plainWord, quoted } from './grammarTokens';

const MODAL = new Set(MODALS);
const ADVERBS = new Set(FRAME_ADVERBS);
const NOT_ING = new Set(NOT_PROGRESSIVE);
const BE_FORMS = new Set(['am', 'is', 'are', 'was', 'were']);

/** The next token after `k`, past at most one adverb, if only spaces stand between. */
function nextPastAdverb(text: string, tokens: readonly Token[], k: number): number | undefined {
  let j = k + 1;
  const at = tokens[j];
  if (at && at.start !== tokens[k]!.start && isAdverb(at, ADVERBS) && adjacent(text, tokens[k]!, at)) j++;
  const t = tokens[j];
  if (!t || !adjacent(text, tokens[j - 1]!, t) || (t.start === tokens[j - 1]!.start && j - 1 !== k)) return undefined;
  return j;
}

/** A verb's -ing form as written: "looking", "writing"; not "thing", "during" or "being". */
function isProgressive(word: Token): boolean {
  return /^\p{Ll}{2,}ing$/u.test(word.raw) && word.raw.length >= 5 && !NOT_ING.has(word.norm);
}

/** "I would delighted", "I will working": a modal, then an adjective or an -ing verb that needs "be". */
function modalFrame(text: string, tokens: readonly Token[], k: number): RawFinding | undefined {
  const modal = tokens[k]!;
  if (!MODAL.has(modal.norm) || !(plainWord(modal) || modal.start === tokens[k - 1]?.start)) return undefined;
  const j = nextPastAdverb(text, tokens, k);
  if (j === undefined) return undefined;
  const word = tokens[j]!;
  if (!plainWord(word) || compoundAfter(text, word)) return undefined;
  // "I will working on it": an -ing verb after a modal, when a subject pronoun stands before the modal.
  const subject = tokens[k - 1];
  const progressive =
    isProgressive(word) && !!subject && (BE_FOR_PRONOUN[subject.norm] !== undefined || subject.norm === 'it') && adjacent(text, subject, modal);
  if (!BE_ADJECTIVES[word.norm] && !progressive) return undefined;
  // "I can sure use the help": "sure" is also an adverb; as an adjective it goes on with "that", "of" or "about".
  const after = tokens[j + 1];
  if (word.norm === 'sure' && !(after && adjacent(text, word, after) && BE_ADJECTIVES.sure!.includes(after.norm))) return undefined;
  // An adverb goes after "be" ("would be really glad"), but "not" and an -ing verb's adverb before it ("could not be working").
  const before = progressive || tokens[k + 1]!.norm === 'not' ? word : tokens[k + 1]!;
  const written = text.slice(modal.start, word.end);
  const offsetInSpan = before.start - modal.start;
  return {
    offset: modal.start,
    length: word.end - modal.start,
    message: `A verb is missing: write “${written.slice(0, offsetInSpan)}be ${written.slice(offsetInSpan)}”.`,
    fixes: [addWordFix(before.start, 'be', before.raw)],
  };
}

/** The pronoun at `i` is a subject that opens its clause, written plainly. */
function subjectAt(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // "You" may be an object ("…thanks to you looking after it"): read it with the stricter clause start.
  return (
    BE_FOR_PRONOUN[t.norm] !== undefined && plainOrFirst(t, i) && opensClause(text, tokens, i, t.norm === 'you') && tokens[i + 1]?.start !== t.start
  );
}

/** A fix that adds a word after the pronoun ("I looking" → "I am looking"). */
function addAfterFix(pronoun: Token, word: string): Fix {
  return { title: `Add “${word}” after “${pronoun.raw}”`, edits: [{ offset: pronoun.end, length: 0, newText: ` ${word}` }] };
}

/** "I been working", "I looking forward", "I confident that": a subject pronoun with no auxiliary before "been", an -ing verb or an adjective. */
function pronounFrame(text: string, tokens: readonly Token[], i: number): RawFinding | undefined {
  if (!subjectAt(text, tokens, i)) return undefined;
  const pronoun = tokens[i]!;
  const j = nextPastAdverb(text, tokens, i);
  if (j === undefined) return undefined;
  const word = tokens[j]!;
  if (!plainWord(word) || compoundAfter(text, word)) return undefined;
  const span = { offset: pronoun.start, length: word.end - pronoun.start };
  if (word.norm === 'been') {
    const have = HAVE_FOR_PRONOUN[pronoun.norm]!;
    return { ...span, message: `“${pronoun.raw} been” lacks “${have}”: write “${pronoun.raw} ${have} been”.`, fixes: [addAfterFix(pronoun, have)] };
  }
  const be = BE_FOR_PRONOUN[pronoun.norm]!;
  const after = tokens[j + 1];
  const follows = (allowed: readonly string[]) => !!after && adjacent(text, word, after) && allowed.includes(after.norm);
  const progressive = isProgressive(word);
  const adjective = BE_ADJECTIVES[word.norm];
  if (!progressive && !(adjective && follows(adjective))) return undefined;
  // "I, looking back, …" has a comma and never reaches here; "we working" inside "with we working" has no clause start.
  return {
    ...span,
    message: `A verb is missing: write “${pronoun.raw} ${be} ${text.slice(tokens[i + 1]!.start, word.end)}”.`,
    fixes: [addAfterFix(pronoun, be)],
  };
}

/** "I am agree", "I am interest in", "I am work at": "am"/"is"/"are" before a bare verb. */
function bareAfterBe(text: string, tokens: readonly Token[], k: number): RawFinding | undefined {
  const be = tokens[k]!;
  if (!BE_FORMS.has(be.norm) || (!plainWord(be) && be.start !== tokens[k - 1]?.start)) return undefined;
  // Who is "be" said of: "am" can only be "I"; the others need a subject pronoun right before ("the key is focus" stays silent).
  const subject = tokens[k - 1];
  if (!subject || !HAVE_FOR_PRONOUN[subject.norm] || !adjacent(text, subject, be) || !opensClause(text, tokens, k - 1)) return undefined;
  const j = nextPastAdverb(text, tokens, k);
  if (j === undefined) return undefined;
  const verb = tokens[j]!;
  if (!plainWord(verb) || compoundAfter(text, verb)) return undefined;
  const after = tokens[j + 1];
  const span = { offset: be.start, length: verb.end - be.start };
  const past = be.norm === 'was' || be.norm === 'were';
  const stative = STATIVE_AFTER_BE[verb.norm];
  if (stative) {
    // "I am agree" → "I agree"; "I was agree" → "I agreed"; "I'm agree" loses its "'m".
    const pronoun = subject.raw.replace(/['’]\p{L}+$/u, '');
    const replacement = past ? stative : verb.raw;
    const fixes: Fix[] = [];
    if (be.start === subject.start && j === k + 1) {
      fixes.push({
        title: `Change “${subject.raw} ${verb.raw}” to “${pronoun} ${replacement}”`,
        edits: [{ offset: subject.start, length: verb.end - subject.start, newText: `${pronoun} ${replacement}` }],
      });
    } else if (be.start !== subject.start && (j === k + 1 || !past)) {
      // With an adverb between ("I am strongly believe"), only "am" goes.
      const end = j === k + 1 ? verb.end : tokens[k + 1]!.start;
      const newText = j === k + 1 ? replacement : '';
      fixes.push({
        title: newText ? `Change “${text.slice(be.start, end)}” to “${newText}”` : `Remove “${be.raw}”`,
        edits: [{ offset: be.start, length: end - be.start, newText }],
      });
    }
    return { ...span, message: `“${verb.raw}” needs no “${be.norm}”: write “${pronoun} ${replacement}”.`, fixes };
  }
  const progressive = PROGRESSIVE_AFTER_BE[verb.norm];
  // "I am work as…", "I am study at…": not before a noun ("I am work-ready" has its hyphen; "I am study lead" is a name).
  if (
    progressive &&
    after &&
    adjacent(text, verb, after) &&
    /^(?:at|as|in|on|for|with|to|towards|toward|forward|hard|remotely|full|part)$/.test(after.norm)
  ) {
    return {
      ...span,
      message: `After “${be.raw}”, write “${progressive}”, not “${verb.raw}”.`,
      fixes: [changeWordFix(verb.start, verb.raw, progressive)],
    };
  }
  const participle = PARTICIPLE_AFTER_BE[verb.norm];
  if (participle && after && adjacent(text, verb, after) && participle.before.includes(after.norm)) {
    return {
      ...span,
      message: `After “${be.raw}”, write “${participle.participle}”, not “${verb.raw}”.`,
      fixes: [changeWordFix(verb.start, verb.raw, participle.participle)],
    };
  }
  return undefined;
}

/** The missing-auxiliary slips of one sentence. */
export function auxiliaryFindings(text: string, sentence: Sentence): RawFinding[] {
  const tokens = sentence.tokens;
  if (tokens.length < 2 || quoted(text, sentence)) return [];
  const findings: RawFinding[] = [];
  let after = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.start < after) continue;
    const found = modalFrame(text, tokens, i) ?? pronounFrame(text, tokens, i) ?? bareAfterBe(text, tokens, i);
    if (found) {
      findings.push(found);
      after = found.offset + found.length;
    }
  }
  return findings;
}

/** Every missing-auxiliary slip of a paragraph. */
export function auxiliaryCheck(paragraph: Paragraph, letter: LetterText): RawFinding[] {
  if (paragraph.role === 'header' || paragraph.role === 'signature') return [];
  return paragraph.sentences.flatMap((sentence) => auxiliaryFindings(letter.text, sentence));
}
