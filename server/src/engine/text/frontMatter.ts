/**
 * YAML front matter at the top of a letter: where it is, and the options it sets.
 * Malformed YAML or a bad value becomes a problem with its exact place; the
 * letter is still checked with the defaults.
 */
import { isMap, isScalar, parseDocument } from 'yaml';
import { LENGTH_PRESETS, MAX_LENGTH_TARGET, MIN_LENGTH_TARGET } from '../../../../shared/src/lengthTarget';
import { findFrontMatter } from '../../../../shared/src/frontMatterFences';
import { INDUSTRIES, type Industry } from '../../../../shared/src/settings';
import { detached } from '../memory/cache';
import { createCache } from '../memory/caches';

/** Options a letter can set for itself in YAML front matter. */
export interface FrontMatterOptions {
  target?: number;
  industry?: Industry;
  company?: string;
  job?: string;
}

export interface FrontMatterProblem {
  offset: number;
  length: number;
  message: string;
}

export interface FrontMatter {
  /** The whole block, fences included. */
  start: number;
  end: number;
  options: FrontMatterOptions;
  problems: FrontMatterProblem[];
}

/** Named lengths (`length: senior`) and the word targets they stand for. */
const PRESET_WORDS: ReadonlyMap<string, number> = new Map(LENGTH_PRESETS.map((p) => [p.name, p.words]));

/**
 * Front matter longer than this is reported as too large instead of parsed: a
 * letter's options take a few lines, and parsing 5 MB of `a: b` lines took 11 s.
 * (The engine reads front matter only within the checked length, too.)
 */
export const MAX_FRONT_MATTER_CHARS = 20_000;

/** Finds and reads front matter; undefined when the text has none. */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const block = findFrontMatter(text);
  if (!block) return undefined;
  const { yamlStart, yamlEnd, end } = block;
  if (yamlEnd - yamlStart > MAX_FRONT_MATTER_CHARS) {
    const message =
      `The front matter is too large to read (${yamlEnd - yamlStart} characters; at most ${MAX_FRONT_MATTER_CHARS}); ` +
      'the letter is checked with the default options.';
    return { start: 0, end, options: {}, problems: [{ offset: yamlStart, length: 1, message }] };
  }
  // Parsing YAML is the costly part, and the block rarely changes while the letter is typed.
  const key = `${yamlStart}\u0000${text.slice(yamlStart, yamlEnd)}`;
  let parsed = parsedBlocks.get(key);
  if (!parsed) {
    parsed = parseOptions(text.slice(yamlStart, yamlEnd), yamlStart);
    parsedBlocks.set(detached(key), parsed);
  }
  // Copies, so no caller can change what the next reading gets.
  return { start: 0, end, options: { ...parsed.options }, problems: [...parsed.problems] };
}

const parsedBlocks = createCache<string, { options: FrontMatterOptions; problems: FrontMatterProblem[] }>('frontMatterBlocks');

function parseOptions(source: string, base: number): { options: FrontMatterOptions; problems: FrontMatterProblem[] } {
  const options: FrontMatterOptions = {};
  const problems: FrontMatterProblem[] = [];
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    // An error found at the end of the block (an unclosed bracket) is shown on its last line.
    const content = source.trimEnd().length;
    const lastLine = source.lastIndexOf('\n', content - 1) + 1;
    const [from, to] = error.pos[0] < content ? error.pos : [lastLine, content];
    problems.push({
      offset: base + from,
      length: Math.max(1, to - from),
      message: `The front matter is not valid YAML (${firstLine(error.message)}); the letter is checked with the default options.`,
    });
    return { options, problems };
  }
  const contents = doc.contents;
  if (contents === null) return { options, problems };
  if (!isMap(contents)) {
    problems.push({
      offset: base,
      length: Math.max(1, source.trimEnd().length),
      message: 'The front matter should be a list of `key: value` lines, such as `target: 250`.',
    });
    return { options, problems };
  }
  for (const item of contents.items) {
    if (!isScalar(item.key)) continue;
    const key = String(item.key.value);
    const valueNode = item.value;
    const value = isScalar(valueNode) ? valueNode.value : undefined;
    const range = valueNode && 'range' in valueNode && valueNode.range ? valueNode.range : item.key.range;
    const at = range ? { offset: base + range[0], length: Math.max(1, range[1] - range[0]) } : { offset: base, length: 1 };
    const problem = applyOption(options, key, value);
    if (problem) problems.push({ ...at, message: problem });
  }
  return { options, problems };
}

/** Sets one option; returns a message when the value cannot be used. */
function applyOption(options: FrontMatterOptions, key: string, value: unknown): string | undefined {
  switch (key) {
    case 'target': {
      const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
      if (!Number.isInteger(n) || n < MIN_LENGTH_TARGET || n > MAX_LENGTH_TARGET) {
        return `\`target\` should be a whole number of words between ${MIN_LENGTH_TARGET} and ${MAX_LENGTH_TARGET}, such as 250.`;
      }
      options.target = n;
      return undefined;
    }
    case 'length': {
      const preset = typeof value === 'string' ? PRESET_WORDS.get(value.toLowerCase()) : undefined;
      if (preset === undefined) {
        return `\`length\` should be one of ${LENGTH_PRESETS.map((p) => `${p.name} (${p.words} words)`).join(', ')}.`;
      }
      options.target ??= preset;
      return undefined;
    }
    case 'industry': {
      const industry = typeof value === 'string' ? value.toLowerCase() : '';
      if (!(INDUSTRIES as readonly string[]).includes(industry)) {
        return `\`industry\` should be one of ${INDUSTRIES.join(', ')}.`;
      }
      options.industry = industry as Industry;
      return undefined;
    }
    case 'company':
    case 'job': {
      if (typeof value !== 'string' || value.trim() === '') return `\`${key}\` should be text.`;
      options[key] = value.trim();
      return undefined;
    }
    default:
      return undefined; // Other metadata (title, date, ...) is the writer's own business.
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
