import * as assert from 'node:assert/strict';
import type { CodeActionParams, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE } from '../../shared/src/protocol';
import { quickFixes } from '../../server/src/server/codeActions';

const URI = 'file:///tmp/x/my-cover-letter.md';
const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } };
const ours: Diagnostic = {
  range,
  message: 'm',
  source: DIAGNOSTIC_SOURCE,
  code: 'r',
  data: { fixes: [{ title: 'Fix it', edits: [{ range, newText: 'Dear' }] }], version: 1 },
};
const doc = TextDocument.create(URI, 'markdown', 1, 'Deer team,');

function params(diagnostics: Diagnostic[], only?: string[]): CodeActionParams {
  return { textDocument: { uri: URI }, range, context: only ? { diagnostics, only } : { diagnostics } };
}

describe('quick fixes', function () {
  it('makes one preferred quick fix per fix of our diagnostics', function () {
    assert.deepEqual(quickFixes(params([ours]), doc), [
      { title: 'Fix it', kind: 'quickfix', diagnostics: [ours], isPreferred: true, edit: { changes: { [URI]: [{ range, newText: 'Dear' }] } } },
    ]);
  });

  it("ignores other tools' diagnostics and malformed data", function () {
    assert.deepEqual(
      quickFixes(
        params([
          { ...ours, source: 'other' },
          { ...ours, data: { fixes: 'nope' } },
          { ...ours, data: undefined },
        ]),
        doc,
      ),
      [],
    );
  });

  it('honours the requested kinds', function () {
    assert.equal(quickFixes(params([ours], ['quickfix']), doc).length, 1);
    assert.equal(quickFixes(params([ours], ['']), doc).length, 1);
    assert.equal(quickFixes(params([ours], ['refactor']), doc).length, 0);
    assert.equal(quickFixes(params([ours], ['quickfix.other']), doc).length, 0);
  });
});
