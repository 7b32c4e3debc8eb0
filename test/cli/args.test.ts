import * as assert from 'node:assert/strict';
import { parseArgs } from '../../server/src/cli/args';

describe('CLI argument parser', function () {
  it('parses a plain check with text output by default', function () {
    assert.deepEqual(parseArgs(['check', 'a.md', 'b.txt']), {
      ok: true,
      command: { kind: 'check', format: 'text', files: ['a.md', 'b.txt'] },
    });
  });

  it('parses every option, in both --opt value and --opt=value forms, anywhere on the line', function () {
    assert.deepEqual(parseArgs(['--format', 'json', 'check', 'a.md', '--target=300', '--industry', 'finance']), {
      ok: true,
      command: { kind: 'check', format: 'json', target: 300, industry: 'finance', files: ['a.md'] },
    });
  });

  it('parses --fix and --config', function () {
    assert.deepEqual(parseArgs(['check', '--fix', '--config', 'team.json', 'a.md']), {
      ok: true,
      command: { kind: 'check', format: 'text', fix: true, config: 'team.json', files: ['a.md'] },
    });
    assert.deepEqual(parseArgs(['check', '--config=team.json', 'a.md']), {
      ok: true,
      command: { kind: 'check', format: 'text', config: 'team.json', files: ['a.md'] },
    });
  });

  it('parses --job for check', function () {
    assert.deepEqual(parseArgs(['check', '--job', 'job.md', 'a.md', 'b.md']), {
      ok: true,
      command: { kind: 'check', format: 'text', job: 'job.md', files: ['a.md', 'b.md'] },
    });
  });

  it('parses report with one file and the options it shares with check', function () {
    assert.deepEqual(parseArgs(['report', 'a.md']), { ok: true, command: { kind: 'report', format: 'text', file: 'a.md' } });
    assert.deepEqual(
      parseArgs(['report', '--format=json', '--job', 'jd.md', '--target', '300', '--industry', 'tech', '--config', 'c.json', 'a.md']),
      {
        ok: true,
        command: { kind: 'report', format: 'json', job: 'jd.md', target: 300, industry: 'tech', config: 'c.json', file: 'a.md' },
      },
    );
  });

  it('treats everything after -- as files, even names starting with a dash', function () {
    assert.deepEqual(parseArgs(['check', '--', '--weird.md', '-x.txt']), {
      ok: true,
      command: { kind: 'check', format: 'text', files: ['--weird.md', '-x.txt'] },
    });
  });

  it('answers --help and --version even next to mistakes', function () {
    assert.deepEqual(parseArgs(['--help']), { ok: true, command: { kind: 'help' } });
    assert.deepEqual(parseArgs(['check', '--bogus', '-h']), { ok: true, command: { kind: 'help' } });
    assert.deepEqual(parseArgs(['--version']), { ok: true, command: { kind: 'version' } });
    assert.deepEqual(parseArgs(['-v']), { ok: true, command: { kind: 'version' } });
  });

  it('does not take a file named --help after -- for the option', function () {
    assert.deepEqual(parseArgs(['check', '--', '--help']), {
      ok: true,
      command: { kind: 'check', format: 'text', files: ['--help'] },
    });
  });

  const errors: [string[], RegExp][] = [
    [[], /missing command/],
    [['lint', 'a.md'], /unknown command "lint": the commands are "check" and "report"/],
    [['report'], /no file to report on/],
    [['report', 'a.md', 'b.md'], /report takes one FILE at a time/],
    [['report', '--fix', 'a.md'], /--fix is for "check", not "report"/],
    [['check', '--job=', 'a.md'], /--job needs a file name/],
    [['report', 'a.md', '--job'], /--job needs a value/],
    [['check'], /no files to check/],
    [['check', '--fast', 'a.md'], /unknown option "--fast"/],
    [['check', '-q', 'a.md'], /unknown option "-q"/],
    [['check', 'a.md', '--format'], /--format needs a value/],
    [['check', '--format', 'xml', 'a.md'], /--format must be text or json, not "xml"/],
    [['check', '--target', '0', 'a.md'], /--target must be a positive whole number.*"0"/],
    [['check', '--target', '-5', 'a.md'], /--target must be a positive whole number.*"-5"/],
    [['check', '--target', '1.5', 'a.md'], /--target must be a positive whole number.*"1\.5"/],
    [['check', '--target', 'abc', 'a.md'], /--target must be a positive whole number.*"abc"/],
    [['check', '--target=', 'a.md'], /--target must be a positive whole number/],
    [['check', '--target', '1e3', 'a.md'], /--target must be a positive whole number/],
    [['check', '--target', '99999999999999999999', 'a.md'], /--target must be a positive whole number/],
    [['check', '--industry', 'mining', 'a.md'], /--industry must be one of tech, finance, retail, general, not "mining"/],
    [['check', '--industry', 'Tech', 'a.md'], /--industry must be one of/],
    [['check', '--fix=yes', 'a.md'], /--fix takes no value/],
    [['check', '--config=', 'a.md'], /--config needs a file name/],
    [['check', 'a.md', '--config'], /--config needs a value/],
  ];
  for (const [argv, message] of errors) {
    it(`rejects ${JSON.stringify(argv)}`, function () {
      const result = parseArgs(argv);
      assert.equal(result.ok, false);
      assert.match((result as { error: string }).error, message);
    });
  }
});
