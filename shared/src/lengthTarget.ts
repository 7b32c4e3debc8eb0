/**
 * Length targets: the presets, checking a typed number, and the one edit that
 * sets `target:` in a letter's YAML front matter, made by the general
 * setFrontMatterKey (which Use Job Description uses for `job:`). Pure (text in,
 * edit out), so the commands and the tests share it.
 */
import { findFrontMatter } from './frontMatterFences';

export interface LengthPreset {
  words: number;
  /** The name front matter also accepts as `length: <name>`. */
  name: 'referral' | 'standard' | 'senior';
  /** When to choose it. */
  detail: string;
}

export const LENGTH_PRESETS: readonly LengthPreset[] = [
  { words: 150, name: 'referral', detail: 'A short note when someone inside has referred you.' },
  { words: 250, name: 'standard', detail: 'Most applications: about half a page.' },
  { words: 400, name: 'senior', detail: 'Senior and staff roles, where the reader wants the wider scope.' },
];

/** The range the engine accepts for `target:`. */
export const MIN_LENGTH_TARGET = 50;
export const MAX_LENGTH_TARGET = 2000;

/** Why `input` is not a usable target, or undefined when it is (an InputBox's validateInput). */
export function lengthTargetProblem(input: string): string | undefined {
  const text = input.trim();
  if (!/^\d+$/.test(text)) return `Type a whole number of words, from ${MIN_LENGTH_TARGET} to ${MAX_LENGTH_TARGET}.`;
  const n = Number(text);
  if (n < MIN_LENGTH_TARGET || n > MAX_LENGTH_TARGET) return `Choose a number from ${MIN_LENGTH_TARGET} to ${MAX_LENGTH_TARGET}.`;
  return undefined;
}

/** The target typed in `input`, or undefined when it is not usable. */
export function parseLengthTarget(input: string): number | undefined {
  return lengthTargetProblem(input) === undefined ? Number(input.trim()) : undefined;
}

/** Replace `length` UTF-16 code units at `offset` with `newText`. */
export interface TextReplacement {
  offset: number;
  length: number;
  newText: string;
}

/**
 * The smallest edit that makes the front matter say `target: <words>`:
 * the value of an existing `target:` line changes; failing that, a `length:`
 * line becomes `target: <words>`; failing that, a `target:` line goes at the end
 * of the block; and a letter without front matter gets a new block at the top.
 * Line endings follow the text's own; comments on the line are kept.
 */
export function setTargetEdit(text: string, words: number): TextReplacement {
  return setFrontMatterKey(text, 'target', String(words), ['length']);
}

/**
 * The smallest edit that makes the YAML front matter say `key: value`, where
 * `value` is already written as YAML (quote it first when it needs quotes):
 * - an existing top-level `key:` line keeps its key, spacing and `# comment`, and
 *   only its value changes (a value continued on indented lines below is replaced whole);
 * - failing that, the first top-level line of one of `aliases` becomes `key: value`
 *   (its comment kept), as `length:` gives way to `target:`;
 * - failing that, `key: value` goes on a new line at the end of the block;
 * - a text without front matter gets a new block at the top (after a byte order mark).
 * Line endings follow the text's own. Keys nested under another key are left alone.
 */
export function setFrontMatterKey(text: string, key: string, value: string, aliases: readonly string[] = []): TextReplacement {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const block = findFrontMatter(text);
  if (!block) {
    const at = text.startsWith('\uFEFF') ? 1 : 0;
    const separator = text.length > at ? eol : '';
    return { offset: at, length: 0, newText: `---${eol}${key}: ${value}${eol}---${eol}${separator}` };
  }
  const { yamlStart, yamlEnd } = block;
  const lines = linesOf(text, yamlStart, yamlEnd);
  const keyPattern = new RegExp(`^(${[key, ...aliases].map(escapeRegExp).join('|')})[ \\t]*:[ \\t]*`);
  const keyed = (name: string): number => lines.findIndex((line) => keyPattern.exec(line.text)?.[1] === name);

  const own = keyed(key);
  if (own >= 0) {
    const line = lines[own]!;
    const prefix = keyPattern.exec(line.text)![0];
    const rest = line.text.slice(prefix.length);
    const last = lastContinuation(lines, own);
    // `key:` followed by an indented block: the whole block is the old value.
    if (last > own && valueLength(rest) === 0) {
      const colon = line.text.indexOf(':') + 1;
      const end = lines[last]!.start + lines[last]!.text.length;
      return { offset: line.start + colon, length: end - line.start - colon, newText: ` ${value}` };
    }
    const length = valueLength(rest);
    // `key:` with no value yet: keep the value apart from the colon and from a `# comment`.
    const before = prefix.endsWith(':') ? ' ' : '';
    const after = length === 0 && rest !== '' ? ' ' : '';
    return { offset: line.start + prefix.length, length, newText: `${before}${value}${after}` };
  }
  for (const alias of aliases) {
    const index = keyed(alias);
    if (index < 0) continue;
    const line = lines[index]!;
    const valueStart = keyPattern.exec(line.text)![0].length;
    const length = valueStart + valueLength(line.text.slice(valueStart));
    return { offset: line.start, length, newText: `${key}: ${value}` };
  }
  return { offset: yamlEnd, length: 0, newText: `${key}: ${value}${eol}` };
}

interface Line {
  start: number;
  /** Without its line break. */
  text: string;
}

function linesOf(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  for (let start = from; start < to;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 || newline >= to ? to : newline;
    lines.push({ start, text: text.slice(start, end).replace(/\r$/, '') });
    start = end + 1;
  }
  return lines;
}

/** The last of the indented lines that continue the value of line `index` (itself when none do). */
function lastContinuation(lines: readonly Line[], index: number): number {
  let last = index;
  for (let i = index + 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.trim() === '') continue;
    if (!/^[ \t]/.test(text)) break;
    last = i;
  }
  return last;
}

/** Length of a YAML value written after `key:`, without trailing blanks or a `# comment`; quoted values whole. */
function valueLength(rest: string): number {
  if (rest.startsWith('#')) return 0;
  const quoted = /^"(?:[^"\\]|\\.)*"|^'(?:[^']|'')*'/.exec(rest);
  if (quoted) return quoted[0].length;
  const comment = /[ \t]#/.exec(rest);
  return (comment ? rest.slice(0, comment.index) : rest).trimEnd().length;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
