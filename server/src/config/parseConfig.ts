/**
 * Reads the text of one `.coverletterrc.json`. Comments and trailing commas are
 * allowed (the file is JSON with comments, like VS Code's own settings).
 *
 * - Text that is not JSON is rejected as a whole, with the place of the first
 *   syntax error: the file then contributes nothing and the defaults apply.
 * - Text that is JSON but breaks the schema keeps every good entry: each bad
 *   entry (an unknown rule id, a bad severity, a malformed phrase) is dropped
 *   with one problem naming it, and the rest applies.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { findNodeAtLocation, type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { ConfigIgnore, ConfigPhrase, CoverLetterConfig } from '../../../shared/src/config';
import { RULE_SEVERITY_NAMES, type RuleSeverityName } from '../../../shared/src/settings';
import { RULE_INFO } from '../engine';
import { configSchema } from './schema';
import { LISTED_UNKNOWN_RULES, unknownRuleIds } from './unknownRules';
import { describeValue, isPlainObject } from '../util/values';

export interface ConfigProblem {
  /** Says what is wrong and what happens instead, naming the entry; not the file or the place, which callers add. */
  message: string;
  /** Where in the file, in UTF-16 code units. */
  offset: number;
  length: number;
  /** `error` when the whole file is ignored, `warning` when only the entry is. */
  severity: 'error' | 'warning';
}

export interface ParsedConfig {
  /** Undefined when the file cannot be used at all. */
  config: CoverLetterConfig | undefined;
  problems: ConfigProblem[];
}

type Segment = string | number;

export function parseConfig(text: string): ParsedConfig {
  // An empty file is an empty config: "Ignore this occurrence" may be about to fill it.
  if (text.trim() === '') return { config: {}, problems: [] };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const syntaxError = errors[0];
  if (syntaxError !== undefined || root === undefined) {
    const at = syntaxError ?? { offset: 0, length: 0, error: 0 };
    const what = syntaxError === undefined ? 'no JSON value' : describeSyntaxError(printParseErrorCode(syntaxError.error));
    return {
      config: undefined,
      problems: [
        {
          message: `not valid JSON (${what}); until it is fixed, the file is ignored and the defaults apply.`,
          offset: at.offset,
          length: Math.max(1, at.length),
          severity: 'error',
        },
      ],
    };
  }
  const value = nodeValue(root);
  if (!isPlainObject(value)) {
    return {
      config: undefined,
      problems: [
        {
          message: `expected an object such as { "rules": { "passive-voice": "off" } }, got ${describeValue(value)}; the file is ignored.`,
          offset: root.offset,
          length: root.length,
          severity: 'error',
        },
      ],
    };
  }

  const badEntries = new Map<string, { path: Segment[]; details: string[] }>();
  for (const error of validator()(value) ? [] : (validator().errors ?? [])) {
    const located = locate(error, value);
    if (located === undefined) continue;
    const key = JSON.stringify(located.entry);
    const bad = badEntries.get(key) ?? { path: located.entry, details: [] };
    if (located.detail !== undefined && !bad.details.includes(located.detail)) bad.details.push(located.detail);
    badEntries.set(key, bad);
  }

  const problems: ConfigProblem[] = [];
  const unknownRules = [...badEntries.values()].filter(({ path, details }) => path[0] === 'rules' && isUnknownRule(details));
  const grouped = unknownRules.length > LISTED_UNKNOWN_RULES + 1;
  if (grouped) {
    // One problem for them all, on the rules object: one per id would bury everything else.
    const node = entryNode(root, ['rules']);
    problems.push({
      message: `rules: ${unknownRuleIds(unknownRules.map(({ path }) => String(path[1])))}; ignoring them.`,
      offset: node?.offset ?? root.offset,
      length: node?.length ?? 1,
      severity: 'warning',
    });
  }
  for (const { path, details } of badEntries.values()) {
    if (grouped && path[0] === 'rules' && isUnknownRule(details)) continue;
    const node = entryNode(root, path);
    problems.push({
      message: `${label(path)}: ${mainDetails(path, details).join('; ') || 'not a valid entry'}; ignoring it.`,
      offset: node?.offset ?? root.offset,
      length: node?.length ?? 1,
      severity: 'warning',
    });
  }
  problems.sort((a, b) => a.offset - b.offset);
  const drop = new Set(badEntries.keys());
  return { config: keepGoodEntries(value, drop), problems };
}

/** 1-based line and column (in UTF-16 code units), as editors and compilers print them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true }).compile(configSchema(RULE_INFO));
  return compiled;
}

/** Which entry an error is about (a top-level key, or one rule / list item under it), and why, in words. */
function locate(error: ErrorObject, value: Record<string, unknown>): { entry: Segment[]; detail: string | undefined } | undefined {
  const path = pointerSegments(error.instancePath);
  // Reported twice by Ajv: once as the failing name (below, with `propertyName`), once as this summary.
  if (error.keyword === 'propertyNames') return undefined;
  if (path.length === 0) {
    if (error.keyword === 'additionalProperties') {
      const key = String(error.params.additionalProperty);
      return { entry: [key], detail: `not an option of this file (it takes $schema, rules, phrases, words and ignore)` };
    }
    return undefined; // The root's type was checked before validation.
  }
  const propertyName = (error as ErrorObject & { propertyName?: string }).propertyName;
  if (propertyName !== undefined) {
    return { entry: [...path, propertyName].slice(0, 2), detail: `there is no rule "${propertyName}"` };
  }
  const entry = path.slice(0, 2);
  const inner = path.slice(2);
  const where = inner.length > 0 ? `"${inner.join('.')}" ` : '';
  const actual = valueAt(value, path);
  switch (error.keyword) {
    case 'enum':
      if (error.schemaPath.endsWith('/ruleId/enum')) return { entry, detail: `there is no rule ${describeValue(actual)}` };
      if (path[0] === 'rules' && path.length === 2) {
        return { entry, detail: `${where}expected one of ${RULE_SEVERITY_NAMES.join(', ')}, got ${describeValue(actual)}` };
      }
      return { entry, detail: `${where}${error.message ?? 'is not allowed'}` };
    case 'type':
      return { entry, detail: `${where}expected ${typeName(String(error.params.type))}, got ${describeValue(actual)}` };
    case 'required':
      return { entry, detail: `missing "${String(error.params.missingProperty)}"` };
    case 'additionalProperties':
      return { entry, detail: `${where}unknown key "${String(error.params.additionalProperty)}"` };
    case 'minLength':
      return { entry, detail: `${where}must not be empty` };
    default:
      return { entry, detail: `${where}${error.message ?? 'is not valid'}` };
  }
}

function isUnknownRule(details: readonly string[]): boolean {
  return details.some((detail) => detail.startsWith('there is no rule'));
}

/** The details worth reading: an unknown rule says it all; a severity's enum error covers its type error. */
function mainDetails(path: readonly Segment[], details: readonly string[]): readonly string[] {
  const unknownRule = details.find((detail) => detail.startsWith('there is no rule'));
  if (unknownRule !== undefined) return [unknownRule];
  if (path[0] === 'rules' && path.length === 2) return details.filter((detail) => !detail.startsWith('expected text'));
  return details;
}

function keepGoodEntries(value: Record<string, unknown>, drop: ReadonlySet<string>): CoverLetterConfig {
  const dropped = (...path: Segment[]): boolean => drop.has(JSON.stringify(path));
  const config: CoverLetterConfig = {};
  if (typeof value.$schema === 'string') config.$schema = value.$schema;
  if (isPlainObject(value.rules) && !dropped('rules')) {
    const rules: Record<string, RuleSeverityName> = {};
    for (const [id, severity] of Object.entries(value.rules)) {
      if (!dropped('rules', id)) rules[id] = severity as RuleSeverityName;
    }
    config.rules = rules;
  }
  const list = <T>(key: 'phrases' | 'words' | 'ignore'): T[] | undefined => {
    const items = value[key];
    if (!Array.isArray(items) || dropped(key)) return undefined;
    return items.filter((_, index) => !dropped(key, index)) as T[];
  };
  const phrases = list<ConfigPhrase>('phrases');
  if (phrases)
    config.phrases = phrases.map(({ phrase, replacement, message }) => ({
      phrase,
      ...(replacement === undefined ? {} : { replacement }),
      ...(message === undefined ? {} : { message }),
    }));
  const words = list<string>('words');
  if (words) config.words = words;
  const ignore = list<ConfigIgnore>('ignore');
  if (ignore) config.ignore = ignore.map(({ rule, text }) => ({ rule, text }));
  return config;
}

/** The node to underline for an entry: the key of a rule, the item of a list, the value of a top-level key. */
function entryNode(root: Node, path: readonly Segment[]): Node | undefined {
  const node = findNodeAtLocation(root, [...path]);
  if (node === undefined) return undefined;
  const property = node.parent;
  // For properties, the key names the entry (and is what is wrong for an unknown rule).
  if (property?.type === 'property' && typeof path.at(-1) === 'string') return property.children?.[0] ?? node;
  return node;
}

function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const object: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key !== undefined && value !== undefined) object[String(key.value)] = nodeValue(value);
      }
      return object;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

function valueAt(value: unknown, path: readonly Segment[]): unknown {
  let at: unknown = value;
  for (const segment of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string | number, unknown>)[segment];
  }
  return at;
}

function pointerSegments(pointer: string): Segment[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : segment));
}

function label(path: readonly Segment[]): string {
  return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

function typeName(type: string): string {
  switch (type) {
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    case 'string':
      return 'text';
    default:
      return `a ${type}`;
  }
}

function describeSyntaxError(code: string): string {
  // printParseErrorCode gives names like "CommaExpected": make them read as words.
  return code
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/^invalid symbol$/, 'unexpected character');
}
