/**
 * A noun where its verb belongs, or the reverse, in frames that decide the
 * part of speech: after a subject pronoun opening its clause ("I advice
 * you"), after a modal ("I can advice"), after "to" that marks an infinitive
 * ("I want to proof my skills", "able to analysis"), and after a determiner
 * ("my believe is", "a good advise"). The pairs are data (vocabulary/wordForms.ts).
 */
import type { Paragraph, Sentence } from '../structure/model';
import type { LetterText, RawFinding } from '../kit/rule';
import type { Token } from '../text/tokens';
import { MODALS } from '../vocabulary/auxiliaries';
import {
  ADVICE_ADJECTIVES,
  CAREER,
  INFINITIVE_GOVERNORS,
  NOUN_DETERMINERS,
  NOUNS_FOR_ADJECTIVES,
  NOUNS_FOR_VERBS,
  PAST_FOR_NOUN_BEFORE_OF,
  VERBS_FOR_NOUNS,
  type NounForVerb,
} from '../vocabulary/wordForms';
import { adjacent, changeWordFix, compoundAfter, isAdverb, opensClause, plainOrFirst, plainWord, quoted } from './grammarTokens';
import { wordTable } from '../vocabulary/wordTable';

const MODAL = new Set(MODALS);
const GOVERNORS = new Set(INFINITIVE_GOVERNORS);
const ADJECTIVES = new Set(ADVICE_ADJECTIVES);
const DETERMINERS = new Set(NOUN_DETERMINERS);
const ADVERBS = new Set([
  'not',
  'also',
  'still',
  'always',
  'never',
  'really',
  'truly',
  'strongly',
  'firmly',
  'better',
  'further',
  'now',
  'then',
  'only',
  'just',
]);
/** Subject pronouns and whether they take the verb's -s form. */
const SUBJECTS: Readonly<Record<string, boolean>> = wordTable({ i: false, we: false, they: false, you: false, he: true, she: true });
const DO_FORMS = new Set(['do', 'does', 'did']);

/** The finding for a noun written where its verb belongs. */
function nounFinding(word: Token, pair: NounForVerb, third: boolean): RawFinding {
  const verb = third ? pair.verbS : pair.verb;
  const alternative = pair.alternative && !third ? [pair.alternative] : [];
  return {
    offset: word.start,
    length: word.raw.length,
    message: `“${word.raw}” is a noun; the verb is “${verb}”.`,
    fixes: [verb, ...alternative].map((v) => changeWordFix(word.start, word.raw, v)),
  };
}

/** The noun at `j` may stand for its verb here: a plain word, not part of a compound, and (for some) before the start of an object. */
function nounAt(text: string, tokens: readonly Token[], j: number, governed = false): NounForVerb | undefined {
  const word = tokens[j];
  if (!word || !plainWord(word) || compoundAfter(text, word) || !adjacent(text, tokens[j - 1]!, word) || word.start === tokens[j - 1]!.start)
    return undefined;
  const pair = NOUNS_FOR_VERBS[word.norm];
  if (!pair) return undefined;
  // After "can" or "want to" the verb is certain, and only "proof" (also a verb: "proof the text") still needs its object.
  if (pair.objectStarts && (!governed || word.norm === 'proof')) {
    const next = tokens[j + 1];
    if (!next || !adjacent(text, word, next) || !pair.objectStarts.includes(next.norm)) return undefined;
  }
  return pair;
}

/** Past an adverb or "not" ("I will not success", "to better advice"). */
function pastAdverb(text: string, tokens: readonly Token[], k: number): number {
  const t = tokens[k + 1];
  return t && adjacent(text, tokens[k]!, t) && t.start !== tokens[k]!.start && isAdverb(t, ADVERBS) ? k + 2 : k + 1;
}

/** "I advice you", "we success", "she advices me": a subject pronoun opening its clause, then a noun. */
function subjectFrame(text: string, tokens: readonly Token[], i: number): RawFinding | undefined {
  const subject = tokens[i]!;
  const third = SUBJECTS[subject.norm];
  if (third === undefined || !plainOrFirst(subject, i) || !opensClause(text, tokens, i, subject.norm === 'you')) return undefined;
  const j = pastAdverb(text, tokens, i);
  const pair = nounAt(text, tokens, j);
  if (!pair || (!pair.afterSubject && !pair.objectStarts)) return undefined;
  // "Advices" is only ever the -s form a writer meant for "advises".
  return nounFinding(tokens[j]!, pair, third || tokens[j]!.norm === 'advices');
}

/** "I can advice", "we will success", "I did not belief": a modal (or "do" with "not"), then a noun. */
function modalFrame(text: string, tokens: readonly Token[], k: number): RawFinding | undefined {
  const modal = tokens[k]!;
  if (!(MODAL.has(modal.norm) && (plainWord(modal) || modal.start === tokens[k - 1]?.start))) {
    if (!DO_FORMS.has(modal.norm) || tokens[k + 1]?.norm !== 'not') return undefined;
  }
  const j = pastAdverb(text, tokens, k);
  const pair = nounAt(text, tokens, j, true);
  return pair && tokens[j]!.norm !== 'advices' ? nounFinding(tokens[j]!, pair, false) : undefined;
}

/** "I want to proof my skills", "able to analysis", "To proof it, …": "to" marking an infinitive, then a noun. */
function infinitiveFrame(text: string, tokens: readonly Token[], k: number): RawFinding | undefined {
  const to = tokens[k]!;
  if (to.norm !== 'to' || !plainOrFirst(to, k)) return undefined;
  const governor = tokens[k - 1];
  const governed = !!governor && GOVERNORS.has(governor.norm) && adjacent(text, governor, to);
  const j = pastAdverb(text, tokens, k);
  const pair = nounAt(text, tokens, j, governed);
  if (!pair || tokens[j]!.norm === 'advices') return undefined;
  // Opening the sentence ("To proof it, I ran a backtest"), only before the start of an object.
  if (!governed && !(k === 0 && pair.objectStarts)) return undefined;
  return nounFinding(tokens[j]!, pair, false);
}

/** "My believe is", "a good advise", "my mentor's advise", "the lost of": a determiner (and an adjective or two), then a verb. */
function determinerFrame(text: string, tokens: readonly Token[], i: number): RawFinding | undefined {
  const determiner = tokens[i]!;
  // A noun's possessive ("my mentor's"), whose "'s" stays on the token; "let's" and "it's" are split into two words.
  const possessive = /^\p{L}{2,}'s$/u.test(determiner.norm);
  // "Good advise from my mentor…": an adjective opening the sentence stands in for the determiner.
  const opening = i === 0 && ADJECTIVES.has(determiner.norm);
  if (!(DETERMINERS.has(determiner.norm) && plainOrFirst(determiner, i)) && !possessive && !opening) return undefined;
  let j = i + 1;
  while (j < i + 3 && tokens[j] && ADJECTIVES.has(tokens[j]!.norm) && plainWord(tokens[j]!) && adjacent(text, tokens[j - 1]!, tokens[j]!)) j++;
  const word = tokens[j];
  if (!word || !plainWord(word) || compoundAfter(text, word) || !adjacent(text, tokens[j - 1]!, word) || word.start === tokens[j - 1]!.start)
    return undefined;
  let noun = VERBS_FOR_NOUNS[word.norm];
  // "your decide" only after a possessive ("a decide" does not occur, "the decide step" might be code).
  if (word.norm === 'decide' && !/^(?:my|your|our|their|his)$/.test(determiner.norm)) noun = undefined;
  if (!noun) {
    noun = PAST_FOR_NOUN_BEFORE_OF[word.norm];
    if (!noun || tokens[j + 1]?.norm !== 'of' || j !== i + 1) return undefined;
  }
  // "Make-believe" and "the believe-it-or-not story" are compounds; "the choose function" is code: not before a capitalised or code-like word.
  const next = tokens[j + 1];
  if (next && adjacent(text, word, next) && /^\p{Lu}/u.test(next.raw)) return undefined;
  return {
    offset: word.start,
    length: word.raw.length,
    message: `“${word.raw}” is a verb; the noun is “${noun}”.`,
    fixes: [changeWordFix(word.start, word.raw, noun)],
  };
}

/** "I am confidence that": a noun after "am"/"are" where the adjective belongs. */
function adjectiveFrame(text: string, tokens: readonly Token[], k: number): RawFinding | undefined {
  const be = tokens[k]!;
  if (be.norm !== 'am' && be.norm !== 'are' && be.norm !== 'is') return undefined;
  const subject = tokens[k - 1];
  if (!subject || SUBJECTS[subject.norm] === undefined || !opensClause(text, tokens, k - 1) || !adjacent(text, subject, be)) return undefined;
  const j = pastAdverb(text, tokens, k);
  const word = tokens[j];
  const pair = word ? NOUNS_FOR_ADJECTIVES[word.norm] : undefined;
  const next = tokens[j + 1];
  if (
    !word ||
    !pair ||
    !plainWord(word) ||
    !adjacent(text, tokens[j - 1]!, word) ||
    !next ||
    !adjacent(text, word, next) ||
    !pair.before.includes(next.norm)
  )
    return undefined;
  return {
    offset: word.start,
    length: word.raw.length,
    message: `“${word.raw}” is a noun; after “${be.raw}”, write “${pair.adjective}”.`,
    fixes: [changeWordFix(word.start, word.raw, pair.adjective)],
  };
}

const POSSESSIVE = new Set(['my', 'your', 'his', 'her', 'their', 'our']);
const CAREER_BEFORE = new Set(CAREER.before);
const CAREER_TWO_BEFORE = new Set(CAREER.twoBefore);
const CAREER_AFTER = new Set(CAREER.after);
/** "…called my carrier in time": idioms after "in" that say nothing about a working life. */
const IN_IDIOMS = new Set([
  'time',
  'advance',
  'person',
  'writing',
  'case',
  'order',
  'full',
  'turn',
  'total',
  'part',
  'short',
  'general',
  'particular',
  'error',
  'question',
  'touch',
  'charge',
  'return',
]);

/** "Grow my carrier", "the next step for my carrier", "my carrier in audit": "carrier" for "career" where the words around it say so. */
function careerFrame(text: string, tokens: readonly Token[], i: number): RawFinding | undefined {
  const word = tokens[i]!;
  const possessive = tokens[i - 1];
  if (word.norm !== CAREER.written || !plainWord(word) || !possessive || !POSSESSIVE.has(possessive.norm) || !adjacent(text, possessive, word))
    return undefined;
  const before = tokens[i - 2];
  const after = tokens[i + 1];
  const around =
    (before && adjacent(text, before, possessive) && CAREER_BEFORE.has(before.norm)) ||
    (before && ['for', 'in'].includes(before.norm) && CAREER_TWO_BEFORE.has(tokens[i - 3]?.norm ?? '')) ||
    (after &&
      adjacent(text, word, after) &&
      (CAREER_AFTER.has(after.norm) ||
        (after.norm === 'in' &&
          /^\p{Ll}/u.test(tokens[i + 2]?.raw ?? 'X') &&
          !DETERMINERS.has(tokens[i + 2]!.norm) &&
          !POSSESSIVE.has(tokens[i + 2]!.norm) &&
          !IN_IDIOMS.has(tokens[i + 2]!.norm))));
  if (!around) return undefined;
  return {
    offset: word.start,
    length: word.raw.length,
    message: `A “${word.raw}” carries goods or calls; a working life is a “${CAREER.meant}”.`,
    fixes: [changeWordFix(word.start, word.raw, CAREER.meant)],
  };
}

/** The word-form slips of one sentence. */
export function wordFormFindings(text: string, sentence: Sentence): RawFinding[] {
  const tokens = sentence.tokens;
  if (tokens.length < 2 || quoted(text, sentence)) return [];
  const findings: RawFinding[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const found =
      subjectFrame(text, tokens, i) ??
      modalFrame(text, tokens, i) ??
      infinitiveFrame(text, tokens, i) ??
      determinerFrame(text, tokens, i) ??
      adjectiveFrame(text, tokens, i) ??
      careerFrame(text, tokens, i);
    if (found && !seen.has(found.offset)) {
      seen.add(found.offset);
      findings.push(found);
    }
  }
  return findings;
}

/** Every word-form slip of a paragraph. */
export function wordFormCheck(paragraph: Paragraph, letter: LetterText): RawFinding[] {
  if (paragraph.role === 'header' || paragraph.role === 'signature') return [];
  return paragraph.sentences.flatMap((sentence) => wordFormFindings(letter.text, sentence));
}
