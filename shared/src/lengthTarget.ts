/**
 * Length targets: the presets, checking a typed number, and the one edit that
 * sets `target:` in a letter's YAML front matter. Pure (text in, edit out), so
 * the Set Length Target command and the tests share it.
 */

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

// The same fences the engine reads front matter between.
const OPENING = /^(\uFEFF)?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;
const TARGET_KEY = /^(target|length)[ \t]*:[ \t]*/;

/**
 * The smallest edit that makes the front matter say `target: <words>`:
 * the value of an existing `target:` line changes; failing that, a `length:`
 * line becomes `target: <words>`; failing that, a `target:` line goes at the end
 * of the block; and a letter without front matter gets a new block at the top.
 * Line endings follow the text's own; comments on the line are kept.
 */
export function setTargetEdit(text: string, words: number): TextReplacement {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const opening = OPENING.exec(text);
  const closing = opening ? CLOSING.exec(text.slice(opening[0].length)) : null;
  if (!opening || !closing) {
    const at = text.startsWith('\uFEFF') ? 1 : 0;
    const separator = text.length > at ? eol : '';
    return { offset: at, length: 0, newText: `---${eol}target: ${words}${eol}---${eol}${separator}` };
  }
  const yamlStart = opening[0].length;
  const yamlEnd = yamlStart + closing.index;
  const lines = linesOf(text, yamlStart, yamlEnd);
  const keyed = (key: string) =>
    lines.find((line) => TARGET_KEY.exec(line.text)?.[1] === key);

  const target = keyed('target');
  if (target) {
    const key = TARGET_KEY.exec(target.text)![0];
    const rest = target.text.slice(key.length);
    const length = valueLength(rest);
    // `target:` with no value yet: keep the number apart from the colon and from a `# comment`.
    const before = key.endsWith(':') ? ' ' : '';
    const after = length === 0 && rest !== '' ? ' ' : '';
    return { offset: target.start + key.length, length, newText: `${before}${words}${after}` };
  }
  const preset = keyed('length');
  if (preset) {
    const valueStart = TARGET_KEY.exec(preset.text)![0].length;
    const length = valueStart + valueLength(preset.text.slice(valueStart));
    return { offset: preset.start, length, newText: `target: ${words}` };
  }
  return { offset: yamlEnd, length: 0, newText: `target: ${words}${eol}` };
}

interface Line {
  start: number;
  /** Without its line break. */
  text: string;
}

function linesOf(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  for (let start = from; start < to; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 || newline >= to ? to : newline;
    lines.push({ start, text: text.slice(start, end).replace(/\r$/, '') });
    start = end + 1;
  }
  return lines;
}

/** Length of a YAML value written after `key:`, without trailing blanks or a `# comment`. */
function valueLength(rest: string): number {
  if (rest.startsWith('#')) return 0;
  const comment = /[ \t]#/.exec(rest);
  return (comment ? rest.slice(0, comment.index) : rest).trimEnd().length;
}
