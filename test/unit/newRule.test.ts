/**
 * `npm run new-rule`: run against a copy of the engine in a temporary folder,
 * never the real tree. The generated files must parse, the registry must stay
 * alphabetical, and a bad or taken id must be refused with nothing written.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as ts from 'typescript';
import { ENGINE_DIR, kebabCase, newRule, NewRuleError, parseArguments, PLACEHOLDER, withRule } from '../../scripts/newRule';
import { REPO_ROOT } from '../helpers/paths';

const ENGINE = path.join(REPO_ROOT, ENGINE_DIR);
const SCRIPT = path.join(REPO_ROOT, 'out', 'scripts', 'newRule.js');

/** A fresh copy of the engine, as `<root>/server/src/engine`. */
function copyOfEngine(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'new-rule-'));
  fs.cpSync(ENGINE, path.join(root, ENGINE_DIR), { recursive: true });
  return root;
}

function read(root: string, file: string): string {
  return fs.readFileSync(path.join(root, ENGINE_DIR, file), 'utf8');
}

/** Syntax errors in TypeScript source. */
function syntaxErrors(source: string, fileName: string): string[] {
  const { diagnostics = [] } = ts.transpileModule(source, { reportDiagnostics: true, fileName });
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** The rule ids RULES lists, and the file each rule import reads, in the order written. */
function registryOrder(source: string): { rules: string[]; imports: string[] } {
  const rules = /export const RULES[^=]*=\s*\[([^\]]*)\]/.exec(source)![1]!;
  return {
    rules: rules
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
      .map(kebabCase),
    imports: [...source.matchAll(/from '\.\/rules\/(\w+)'/g)].map((m) => kebabCase(m[1]!)),
  };
}

/** The lines of `after` that are not in `before`. */
function addedLines(before: string, after: string): string[] {
  const old = new Set(before.split('\n'));
  return after.split('\n').filter((line) => !old.has(line));
}

describe('npm run new-rule', () => {
  const roots: string[] = [];
  const root = (): string => {
    const made = copyOfEngine();
    roots.push(made);
    return made;
  };
  after(() => {
    for (const made of roots) fs.rmSync(made, { recursive: true, force: true });
  });

  it('writes a phrase rule and its vocabulary, and lists it in the registry in order', async () => {
    const dir = root();
    const before = read(dir, 'registry.ts');
    const result = await newRule({ id: 'job-hopping', root: dir });
    assert.equal(result.identifier, 'jobHopping');

    const rule = read(dir, 'rules/jobHopping.ts');
    const vocabulary = read(dir, 'vocabulary/jobHopping.ts');
    assert.deepEqual(syntaxErrors(rule, 'jobHopping.ts'), []);
    assert.deepEqual(syntaxErrors(vocabulary, 'jobHopping.ts'), []);
    assert.match(rule, /export const jobHopping: Rule = \{/);
    assert.ok(rule.includes("id: 'job-hopping',"));
    assert.match(rule, /phraseCheck\(\{\s*entries: JOB_HOPPING,/);
    assert.match(vocabulary, /export const JOB_HOPPING: readonly PhraseEntry\[\] = \[/);
    for (const stub of ['name: ', 'summary: ', 'explanation: ', 'before: ', 'after: ', 'flagged: [', 'fixed: [{ before: ']) {
      assert.ok(rule.includes(`${stub}'${PLACEHOLDER}`), `${stub}… is a placeholder`);
    }
    assert.match(rule, /clean: \[\],/, 'no clean example yet: the registry test fails until there is one');

    const registry = read(dir, 'registry.ts');
    assert.deepEqual(syntaxErrors(registry, 'registry.ts'), []);
    assert.deepEqual(addedLines(before, registry), ["import { jobHopping } from './rules/jobHopping';", '  jobHopping,']);
    const { rules, imports } = registryOrder(registry);
    assert.deepEqual(rules, [...rules].sort(), 'RULES stays alphabetical by id');
    assert.equal(rules.filter((id) => id === 'job-hopping').length, 1);
    const at = imports.indexOf('job-hopping');
    assert.ok(imports[at - 1]! < 'job-hopping' && imports[at + 1]! > 'job-hopping', `the import sits in order: ${imports.join(', ')}`);
  });

  it('adds ids that sort first and last at the two ends of the lists', async () => {
    const dir = root();
    await newRule({ id: 'a-aardvark', root: dir, format: false });
    await newRule({ id: 'zealous-tone', root: dir, format: false });
    const registry = read(dir, 'registry.ts');
    assert.deepEqual(syntaxErrors(registry, 'registry.ts'), []);
    const { rules, imports } = registryOrder(registry);
    assert.equal(rules[0], 'a-aardvark');
    assert.equal(rules[rules.length - 1], 'zealous-tone');
    assert.deepEqual(rules, [...rules].sort());
    assert.equal(imports[0], 'a-aardvark');
    assert.equal(imports[imports.length - 1], 'zealous-tone');
    assert.match(registry, /\n {2}zealousTone,\n\];/);
  });

  for (const kind of ['paragraph', 'letter'] as const) {
    it(`writes a ${kind} check with no vocabulary file`, async () => {
      const dir = root();
      const result = await newRule({ id: 'same-old-story', kind, root: dir });
      assert.deepEqual(
        result.files.map((file) => file.split(path.sep).join('/')),
        ['server/src/engine/rules/sameOldStory.ts', 'server/src/engine/registry.ts'],
      );
      const rule = read(dir, 'rules/sameOldStory.ts');
      assert.deepEqual(syntaxErrors(rule, 'sameOldStory.ts'), []);
      assert.match(rule, kind === 'paragraph' ? /checkParagraph: \(paragraph/ : /check: \(letter\)/);
      assert.ok(!fs.existsSync(path.join(dir, ENGINE_DIR, 'vocabulary', 'sameOldStory.ts')));
    });
  }

  const refusals: Array<[string, string, RegExp]> = [
    ['a rule id already taken', 'hedging', /already a rule or notice with the id "hedging"/],
    ['a notice id', 'document-too-long', /already a rule or notice/],
    ['an id in capitals', 'Weak-Closing', /not a rule id/],
    ['an id with underscores', 'weak_closing', /not a rule id/],
    ['an id with a digit', 'top-10-list', /not a rule id/],
    ['an id with spaces', 'weak closing', /not a rule id/],
    ['an empty id', '', /not a rule id/],
    ['an id that is a keyword', 'delete', /cannot use/],
    ['an id that clashes with a name in the registry', 'rule-by-id', /already has a `ruleById`/],
  ];
  let refused: string | undefined; // nothing is written on refusal, so one copy serves them all
  for (const [what, id, message] of refusals) {
    it(`refuses ${what} and writes nothing`, async () => {
      const dir = (refused ??= root());
      const before = read(dir, 'registry.ts');
      const rulesBefore = fs.readdirSync(path.join(dir, ENGINE_DIR, 'rules'));
      await assert.rejects(newRule({ id, root: dir }), (error: Error) => error instanceof NewRuleError && message.test(error.message));
      assert.equal(read(dir, 'registry.ts'), before);
      assert.deepEqual(fs.readdirSync(path.join(dir, ENGINE_DIR, 'rules')), rulesBefore);
    });
  }

  it('refuses when a file it would write is already there, and leaves it alone', async () => {
    const dir = root();
    for (const folder of ['rules', 'vocabulary']) {
      const file = path.join(dir, ENGINE_DIR, folder, 'jobHopping.ts');
      fs.writeFileSync(file, '// mine\n');
      await assert.rejects(newRule({ id: 'job-hopping', root: dir }), new RegExp(`${folder}.jobHopping\\.ts already exists`));
      assert.equal(fs.readFileSync(file, 'utf8'), '// mine\n');
      fs.rmSync(file);
    }
    // Run twice: the second run is refused.
    await newRule({ id: 'name-dropping', root: dir, format: false });
    await assert.rejects(newRule({ id: 'name-dropping', root: dir, format: false }), NewRuleError);
  });

  it('edits registries written other ways: one line, no trailing comma, unsorted imports', () => {
    const source = [
      "import { gamma } from './rules/gamma';",
      "import type { Rule } from './kit/rule';",
      "import { alpha } from './rules/alpha';",
      '',
      'export const RULES: readonly Rule[] = [alpha, gamma];',
      '',
    ].join('\n');
    const edited = withRule(source, 'beta', 'beta');
    assert.match(edited, /\[alpha, beta, gamma\]/);
    assert.match(edited, /^import \{ beta \} from '\.\/rules\/beta';\nimport \{ gamma \}/);
    assert.match(withRule(source, 'omega', 'omega'), /\[alpha, gamma, omega\];\n/);
    assert.throws(() => withRule(source.replace('alpha, gamma', 'gamma, alpha'), 'beta', 'beta'), /not in alphabetical order/);
    assert.throws(() => withRule('export const OTHER = [];\n', 'beta', 'beta'), /no `export const RULES/);
  });

  it('exits with 1 and says why on the command line', function () {
    assert.ok(fs.existsSync(SCRIPT), `${SCRIPT} is missing: it is compiled by \`tsc -b\`, like the tests`);
    const dir = root();
    const run = spawnSync(process.execPath, [SCRIPT, '--root', dir, 'Not_Kebab'], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /^new-rule: "Not_Kebab" is not a rule id/);
  });

  it('reads its arguments: the id, --kind and --root, in either order', () => {
    assert.deepEqual(parseArguments(['weak-closing'], '/repo'), { id: 'weak-closing', kind: 'phrase', root: '/repo' });
    assert.deepEqual(parseArguments(['--kind=letter', 'weak-closing'], '/repo'), { id: 'weak-closing', kind: 'letter', root: '/repo' });
    assert.equal(parseArguments(['--help'], '/repo'), 'help');
    assert.throws(() => parseArguments(['weak-closing', '--kind', 'sentence'], '/repo'), /--kind must be one of phrase, paragraph, letter/);
    assert.throws(() => parseArguments([], '/repo'), /Which rule\?/);
    assert.throws(() => parseArguments(['a-rule', 'b-rule'], '/repo'), /One rule at a time/);
    assert.throws(() => parseArguments(['a-rule', '--force'], '/repo'), /Unknown option --force/);
  });

  it(`leaves no ${PLACEHOLDER} placeholder in the engine's rules and vocabulary`, () => {
    const files = ['rules', 'vocabulary'].flatMap((folder) =>
      fs.readdirSync(path.join(ENGINE, folder)).map((name) => path.join(ENGINE, folder, name)),
    );
    const left = [...files, path.join(ENGINE, 'notices.ts')].filter((file) => fs.readFileSync(file, 'utf8').includes(PLACEHOLDER));
    assert.deepEqual(
      left.map((file) => path.relative(REPO_ROOT, file)),
      [],
      'fill in what `npm run new-rule` left to write',
    );
  });
});
