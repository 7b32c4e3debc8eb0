import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE } from '../../shared/src/protocol';
import type { Finding } from '../../server/src/engine';
import { findingToDiagnostic, isDiagnosticData } from '../../server/src/lsp/diagnostics';
import { docsBaseUri } from '../../server/src/lsp/docsUri';
import { formatForLanguageId, formatForPath } from '../../server/src/lsp/format';
import { TempDir } from '../helpers/tempFiles';

const DOCS = 'file:///ext/README.md';

function finding(overrides: Partial<Finding>): Finding {
  return { ruleId: 'some-rule', severity: 'warning', offset: 0, length: 1, message: 'm', fixes: [], text: 'x', ...overrides };
}

describe('findings as LSP diagnostics', function () {
  it('maps offsets to ranges, across CRLF lines and UTF-16 surrogate pairs', function () {
    const text = 'Dear 👋 team,\r\nI am writing to apply.';
    const doc = TextDocument.create('file:///a.md', 'markdown', 1, text);
    const offset = text.indexOf('writing');
    const d = findingToDiagnostic(doc, finding({ offset, length: 'writing'.length }), DOCS);
    assert.deepEqual(d.range, { start: { line: 1, character: 5 }, end: { line: 1, character: 12 } });
    const wave = findingToDiagnostic(doc, finding({ offset: text.indexOf('team'), length: 4 }), DOCS);
    // The emoji is two UTF-16 code units, and LSP counts code units too.
    assert.deepEqual(wave.range.start, { line: 0, character: 8 });
  });

  it('sets source, code, docs link and severity', function () {
    const doc = TextDocument.create('file:///a.md', 'markdown', 1, 'hello');
    const severities = { error: 1, warning: 2, information: 3, hint: 4 } as const;
    for (const [severity, lsp] of Object.entries(severities)) {
      const d = findingToDiagnostic(doc, finding({ ruleId: 'generic-opener', severity: severity as Finding['severity'] }), DOCS);
      assert.equal(d.severity, lsp);
      assert.equal(d.source, DIAGNOSTIC_SOURCE);
      assert.equal(d.code, 'generic-opener');
      assert.deepEqual(d.codeDescription, { href: 'file:///ext/README.md#generic-opener' });
    }
  });

  it('carries the fixes with LSP ranges in data', function () {
    const doc = TextDocument.create('file:///a.md', 'markdown', 1, 'ab\ncd');
    const d = findingToDiagnostic(
      doc,
      finding({
        fixes: [
          {
            title: 'Swap',
            edits: [
              { offset: 3, length: 2, newText: 'dc' },
              { offset: 5, length: 0, newText: '!' },
            ],
          },
        ],
      }),
      DOCS,
    );
    assert.deepEqual(d.data, {
      fixes: [
        {
          title: 'Swap',
          edits: [
            { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 2 } }, newText: 'dc', oldText: 'cd' },
            { range: { start: { line: 1, character: 2 }, end: { line: 1, character: 2 } }, newText: '!', oldText: '' },
          ],
        },
      ],
      text: 'x',
      version: 1,
    });
    assert.ok(isDiagnosticData(d.data));
  });

  it('rejects diagnostic data of another shape', function () {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    for (const bad of [
      undefined,
      null,
      'x',
      {},
      { fixes: 'x' },
      { fixes: [{ title: 1, edits: [] }] },
      { fixes: [{ title: 't', edits: [{ range, newText: 3 }] }] },
      { fixes: [{ title: 't', edits: [{ range: { start: {} }, newText: '' }] }] },
    ]) {
      assert.equal(isDiagnosticData(bad), false, JSON.stringify(bad));
    }
    assert.equal(isDiagnosticData({ fixes: [], text: 3 }), false);
    assert.equal(isDiagnosticData({ fixes: [] }), true);
    assert.equal(isDiagnosticData({ fixes: [], text: 'I think' }), true);
  });

  it('points the docs at the README one folder above the bundle', function () {
    assert.equal(docsBaseUri('/opt/ext/dist'), 'file:///opt/ext/README.md');
    assert.equal(docsBaseUri('/opt/my ext/dist'), 'file:///opt/my%20ext/README.md');
  });

  it('finds the README under the lower-case name the packaged extension gives it', function () {
    const dir = new TempDir();
    try {
      dir.mkdir('dist');
      dir.write('readme.md', '# Rules');
      const base = docsBaseUri(path.join(dir.path, 'dist'));
      assert.ok(fs.existsSync(new URL(base)), base);
    } finally {
      dir.dispose();
    }
  });

  it('reads Markdown by language id or file extension, anything else as plain text', function () {
    assert.equal(formatForLanguageId('markdown'), 'markdown');
    assert.equal(formatForLanguageId('plaintext'), 'plaintext');
    assert.equal(formatForPath('letters/Acme.MD'), 'markdown');
    assert.equal(formatForPath('letter.markdown'), 'markdown');
    assert.equal(formatForPath('letter.txt'), 'plaintext');
    assert.equal(formatForPath('README'), 'plaintext');
  });
});
