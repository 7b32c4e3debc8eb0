/**
 * Two "Ignore this occurrence" actions in a row, the second asked for before the
 * server hears that the config file changed (issue 18): the second edit is made on
 * the file as it is on disk, so both entries are kept under one `ignore` key.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CodeAction, CodeActionRequest, type Diagnostic, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse, type ParseError } from 'jsonc-parser';
import { LspTestClient } from '../helpers/lspTestClient';
import { TempDir } from '../helpers/tempFiles';

const LETTER = 'Dear Ms. Rivera,\n\nIn order to cut cost, I rewrote the cache. I utilized the queue.\n';

describe('two ignore actions before the config file is re-read', function () {
  let client: LspTestClient;
  let dir: TempDir;

  beforeEach(async function () {
    dir = new TempDir();
    client = await LspTestClient.start({ settings: { debounceMs: 0 }, workspaceFolders: [dir.path] });
  });

  afterEach(async function () {
    assert.equal(await client.stop(), 0);
    dir.dispose();
  });

  async function ignore(uri: string, diagnostic: Diagnostic): Promise<TextDocumentEdit> {
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    const action = actions.find((a) => a.title.startsWith('Ignore this occurrence'));
    assert.ok(action, `no ignore action among ${actions.map((a) => a.title).join(' | ')}`);
    const edit = action.edit!.documentChanges!.find((c) => 'textDocument' in c) as TextDocumentEdit;
    return edit;
  }

  /** What the client does: apply the edit to the file's text and save it. */
  function applyAndSave(filePath: string, edit: TextDocumentEdit): void {
    const text = fs.existsSync(filePath) ? fs.readFileSync(filePath, 'utf8') : '';
    fs.writeFileSync(filePath, TextDocument.applyEdits(TextDocument.create('file:///x', 'jsonc', 0, text), edit.edits as TextEdit[]));
  }

  for (const start of [undefined, '{\n  "words": ["Cordillera"]\n}\n']) {
    it(`keeps both entries under one key (${start === undefined ? 'no config file yet' : 'an existing config file'})`, async function () {
      const configPath = path.join(dir.path, '.coverletterrc.json');
      if (start !== undefined) fs.writeFileSync(configPath, start);
      dir.mkdir('cover-letters');
      const letterPath = dir.write('cover-letters/acme.md', LETTER);
      const uri = pathToFileURL(letterPath).href;
      await client.open(uri, LETTER);
      const { diagnostics } = await client.diagnosticsOf(uri, 1);
      const flagged = diagnostics.filter((d) => ['In order to', 'utilized'].includes((d.data as { text?: string }).text ?? ''));
      assert.equal(flagged.length, 2, diagnostics.map((d) => `${d.code}: ${(d.data as { text?: string }).text}`).join(', '));

      applyAndSave(configPath, await ignore(uri, flagged[0]!));
      // No didChangeWatchedFiles yet: the server has not been told the file changed.
      applyAndSave(configPath, await ignore(uri, flagged[1]!));

      const written = fs.readFileSync(configPath, 'utf8');
      const errors: ParseError[] = [];
      const config = parse(written, errors) as { ignore?: unknown[] };
      assert.deepEqual(errors, [], written);
      assert.equal(written.match(/"ignore"/g)?.length, 1, `one ignore key in ${written}`);
      assert.equal(config.ignore?.length, 2, written);
    });
  }
});
