/**
 * `npm run new-rule -- <id> [--kind phrase|paragraph|letter]`: starts a rule.
 *
 * Writes `server/src/engine/rules/<camelCaseId>.ts` (and, for a phrase rule,
 * its list in `server/src/engine/vocabulary/<camelCaseId>.ts`), and lists it
 * in registry.ts: the import and the `RULES` entry, each in alphabetical order
 * of rule id. The new files hold `TODO(new-rule)` placeholders that keep the
 * rule tests failing until they are filled in. Nothing is written when
 * anything is wrong: a bad or taken id, a file already there, a registry it
 * cannot read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

export const KINDS = ['phrase', 'paragraph', 'letter'] as const;
export type RuleKind = (typeof KINDS)[number];

/** What the placeholders say; a test fails while any is left in the engine. */
export const PLACEHOLDER = 'TODO(new-rule)';

/** Rule ids: lower-case words joined by hyphens (the rule tests hold them to it). */
const KEBAB = /^[a-z]+(?:-[a-z]+)*$/;

/** Where the engine lies below the root. */
export const ENGINE_DIR = path.join('server', 'src', 'engine');

/** A problem with what was asked: reported as is, with no stack. */
export class NewRuleError extends Error {}

export interface NewRuleOptions {
  id: string;
  kind?: RuleKind;
  /** The repository root (or a copy of it holding `server/src/engine`). */
  root: string;
  /** Run the new files through Prettier, with the project's settings (default true). */
  format?: boolean;
}

export interface NewRuleResult {
  /** The files written, relative to the root; the registry last. */
  files: string[];
  /** The rule's exported name. */
  identifier: string;
}

/** `weak-closing` → `weakClosing`. */
export function camelCase(id: string): string {
  return id.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** `weakClosing` → `weak-closing`: a rule's name in code back to its id. */
export function kebabCase(identifier: string): string {
  return identifier.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** `weak-closing` → `WEAK_CLOSING`: the name of its vocabulary list. */
function constantCase(id: string): string {
  return id.replace(/-/g, '_').toUpperCase();
}

/** Creates the rule. Throws `NewRuleError`, having written nothing, when it cannot. */
export async function newRule(options: NewRuleOptions): Promise<NewRuleResult> {
  const { id, root } = options;
  const kind = options.kind ?? 'phrase';
  if (!KEBAB.test(id)) {
    throw new NewRuleError(
      `"${id}" is not a rule id: use lower-case words joined by hyphens, such as "weak-closing" (no digits, capitals or spaces).`,
    );
  }
  if (!KINDS.includes(kind)) throw new NewRuleError(`--kind must be one of ${KINDS.join(', ')}, not "${String(kind)}".`);
  const engine = path.join(root, ENGINE_DIR);
  const registryFile = path.join(engine, 'registry.ts');
  if (!fs.existsSync(registryFile)) throw new NewRuleError(`There is no ${path.join(ENGINE_DIR, 'registry.ts')} under ${root}.`);

  const identifier = camelCase(id);
  if (existingIds(engine).has(id)) throw new NewRuleError(`There is already a rule or notice with the id "${id}"; pick another id.`);
  if (isReservedWord(identifier) || TEMPLATE_NAMES.has(identifier)) {
    throw new NewRuleError(`"${id}" would name the rule \`${identifier}\`, which the code cannot use; pick another id.`);
  }

  const files = new Map<string, string>();
  files.set(path.join(ENGINE_DIR, 'rules', `${identifier}.ts`), ruleSource(kind, id, identifier));
  if (kind === 'phrase') files.set(path.join(ENGINE_DIR, 'vocabulary', `${identifier}.ts`), vocabularySource(id));
  for (const file of files.keys()) {
    if (fs.existsSync(path.join(root, file))) throw new NewRuleError(`${file} already exists; nothing was written.`);
  }
  const registry = withRule(fs.readFileSync(registryFile, 'utf8'), id, identifier);

  if (options.format ?? true) {
    for (const [file, text] of files) files.set(file, await formatted(path.join(root, file), text));
  }
  for (const [file, text] of files) fs.writeFileSync(path.join(root, file), text, { flag: 'wx' });
  fs.writeFileSync(registryFile, registry);
  return { files: [...files.keys(), path.join(ENGINE_DIR, 'registry.ts')], identifier };
}

/** Every id a rule or notice already has: the `id:` of each rule file and of notices.ts, and each name in the registry. */
export function existingIds(engine: string): Set<string> {
  const ids = new Set<string>();
  const rules = path.join(engine, 'rules');
  const sources = fs
    .readdirSync(rules)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(rules, name));
  for (const file of [...sources, path.join(engine, 'notices.ts')]) {
    if (!fs.existsSync(file)) continue;
    for (const match of fs.readFileSync(file, 'utf8').matchAll(/\bid:\s*['"]([a-z-]+)['"]/g)) ids.add(match[1]!);
  }
  const registry = readRegistry(fs.readFileSync(path.join(engine, 'registry.ts'), 'utf8'));
  for (const element of registry.rules.elements) ids.add(kebabCase(element.getText(registry.file)));
  return ids;
}

// --- The registry -------------------------------------------------------------

interface Registry {
  file: ts.SourceFile;
  /** The imports from ./rules/, in the order written. */
  ruleImports: ts.ImportDeclaration[];
  /** The names every import and top-level declaration binds. */
  names: Set<string>;
  rules: ts.ArrayLiteralExpression;
}

function readRegistry(source: string): Registry {
  const file = ts.createSourceFile('registry.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const ruleImports: ts.ImportDeclaration[] = [];
  const names = new Set<string>();
  let rules: ts.ArrayLiteralExpression | undefined;
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      const from = (statement.moduleSpecifier as ts.StringLiteral).text;
      if (from.startsWith('./rules/')) ruleImports.push(statement);
      const clause = statement.importClause;
      if (clause?.name) names.add(clause.name.text);
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) names.add(element.name.text);
      if (bindings && ts.isNamespaceImport(bindings)) names.add(bindings.name.text);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name)) continue;
        names.add(declaration.name.text);
        let value = declaration.initializer;
        while (value && (ts.isAsExpression(value) || ts.isSatisfiesExpression(value) || ts.isParenthesizedExpression(value))) {
          value = value.expression;
        }
        if (declaration.name.text === 'RULES' && value && ts.isArrayLiteralExpression(value)) rules = value;
      }
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
      names.add(statement.name.text);
    }
  }
  if (!rules) throw new NewRuleError('registry.ts has no `export const RULES = [...]` list of rules; add the rule by hand.');
  const odd = rules.elements.find((element) => !ts.isIdentifier(element));
  if (odd) throw new NewRuleError(`registry.ts: RULES holds \`${odd.getText(file)}\`, not a rule's name; add the rule by hand.`);
  if (ruleImports.length === 0) throw new NewRuleError('registry.ts imports nothing from ./rules/; add the rule by hand.');
  return { file, ruleImports, names, rules };
}

/** The ids of RULES in the order listed (each name written as its id). */
function listedIds(registry: Registry): string[] {
  return registry.rules.elements.map((element) => kebabCase(element.getText(registry.file)));
}

/** The first id out of alphabetical order, if any. */
function outOfOrder(ids: readonly string[]): string | undefined {
  return ids.find((id, i) => i > 0 && ids[i - 1]! > id);
}

/**
 * registry.ts with the rule imported and listed in RULES: the import goes
 * before the first rule import whose file sorts after the new id, the name
 * before the first name in RULES whose id does (alphabetical by id, as the
 * rule tests check). The result is checked to parse.
 */
export function withRule(source: string, id: string, identifier: string): string {
  const registry = readRegistry(source);
  const { file } = registry;
  if (registry.names.has(identifier)) throw new NewRuleError(`registry.ts already has a \`${identifier}\`; pick another id.`);
  const unsorted = outOfOrder(listedIds(registry));
  if (unsorted) throw new NewRuleError(`registry.ts: RULES is not in alphabetical order of id at "${unsorted}"; put it in order first.`);
  const newline = source.includes('\r\n') ? '\r\n' : '\n';
  const edits: Array<{ at: number; text: string }> = [];

  // The RULES entry.
  const elements = registry.rules.elements;
  const next = elements.find((element) => kebabCase(element.getText(file)) > id);
  if (next) {
    edits.push(beforeNode(source, file, next, `${identifier},`, ' '));
  } else if (elements.length === 0) {
    edits.push({ at: registry.rules.getStart(file) + 1, text: identifier });
  } else {
    const last = elements[elements.length - 1]!;
    const comma = elements.hasTrailingComma ? '' : ',';
    const closing = registry.rules.getEnd() - 1; // the `]`
    if (startsLine(source, closing)) {
      // One name a line: a new line like the last one, before the line of the `]`.
      const indent = indentOf(source, last.getStart(file));
      edits.push({ at: last.getEnd(), text: comma });
      edits.push({ at: lineStart(source, closing), text: `${indent}${identifier},${newline}` });
    } else {
      edits.push({ at: last.getEnd(), text: `${comma} ${identifier}` });
    }
  }

  // The import.
  const statement = `import { ${identifier} } from './rules/${identifier}';`;
  const following = registry.ruleImports.find((declaration) => kebabCase(importedFile(declaration)) > id);
  if (following) {
    edits.push(beforeNode(source, file, following, statement, newline));
  } else {
    const last = registry.ruleImports[registry.ruleImports.length - 1]!;
    const lineEnd = source.indexOf('\n', last.getEnd());
    edits.push(lineEnd < 0 ? { at: source.length, text: `${newline}${statement}${newline}` } : { at: lineEnd + 1, text: `${statement}${newline}` });
  }

  // From the end, so that each offset still holds.
  const result = edits.sort((a, b) => b.at - a.at).reduce((text, edit) => text.slice(0, edit.at) + edit.text + text.slice(edit.at), source);
  checkRegistry(result, id, identifier);
  return result;
}

/** The file name an import reads from ./rules/, without folder or extension. */
function importedFile(declaration: ts.ImportDeclaration): string {
  const from = (declaration.moduleSpecifier as ts.StringLiteral).text;
  return path.posix.basename(from).replace(/\.[cm]?[jt]s$/, '');
}

/** Puts `text` before `node`: on a line of its own when the node starts its line, else on the node's line, then `separator`. */
function beforeNode(source: string, file: ts.SourceFile, node: ts.Node, text: string, separator: string): { at: number; text: string } {
  const start = node.getStart(file);
  if (startsLine(source, start)) {
    const newline = source.includes('\r\n') ? '\r\n' : '\n';
    return { at: lineStart(source, start), text: `${indentOf(source, start)}${text}${newline}` };
  }
  return { at: start, text: `${text}${separator}` };
}

function lineStart(source: string, offset: number): number {
  return source.lastIndexOf('\n', offset - 1) + 1;
}

function startsLine(source: string, offset: number): boolean {
  return /^[ \t]*$/.test(source.slice(lineStart(source, offset), offset));
}

function indentOf(source: string, offset: number): string {
  return source.slice(lineStart(source, offset), offset);
}

/** The edited registry parses, imports and lists the rule once, and keeps RULES in order. */
function checkRegistry(source: string, id: string, identifier: string): void {
  const { diagnostics = [] } = ts.transpileModule(source, { reportDiagnostics: true, fileName: 'registry.ts' });
  const problem = diagnostics[0];
  if (problem) throw new Error(`The edited registry.ts does not parse: ${ts.flattenDiagnosticMessageText(problem.messageText, '\n')}`);
  const registry = readRegistry(source);
  const ids = listedIds(registry);
  if (ids.filter((listed) => listed === id).length !== 1 || outOfOrder(ids)) throw new Error(`The edited RULES does not list ${id} once, in order.`);
  const imports = registry.ruleImports.filter((declaration) => importedFile(declaration) === identifier);
  if (imports.length !== 1) throw new Error(`The edited registry.ts does not import ${identifier} once.`);
}

function isReservedWord(name: string): boolean {
  const token = ts.identifierToKeywordKind(ts.factory.createIdentifier(name));
  const reserved = token !== undefined && token >= ts.SyntaxKind.FirstReservedWord && token <= ts.SyntaxKind.LastFutureReservedWord;
  return reserved || ['await', 'eval', 'arguments'].includes(name);
}

// --- The new files -------------------------------------------------------------

/** Names the rule templates use themselves. */
const TEMPLATE_NAMES = new Set(['phraseCheck', 'sentencesOf', 'isComplete', 'letterLevel']);

/** What the generator uses of Prettier, loaded only when it is installed. */
interface Prettier {
  resolveConfig(file: string, options: { editorconfig: boolean }): Promise<object | null>;
  format(text: string, options: object): Promise<string>;
}

/** `text` as Prettier writes it with the project's settings; as written here when there are none, or no Prettier. */
async function formatted(file: string, text: string): Promise<string> {
  const name: string = 'prettier';
  const prettier = (await import(name).catch(() => undefined)) as Prettier | undefined;
  const config = await prettier?.resolveConfig(file, { editorconfig: true });
  return prettier && config ? prettier.format(text, { ...config, filepath: file }) : text;
}

function quoted(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const todo = (text: string): string => quoted(`${PLACEHOLDER}: ${text}`);

/** What every rule tells the world, with placeholders. */
function info(id: string, kind: RuleKind): string {
  const summary = {
    phrase: 'one line on what it flags, quoting two or three of the phrases.',
    paragraph: 'one line on what it flags in a sentence or paragraph.',
    letter: 'one line on what it flags in the letter as a whole.',
  }[kind];
  return `  id: '${id}',
  name: ${todo('a short name, as hovers and the README show it')},
  defaultSeverity: 'warning', // ${PLACEHOLDER}: or 'information' for style advice, 'hint' for a nudge (CONTRIBUTING.md)
  summary: ${todo(summary)},
  explanation: ${todo('why it costs the writer with a hiring manager, and what to write instead, in two or three sentences.')},
  example: {
    before: ${todo('a weak sentence, as a real writer would write it.')},
    after: ${todo('the same point, made strongly.')},
  },`;
}

/** The examples the rule tests are generated from. A placeholder in `flagged` is not flagged, and an empty `clean` fails the registry test. */
function examples(kind: RuleKind): string {
  const flagged =
    kind === 'letter'
      ? todo('a whole letter that must raise the rule: two body paragraphs or more, a blank line between them.')
      : todo('a sentence that must raise the rule.');
  const fixed =
    kind === 'phrase'
      ? `
    // ${PLACEHOLDER}: the first fix applied to a flagged sentence; delete \`fixed\` if no entry has replacements.
    fixed: [{ before: ${todo('a flagged sentence.')}, after: ${todo('that sentence with the fix applied.')} }],`
      : '';
  return `  examples: {
    flagged: [${flagged}],
    // ${PLACEHOLDER}: strong sentences that must not be flagged, near-misses first; the tests fail while this is empty.
    clean: [],${fixed}
  },`;
}

function ruleSource(kind: RuleKind, id: string, identifier: string): string {
  switch (kind) {
    case 'phrase':
      return `import { phraseCheck } from '../checks/phraseCheck';
import { ${constantCase(id)} } from '../vocabulary/${identifier}';
import type { Rule } from '../kit/rule';

export const ${identifier}: Rule = {
${info(id, kind)}
  // ${PLACEHOLDER}: autoFix: true if the first replacement of every entry is safe to apply unseen; else delete this line.
${examples(kind)}
  checkParagraph: phraseCheck({
    entries: ${constantCase(id)},
    message: ${todo('“{phrase}” …: why it is weak, and what to write instead.')},
  }),
};
`;
    case 'paragraph':
      return `import { sentencesOf } from '../checks/scope';
import type { RawFinding, Rule } from '../kit/rule';

/** ${PLACEHOLDER}: the words (lower case) that give a weak sentence away, or replace the test below. */
const WORDS: ReadonlySet<string> = new Set<string>([]);

export const ${identifier}: Rule = {
${info(id, kind)}
${examples(kind)}
  // ${PLACEHOLDER}: the check. It may read this paragraph and the local context only (ParagraphCheck, kit/rule.ts).
  checkParagraph: (paragraph, { text }) => {
    const findings: RawFinding[] = [];
    for (const sentence of sentencesOf(paragraph, 'body')) {
      const word = sentence.tokens.find((token) => WORDS.has(token.norm));
      if (!word) continue;
      findings.push({
        offset: word.start,
        length: word.end - word.start,
        message: \`${PLACEHOLDER}: “\${text.slice(word.start, word.end)}” …: why it is weak, and what to write instead.\`,
      });
    }
    return findings;
  },
};
`;
    case 'letter':
      return `import { isComplete, letterLevel } from '../kit/anchor';
import type { Rule } from '../kit/rule';

/** ${PLACEHOLDER}: the words (lower case) this check counts, or replace the test below. */
const WORDS: ReadonlySet<string> = new Set<string>([]);

/** Body sentences with one of the words that a letter may have before it is flagged. */
const MAXIMUM = 2;

export const ${identifier}: Rule = {
${info(id, kind)}
${examples(kind)}
  // ${PLACEHOLDER}: the check. It runs on every change: remember per-paragraph answers in a FACTS slot (noNumbers.ts).
  check: (letter) => {
    if (!isComplete(letter)) return []; // a first paragraph is a draft, not a letter
    const sentences = letter.bodySentences.filter((sentence) => sentence.tokens.some((token) => WORDS.has(token.norm))).length;
    if (sentences <= MAXIMUM) return [];
    return letterLevel(letter, \`${PLACEHOLDER}: \${sentences} sentences …: why it is weak, and what to write instead.\`);
  },
};
`;
  }
}

function vocabularySource(id: string): string {
  return `import type { PhraseEntry } from './phraseEntry';

/** ${PLACEHOLDER}: what the phrases of the ${id} rule have in common. */
export const ${constantCase(id)}: readonly PhraseEntry[] = [
  // ${PLACEHOLDER}: the phrases, in lower case, one entry each, in place of these examples:
  // { phrase: 'in order to', replacements: ['to'] }, // fixes, most likely first
  // { phrase: 'i hope', replacements: [''] }, // '' offers to remove the phrase
  // { phrase: 'excited about|by the opportunity' }, // a|b: either word
  // { phrase: 'express my strong|keen? interest' }, // ?: the word may be missing
  // { phrase: 'leverage', tag: 'Verb', replacements: ['use'] }, // only as a verb
  // { phrase: 'i think', notFollowedBy: ['about', 'of'] }, // not "I think about"
  // More in PhraseEntry (phraseEntry.ts): notPrecededBy, matchCase.
];
`;
}

// --- The command ---------------------------------------------------------------

const USAGE = `Usage: npm run new-rule -- <rule-id> [--kind phrase|paragraph|letter]

  <rule-id>  lower-case words joined by hyphens, not yet taken: weak-closing
  --kind     phrase (default): flags phrases from a vocabulary list
             paragraph: a check that reads one paragraph at a time
             letter: a check that reads the whole letter`;

interface Arguments {
  id: string;
  kind: RuleKind;
  root: string;
}

export function parseArguments(argv: readonly string[], defaultRoot: string): Arguments | 'help' {
  let id: string | undefined;
  let kind: string = 'phrase';
  let root = defaultRoot;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const found = inline ?? argv[++i];
      if (found === undefined) throw new NewRuleError(`${flag} needs a value.\n\n${USAGE}`);
      return found;
    };
    if (flag === '--help' || flag === '-h') return 'help';
    else if (flag === '--kind') kind = value();
    else if (flag === '--root') root = path.resolve(value());
    else if (flag.startsWith('-')) throw new NewRuleError(`Unknown option ${flag}.\n\n${USAGE}`);
    else if (id === undefined) id = arg;
    else throw new NewRuleError(`One rule at a time: "${id}" or "${arg}"?\n\n${USAGE}`);
  }
  if (id === undefined) throw new NewRuleError(`Which rule? Give its id.\n\n${USAGE}`);
  if (!(KINDS as readonly string[]).includes(kind)) throw new NewRuleError(`--kind must be one of ${KINDS.join(', ')}, not "${kind}".`);
  return { id, kind: kind as RuleKind, root };
}

function nextSteps(id: string, kind: RuleKind, files: readonly string[]): string {
  const fill =
    kind === 'phrase'
      ? 'the phrases in the vocabulary file, then the examples, summary, explanation and message in the rule'
      : 'the test in the check, then the examples, summary, explanation and message';
  return [
    `Created the ${kind} rule ${id}:`,
    ...files.map((file) => `  ${file.split(path.sep).join('/')}`),
    '',
    'Next:',
    `  1. Replace every ${PLACEHOLDER} placeholder: ${fill}.`,
    '     Clean examples matter most: strong sentences, near-misses first, that must not be flagged.',
    `  2. Run its tests until they pass (they fail until the placeholders are filled in):`,
    `       npx tsc -b && npx mocha out/test/unit/rules.test.js --grep ${id}`,
    '  3. Regenerate the README rule reference, the config schema and the settings list:',
    '       npm run docs',
    '  4. Run npm run test:unit, and npm test before you push. See CONTRIBUTING.md.',
  ].join('\n');
}

async function main(): Promise<void> {
  try {
    const parsed = parseArguments(process.argv.slice(2), path.resolve(__dirname, '..', '..'));
    if (parsed === 'help') {
      console.log(USAGE);
      return;
    }
    const result = await newRule(parsed);
    console.log(nextSteps(parsed.id, parsed.kind, result.files));
  } catch (error) {
    if (!(error instanceof NewRuleError)) throw error;
    console.error(`new-rule: ${error.message}`);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
