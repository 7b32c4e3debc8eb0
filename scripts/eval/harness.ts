/**
 * How the evaluation checks a sentence or a letter with the engine: a sentence
 * is placed where its rule reads inside a neutral scaffold letter, and only
 * findings whose range overlaps the sentence count.
 */
import { analyze, type AnalyzeOptions, type Finding, type Severity, type SpellingDictionary } from '../../server/src/engine';
import { devDictionary } from '../devDictionary';

/** Where in the scaffold a sentence is put. */
export type Position = 'salutation' | 'opening' | 'middle' | 'closing' | 'sign-off';

/** The body positions a strong sentence is checked in. */
export const BODY_POSITIONS: readonly Position[] = ['opening', 'middle', 'closing'];

const SALUTATION = 'Dear Ms. Okafor,';
const OPENING =
  'Last spring I rebuilt the invoice matching service at Larkspur Foods, and it now clears 40,000 invoices a week with two people instead of six. ' +
  'Your post on supplier onboarding describes the same backlog, and I would like to help your payments team clear it.';
const MIDDLE =
  'At Larkspur I moved the nightly reconciliation job from a spreadsheet to a tested Python service. ' +
  'Month-end close went from nine days to four, and auditors signed off on the new controls in their first review. ' +
  'I also trained three analysts to maintain the service, so the work no longer depends on me. ' +
  'When a supplier changed its file layout in March, the service held the 212 unreadable rows for review and the close still finished on time. ' +
  'Before that I spent four years in accounts payable at a regional grocer, which is why my matching rules send fewer than 3% of invoices to a person.';
const CLOSING = 'Could we talk for 20 minutes next Tuesday? I can show you how the matching rules handle partial shipments and credit notes.';
const SIGN_OFF = 'Best regards,';
const SIGNATURE = 'Sam Lee';

/**
 * The options every scaffold and sentence is read with: plain text, a target
 * the scaffold meets with room for a sentence of up to 100 words (the scaffold
 * counts 180 words; under-length starts below 168, over-length past 280), and
 * the name in the salutation as a known word.
 */
export const SCAFFOLD_OPTIONS: AnalyzeOptions = { format: 'plaintext', target: 280, words: ['Okafor'] };

/** The scaffold letter on its own. */
export function scaffoldText(): string {
  return [SALUTATION, OPENING, MIDDLE, CLOSING, `${SIGN_OFF}\n${SIGNATURE}`].join('\n\n') + '\n';
}

/** A letter with `sentence` in `position`, and where the sentence is in it. */
export interface Placed {
  text: string;
  offset: number;
  length: number;
}

/**
 * Salutation: the salutation line. Opening: the first sentence of the first
 * body paragraph. Middle: a body paragraph of its own between the opening and
 * the scaffold's middle paragraph. Closing: the last sentence of the last body
 * paragraph, after the scaffold's concrete ask. Sign-off: the line above the
 * signature.
 */
export function place(sentence: string, position: Position): Placed {
  const parts: string[] = [];
  let offset = -1;
  let used = 0;
  const push = (part: string, sentenceAt?: number) => {
    if (sentenceAt !== undefined) offset = used + sentenceAt;
    parts.push(part);
    used += part.length + 2;
  };
  push(position === 'salutation' ? sentence : SALUTATION, position === 'salutation' ? 0 : undefined);
  push(position === 'opening' ? `${sentence} ${OPENING}` : OPENING, position === 'opening' ? 0 : undefined);
  if (position === 'middle') push(sentence, 0);
  push(MIDDLE);
  push(position === 'closing' ? `${CLOSING} ${sentence}` : CLOSING, position === 'closing' ? CLOSING.length + 1 : undefined);
  push(`${position === 'sign-off' ? sentence : SIGN_OFF}\n${SIGNATURE}`, position === 'sign-off' ? 0 : undefined);
  return { text: parts.join('\n\n') + '\n', offset, length: sentence.length };
}

/** Where a weak sentence labelled with these rules is put: the position of the first rule that reads one place. */
export function positionFor(rules: readonly string[]): Position {
  if (rules.includes('generic-salutation')) return 'salutation';
  if (rules.includes('generic-opener')) return 'opening';
  if (rules.includes('weak-closing')) return 'closing';
  return 'middle';
}

/**
 * Where a strong sentence is checked: a salutation line ("Dear Ms. Okafor,") as
 * the salutation, a sign-off line ("Best regards,") as the sign-off, any other
 * sentence in each body position.
 */
export function strongPositions(sentence: string): readonly Position[] {
  if (/^(dear|hello|hi|to)\b[^.!?]*,$/i.test(sentence)) return ['salutation'];
  if (/^[A-Z][a-z]+(?: [a-z]+){0,2},$/.test(sentence)) return ['sign-off'];
  return BODY_POSITIONS;
}

/** Whether a finding's range (at least one character) overlaps the placed text. */
export function overlaps(finding: Finding, placed: Placed): boolean {
  const end = finding.offset + Math.max(finding.length, 1);
  return finding.offset < placed.offset + placed.length && end > placed.offset;
}

/** Findings overlapping the placed sentence. */
export function findingsOn(placed: Placed, spelling: SpellingDictionary | undefined): Finding[] {
  return analyze(placed.text, { ...SCAFFOLD_OPTIONS, spelling, spellingSuggestions: false }).findings.filter((f) => overlaps(f, placed));
}

export interface WeakResult {
  /** Every labelled rule raised a finding overlapping the sentence. */
  caught: boolean;
  /** Some finding (any rule) overlaps the sentence. */
  flagged: boolean;
  /** Labelled rules that did not fire. */
  missed: string[];
  /** Rule ids that fired on it. */
  fired: string[];
}

export function checkWeak(sentence: string, rules: readonly string[], spelling: SpellingDictionary | undefined): WeakResult {
  const found = findingsOn(place(sentence, positionFor(rules)), spelling);
  const fired = [...new Set(found.map((f) => f.ruleId))].sort();
  const missed = rules.filter((r) => !fired.includes(r));
  return { caught: missed.length === 0, flagged: found.length > 0, missed, fired };
}

const LOUD: ReadonlySet<Severity> = new Set<Severity>(['warning', 'error']);

export interface StrongResult {
  /** Rule ids that raised a warning or error on it, in any position. */
  loud: string[];
  /** Rule ids that raised information or a hint on it. */
  quiet: string[];
}

export function checkStrong(sentence: string, spelling: SpellingDictionary | undefined): StrongResult {
  const positions = strongPositions(sentence);
  const loud = new Set<string>();
  const quiet = new Set<string>();
  for (const position of positions) {
    for (const f of findingsOn(place(sentence, position), spelling)) (LOUD.has(f.severity) ? loud : quiet).add(f.ruleId);
  }
  return { loud: [...loud].sort(), quiet: [...quiet].sort() };
}

/** 1-based line of a UTF-16 offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The spelling dictionaries as the server reads them, as the tests load them. */
export function loadSpelling(): SpellingDictionary {
  return devDictionary();
}
