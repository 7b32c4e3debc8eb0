/** `.coverletterrc.json`: parsing, validation, merging, lookup and the edits the quick actions make. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits as applyJsonEdits, parse } from 'jsonc-parser';
import { mergeConfigs } from '../../shared/src/config';
import { configEdits } from '../../server/src/config/configEdits';
import { configSearchDirs, describeConfigProblem } from '../../server/src/config/configFiles';
import { lineAndColumn, parseConfig } from '../../server/src/config/parseConfig';
import { CONFIG_SCHEMA_PATH, configSchema, configSchemaText } from '../../server/src/config/schema';
import { RULE_INFO } from '../../server/src/engine';
import { disableInFileEdits } from '../../server/src/server/silenceActions';
import { REPO_ROOT } from '../helpers/paths';

function messages(text: string): string[] {
  return parseConfig(text).problems.map((p) => p.message);
}

describe('config file', function () {
  describe('parsing and validation', function () {
    it('reads a full config, with comments and trailing commas', function () {
      const text = `{
        // house style
        "$schema": "./schemas/coverletterrc.schema.json",
        "rules": { "passive-voice": "off", "hedging": "error", },
        "phrases": [{ "phrase": "synergy", "replacement": "shared work", "message": "Say what you did together." }],
        "words": ["Kubeflow"],
        "ignore": [{ "rule": "hedging", "text": "I think" }],
      }`;
      assert.deepEqual(parseConfig(text), {
        config: {
          $schema: './schemas/coverletterrc.schema.json',
          rules: { 'passive-voice': 'off', hedging: 'error' },
          phrases: [{ phrase: 'synergy', replacement: 'shared work', message: 'Say what you did together.' }],
          words: ['Kubeflow'],
          ignore: [{ rule: 'hedging', text: 'I think' }],
        },
        problems: [],
      });
    });

    it('takes an empty file as an empty config', function () {
      assert.deepEqual(parseConfig(' \n'), { config: {}, problems: [] });
    });

    it('rejects text that is not JSON as a whole, at the first syntax error', function () {
      const text = '{\n  "rules": {\n    "hedging": "off"\n    "buzzword": "off"\n  }\n}';
      const { config, problems } = parseConfig(text);
      assert.equal(config, undefined);
      assert.equal(problems.length, 1);
      assert.equal(problems[0]!.severity, 'error');
      assert.deepEqual(lineAndColumn(text, problems[0]!.offset), { line: 4, column: 5 });
      assert.match(problems[0]!.message, /^not valid JSON \(comma expected\); until it is fixed, the file is ignored and the defaults apply\.$/);
      assert.match(describeConfigProblem({ path: '/w/.coverletterrc.json', text }, problems[0]!), /^\/w\/\.coverletterrc\.json:4:5: not valid JSON/);
    });

    it('rejects a top level that is not an object', function () {
      for (const text of ['[]', '"rules"', '42', 'null']) {
        const { config, problems } = parseConfig(text);
        assert.equal(config, undefined, text);
        assert.match(problems[0]!.message, /^expected an object/, text);
      }
    });

    it('drops each bad entry with one warning naming it, and keeps the rest', function () {
      const text = JSON.stringify(
        {
          rules: { 'passive-voice': 'off', 'no-such-rule': 'off', hedging: 'loud', 'also-not-a-rule': 3 },
          phrases: [{ phrase: 'synergy' }, { phrase: '' }, { replacement: 'x' }, { phrase: 'a', extra: 1 }, 'plain'],
          words: ['Kubeflow', 7, ''],
          ignore: [{ rule: 'hedging', text: 'I think' }, { rule: 'nope', text: 'x' }, { rule: 'hedging' }],
          colour: 'blue',
        },
        null,
        2,
      );
      const { config, problems } = parseConfig(text);
      assert.deepEqual(config, {
        rules: { 'passive-voice': 'off' },
        phrases: [{ phrase: 'synergy' }],
        words: ['Kubeflow'],
        ignore: [{ rule: 'hedging', text: 'I think' }],
      });
      assert.ok(problems.every((p) => p.severity === 'warning'));
      assert.deepEqual(
        problems.map((p) => p.message),
        [
          'rules.no-such-rule: there is no rule "no-such-rule"; ignoring it.',
          'rules.hedging: expected one of off, hint, information, warning, error, got "loud"; ignoring it.',
          'rules.also-not-a-rule: there is no rule "also-not-a-rule"; ignoring it.',
          'phrases[1]: "phrase" must not be empty; ignoring it.',
          'phrases[2]: missing "phrase"; ignoring it.',
          'phrases[3]: unknown key "extra"; ignoring it.',
          'phrases[4]: expected an object, got "plain"; ignoring it.',
          'words[1]: expected text, got 7; ignoring it.',
          'words[2]: must not be empty; ignoring it.',
          'ignore[1]: there is no rule "nope"; ignoring it.',
          'ignore[2]: missing "text"; ignoring it.',
          'colour: not an option of this file (it takes $schema, rules, phrases, words and ignore); ignoring it.',
        ],
      );
      // The unknown rule is underlined at its key.
      const unknown = problems[0]!;
      assert.equal(text.slice(unknown.offset, unknown.offset + unknown.length), '"no-such-rule"');
    });

    it('gives many unknown rule ids one warning on the rules object, and keeps the known ones', function () {
      const rules: Record<string, string> = { hedging: 'off' };
      for (let i = 0; i < 5000; i++) rules[`no-such-rule-${i}`] = 'off';
      const text = JSON.stringify({ rules, words: ['Kubeflow'] });
      const { config, problems } = parseConfig(text);
      assert.deepEqual(
        problems.map((p) => p.message),
        ['rules: 5,000 unknown rule ids: "no-such-rule-0", "no-such-rule-1", "no-such-rule-2" and 4,997 more; ignoring them.'],
      );
      assert.ok(text.slice(problems[0]!.offset).startsWith('"rules":{'), 'underlines the rules entry');
      assert.deepEqual(config, { rules: { hedging: 'off' }, words: ['Kubeflow'] });
    });

    it('drops a whole section of the wrong type', function () {
      assert.deepEqual(messages('{ "rules": ["hedging"], "words": "Kubeflow" }'), [
        'rules: expected an object, got ["hedging"]; ignoring it.',
        'words: expected a list, got "Kubeflow"; ignoring it.',
      ]);
      assert.deepEqual(parseConfig('{ "rules": ["hedging"], "words": "Kubeflow" }').config, {});
    });
  });

  describe('merging', function () {
    it('lets nearer files win rule by rule and adds up the lists, farthest first', function () {
      const merged = mergeConfigs([
        {
          rules: { hedging: 'error', buzzword: 'off' },
          phrases: [{ phrase: 'synergy' }],
          words: ['Kubeflow'],
          ignore: [{ rule: 'hedging', text: 'I think' }],
        },
        { rules: { hedging: 'hint' }, words: ['Feast'] },
        { phrases: [{ phrase: 'rockstar' }], ignore: [{ rule: 'buzzword', text: 'synergy' }] },
      ]);
      assert.deepEqual(merged, {
        rules: { hedging: 'hint', buzzword: 'off' },
        phrases: [{ phrase: 'synergy' }, { phrase: 'rockstar' }],
        words: ['Kubeflow', 'Feast'],
        ignore: [
          { rule: 'hedging', text: 'I think' },
          { rule: 'buzzword', text: 'synergy' },
        ],
      });
      assert.deepEqual(mergeConfigs([]), { rules: {}, phrases: [], words: [], ignore: [] });
    });
  });

  describe('lookup', function () {
    it('walks from the root folder down to the letter’s folder', function () {
      const root = path.resolve('/work/letters');
      assert.deepEqual(configSearchDirs(path.join(root, 'acme', '2024'), root), [root, path.join(root, 'acme'), path.join(root, 'acme', '2024')]);
      assert.deepEqual(configSearchDirs(root, root), [root]);
    });

    it('walks from the file-system root for a letter outside the root folder', function () {
      const dirs = configSearchDirs(path.resolve('/elsewhere/acme'), path.resolve('/work/letters'));
      assert.deepEqual(dirs, [path.parse(path.resolve('/')).root, path.resolve('/elsewhere'), path.resolve('/elsewhere/acme')]);
      assert.deepEqual(configSearchDirs(path.resolve('/elsewhere'), undefined), [path.parse(path.resolve('/')).root, path.resolve('/elsewhere')]);
    });
  });

  describe('edits for the quick actions', function () {
    function edited(text: string, change: Parameters<typeof configEdits>[1]): string {
      const edits = configEdits(text, change);
      assert.ok(edits, 'expected edits');
      return applyJsonEdits(text, edits);
    }

    it('writes a new file with two-space indentation and a final line break', function () {
      assert.equal(
        edited('', { kind: 'ignore', entry: { rule: 'hedging', text: 'I think' } }),
        '{\n  "ignore": [\n    {\n      "rule": "hedging",\n      "text": "I think"\n    }\n  ]\n}\n',
      );
      assert.equal(edited('', { kind: 'rule', rule: 'hedging', severity: 'off' }), '{\n  "rules": {\n    "hedging": "off"\n  }\n}\n');
    });

    it('appends to an existing list, keeping comments, tabs and CRLF line breaks', function () {
      const text = '{\r\n\t// keep me\r\n\t"ignore": [\r\n\t\t{ "rule": "buzzword", "text": "synergy" }\r\n\t]\r\n}\r\n';
      const after = edited(text, { kind: 'ignore', entry: { rule: 'hedging', text: 'I think' } });
      assert.match(after, /\t\/\/ keep me\r\n/);
      assert.ok(!/[^\r]\n/.test(after), 'CRLF line breaks throughout');
      assert.match(after, /\r\n\t\t\t"rule": "hedging"/);
      assert.deepEqual(parse(after), {
        ignore: [
          { rule: 'buzzword', text: 'synergy' },
          { rule: 'hedging', text: 'I think' },
        ],
      });
    });

    it('adds a word to the dictionary once', function () {
      assert.deepEqual(parse(edited('{ "words": ["Feast"] }', { kind: 'word', word: 'Kubeflow' })), { words: ['Feast', 'Kubeflow'] });
      assert.deepEqual(parse(edited('{}', { kind: 'word', word: 'Kubeflow' })), { words: ['Kubeflow'] });
      assert.equal(configEdits('{ "words": ["Kubeflow"] }', { kind: 'word', word: 'Kubeflow' }), undefined);
    });

    it('adds a rule next to the others', function () {
      const after = edited('{\n  "rules": { "buzzword": "hint" },\n  "words": ["Feast"]\n}\n', { kind: 'rule', rule: 'hedging', severity: 'off' });
      assert.deepEqual(parse(after), { rules: { buzzword: 'hint', hedging: 'off' }, words: ['Feast'] });
    });

    it('replaces a section of the wrong type rather than fail', function () {
      assert.deepEqual(parse(edited('{ "rules": 3 }', { kind: 'rule', rule: 'hedging', severity: 'off' })), { rules: { hedging: 'off' } });
      assert.deepEqual(parse(edited('{ "ignore": {} }', { kind: 'ignore', entry: { rule: 'hedging', text: 'x' } })), {
        ignore: [{ rule: 'hedging', text: 'x' }],
      });
    });

    it('makes no edit when the change is already there, or the file is not an object', function () {
      assert.equal(configEdits('{ "rules": { "hedging": "off" } }', { kind: 'rule', rule: 'hedging', severity: 'off' }), undefined);
      assert.equal(
        configEdits('{ "ignore": [{ "rule": "hedging", "text": "x" }] }', { kind: 'ignore', entry: { rule: 'hedging', text: 'x' } }),
        undefined,
      );
      assert.equal(configEdits('[1, 2]', { kind: 'rule', rule: 'hedging', severity: 'off' }), undefined);
    });
  });

  describe('the inline disable-file comment', function () {
    function disabled(text: string, ruleId: string): string | undefined {
      const edits = disableInFileEdits(text, ruleId);
      if (edits === undefined) return undefined;
      let result = text;
      for (const edit of [...edits].sort((a, b) => b.offset - a.offset)) {
        result = result.slice(0, edit.offset) + edit.newText + result.slice(edit.offset + edit.length);
      }
      return result;
    }

    it('goes at the top, or on its own line after the front matter', function () {
      assert.equal(disabled('Dear Ana,\n', 'hedging'), '<!-- coach-disable-file hedging -->\nDear Ana,\n');
      assert.equal(disabled('Dear Ana,\r\nHi.\r\n', 'hedging'), '<!-- coach-disable-file hedging -->\r\nDear Ana,\r\nHi.\r\n');
      assert.equal(
        disabled('---\ntarget: 150\n---\nDear Ana,\n', 'hedging'),
        '---\ntarget: 150\n---\n<!-- coach-disable-file hedging -->\nDear Ana,\n',
      );
    });

    it('extends an existing comment, and does nothing when the rule or every rule is already off', function () {
      assert.equal(disabled('<!-- coach-disable-file buzzword -->\nHi.', 'hedging'), '<!-- coach-disable-file buzzword hedging -->\nHi.');
      assert.equal(disabled('<!-- coach-disable-file buzzword, hedging -->\nHi.', 'hedging'), undefined);
      assert.equal(disabled('<!-- coach-disable-file -->\nHi.', 'hedging'), undefined);
    });
  });

  describe('JSON schema', function () {
    const file = path.join(REPO_ROOT, CONFIG_SCHEMA_PATH);
    const schema = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      definitions: { ruleId: { enum: string[] } };
      properties: { rules: { properties: Record<string, unknown> } };
    };

    it('accepts exactly the registered rule ids', function () {
      const ids = RULE_INFO.map((rule) => rule.id);
      assert.deepEqual(schema.definitions.ruleId.enum, ids);
      assert.deepEqual(Object.keys(schema.properties.rules.properties), ids);
    });

    it('is the file `npm run docs` generates from the registry', function () {
      assert.equal(fs.readFileSync(file, 'utf8'), configSchemaText(RULE_INFO), `run npm run docs to regenerate ${CONFIG_SCHEMA_PATH}`);
      assert.deepEqual(JSON.parse(configSchemaText(RULE_INFO)), configSchema(RULE_INFO));
    });

    it('is contributed to VS Code for .coverletterrc.json, read as JSON with comments', function () {
      const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
        contributes: { jsonValidation: { fileMatch: string; url: string }[]; languages: { id: string; filenames?: string[] }[] };
      };
      assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.coverletterrc.json', url: `./${CONFIG_SCHEMA_PATH}` }]);
      assert.ok(manifest.contributes.languages.some((l) => l.id === 'jsonc' && l.filenames?.includes('.coverletterrc.json')));
    });
  });
});
