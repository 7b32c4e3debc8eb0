/**
 * dist/cli.js as a child process. Tests under "with the engine's rules" need
 * real findings for WEAK_LETTER and fail while the engine is still a stub.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';
import { runCli } from '../helpers/runCli';
import { WEAK_LETTER, WEAK_LETTER_CODES } from '../helpers/sampleLetters';
import { TempDir } from '../helpers/tempFiles';

interface JsonPosition {
  line: number;
  character: number;
}
interface JsonRange {
  start: JsonPosition;
  end: JsonPosition;
}
interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  range: JsonRange;
  fixes: { title: string; edits: { range: JsonRange; newText: string }[] }[];
}
interface JsonReport {
  version: number;
  files: { path: string; stats: { words: number; sentences: number; paragraphs: number }; diagnostics: JsonDiagnostic[] }[];
}

const SEVERITIES = ['error', 'warning', 'information', 'hint'];

describe('cover-letter-coach CLI', function () {
  let dir: TempDir;
  beforeEach(() => (dir = new TempDir()));
  afterEach(() => dir.dispose());

  function checkJson(...files: string[]): { status: number | null; report: JsonReport } {
    const result = runCli(['check', '--format', 'json', ...files], dir.path);
    return { status: result.status, report: JSON.parse(result.stdout) as JsonReport };
  }

  describe('with any engine', function () {
    it('prints help and version', function () {
      const help = runCli(['--help'], dir.path);
      assert.equal(help.status, 0);
      assert.match(help.stdout, /^Usage: cover-letter-coach check/);
      const version = runCli(['--version'], dir.path);
      assert.equal(version.status, 0);
      const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
      assert.equal(version.stdout, `${manifest.version}\n`);
    });

    it('writes the JSON report with paths as given and exits 0 without errors', function () {
      dir.write('letter.md', WEAK_LETTER);
      const { status, report } = checkJson('letter.md');
      assert.equal(report.version, 1);
      assert.equal(report.files.length, 1);
      const [file] = report.files;
      assert.ok(file);
      assert.deepEqual(Object.keys(file), ['path', 'stats', 'diagnostics']);
      assert.equal(file.path, 'letter.md');
      for (const key of ['words', 'sentences', 'paragraphs', 'target', 'averageSentenceLength', 'readingTimeMinutes', 'readabilityGrade']) {
        assert.equal(typeof file.stats[key as keyof typeof file.stats], 'number', key);
      }
      for (const key of ['words', 'sentences', 'paragraphs']) {
        const n = file.stats[key as 'words'];
        assert.ok(Number.isInteger(n) && n >= 0, key);
      }
      const hasError = file.diagnostics.some((d) => d.severity === 'error');
      assert.equal(status, hasError ? 1 : 0);
    });

    it('ends text output with a summary line', function () {
      dir.write('notes.txt', 'Plain words.');
      const result = runCli(['check', 'notes.txt'], dir.path);
      assert.match(result.stdout, /(^|\n)(0 problems|\d+ problems? \([^)]*\)) in 1 file\n$/);
      assert.equal(result.stderr, '');
    });

    const usageErrors: [string, string[], RegExp][] = [
      ['an unknown option', ['check', '--colour', 'letter.md'], /unknown option "--colour"/],
      ['a bad --target', ['check', '--target', 'lots', 'letter.md'], /--target must be a positive whole number/],
      ['a zero --target', ['check', '--target', '0', 'letter.md'], /--target must be a positive whole number/],
      ['a bad --industry', ['check', '--industry', 'mining', 'letter.md'], /--industry must be one of tech, finance, retail, general/],
      ['a bad --format', ['check', '--format', 'xml', 'letter.md'], /--format must be text or json/],
      ['no files', ['check'], /no files to check/],
      ['no command', [], /missing command/],
    ];
    for (const [what, args, message] of usageErrors) {
      it(`exits 2 with a message on ${what}`, function () {
        dir.write('letter.md', WEAK_LETTER);
        const result = runCli(args, dir.path);
        assert.equal(result.status, 2);
        assert.match(result.stderr, message);
        assert.match(result.stderr, /--help/);
        assert.equal(result.stdout, '');
      });
    }

    const unreadable: [string, (d: TempDir) => unknown, string, RegExp][] = [
      ['a missing file', () => undefined, 'missing.md', /missing\.md: no such file/],
      ['a directory', (d) => d.mkdir('sub.md'), 'sub.md', /sub\.md: is a directory/],
      ['a file with NUL bytes', (d) => d.write('binary.md', Buffer.from([0x48, 0x00, 0x69])), 'binary.md', /binary\.md: contains NUL bytes/],
      [
        'a file that is not UTF-8',
        (d) => d.write('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9])),
        'latin1.txt',
        /latin1\.txt: is not valid UTF-8/,
      ],
    ];
    for (const [what, prepare, name, message] of unreadable) {
      it(`exits 2 naming ${what}, and still reports the other files`, function () {
        prepare(dir);
        dir.write('letter.md', WEAK_LETTER);
        const result = runCli(['check', '--format', 'json', name, 'letter.md'], dir.path);
        assert.equal(result.status, 2);
        assert.match(result.stderr, message);
        assert.deepEqual(
          (JSON.parse(result.stdout) as JsonReport).files.map((f) => f.path),
          ['letter.md'],
        );
      });
    }

    it('reads a UTF-8 file with a byte order mark', function () {
      dir.write('bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Plain words.')]));
      assert.equal(runCli(['check', 'bom.md'], dir.path).status, 0);
    });
  });

  describe("with the engine's rules", function () {
    it('reports the weak letter in JSON with LSP ranges and fixes', function () {
      dir.write('letter.md', WEAK_LETTER);
      const { status, report } = checkJson('letter.md');
      const [file] = report.files;
      const codes = file!.diagnostics.map((d) => d.code);
      for (const code of WEAK_LETTER_CODES) assert.ok(codes.includes(code), `expected ${code} in ${codes.join(', ')}`);
      for (const d of file!.diagnostics) {
        assert.deepEqual(Object.keys(d), ['code', 'severity', 'message', 'range', 'fixes']);
        assert.ok(SEVERITIES.includes(d.severity), d.severity);
        assert.ok(d.message.length > 0);
        for (const fix of d.fixes) {
          assert.equal(typeof fix.title, 'string');
          for (const edit of fix.edits) assert.equal(typeof edit.newText, 'string');
        }
      }
      assert.equal(file!.diagnostics.find((d) => d.code === 'generic-salutation')!.range.start.line, 0);
      assert.equal(file!.diagnostics.find((d) => d.code === 'generic-opener')!.range.start.line, 2);
      assert.ok(file!.stats.words > 0);
      assert.equal(status, file!.diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
    });

    it('reports the weak letter in text with 1-based positions', function () {
      dir.write('letter.md', WEAK_LETTER);
      const result = runCli(['check', 'letter.md'], dir.path);
      assert.match(result.stdout, /^letter\.md:1:\d+: (error|warning|information|hint) generic-salutation \S/m);
      assert.match(result.stdout, /^letter\.md:3:\d+: (error|warning|information|hint) generic-opener \S/m);
      assert.match(result.stdout, /\n\d+ problems \([^)]*\) in 1 file\n$/);
    });
  });
});
