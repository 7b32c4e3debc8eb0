/** dist/cli.js with `--fix` and with config files, as a child process in a scratch directory. */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, applyEdits, fixAllEdits } from '../../server/src/engine';
import { runCli } from '../helpers/runCli';
import { TempDir } from '../helpers/tempFiles';

const LETTER = 'Dear Ms. Rivera,\n\nIn order to cut cost, I utilized the the cache. I think it worked.\n\nBest,\nAna\n';

interface JsonReport {
  files: { path: string; diagnostics: { code: string; severity: string }[]; fixed?: { code: string; title: string }[] }[];
}

describe('cover-letter-coach CLI: --fix and config files', function () {
  let dir: TempDir;
  beforeEach(() => (dir = new TempDir()));
  afterEach(() => dir.dispose());

  function codes(args: string[]): string[] {
    const result = runCli(['check', '--format', 'json', ...args], dir.path);
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    return (JSON.parse(result.stdout) as JsonReport).files.flatMap((f) => f.diagnostics.map((d) => d.code));
  }

  describe('--fix', function () {
    it('applies the fix-all edits until nothing changes, writes the file and prints what it fixed', function () {
      const file = dir.write('letter.md', LETTER);
      const result = runCli(['check', '--fix', 'letter.md'], dir.path);
      const after = readFileSync(file, 'utf8');
      // Spelling is on in the CLI, but the letter has no misspelling; the engine alone gives the expected text.
      let expected = LETTER;
      for (let round = 0; round < 3; round++) {
        const edits = fixAllEdits(analyze(expected).findings);
        if (edits.length === 0) break;
        expected = applyEdits(expected, edits);
      }
      assert.notEqual(expected, LETTER);
      assert.equal(after, expected);
      assert.doesNotMatch(after, /in order to|utilized|the the|I think/i);
      assert.match(result.stdout, /^letter\.md:3:1: fixed wordy-phrase: /m);
      assert.match(result.stdout, /^letter\.md:3:\d+: fixed repeated-word: /m);
      assert.match(result.stdout, /^fixed [4-9] problems in 1 file$/m);
      assert.match(result.stdout, /(0 problems|\d+ problems? \([^)]*\)) in 1 file\n$/);
      assert.ok(
        !/ (wordy-phrase|repeated-word|hedging) /.test(
          result.stdout
            .split('\n')
            .filter((l) => !l.includes(': fixed '))
            .join('\n'),
        ),
      );
    });

    it('lists the fixes in JSON and leaves a file with nothing to fix untouched', function () {
      dir.write('letter.md', LETTER);
      const clean = 'Dear Ms. Rivera,\n\nI cut cost 40% by rewriting the cache.\n';
      const cleanFile = dir.write('clean.md', clean);
      const result = runCli(['check', '--fix', '--format', 'json', 'letter.md', 'clean.md'], dir.path);
      const report = JSON.parse(result.stdout) as JsonReport;
      assert.ok(report.files[0]!.fixed!.some((f) => f.code === 'wordy-phrase'));
      assert.deepEqual(report.files[1]!.fixed, []);
      assert.equal(readFileSync(cleanFile, 'utf8'), clean);
      const text = runCli(['check', '--fix', 'clean.md'], dir.path);
      assert.match(text.stdout, /^nothing to fix$/m);
    });

    it('keeps a byte order mark and CRLF line breaks', function () {
      const crlf = LETTER.replace(/\n/g, '\r\n');
      const file = dir.write('letter.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]));
      runCli(['check', '--fix', 'letter.md'], dir.path);
      const bytes = readFileSync(file);
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const text = bytes.subarray(3).toString('utf8');
      assert.doesNotMatch(text, /in order to/i);
      assert.ok(!/[^\r]\n/.test(text), 'line breaks stay CRLF');
    });
  });

  describe('config files', function () {
    it('applies the files from the current directory down to the letter, nearer winning', function () {
      dir.write('.coverletterrc.json', JSON.stringify({ rules: { 'wordy-phrase': 'off', hedging: 'off' }, phrases: [{ phrase: 'cut cost' }] }));
      dir.mkdir('acme');
      dir.write('acme/.coverletterrc.json', '{ // nearer\n "rules": { "hedging": "error" } }');
      dir.write('acme/letter.md', LETTER);
      dir.write('other.md', LETTER);
      const acme = runCli(['check', '--format', 'json', 'acme/letter.md'], dir.path);
      assert.equal(acme.status, 1, 'hedging is an error for acme');
      const found = (JSON.parse(acme.stdout) as JsonReport).files[0]!.diagnostics;
      assert.ok(!found.some((d) => d.code === 'wordy-phrase'));
      assert.equal(found.find((d) => d.code === 'hedging')?.severity, 'error');
      assert.ok(found.some((d) => d.code === 'custom-phrase'));
      const other = codes(['other.md']);
      assert.ok(!other.includes('hedging') && !other.includes('wordy-phrase'));
    });

    it('ignores the occurrences the config file lists', function () {
      dir.write('.coverletterrc.json', JSON.stringify({ ignore: [{ rule: 'hedging', text: 'I think' }] }));
      dir.write('letter.md', LETTER);
      assert.ok(!codes(['letter.md']).includes('hedging'));
    });

    it('warns about a malformed file with its line and column, and checks with the defaults', function () {
      dir.write('.coverletterrc.json', '{\n  "rules": { "hedging": "off" \n');
      dir.write('letter.md', LETTER);
      const result = runCli(['check', 'letter.md'], dir.path);
      assert.match(result.stderr, /^cover-letter-coach: \.coverletterrc\.json:3:1: not valid JSON/m);
      assert.match(result.stdout, / hedging /);
      assert.ok(result.status === 0 || result.status === 1);
    });

    it('warns once about an unknown rule id and applies the rest', function () {
      dir.write('.coverletterrc.json', JSON.stringify({ rules: { 'no-such-rule': 'off', hedging: 'off' } }));
      dir.write('a.md', LETTER);
      dir.write('b.md', LETTER);
      const result = runCli(['check', 'a.md', 'b.md'], dir.path);
      assert.equal(result.stderr.match(/rules\.no-such-rule: there is no rule "no-such-rule"; ignoring it\./g)?.length, 1);
      assert.doesNotMatch(result.stdout, / hedging /);
    });

    it('--config FILE replaces the search', function () {
      dir.write('.coverletterrc.json', JSON.stringify({ rules: { hedging: 'off' } }));
      dir.write('team.json', JSON.stringify({ rules: { 'wordy-phrase': 'off' } }));
      dir.write('letter.md', LETTER);
      const found = codes(['--config', 'team.json', 'letter.md']);
      assert.ok(found.includes('hedging'), 'the discovered file does not apply');
      assert.ok(!found.includes('wordy-phrase'));
    });

    it('--config with a missing or malformed file is a usage error', function () {
      dir.write('letter.md', LETTER);
      const missing = runCli(['check', '--config', 'nope.json', 'letter.md'], dir.path);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /--config nope\.json: no such file/);
      dir.write('bad.json', '{ "rules": [ }');
      const bad = runCli(['check', '--config', 'bad.json', 'letter.md'], dir.path);
      assert.equal(bad.status, 2);
      assert.match(bad.stderr, /--config bad\.json:1:\d+: not valid JSON/);
      assert.equal(bad.stdout, '');
    });
  });
});
