/**
 * Over stdio: a quick fix asked for after typing, with the diagnostics of the
 * version before, is offered only when it still finds its text, and always as an
 * edit versioned for the document as it is now (issue 18).
 */
import * as assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { type CodeAction, CodeActionRequest, type Diagnostic, type TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { LspTestClient } from '../helpers/lspTestClient';

const URI = pathToFileURL('/tmp/stale/my-cover-letter.md').href;
const LETTER =
  '---\ncompany: Northwind Analytics\n---\n\nDear Ms. Rivera,\n\nI am excited about the position at [Company Name]. I utilized the cache.\n\nBest,\nJordan\n';

describe('stale quick fixes over stdio', function () {
  let client: LspTestClient;

  beforeEach(async function () {
    client = await LspTestClient.start({ settings: { debounceMs: 0 } });
  });

  afterEach(async function () {
    assert.equal(await client.stop(), 0);
  });

  function codeActions(diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const range = { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } };
    return client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range,
      context: { diagnostics, only: ['quickfix'] },
    }) as Promise<CodeAction[]>;
  }

  async function placeholderDiagnostic(): Promise<Diagnostic[]> {
    await client.open(URI, LETTER);
    const { diagnostics } = await client.diagnosticsOf(URI, 1);
    const placeholder = diagnostics.filter((d) => (d.data as { text?: string }).text === '[Company Name]');
    assert.ok(placeholder.length > 0, 'the placeholder is flagged');
    assert.ok(
      placeholder.some((d) => (d.data as { fixes: unknown[] }).fixes.length > 0),
      'with a fix',
    );
    return placeholder;
  }

  it('offers no fix whose text moved, when asked with the diagnostics of the version before', async function () {
    const diagnostics = await placeholderDiagnostic();
    // Typing before the placeholder on its line moves it; the client still holds version 1's diagnostics.
    await client.replaceText(URI, 2, LETTER.replace('position at', 'new position at'));
    const actions = await codeActions(diagnostics);
    for (const action of actions) {
      for (const change of action.edit?.documentChanges ?? []) {
        const edit = change as TextDocumentEdit;
        if (edit.textDocument?.uri === URI) assert.equal(edit.textDocument.version, 2, action.title);
      }
    }
    const fixes = actions.filter((a) => (diagnostics[0]!.data as { fixes: { title: string }[] }).fixes.some((f) => f.title === a.title));
    assert.deepEqual(fixes, [], 'the placeholder fixes are not offered');
  });

  it('offers a fix whose text is still where it was, versioned for the current document', async function () {
    const diagnostics = await placeholderDiagnostic();
    // Typing after the placeholder leaves it where it was.
    await client.replaceText(URI, 2, LETTER.replace('Best,', 'Best regards,'));
    const actions = await codeActions(diagnostics);
    const titles = new Set((diagnostics[0]!.data as { fixes: { title: string }[] }).fixes.map((f) => f.title));
    const fixes = actions.filter((a) => titles.has(a.title));
    assert.ok(fixes.length > 0, `expected the placeholder fixes among ${actions.map((a) => a.title).join(', ')}`);
    for (const fix of fixes) assert.equal((fix.edit?.documentChanges?.[0] as TextDocumentEdit).textDocument.version, 2);
  });
});
