/**
 * How the evaluation checks the proofreading lists with the engine, in the
 * scaffold letter of harness.ts: a word mid-sentence in a body paragraph of
 * its own, a slip where a weak sentence goes, a trap where a strong one goes.
 */
import { analyze, applyEdits, type Finding, type Fix, type SpellingDictionary } from '../../server/src/engine';
import { fnv1a } from './corpus';
import { findingsOn, overlaps, place, type Placed, type Position, SCAFFOLD_OPTIONS, strongPositions } from './harness';
import { PROOFREADING_RULES } from './proofreadingLists';

/**
 * Sentences a word of any kind (noun, adjective, name, verb form) can sit in
 * mid-sentence, between lower-case words, with no article before it (so that
 * no a/an question arises). Each raises no finding with a plain word in it
 * (test/unit/evalCorpus.test.ts).
 */
export const WORD_FRAMES: readonly string[] = [
  'Last year I built a small tool for {w} with the platform team, and 12 analysts use it daily.',
  'My notes on {w} are still read by the 30 new hires we take on each spring.',
  'We spent two weeks on {w} before the March release, which shipped 4 days early.',
  'In the spring review my manager asked me to look into {w} for the billing team of 9.',
  'Our support desk now tracks {w} in the same weekly report, beside its 40 other measures.',
  'The auditors asked about {w} twice, and both times I had the 2024 numbers ready.',
];

/** The frame a word is checked in: one of WORD_FRAMES, chosen by a hash of the word so that every run uses the same. */
export function frameFor(word: string): string {
  return WORD_FRAMES[fnv1a(word) % WORD_FRAMES.length]!;
}

/** A letter with `word` in its frame as a body paragraph, and where the word is in it. */
export function placeWord(word: string): Placed {
  const frame = frameFor(word);
  const at = frame.indexOf('{w}');
  const sentence = frame.slice(0, at) + word + frame.slice(at + 3);
  const placed = place(sentence, 'middle');
  return { text: placed.text, offset: placed.offset + at, length: word.length };
}

const isProofreading = (f: Finding) => PROOFREADING_RULES.includes(f.ruleId);
const ruleIds = (findings: readonly Finding[]) => [...new Set(findings.map((f) => f.ruleId))].sort();

export interface WordResult {
  /** A `spelling` finding (any severity) overlaps the word. */
  flagged: boolean;
  /** The proofreading rules that raised a finding on the word. */
  fired: string[];
}

/** A field word is a false alarm when a `spelling` finding overlaps it. */
export function checkFieldWord(word: string, spelling: SpellingDictionary | undefined): WordResult {
  const found = findingsOn(placeWord(word), spelling).filter(isProofreading);
  return { flagged: found.some((f) => f.ruleId === 'spelling'), fired: ruleIds(found) };
}

export interface MisspellingResult {
  /** A `spelling` or `confused-word` finding overlaps the word. */
  caught: boolean;
  /** The first fix of the first such finding writes the correction. */
  firstRight: boolean;
  /** Some fix of such a finding writes the correction. */
  amongFixes: boolean;
  fired: string[];
  /** What the first fix writes in place of the word, when there is one. */
  firstFix: string | undefined;
}

const CATCHES_MISSPELLINGS = new Set(['spelling', 'confused-word']);

/**
 * A misspelling is caught when a `spelling` or `confused-word` finding
 * overlaps it. Read with suggestions on, as the editor offers them; a fix is
 * right when applying it gives the letter with the correction in place of the
 * misspelling, whatever range its edits cover.
 */
export function checkMisspelling(misspelling: string, correction: string, spelling: SpellingDictionary | undefined): MisspellingResult {
  const placed = placeWord(misspelling);
  const found = analyze(placed.text, { ...SCAFFOLD_OPTIONS, spelling, spellingSuggestions: true }).findings.filter(
    (f) => overlaps(f, placed) && isProofreading(f),
  );
  const catching = found.filter((f) => CATCHES_MISSPELLINGS.has(f.ruleId));
  const corrected = placed.text.slice(0, placed.offset) + correction + placed.text.slice(placed.offset + placed.length);
  const right = (fix: Fix) => applyEdits(placed.text, fix.edits) === corrected;
  const first = catching[0]?.fixes[0];
  return {
    caught: catching.length > 0,
    firstRight: first !== undefined && right(first),
    amongFixes: catching.some((f) => f.fixes.some(right)),
    fired: ruleIds(found),
    firstFix: first === undefined ? undefined : firstFixText(placed, first.edits),
  };
}

/** The text a fix leaves where the word was (for the verbose report). */
function firstFixText(placed: Placed, edits: Parameters<typeof applyEdits>[1]): string {
  const fixed = applyEdits(placed.text, edits);
  const tail = placed.text.length - placed.offset - placed.length;
  return fixed.slice(placed.offset, fixed.length - tail);
}

/**
 * Where a slip goes: a salutation ("Dear …", "To whom…", and its slip "To
 * who…") on the salutation line, anything else in a body paragraph of its
 * own, as a weak sentence.
 */
export function slipPosition(sentence: string): Position {
  return /^(?:dear\s|to\s+whom?\b)/i.test(sentence) ? 'salutation' : 'middle';
}

export interface SlipResult {
  /** The labelled rule raised a finding (any severity) overlapping the sentence. */
  caught: boolean;
  /** The proofreading rules that raised a finding on it. */
  fired: string[];
}

export function checkSlip(rule: string, sentence: string, spelling: SpellingDictionary | undefined): SlipResult {
  const found = findingsOn(place(sentence, slipPosition(sentence)), spelling);
  return { caught: found.some((f) => f.ruleId === rule), fired: ruleIds(found.filter(isProofreading)) };
}

export interface TrapResult {
  /** The proofreading rules that raised a finding (any severity) on it, in any position. */
  fired: string[];
}

/** A trap goes where a strong sentence goes (each body position; a salutation line as the salutation). */
export function checkTrap(sentence: string, spelling: SpellingDictionary | undefined): TrapResult {
  const fired = new Set<string>();
  for (const position of strongPositions(sentence)) {
    for (const f of findingsOn(place(sentence, position), spelling)) if (isProofreading(f)) fired.add(f.ruleId);
  }
  return { fired: [...fired].sort() };
}
