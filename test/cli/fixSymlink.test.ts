/** `check --fix` and symlinks (issue 18): no write through a link to a file outside the folder it was given, unless asked. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../helpers/runCli';
import { TempDir } from '../helpers/tempFiles';

const LETTER = 'Dear Ms. Rivera,\n\nIn order to cut cost, I utilized the the cache.\n\nBest,\nAna\n';

describe('cover-letter-coach check --fix through a symlink', function () {
  let dir: TempDir;
  let outside: TempDir;
  beforeEach(() => {
    dir = new TempDir();
    outside = new TempDir();
  });
  afterEach(() => {
    dir.dispose();
    outside.dispose();
  });

  function linkOutside(): string {
    const target = outside.write('secret.md', LETTER);
    fs.symlinkSync(target, path.join(dir.path, 'letter.md'));
    return target;
  }

  it('does not write through a symlink to a file outside the folder, and says so', function () {
    const target = linkOutside();
    const result = runCli(['check', '--fix', 'letter.md'], dir.path);
    assert.equal(fs.readFileSync(target, 'utf8'), LETTER, 'the file outside is untouched');
    assert.equal(result.status, 2, result.stderr);
    assert.match(result.stderr, /letter\.md: not fixed: it is a symlink to .*secret\.md.*--follow-symlinks/);
  });

  it('writes through it with --follow-symlinks', function () {
    const target = linkOutside();
    const result = runCli(['check', '--fix', '--follow-symlinks', 'letter.md'], dir.path);
    assert.notEqual(fs.readFileSync(target, 'utf8'), LETTER, result.stderr);
    assert.ok(fs.lstatSync(path.join(dir.path, 'letter.md')).isSymbolicLink(), 'the link stays a link');
  });

  it('still fixes a symlink to a file inside the folder', function () {
    dir.mkdir('drafts');
    const target = dir.write('drafts/acme.md', LETTER);
    fs.symlinkSync(target, path.join(dir.path, 'letter.md'));
    const result = runCli(['check', '--fix', 'letter.md'], dir.path);
    assert.notEqual(fs.readFileSync(target, 'utf8'), LETTER, result.stderr);
  });

  it('refuses --follow-symlinks without --fix', function () {
    const result = runCli(['check', '--follow-symlinks', 'letter.md'], dir.path);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /--follow-symlinks only matters with --fix/);
  });
});
