/**
 * Reading the evaluation corpus (test/eval/, see its README): pure functions
 * from a file's text to labelled items, and the locked split.
 */

/** The voices the weak and strong sentences are written in. */
export const VOICES = ['formal', 'non-native', 'student', 'senior', 'career-changer', 'academic', 'llm-polished', 'terse'] as const;

/** A weak sentence and the rules that must catch it. */
export interface WeakItem {
  rules: string[];
  sentence: string;
  /** The `# voice:` section it sits in, if any. */
  voice: string | undefined;
  file: string;
  /** 1-based line in `file`. */
  line: number;
}

/** A sentence no rule may flag at warning or error. */
export interface StrongItem {
  sentence: string;
  voice: string | undefined;
  /** The rule whose words it uses legitimately, when it sits in a `# traps:` section. */
  trap: string | undefined;
  file: string;
  line: number;
}

/** A finding a letter must raise: its rule and 1-based start line. */
export interface ExpectedFinding {
  ruleId: string;
  line: number;
}

/** A line that could not be read, with where it is. */
export interface CorpusProblem {
  file: string;
  line: number;
  message: string;
}

export interface Parsed<T> {
  items: T[];
  problems: CorpusProblem[];
}

const VOICE_LINE = /^#\s*voice:\s*(.*?)\s*$/i;
const TRAPS_LINE = /^#\s*traps:\s*(.*?)\s*$/i;

function lines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}

/** The text a sentence is compared and hashed by: trimmed, inner white space as one space. */
export function normalise(sentence: string): string {
  return sentence.trim().replace(/\s+/g, ' ');
}

/** 32-bit FNV-1a of the UTF-16 code units of `text`. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** Whether a sentence is in the locked split: FNV-1a of its normalised text, mod 4, is 0. */
export function isLocked(sentence: string): boolean {
  return fnv1a(normalise(sentence)) % 4 === 0;
}

/** `rule-id[,rule-id…]<TAB>sentence` lines, `#` comments, `# voice:` sections. */
export function parseWeak(text: string, file: string): Parsed<WeakItem> {
  const items: WeakItem[] = [];
  const problems: CorpusProblem[] = [];
  let voice: string | undefined;
  lines(text).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    if (trimmed.startsWith('#')) {
      const v = VOICE_LINE.exec(trimmed);
      if (v) voice = v[1];
      return;
    }
    const tab = raw.indexOf('\t');
    if (tab < 0) {
      problems.push({ file, line, message: 'no tab between the rule ids and the sentence' });
      return;
    }
    const rules = raw
      .slice(0, tab)
      .split(',')
      .map((r) => r.trim())
      .filter((r) => r !== '');
    const sentence = normalise(raw.slice(tab + 1));
    if (rules.length === 0 || sentence === '') {
      problems.push({ file, line, message: rules.length === 0 ? 'no rule id' : 'no sentence' });
      return;
    }
    items.push({ rules, sentence, voice, file, line });
  });
  return { items, problems };
}

/** One sentence a line, `# voice:` sections, `# traps: <rule>` sections (ending at the next `#` line). */
export function parseStrong(text: string, file: string): Parsed<StrongItem> {
  const items: StrongItem[] = [];
  const problems: CorpusProblem[] = [];
  let voice: string | undefined;
  let trap: string | undefined;
  lines(text).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    if (trimmed.startsWith('#')) {
      trap = undefined;
      const v = VOICE_LINE.exec(trimmed);
      if (v) voice = v[1];
      const t = TRAPS_LINE.exec(trimmed);
      if (t) trap = t[1];
      return;
    }
    if (raw.includes('\t')) {
      problems.push({ file, line, message: 'a strong sentence holds a tab (a weak line in the strong file?)' });
      return;
    }
    items.push({ sentence: normalise(raw), voice, trap, file, line });
  });
  return { items, problems };
}

/** A letter's sidecar: `rule-id<TAB>line` a line, `#` comments. */
export function parseExpected(text: string, file: string): Parsed<ExpectedFinding> {
  const items: ExpectedFinding[] = [];
  const problems: CorpusProblem[] = [];
  lines(text).forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const [ruleId, lineText, ...rest] = trimmed.split('\t').map((s) => s.trim());
    const line = Number(lineText);
    if (!ruleId || rest.length > 0 || !Number.isInteger(line) || line < 1) {
      problems.push({ file, line: index + 1, message: 'expected `rule-id<TAB>line`' });
      return;
    }
    items.push({ ruleId, line });
  });
  return { items, problems };
}

/** Where a letter's sidecar may be, first found wins: `acme.md` → `acme.md.expected.tsv`, then `acme.expected.tsv`. */
export function sidecarNames(letterFile: string): string[] {
  return [`${letterFile}.expected.tsv`, letterFile.replace(/\.[^./]+$/, '') + '.expected.tsv'];
}

/** Whether a file in a letters folder is a letter (not a sidecar, README or job description). */
export function isLetterFile(name: string): boolean {
  return /\.(md|markdown|txt)$/i.test(name) && !/^readme\./i.test(name) && !/^job(-description)?\./i.test(name) && !/^jd\./i.test(name);
}

/** Matches findings (rule, line) against the expected ones, as multisets. */
export function compareFindings(
  actual: ExpectedFinding[],
  expected: ExpectedFinding[],
): { matched: ExpectedFinding[]; missing: ExpectedFinding[]; unexpected: ExpectedFinding[] } {
  const remaining = [...actual];
  const matched: ExpectedFinding[] = [];
  const missing: ExpectedFinding[] = [];
  for (const e of expected) {
    const i = remaining.findIndex((a) => a.ruleId === e.ruleId && a.line === e.line);
    if (i >= 0) {
      matched.push(e);
      remaining.splice(i, 1);
    } else missing.push(e);
  }
  return { matched, missing, unexpected: remaining };
}
