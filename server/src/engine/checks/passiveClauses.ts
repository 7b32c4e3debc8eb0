/**
 * Finds passives that hide who did the work: a form of "be" or "get", perhaps
 * words such as "not" or "successfully" after it, and a past participle ("the
 * pipeline was rebuilt", "has been rolled out", "were not reviewed", "got
 * deployed"). It stays silent where the passive hides no one the reader wants:
 *
 * - the subject is a person ("I was promoted", "who was hired"), including a
 *   subject left out after "and" or a comma ("I joined in 2019 and was promoted");
 * - the participle is a state ("the role is based in Leeds") or what others did
 *   to the writer's work ("my paper was accepted at ICML");
 * - the actor is named ("was approved by the risk committee"), unless it is
 *   the writer ("was built by me");
 * - a modal makes it a wish or a capability ("could be automated");
 * - the writer acts in a clause of the same sentence, and the passive tells
 *   what was there before ("reports were compiled by hand until I automated them");
 * - the participle modifies a noun after it ("my focus was applied research"):
 *   the one question words alone cannot settle, so the tagger is asked then.
 */
import { isLyAdverb } from '../text/phrases';
import type { Token } from '../text/tokens';
import {
  AFTER_PARTICIPLE_FUNCTION_WORDS,
  BY_NOT_AGENT,
  BY_THE_NOT_AGENT,
  BY_WRITER,
  DOUBLE_OBJECT_PARTICIPLES,
  ED_NOT_PARTICIPLES,
  INTRANSITIVE_ED,
  IRREGULAR_PARTICIPLES,
  MEASURE_UNITS,
  MODALS,
  NUMBER_WORDS,
  PASSIVE_AUXILIARIES,
  PASSIVE_INSERTS,
  PASSIVE_PARTICLES,
  PERSON_SUBJECTS,
  PRESENT_AUXILIARIES,
  PRESENT_WORK_PARTICIPLES,
  RECEIVED_PARTICIPLES,
  STATE_PAIRS,
  STATE_PARTICIPLES,
  SUBJECT_BRIDGES,
  WRITER_CLAUSE_LEADS,
} from '../vocabulary/passive';

const set = (words: readonly string[]) => new Set(words);
const AUX = set(PASSIVE_AUXILIARIES);
const PRESENT = set(PRESENT_AUXILIARIES);
const PRESENT_WORK = set(PRESENT_WORK_PARTICIPLES);
const IRREGULAR = set(IRREGULAR_PARTICIPLES);
const ED_NOT = set(ED_NOT_PARTICIPLES);
const SILENT = set([...STATE_PARTICIPLES, ...RECEIVED_PARTICIPLES]);
const DOUBLE_OBJECT = set(DOUBLE_OBJECT_PARTICIPLES);
const INSERTS = set(PASSIVE_INSERTS);
const PEOPLE = set(PERSON_SUBJECTS);
const BRIDGES = set(SUBJECT_BRIDGES);
const MODAL = set(MODALS);
const PARTICLES = set(PASSIVE_PARTICLES);
const BY_NOT = set(BY_NOT_AGENT);
const BY_THE_NOT = set(BY_THE_NOT_AGENT);
const WRITER_AGENT = set(BY_WRITER);
const NUMBERS = set(NUMBER_WORDS);
const UNITS = set(MEASURE_UNITS);
const FUNCTION_WORDS = set(AFTER_PARTICIPLE_FUNCTION_WORDS);
const HAVE = set(['have', 'has', 'had']);
const COORDINATORS = set(['and', 'but', 'or', 'yet', 'then', 'later', 'before', 'after', 'once']);
const RELATIVES = set(['that', 'which']);
const COORDINATE = set(['and', 'or']);
const CLAUSE_WORDS = set(['and', 'but', 'which', 'that', 'who', 'while', 'because', 'so', 'although', 'though', 'whereas', 'when', 'where']);
const BE_FORMS = set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);
const PAIRS = STATE_PAIRS.map((pair) => pair.split(' '));
const WRITER_LEADS = set(WRITER_CLAUSE_LEADS);
const WRITER_SUBJECTS = set(['i', 'we']);
const INVERTED_SUBJECT_STARTS = set(['a', 'an', 'the', 'this', 'these', 'those', 'many', 'some', 'new', 'our', 'my', 'more', 'several']);

export interface PassiveClause {
  /** Token indices of the first word of the span (the auxiliary) and one past the last (participle or particle). */
  from: number;
  to: number;
}

const INTRANSITIVE = set(INTRANSITIVE_ED);
const DETERMINERS = set(['a', 'an', 'the', 'my', 'our', 'your', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her']);
const NOT_IN_A_NOUN_PHRASE = set([...PASSIVE_AUXILIARIES, ...PRESENT_AUXILIARIES, ...MODALS, 'am', 'be', 'being', 'have', 'has', 'had', 'not']);

/**
 * Terse lines that leave the auxiliaries out: "Pipeline rebuilt, models
 * retrained, dashboards updated." Two clauses or more, split by commas,
 * semicolons or "and", each a short noun phrase and then a participle of work
 * ("costs dropped" is what the costs did, see `INTRANSITIVE_ED`), in a line
 * that names no person. Each such clause is a passive with its actor hidden.
 */
export function telegraphicPassives(tokens: readonly Token[], text: string): PassiveClause[] {
  if (tokens.some((t) => PEOPLE.has(t.norm))) return [];
  const clauses: PassiveClause[] = [];
  let segments = 0;
  let start = 0;
  for (let k = 1; k <= tokens.length; k++) {
    const and = k < tokens.length && (tokens[k]!.norm === 'and' || tokens[k]!.norm === '&');
    if (k < tokens.length && !and && !gapHas(text, tokens, k, /[,;]/)) continue;
    segments++;
    // "Dashboards built, tested and handed over": a participle going on with the clause before.
    const continued = clauses.length > 0 && clauses[clauses.length - 1]!.to <= start && continuesWith(tokens, start, k);
    const particle = start + 1 < k && PARTICLES.has(tokens[start + 1]!.norm) ? 1 : 0;
    const clause = continued ? { from: start, to: start + 1 + particle } : telegraphicClause(tokens, text, start, k);
    if (clause) clauses.push(clause);
    start = and ? k + 1 : k;
    if (and) k++;
  }
  return clauses.length >= 2 && clauses.length * 2 >= segments ? clauses : [];
}

/** The clause `[from, to)` opens with a participle of work, sharing the subject of the one before. */
function continuesWith(tokens: readonly Token[], from: number, to: number): boolean {
  const norm = tokens[from]?.norm ?? '';
  return from < to && isParticiple(norm) && !SILENT.has(norm) && !INTRANSITIVE.has(norm);
}

/** In the clause `[from, to)`, a short noun phrase and a participle of work after it, or undefined. */
function telegraphicClause(tokens: readonly Token[], text: string, from: number, to: number): PassiveClause | undefined {
  for (let p = from + 1; p < to && p <= from + 3; p++) {
    const norm = tokens[p]!.norm;
    if (NOT_IN_A_NOUN_PHRASE.has(tokens[p - 1]!.norm) || /^\d/.test(tokens[from]!.norm)) return undefined;
    if (!isParticiple(norm) || SILENT.has(norm) || INTRANSITIVE.has(norm) || DETERMINERS.has(tokens[p - 1]!.norm)) continue;
    if (isParticiple(tokens[from]!.norm) || modifiesNoun(tokens, text, p)) return undefined;
    let end = p + 1;
    if (end < to && PARTICLES.has(tokens[end]!.norm)) end++;
    return { from, to: end };
  }
  return undefined;
}

export interface PassiveOptions {
  /** Also read present-tense passives ("the reports are prepared by hand"). */
  present: boolean;
}

/** Passives in a sentence's tokens that hide who did the work. `text` is what the tokens' offsets point into. */
export function hiddenActorPassives(tokens: readonly Token[], text: string, options: PassiveOptions): PassiveClause[] {
  const found: PassiveClause[] = [];
  if (writerActsInClause(tokens)) return found;
  // Where a person is first named, so that each passive asks in constant time whether one came before.
  const firstPerson = tokens.findIndex((t) => PEOPLE.has(t.norm));
  for (let i = 0; i < tokens.length; i++) {
    const aux = tokens[i]!.norm;
    const present = PRESENT.has(aux);
    if (!AUX.has(aux) && !present) continue;
    let participle = participleAfter(tokens, text, i);
    // "were retired and replaced", "were uncovered and resolved": a state joined to an act, which is the passive.
    if (participle < 0 || SILENT.has(tokens[participle]!.norm) || namesState(tokens, participle)) {
      const joined = joinedAct(tokens, text, i);
      if (joined >= 0) participle = joined;
    }
    if (participle < 0) continue;
    const word = tokens[participle]!.norm;
    // "is deployed and monitored": a present passive joined to one of work done reads as that one.
    if (present && !options.present && !PRESENT_WORK.has(word) && !PRESENT_WORK.has(joinedTo(tokens, text, participle))) continue;
    if (SILENT.has(word)) continue;
    if (namesState(tokens, participle)) continue;
    const from = chainStart(tokens, text, i);
    if (from < 0) continue; // "having been", a modal: not an account of work done
    if (subjectIsPerson(tokens, text, from, participle, firstPerson)) continue;
    if (modifiesNoun(tokens, text, participle)) continue;
    if (actorNamed(tokens, text, participle)) continue;
    let to = participle + 1;
    if (to < tokens.length && PARTICLES.has(tokens[to]!.norm) && !gapHas(text, tokens, to, /[^\s]/)) to++;
    found.push({ from, to });
    i = participle;
  }
  return found;
}

/** The participle joined by "and" or "or" to the one at `p` ("deployed and monitored"), or ''. */
function joinedTo(tokens: readonly Token[], text: string, p: number): string {
  const link = tokens[p + 1];
  const next = tokens[p + 2];
  if (!link || !next || !COORDINATE.has(link.norm) || gapHas(text, tokens, p + 1, CLAUSE_BREAK) || gapHas(text, tokens, p + 2, CLAUSE_BREAK))
    return '';
  return next.norm;
}

/**
 * After the auxiliary at `i`, a word in -ed that reads as a state ("retired", "uncovered") joined by
 * "and" or "or" to a participle of an act: the index of that participle, or -1.
 */
function joinedAct(tokens: readonly Token[], text: string, i: number): number {
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    if (gapHas(text, tokens, j, CLAUSE_BREAK)) return -1;
    const norm = tokens[j]!.norm;
    if (norm.endsWith('ed') || IRREGULAR.has(norm)) {
      const link = tokens[j + 1];
      const act = tokens[j + 2];
      if (!link || !act || !COORDINATE.has(link.norm) || gapHas(text, tokens, j + 1, CLAUSE_BREAK) || gapHas(text, tokens, j + 2, CLAUSE_BREAK))
        return -1;
      return isParticiple(act.norm) && !SILENT.has(act.norm) ? j + 2 : -1;
    }
    if (!INSERTS.has(norm) && !isLyAdverb(norm)) return -1;
  }
  return -1;
}

/** "was made redundant", "was brought to my attention": the participle and the words after it name a state. */
function namesState(tokens: readonly Token[], participle: number): boolean {
  return PAIRS.some((words) => words.every((w, k) => tokens[participle + k]?.norm === w));
}

/** "until I automated them", "when I joined": the writer acts in the sentence, and its passive tells what was there before or around. */
function writerActsInClause(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => WRITER_SUBJECTS.has(t.norm) && k > 0 && WRITER_LEADS.has(tokens[k - 1]!.norm));
}

/** True when the text between token `k - 1` and token `k` matches `pattern` (punctuation, say). */
function gapHas(text: string, tokens: readonly Token[], k: number, pattern: RegExp): boolean {
  const before = tokens[k - 1];
  const at = tokens[k];
  if (!before || !at || before.start === at.start) return false;
  return pattern.test(text.slice(before.end, at.start));
}

const CLAUSE_BREAK = /[,;:()\u2013\u2014"“”]|\s-\s/;

function isParticiple(norm: string): boolean {
  if (IRREGULAR.has(norm)) return true;
  if (!norm.endsWith('ed') || norm.length < 4 || ED_NOT.has(norm)) return false;
  // "unmatched", "undocumented", "unprecedented": an un- word after "be" is a state.
  return !(norm.startsWith('un') && norm.length > 6);
}

/** The index of the participle after the auxiliary at `i` (up to three words such as "not" or "successfully" between), or -1. */
function participleAfter(tokens: readonly Token[], text: string, i: number): number {
  for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
    if (gapHas(text, tokens, j, CLAUSE_BREAK)) return -1;
    const norm = tokens[j]!.norm;
    if (isParticiple(norm)) return j;
    if (!INSERTS.has(norm) && !isLyAdverb(norm)) return -1;
  }
  return -1;
}

/**
 * Where the span starts: the auxiliary, or "has|have|had" before "been". -1
 * when a modal or "to" comes first ("could be automated", "would have been
 * approved") or the chain is a participle clause ("having been trained").
 */
function chainStart(tokens: readonly Token[], text: string, i: number): number {
  let from = i;
  for (let k = i - 1; k >= 0 && !gapHas(text, tokens, k + 1, CLAUSE_BREAK); k--) {
    const norm = tokens[k]!.norm;
    if (MODAL.has(norm) || norm === 'having') return -1;
    if (HAVE.has(norm) && tokens[i]!.norm === 'been') {
      from = k;
      continue;
    }
    if (norm === 'not' || norm === 'never' || INSERTS.has(norm) || isLyAdverb(norm)) continue;
    break;
  }
  return from;
}

/** Whether the passive's subject is a person: a pronoun, or one left out after "and" or a comma in a sentence about one. */
function subjectIsPerson(tokens: readonly Token[], text: string, from: number, participle: number, firstPerson: number): boolean {
  let k = from - 1;
  while (k >= 0 && !gapHas(text, tokens, k + 1, CLAUSE_BREAK) && (BRIDGES.has(tokens[k]!.norm) || isLyAdverb(tokens[k]!.norm))) k--;
  // A bullet or a terse line leaves the writer out: "Was promoted twice." A question turns it round.
  // But a learner may put the subject after the verb: "Was developed a new model for churn."
  if (k < 0) return !subjectFollows(tokens, participle);
  const subject = tokens[k]!.norm;
  if (PEOPLE.has(subject)) return true;
  // "The pipeline I inherited was…": the subject is what the writer acted on, named by the writer.
  if (k > 0 && WRITER_SUBJECTS.has(tokens[k - 1]!.norm) && !gapHas(text, tokens, k, CLAUSE_BREAK)) return true;
  const elided = COORDINATORS.has(subject) || gapHas(text, tokens, k + 1, CLAUSE_BREAK);
  if (elided || RELATIVES.has(subject)) {
    // "I joined in 2019 and was promoted", "I built a model that was adopted": the writer is in the sentence.
    if (firstPerson >= 0 && firstPerson <= k) return true;
  }
  return false;
}

/** "Was developed a new model", "Were created three dashboards": the subject stands after the participle. */
function subjectFollows(tokens: readonly Token[], participle: number): boolean {
  const next = tokens[participle + 1];
  if (!next || DOUBLE_OBJECT.has(tokens[participle]!.norm)) return false;
  return INVERTED_SUBJECT_STARTS.has(next.norm) || NUMBERS.has(next.norm) || /^\d/.test(next.norm);
}

/** "My focus was applied research": the participle describes the noun after it, and the clause is not passive. */
function modifiesNoun(tokens: readonly Token[], text: string, participle: number): boolean {
  const next = tokens[participle + 1];
  if (!next || gapHas(text, tokens, participle + 1, /[^\s]/)) return false;
  const norm = next.norm;
  if (DOUBLE_OBJECT.has(tokens[participle]!.norm)) return false;
  if (FUNCTION_WORDS.has(norm) || PARTICLES.has(norm) || isLyAdverb(norm) || /^\d/.test(norm) || BE_FORMS.has(norm)) return false;
  // Only here are the tags worth their cost: words alone cannot tell "was applied research" from "was deployed Monday".
  const tags = next.tags;
  return tags.includes('Noun') && !tags.includes('Pronoun') && !tags.includes('Date') && !tags.includes('Value');
}

/** Whether a "by" phrase soon after the participle names who did it, someone other than the writer. */
function actorNamed(tokens: readonly Token[], text: string, participle: number): boolean {
  for (let b = participle + 1; b < tokens.length && b <= participle + 8; b++) {
    if (gapHas(text, tokens, b, CLAUSE_BREAK)) return false;
    const norm = tokens[b]!.norm;
    if (CLAUSE_WORDS.has(norm) || BE_FORMS.has(norm)) return false;
    if (norm !== 'by') continue;
    const next = tokens[b + 1];
    if (!next) return false;
    const word = next.norm;
    if (WRITER_AGENT.has(word)) return false;
    if (word === 'the' || word === 'a' || word === 'an') {
      const after = tokens[b + 2];
      return after !== undefined && !BY_THE_NOT.has(after.norm) && !/^\d/.test(after.norm);
    }
    if (/^\d/.test(word) || NUMBERS.has(word)) return !isMeasure(tokens, text, b + 1);
    if (word.endsWith('ing') || BY_NOT.has(word)) return false;
    return true;
  }
  return false;
}

/** "by 40%", "by $2M", "by 3 hours", "by 2023": a number that measures rather than counts people. */
function isMeasure(tokens: readonly Token[], text: string, k: number): boolean {
  const first = tokens[k]!;
  if (/[$£€]$/.test(text.slice(Math.max(0, first.start - 1), first.start))) return true;
  // "1,200" and "2.5" are one number written as several tokens.
  while (k + 1 < tokens.length && /^\d/.test(tokens[k + 1]!.norm) && /^[.,]$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) k++;
  const token = tokens[k]!;
  if (/^[%x×]/.test(text.slice(token.end, token.end + 1)) || /^\d+(?:k|m|bn|x)$/.test(token.norm)) return true;
  const next = tokens[k + 1];
  if (!next || gapHas(text, tokens, k + 1, /[^\s]/)) return true;
  return UNITS.has(next.norm) || /^\d{4}$/.test(token.norm);
}
