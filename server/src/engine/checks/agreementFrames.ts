/**
 * Subject-verb agreement in the few frames where the subject is certain:
 * a subject pronoun opening its clause ("I has", "they was", "she don't"),
 * "there is" before a word that counts several ("there is many reasons"), a
 * plain plural noun opening its clause ("these models was", "my results
 * shows"), and a relative pronoun right after a plain plural noun ("skills
 * that makes me"). Everything else is left alone: collective and mass nouns
 * ("the team are", "the data show"), quantities ("a number of", "none of",
 * "each of the models was"), the subjunctive ("if I were", "insist that he
 * have") and questions ("does he have").
 */
import type { Paragraph, Sentence } from '../structure/model';
import type { LetterText, RawFinding } from '../kit/rule';
import type { Token } from '../text/tokens';
import {
  AGREEING_VERBS,
  AGREEING_VERBS_ALSO_NOUNS,
  AUXILIARY_AGREEMENT,
  CLAUSE_OPENERS,
  IRREALIS_MARKERS,
  MEASURE_NOUNS,
  IRREGULAR_PLURALS,
  PLURAL_IN_ICS,
  PLURAL_QUANTIFIERS,
  PLURAL_SUBJECT_DETERMINERS,
  PREPOSITIONS,
  QUESTION_VERBS,
  SINGLE_PERSON_NOUNS,
  SINGULAR_IN_S,
  SUBJECT_ADVERBS,
  SUBJECT_PRONOUNS,
  SUBJUNCTIVE_OPENERS,
  THIRD_PERSON_BASE_VERBS,
  type Person,
} from '../vocabulary/agreement';
import { adjacent, changeWordFix, compoundAfter, isAdverb, opensClause, plainOrFirst, plainWord, quoted } from './grammarTokens';
import { wordTable } from '../vocabulary/wordTable';

const ADVERBS = new Set(SUBJECT_ADVERBS);
const THIRD_PERSON_BASES = new Set(THIRD_PERSON_BASE_VERBS);
const PERSONS = new Set(SINGLE_PERSON_NOUNS);
const POSSESSIVES = new Set(['my', 'our', 'your', 'their', 'his']);
const SUBJUNCTIVE = new Set(SUBJUNCTIVE_OPENERS);
const IRREALIS = new Set(IRREALIS_MARKERS);
const QUANTIFIERS = new Set(PLURAL_QUANTIFIERS);
const MEASURES = new Set(MEASURE_NOUNS);
const SINGULAR = new Set(SINGULAR_IN_S);
const PLURAL_ICS = new Set(PLURAL_IN_ICS);
const IRREGULAR = new Set(IRREGULAR_PLURALS);
const PLURAL_DETERMINERS = new Set(PLURAL_SUBJECT_DETERMINERS);
const PREPOSITION = new Set(PREPOSITIONS);
const ASKING = new Set(QUESTION_VERBS);
const OPENERS = new Set(CLAUSE_OPENERS);
/** Prepositions whose short phrase may stand between a plural subject and its verb ("the findings of this study", "my years at Acme"). */
const PHRASE_PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'with', 'on', 'for']);

/** "makes" → "make", "applies" → "apply", "focuses" → "focus". */
function sForm(base: string): string {
  if (/(s|x|z|ch|sh|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** The -s form of each agreeing verb, mapped to its base. */
const BASE_OF_S_FORM = new Map<string, string>(AGREEING_VERBS.map((base) => [sForm(base), base]));
/** The same for verbs whose -s form is also a plural noun ("reports"): the tagger must call it a verb. */
const BASE_OF_NOUN_LIKE_S_FORM = new Map<string, string>(AGREEING_VERBS_ALSO_NOUNS.map((base) => [sForm(base), base]));

/** The base of an -s verb form that a plural subject may not take, if this token is one. */
function baseOfSForm(t: Token): string | undefined {
  const base = BASE_OF_S_FORM.get(t.norm);
  if (base) return base;
  const nounLike = BASE_OF_NOUN_LIKE_S_FORM.get(t.norm);
  return nounLike && t.tags.includes('Verb') && !t.tags.includes('Noun') ? nounLike : undefined;
}

/** The plural form of a singular auxiliary: what a plural subject takes instead. */
const PLURAL_OF: Readonly<Record<string, string>> = wordTable({ is: 'are', was: 'were', has: 'have', does: 'do' });

/** The written contraction for a form with "not" ("does" in "doesn't" → "don't"). */
const NEGATED: Readonly<Record<string, string>> = wordTable({
  am: 'am not',
  is: "isn't",
  are: "aren't",
  was: "wasn't",
  were: "weren't",
  has: "hasn't",
  have: "haven't",
  does: "doesn't",
  do: "don't",
});

/** A word the frame reads as a plural noun: lower case, ending in -s, and not a singular word in -s ("news", "bias", "analysis", "physics"). */
function pluralLooking(t: Token | undefined): boolean {
  if (t && IRREGULAR.has(t.raw)) return true;
  if (!t || !/^\p{Ll}{3,}s$/u.test(t.raw)) return false;
  if (/ics$/.test(t.norm)) return PLURAL_ICS.has(t.norm);
  return !/(?:ss|us|is|'s)$/.test(t.norm) && !SINGULAR.has(t.norm);
}

/** compromise agrees it is a plural noun here (not a verb: "he knows that makes sense"). Read only once the cheap test has matched. */
function taggedPlural(t: Token): boolean {
  return t.tags.includes('Plural') && !t.tags.includes('Verb');
}

interface Mismatch {
  /** The verb's token (for a contraction, its first half). */
  verb: Token;
  /** The form that agrees. */
  replacement: string;
  subject: string;
}

/** The fix for a verb token: the whole written word is replaced, keeping a contraction's "n't". */
function finding(tokens: readonly Token[], k: number, m: Mismatch): RawFinding {
  const verb = tokens[k]!;
  const negated = tokens[k + 1]?.start === verb.start && tokens[k + 1]!.norm === 'not';
  const replacement = negated ? (NEGATED[m.replacement] ?? `${m.replacement} not`) : m.replacement;
  const written = verb.raw;
  // "there's many…": the written word holds the subject too; keep it and write the verb out.
  let newText = tokens[k - 1]?.start === verb.start ? `${written.replace(/['’]s$/i, '')} ${replacement}` : replacement;
  if (written.includes('’')) newText = newText.replace(/'/g, '’');
  return {
    offset: verb.start,
    length: written.length,
    message: `“${written}” does not agree with “${m.subject}”: write “${newText}”.`,
    fixes: [changeWordFix(verb.start, written, newText)],
  };
}

/** "I has", "they was", "she don't": a subject pronoun opening its clause, then (past an adverb) a form of be, have or do that does not agree. */
function pronounFrame(text: string, tokens: readonly Token[], i: number, irrealis: number): (Mismatch & { k: number }) | undefined {
  const pronoun = tokens[i]!;
  let person: Person | undefined = SUBJECT_PRONOUNS[pronoun.norm];
  // "It" and "you" may be objects ("the items listed after it only become…"): read them with the noun phrases' stricter clause start.
  const objectCase = pronoun.norm === 'it' || pronoun.norm === 'you';
  if (!person || !plainOrFirst(pronoun, i) || !opensClause(text, tokens, i, objectCase)) return undefined;
  let k = i + 1;
  if (tokens[k] && tokens[k]!.start !== pronoun.start && isAdverb(tokens[k], ADVERBS) && tokens[k]!.norm !== 'not') k++;
  const verb = tokens[k];
  if (!verb || !adjacent(text, tokens[k - 1]!, verb) || !plainOrFirst(verb, k) || compoundAfter(text, verb)) return undefined;
  // "I'm", "it's": the contraction itself agrees.
  if (verb.start === pronoun.start) return undefined;
  const joined = i > 0 && ['and', 'or', 'nor'].includes(tokens[i - 1]!.norm);
  let subject = pronoun.raw;
  if (joined) {
    // "My manager and I were" is right; "my classmates and I was" is a subject of two with a singular verb.
    if (pronoun.norm !== 'i' || !pairedSubject(text, tokens, i - 1)) {
      if (!SINGULAR_ONLY.has(verb.norm)) return undefined;
    } else {
      person = 'plural';
      subject = text.slice(tokens[0]!.start, pronoun.end);
    }
  }
  let replacement = AUXILIARY_AGREEMENT[verb.norm]?.[person];
  // "I makes", "they wants": an -s form after a subject that never takes one ("you" is left out: "you guys").
  if (!replacement && person !== 'third-singular' && pronoun.norm !== 'you') replacement = baseOfSForm(verb);
  // "It give me pleasure": a base form after "he", "she" or "it" (closed list; not "need" or "dare", which may stand bare: "he need not").
  if (!replacement && person === 'third-singular' && !joined && THIRD_PERSON_BASES.has(verb.norm) && tokens[k + 1]?.norm !== 'not') {
    replacement = sForm(verb.norm);
  }
  if (!replacement) return undefined;
  // "…insisted that he have a mentor": the subjunctive.
  if (person === 'third-singular' && !SINGULAR_ONLY.has(verb.norm) && i > 0 && SUBJUNCTIVE.has(tokens[i - 1]!.norm)) return undefined;
  if (verb.norm === 'were' && irrealis >= 0 && irrealis < i) return undefined;
  return { verb, replacement, subject, k };
}

/** Forms only a singular subject takes. */
const SINGULAR_ONLY = new Set(['am', 'is', 'was', 'has', 'does']);

/**
 * The sentence opens with a short noun phrase joined to "I" by the "and" at
 * `and`: "My classmates and I", "Priya and I". Nothing in it may be a verb, so
 * "I fixed the build and I was…" (two clauses) is not read as one subject.
 */
function pairedSubject(text: string, tokens: readonly Token[], and: number): boolean {
  if (and < 1 || and > 4) return false;
  const first = tokens[0]!;
  const name = /^\p{Lu}\p{Ll}+$/u.test(first.raw) && !OPENERS.has(first.norm) && !SUBJECT_PRONOUNS[first.norm];
  if (!name && !PAIR_DETERMINERS.has(first.norm)) return false;
  for (let j = 1; j <= and; j++) {
    const t = tokens[j]!;
    if (!adjacent(text, tokens[j - 1]!, t) || t.start === tokens[j - 1]!.start) return false;
    if (j < and && (OPENERS.has(t.norm) || PREPOSITION.has(t.norm) || AUXILIARY_AGREEMENT[t.norm] || /ed$/.test(t.norm) || SUBJECT_PRONOUNS[t.norm]))
      return false;
  }
  return true;
}

const PAIR_DETERMINERS = new Set(['my', 'our', 'the', 'his', 'her', 'their', 'your']);

/** "There is many reasons": "there is/was/'s" before a word that counts several. */
function thereFrame(text: string, tokens: readonly Token[], i: number): Mismatch | undefined {
  const there = tokens[i]!;
  if (there.norm !== 'there' || !plainOrFirst(there, i)) return undefined;
  const verb = tokens[i + 1];
  if (!verb || (verb.norm !== 'is' && verb.norm !== 'was') || !adjacent(text, there, verb)) return undefined;
  // "there's" is one written word: replace it whole ("there are").
  let k = i + 2;
  while (k < i + 4 && isAdverb(tokens[k], ADVERBS) && tokens[k]!.norm !== 'not') k++;
  const quantifier = tokens[k];
  if (!quantifier || !adjacent(text, tokens[k - 1]!, quantifier) || !QUANTIFIERS.has(quantifier.norm) || compoundAfter(text, quantifier))
    return undefined;
  // "There is a few…" counts too, but "many a" and "few" alone ("there was few") are left: "many a day" is singular.
  if (quantifier.norm === 'many' && tokens[k + 1]?.norm === 'a') return undefined;
  // A number before a unit is an amount ("there was two hours of downtime"), and "there is one…" is singular anyway.
  const next = tokens[k + 1];
  if (next && (MEASURES.has(next.norm) || next.norm === 'of' || next.norm === 'percent')) return undefined;
  if (!next || !adjacent(text, quantifier, next)) return undefined;
  return { verb, replacement: PLURAL_OF[verb.norm]!, subject: text.slice(quantifier.start, next.end) };
}

/** Where the verb after a plural noun stands, if it is a singular form: "was", "has", "doesn't", or an -s form of an agreeing verb. */
function singularVerbAt(text: string, tokens: readonly Token[], k: number): { k: number; replacement: string } | undefined {
  let j = k;
  if (isAdverb(tokens[j], ADVERBS) && tokens[j]!.norm !== 'not' && tokens[j]!.norm !== 'now') j++;
  const verb = tokens[j];
  if (!verb || !adjacent(text, tokens[j - 1]!, verb) || !plainWord(verb) || compoundAfter(text, verb)) return undefined;
  const auxiliary = PLURAL_OF[verb.norm];
  if (auxiliary) return { k: j, replacement: auxiliary };
  const base = baseOfSForm(verb);
  return base ? { k: j, replacement: base } : undefined;
}

/**
 * "These models was", "my results shows": a plural-only or possessive
 * determiner opening its clause, up to two modifiers, a plain plural noun, then
 * a singular verb. The noun must be the last word before the verb, so the
 * phrase's head is certain ("the sales team was" has "team" there), or the
 * verb comes after a short phrase that cannot hold another subject: a
 * prepositional phrase ("the findings of this study was") or a clause with its
 * own subject and no object of its own ("the pipelines I designed runs").
 */
function determinerFrame(text: string, tokens: readonly Token[], i: number): { noun: number; k: number; replacement: string } | undefined {
  const determiner = tokens[i]!;
  if (!PLURAL_DETERMINERS.has(determiner.norm) || !plainOrFirst(determiner, i) || !opensClause(text, tokens, i, true)) return undefined;
  for (let n = i + 1; n <= i + 3 && n < tokens.length; n++) {
    const t = tokens[n]!;
    if (!adjacent(text, tokens[n - 1]!, t) || !plainWord(t) || compoundAfter(text, t)) return undefined;
    if (pluralLooking(t)) {
      // A count of units is one amount ("the past two years has been…"), and "these days" is a time, not a subject; "my years in teaching" is neither.
      if (
        MEASURES.has(t.norm) &&
        (!POSSESSIVES.has(determiner.norm) || tokens.slice(i + 1, n).some((m) => QUANTIFIERS.has(m.norm) || /^\d/.test(m.norm)))
      )
        return undefined;
      // Right after a determiner the -s word is a noun ("my results"), whatever a tagger makes of it; after a modifier
      // it may be a verb ("the team runs on…"), so the tagger decides.
      const verb = singularVerbAt(text, tokens, n + 1) ?? afterPhrase(text, tokens, n + 1);
      return verb && !(n > i + 1 && t.tags.includes('Verb')) ? { noun: n, ...verb } : undefined;
    }
    // Modifiers: words that are not themselves the head ("these three models", "my recent results"); a verb or preposition ends the phrase.
    if (PREPOSITION.has(t.norm) || /s$/.test(t.norm) || SUBJECT_PRONOUNS[t.norm] || OPENERS.has(t.norm) || AUXILIARY_AGREEMENT[t.norm])
      return undefined;
  }
  return undefined;
}

/** Words that end the stretch a verb is looked for in: a new clause, or a new subject. */
function endsStretch(t: Token): boolean {
  return OPENERS.has(t.norm) || SUBJECT_PRONOUNS[t.norm] !== undefined || t.norm === 'there' || t.norm === 'whose';
}

/**
 * The singular verb after a short phrase that follows a plural noun: "of this
 * study" or "I built in hospitality". Up to four words, no punctuation, no
 * new clause; the verb must come right after them.
 */
function afterPhrase(text: string, tokens: readonly Token[], k: number): { k: number; replacement: string } | undefined {
  const first = tokens[k];
  if (!first || !adjacent(text, tokens[k - 1]!, first)) return undefined;
  let from: number;
  const clause = !PHRASE_PREPOSITIONS.has(first.norm);
  if (!clause) from = k + 1;
  else if (first.norm === 'i' || first.norm === 'we' || first.norm === 'they' || first.norm === 'you') {
    // "The pipelines I designed…": the clause's own verb, then no more than an adverbial.
    const own = tokens[k + 1];
    if (
      !own ||
      !plainWord(own) ||
      !adjacent(text, first, own) ||
      own.start === first.start ||
      (AUXILIARY_AGREEMENT[own.norm] && own.norm !== 'have') ||
      PREPOSITION.has(own.norm)
    )
      return undefined;
    from = k + 2;
  } else return undefined;
  for (let j = from; j < Math.min(tokens.length, from + 5); j++) {
    const t = tokens[j]!;
    if (!adjacent(text, tokens[j - 1]!, t) || compoundAfter(text, t) || endsStretch(t)) return undefined;
    // After a preposition the first word is its object; after "I designed" it may already be the verb.
    if (j > from || clause) {
      const verb = singularVerbAt(text, tokens, j);
      if (verb && verb.k === j) return verb;
      // "The pipelines I designed runs": right after the clause, an -s word is the verb, since the clause's object is the noun before it.
      const base = clause && j === from ? BASE_OF_NOUN_LIKE_S_FORM.get(t.norm) : undefined;
      if (base && plainWord(t)) return { k: j, replacement: base };
    }
    if (AUXILIARY_AGREEMENT[t.norm] || /^(?:would|will|can|could|should|may|might|must)$/.test(t.norm)) return undefined;
  }
  return undefined;
}

/**
 * "Skills that makes me", "models which was": "that", "which" or "who" right
 * after a plain plural noun, then a singular verb. Left alone when the noun
 * stands in a prepositional phrase, whose head may be the noun the clause
 * describes ("one of the models that was", "a list of skills that makes").
 */
function relativeFrame(text: string, tokens: readonly Token[], i: number): { noun: number; k: number; replacement: string } | undefined {
  const relative = tokens[i]!;
  if (relative.norm !== 'that' && relative.norm !== 'which' && relative.norm !== 'who') return undefined;
  const noun = tokens[i - 1];
  if (!noun || !adjacent(text, noun, relative) || !pluralLooking(noun) || MEASURES.has(noun.norm) || !plainWord(relative)) return undefined;
  for (let j = i - 2; j >= Math.max(0, i - 5); j--) {
    const t = tokens[j]!;
    if (PREPOSITION.has(t.norm) || t.norm === 'one' || t.norm === 'each' || t.norm === 'every') return undefined;
    // "I asked the engineers which was faster": an indirect question, not a relative clause.
    if (ASKING.has(t.norm)) return undefined;
    // A hyphen inside the phrase ("on non-English locales") does not end it.
    if (!adjacent(text, t, tokens[j + 1]!) && text.slice(t.end, tokens[j + 1]!.start) !== '-') break;
  }
  // "…the command and arguments which is error prone": "which" with no comma may still describe the whole clause before it,
  // so it is read only inside a subject that opens its clause ("The models which was deployed…").
  if (relative.norm === 'which' && !subjectOpening(text, tokens, i - 1)) return undefined;
  const verb = singularVerbAt(text, tokens, i + 1);
  // "For most commands that's OK": "that's" is nearly always the demonstrative.
  if (!verb || tokens[verb.k]!.start === relative.start || !taggedPlural(noun)) return undefined;
  return { noun: i - 1, ...verb };
}

/** The singular form for a plural one after a singular subject. */
const SINGULAR_OF: Readonly<Record<string, string>> = wordTable({ were: 'was', are: 'is', have: 'has', do: 'does' });

/**
 * "Our lead engineer were on leave": a determiner opening its clause, up to two
 * modifiers, a noun for one person (never a group, so "the team are" is not
 * read), then a plural form of be, have or do.
 */
function personFrame(
  text: string,
  tokens: readonly Token[],
  i: number,
  irrealis: number,
): { noun: number; k: number; replacement: string } | undefined {
  if (!PAIR_DETERMINERS.has(tokens[i]!.norm) || !plainOrFirst(tokens[i]!, i) || !opensClause(text, tokens, i, true)) return undefined;
  for (let n = i + 1; n <= i + 3 && n + 1 < tokens.length; n++) {
    const t = tokens[n]!;
    if (!adjacent(text, tokens[n - 1]!, t) || !plainWord(t) || compoundAfter(text, t)) return undefined;
    if (PERSONS.has(t.norm)) {
      const verb = tokens[n + 1]!;
      const replacement = SINGULAR_OF[verb.norm];
      if (!replacement || !adjacent(text, t, verb) || verb.start === t.start || !plainWord(verb)) return undefined;
      if (verb.norm === 'were' && irrealis >= 0 && irrealis < i) return undefined;
      return { noun: n, k: n + 1, replacement };
    }
    if (PREPOSITION.has(t.norm) || /s$/.test(t.norm) || OPENERS.has(t.norm) || SUBJECT_PRONOUNS[t.norm] || AUXILIARY_AGREEMENT[t.norm])
      return undefined;
  }
  return undefined;
}

/** The plural noun at `n` heads a noun phrase that opens its clause: a determiner opening it, then at most two modifiers. */
function subjectOpening(text: string, tokens: readonly Token[], n: number): boolean {
  for (let d = n - 1; d >= Math.max(0, n - 3); d--) {
    if (!adjacent(text, tokens[d]!, tokens[d + 1]!)) return false;
    if (PLURAL_DETERMINERS.has(tokens[d]!.norm)) return opensClause(text, tokens, d, true);
    if (PREPOSITION.has(tokens[d]!.norm) || OPENERS.has(tokens[d]!.norm) || AUXILIARY_AGREEMENT[tokens[d]!.norm]) return false;
  }
  return false;
}

/** The agreement slips of one sentence. */
export function agreementFindings(text: string, sentence: Sentence): RawFinding[] {
  const tokens = sentence.tokens;
  if (tokens.length < 2 || quoted(text, sentence)) return [];
  const findings: RawFinding[] = [];
  // Where the first word of a wish or condition stands ("if I were"), found once per sentence.
  const irrealis = tokens.findIndex((t) => IRREALIS.has(t.norm));
  const flagged = new Set<number>();
  const add = (k: number, m: Mismatch) => {
    if (flagged.has(tokens[k]!.start)) return;
    flagged.add(tokens[k]!.start);
    findings.push(finding(tokens, k, m));
  };
  for (let i = 0; i < tokens.length; i++) {
    const pronoun = pronounFrame(text, tokens, i, irrealis);
    if (pronoun) add(pronoun.k, pronoun);
    const there = thereFrame(text, tokens, i);
    if (there) add(i + 1, there);
    const np = determinerFrame(text, tokens, i) ?? relativeFrame(text, tokens, i) ?? personFrame(text, tokens, i, irrealis);
    if (np) add(np.k, { verb: tokens[np.k]!, replacement: np.replacement, subject: tokens[np.noun]!.raw });
  }
  return findings;
}

/** Every agreement slip of a paragraph. */
export function agreementCheck(paragraph: Paragraph, letter: LetterText): RawFinding[] {
  if (paragraph.role === 'header' || paragraph.role === 'signature') return [];
  return paragraph.sentences.flatMap((sentence) => agreementFindings(letter.text, sentence));
}
