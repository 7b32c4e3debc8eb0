/**
 * The proofreading lists of issue 13 (test/eval/proofreading/, described in
 * test/eval/README.md): pure readers from a file's text to items, each line
 * that cannot be read reported with its file and line, and the loader that
 * reads whichever of the four files are there.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type CorpusProblem, isLocked, normalise, type Parsed } from './corpus';

/** The grammar family of issue 13 (`repeated-word` already existed). */
export const GRAMMAR_RULES = [
  'a-or-an',
  'lowercase-i',
  'lowercase-sentence-start',
  'space-before-punctuation',
  'unbalanced-brackets',
  'subject-verb-agreement',
  'missing-auxiliary',
  'word-form',
  'confused-word',
] as const;

/** Every proofreading rule: a trap is a false alarm when any of them raises a finding on it. */
export const PROOFREADING_RULES: readonly string[] = [...GRAMMAR_RULES, 'spelling', 'repeated-word'];

/** The four files, by what they hold. */
export const LIST_FILES = {
  fieldWords: 'field-words.txt',
  misspellings: 'misspellings.tsv',
  slips: 'grammar-slips.tsv',
  traps: 'grammar-traps.tsv',
} as const;

export type ListName = keyof typeof LIST_FILES;

/** A correct word of the field that no spelling finding may touch. */
export interface FieldWord {
  word: string;
  /** The `# section:` it sits in, if any. */
  section: string | undefined;
  file: string;
  /** 1-based line in `file`. */
  line: number;
}

/** A misspelt word and the word it should have been. */
export interface Misspelling {
  misspelling: string;
  correction: string;
  section: string | undefined;
  file: string;
  line: number;
}

/** A sentence labelled with a grammar rule: a slip it must catch, or a trap no proofreading rule may flag. */
export interface GrammarItem {
  rule: string;
  sentence: string;
  /** The `# voice:` section it sits in, if any. */
  voice: string | undefined;
  file: string;
  line: number;
}

const SECTION_LINE = /^#\s*section:\s*(.*?)\s*$/i;
const VOICE_LINE = /^#\s*voice:\s*(.*?)\s*$/i;
const RULE_ID = /^[a-z]+(?:-[a-z]+)*$/;

/**
 * The lines of a list with their 1-based numbers, comments and blank lines
 * left to the reader; a carriage return is reported, as the lists are LF.
 */
function eachLine(
  text: string,
  file: string,
  problems: CorpusProblem[],
  read: (raw: string, line: number, comment: string | undefined) => void,
): void {
  text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((withCr, index) => {
      const line = index + 1;
      if (withCr.endsWith('\r')) problems.push({ file, line, message: 'CRLF line ending (the lists are LF)' });
      const raw = withCr.replace(/\r$/, '');
      const trimmed = raw.trim();
      if (trimmed === '') return;
      read(raw, line, trimmed.startsWith('#') ? trimmed : undefined);
    });
}

/** One word a line (a hyphenated word is one word), `# section:` comments. */
export function parseFieldWords(text: string, file: string): Parsed<FieldWord> {
  const items: FieldWord[] = [];
  const problems: CorpusProblem[] = [];
  let section: string | undefined;
  eachLine(text, file, problems, (raw, line, comment) => {
    if (comment !== undefined) {
      section = SECTION_LINE.exec(comment)?.[1] ?? section;
      return;
    }
    const word = raw.trim();
    if (/\s/.test(word)) problems.push({ file, line, message: 'more than one word (a field word is one word a line, no spaces or tabs)' });
    else items.push({ word, section, file, line });
  });
  return { items, problems };
}

/** `misspelling<TAB>correction` a line, `# section:` comments. */
export function parseMisspellings(text: string, file: string): Parsed<Misspelling> {
  const items: Misspelling[] = [];
  const problems: CorpusProblem[] = [];
  let section: string | undefined;
  eachLine(text, file, problems, (raw, line, comment) => {
    if (comment !== undefined) {
      section = SECTION_LINE.exec(comment)?.[1] ?? section;
      return;
    }
    const fields = raw.split('\t').map((f) => f.trim());
    const [misspelling, correction] = fields;
    if (fields.length !== 2 || !misspelling || !correction) {
      problems.push({ file, line, message: 'expected `misspelling<TAB>correction`' });
    } else if (/\s/.test(misspelling)) {
      problems.push({ file, line, message: 'the misspelling is more than one word' });
    } else if (misspelling === correction) {
      problems.push({ file, line, message: 'the misspelling is its own correction' });
    } else items.push({ misspelling, correction, section, file, line });
  });
  return { items, problems };
}

/** `rule-id<TAB>sentence` a line, `# voice:` sections (grammar-slips.tsv and grammar-traps.tsv). */
export function parseGrammar(text: string, file: string): Parsed<GrammarItem> {
  const items: GrammarItem[] = [];
  const problems: CorpusProblem[] = [];
  let voice: string | undefined;
  eachLine(text, file, problems, (raw, line, comment) => {
    if (comment !== undefined) {
      voice = VOICE_LINE.exec(comment)?.[1] ?? voice;
      return;
    }
    const fields = raw.split('\t');
    const rule = fields[0]!.trim();
    const sentence = normalise(fields.slice(1).join('\t'));
    if (fields.length !== 2)
      problems.push({ file, line, message: fields.length < 2 ? 'no tab between the rule id and the sentence' : 'more than one tab' });
    else if (!RULE_ID.test(rule)) problems.push({ file, line, message: `not a rule id: “${rule}”` });
    else if (sentence === '') problems.push({ file, line, message: 'no sentence' });
    else items.push({ rule, sentence, voice, file, line });
  });
  return { items, problems };
}

/** The lists found; a list whose file is missing is undefined. */
export interface ProofreadingLists {
  dir: string;
  fieldWords: FieldWord[] | undefined;
  misspellings: Misspelling[] | undefined;
  slips: GrammarItem[] | undefined;
  traps: GrammarItem[] | undefined;
  problems: CorpusProblem[];
  /** The files read, relative to `base`. */
  files: string[];
  /** The files not there, relative to `base`. */
  missing: string[];
}

/** Reads the four lists in `dir`, file names relative to `base`. */
export function loadProofreading(dir: string, base: string): ProofreadingLists {
  const lists: ProofreadingLists = {
    dir: path.relative(base, dir) || '.',
    fieldWords: undefined,
    misspellings: undefined,
    slips: undefined,
    traps: undefined,
    problems: [],
    files: [],
    missing: [],
  };
  const read = <T>(name: ListName, parse: (text: string, file: string) => Parsed<T>): T[] | undefined => {
    const full = path.join(dir, LIST_FILES[name]);
    const file = path.relative(base, full);
    if (!fs.existsSync(full)) {
      lists.missing.push(file);
      return undefined;
    }
    const parsed = parse(fs.readFileSync(full, 'utf8'), file);
    lists.problems.push(...parsed.problems);
    lists.files.push(file);
    return parsed.items;
  };
  lists.fieldWords = read('fieldWords', parseFieldWords);
  lists.misspellings = read('misspellings', parseMisspellings);
  lists.slips = read('slips', parseGrammar);
  lists.traps = read('traps', parseGrammar);
  return lists;
}

/** The text an item is hashed by for the locked split (and compared by for duplicates): the word, the misspelling, or the sentence. */
export function itemKey(item: FieldWord | Misspelling | GrammarItem): string {
  return 'word' in item ? item.word : 'misspelling' in item ? item.misspelling : item.sentence;
}

/** Whether an item of any list is in the locked split (scripts/eval/corpus.ts `isLocked` of its key). */
export function isLockedItem(item: FieldWord | Misspelling | GrammarItem): boolean {
  return isLocked(itemKey(item));
}

/** Whether a word is written capitalised (a name, a month, a tool…), as the issue counts them. */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** An item that repeats an earlier one, in its own list or another: where each is, and the text they share. */
export interface Repeat {
  at: string;
  first: string;
  key: string;
}

/**
 * Items that repeat one earlier in the same list, or that stand in two lists
 * (a field word also listed as a misspelling, a sentence both a slip and a
 * trap). Words compare exactly, sentences case-insensitively.
 */
export function repeats(lists: Pick<ProofreadingLists, 'fieldWords' | 'misspellings' | 'slips' | 'traps'>): Repeat[] {
  const out: Repeat[] = [];
  const check = (groups: Array<Array<FieldWord | Misspelling | GrammarItem> | undefined>, fold: (key: string) => string) => {
    const seen = new Map<string, string>();
    for (const item of groups.flatMap((g) => g ?? [])) {
      const key = itemKey(item);
      const first = seen.get(fold(key));
      if (first !== undefined) out.push({ at: `${item.file}:${item.line}`, first, key });
      else seen.set(fold(key), `${item.file}:${item.line}`);
    }
  };
  check([lists.fieldWords, lists.misspellings], (k) => k);
  check([lists.slips, lists.traps], (k) => k.toLowerCase());
  return out;
}
