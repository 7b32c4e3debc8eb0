import * as assert from 'node:assert/strict';
import { DEFAULT_FILE_GLOBS } from '../../shared/src/settings';
import { DocumentFilter, filePathOfUri, matchesFileGlobs } from '../../server/src/server/documentFilter';

describe('document filter', function () {
  it('turns URIs into forward-slash paths', function () {
    assert.equal(filePathOfUri('file:///tmp/x/my%20cover%20letter.md'), '/tmp/x/my cover letter.md');
    assert.equal(filePathOfUri('untitled:Cover-Letter-1'), 'Cover-Letter-1');
    assert.equal(filePathOfUri('not a uri'), undefined);
  });

  it('matches the default globs case-insensitively, dot folders included', function () {
    const matches = (p: string): boolean => matchesFileGlobs(p, DEFAULT_FILE_GLOBS);
    assert.ok(matches('/tmp/x/my-cover-letter.md'));
    assert.ok(matches('C:/Users/me/Documents/Acme Cover Letter.txt'));
    assert.ok(matches('/home/me/.jobs/COVER_LETTER.md'));
    assert.ok(matches('/home/me/cover-letters/acme.md'));
    assert.ok(!matches('/home/me/project/README.md'));
    assert.ok(!matchesFileGlobs('/tmp/x/my-cover-letter.md', []));
  });

  it('checks markdown and plaintext documents whose path matches', function () {
    const filter = new DocumentFilter();
    const uri = 'file:///tmp/x/my-cover-letter.md';
    assert.ok(filter.isChecked({ uri, languageId: 'markdown' }, DEFAULT_FILE_GLOBS));
    assert.ok(filter.isChecked({ uri, languageId: 'plaintext' }, DEFAULT_FILE_GLOBS));
    assert.ok(!filter.isChecked({ uri, languageId: 'html' }, DEFAULT_FILE_GLOBS));
    assert.ok(!filter.isChecked({ uri: 'file:///tmp/x/notes.md', languageId: 'markdown' }, DEFAULT_FILE_GLOBS));
  });

  it('checks a requested document whatever its name and language', function () {
    const filter = new DocumentFilter();
    const uri = 'file:///tmp/x/notes.html';
    filter.request(uri);
    assert.ok(filter.isChecked({ uri, languageId: 'html' }, []));
  });
});
