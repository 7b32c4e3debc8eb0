/**
 * The silencing quick actions over stdio, with a real workspace folder on disk:
 * the shape of each WorkspaceEdit, and what applying it does to the files.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type CodeAction,
  CodeActionRequest,
  type CreateFile,
  type Diagnostic,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parse } from 'jsonc-parser';
import { LspTestClient } from '../helpers/lspTestClient';
import { TempDir } from '../helpers/tempFiles';

const LETTER = 'Dear Ms. Rivera,\n\nIn order to cut cost, I rewrote the cache.\n';

describe('silencing quick actions', function () {
  let client: LspTestClient;
  let dir: TempDir;
  let letterPath: string;
  let letterUri: string;

  beforeEach(async function () {
    dir = new TempDir();
    dir.mkdir('cover-letters');
    letterPath = dir.write('cover-letters/acme.md', LETTER);
    letterUri = pathToFileURL(letterPath).href;
    client = await LspTestClient.start({ settings: { debounceMs: 0 }, workspaceFolders: [dir.path] });
  });

  afterEach(async function () {
    assert.equal(await client.stop(), 0);
    dir.dispose();
  });

  async function openLetter(text = LETTER, version = 1): Promise<Diagnostic> {
    if (version === 1) await client.open(letterUri, text);
    else await client.replaceText(letterUri, version, text);
    const { diagnostics } = await client.diagnosticsOf(letterUri, version);
    const wordy = diagnostics.find((d) => d.code === 'wordy-phrase');
    assert.ok(wordy, `expected "In order to" to be flagged, got ${diagnostics.map((d) => d.code).join(', ')}`);
    return wordy;
  }

  async function actionTitled(diagnostic: Diagnostic, title: string): Promise<CodeAction> {
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: letterUri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    const action = actions.find((a) => a.title === title);
    assert.ok(action, `no "${title}" among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(action.kind, 'quickfix');
    return action;
  }

  function applyText(text: string, edits: TextDocumentEdit['edits']): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x', 'jsonc', 0, text), edits as TextEdit[]);
  }

  async function configChanged(filePath: string, type: FileChangeType): Promise<void> {
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(filePath).href, type }],
    });
  }

  it('"Ignore this occurrence" creates the config file at the workspace root when there is none', async function () {
    const wordy = await openLetter();
    const action = await actionTitled(wordy, 'Ignore this occurrence');
    const rootConfig = path.join(dir.path, '.coverletterrc.json');
    const configUri = pathToFileURL(rootConfig).href;
    const [create, edit, ...rest] = action.edit!.documentChanges!;
    assert.deepEqual(rest, []);
    assert.deepEqual(create, { kind: 'create', uri: configUri, options: { ignoreIfExists: true } });
    const textEdit = edit as TextDocumentEdit;
    assert.deepEqual(textEdit.textDocument, { uri: configUri, version: null });
    assert.equal(textEdit.edits.length, 1);
    assert.deepEqual((textEdit.edits[0] as TextEdit).range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    const written = applyText('', textEdit.edits);
    assert.deepEqual(JSON.parse(written), { ignore: [{ rule: 'wordy-phrase', text: 'In order to' }] });
    assert.ok(written.endsWith('\n'));

    // Applied and saved, the occurrence is no longer reported.
    fs.writeFileSync(rootConfig, written);
    const next = client.nextDiagnostics(letterUri, 'diagnostics after the config file appeared');
    await configChanged(rootConfig, FileChangeType.Created);
    const { diagnostics } = await next;
    assert.ok(!diagnostics.some((d) => d.code === 'wordy-phrase'), 'the ignored occurrence is gone');
  });

  it('"Ignore this occurrence" adds to the nearest config file and keeps its comments', async function () {
    const nearer = dir.write('cover-letters/.coverletterrc.json', '{\n    // Words for this company\n    "words": ["Cordillera"]\n}\n');
    dir.write('.coverletterrc.json', '{}\n');
    const wordy = await openLetter();
    const action = await actionTitled(wordy, 'Ignore this occurrence');
    const [edit, ...rest] = action.edit!.documentChanges!;
    assert.deepEqual(rest, []);
    const textEdit = edit as TextDocumentEdit;
    assert.deepEqual(textEdit.textDocument, { uri: pathToFileURL(nearer).href, version: null });
    const after = applyText(fs.readFileSync(nearer, 'utf8'), textEdit.edits);
    assert.match(after, /\/\/ Words for this company/);
    assert.match(after, /\n {4}"ignore"/, 'written in the file’s own indentation');
    assert.deepEqual(parse(after), { words: ['Cordillera'], ignore: [{ rule: 'wordy-phrase', text: 'In order to' }] });
  });

  it('"Disable <rule> in this file" puts an inline comment at the top, or after the front matter', async function () {
    let wordy = await openLetter();
    let action = await actionTitled(wordy, 'Disable wordy-phrase in this file');
    assert.deepEqual(action.edit!.documentChanges, [
      {
        textDocument: { uri: letterUri, version: 1 },
        edits: [
          { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '<!-- coach-disable-file wordy-phrase -->\n' },
        ],
      },
    ]);

    const withFrontMatter = `---\ncompany: Acme\n---\n${LETTER}`;
    wordy = await openLetter(withFrontMatter, 2);
    action = await actionTitled(wordy, 'Disable wordy-phrase in this file');
    const edit = action.edit?.documentChanges?.[0] as TextDocumentEdit;
    assert.deepEqual(edit.textDocument, { uri: letterUri, version: 2 });
    const after = applyText(withFrontMatter, edit.edits);
    assert.equal(after, `---\ncompany: Acme\n---\n<!-- coach-disable-file wordy-phrase -->\n${LETTER}`);

    // The engine honours the comment.
    const { diagnostics } = await (async () => {
      await client.replaceText(letterUri, 3, after);
      return client.diagnosticsOf(letterUri, 3);
    })();
    assert.ok(!diagnostics.some((d) => d.code === 'wordy-phrase'));
  });

  it('"Disable <rule> in this file" extends an existing disable-file comment', async function () {
    const text = `<!-- coach-disable-file hedging -->\n${LETTER}`;
    const wordy = await openLetter(text);
    const action = await actionTitled(wordy, 'Disable wordy-phrase in this file');
    const edit = action.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(applyText(text, edit.edits), `<!-- coach-disable-file hedging wordy-phrase -->\n${LETTER}`);
  });

  it('"Disable <rule> in workspace" sets the rule off in the workspace root config, keeping what is there', async function () {
    const rootConfig = dir.write('.coverletterrc.json', '{\n  // our house style\n  "rules": { "hedging": "error" }\n}\n');
    const wordy = await openLetter();
    const action = await actionTitled(wordy, 'Disable wordy-phrase in workspace');
    const [edit, ...rest] = action.edit!.documentChanges!;
    assert.deepEqual(rest, []);
    const textEdit = edit as TextDocumentEdit;
    assert.deepEqual(textEdit.textDocument, { uri: pathToFileURL(rootConfig).href, version: null });
    const after = applyText(fs.readFileSync(rootConfig, 'utf8'), textEdit.edits);
    assert.match(after, /\/\/ our house style/);
    assert.deepEqual(parse(after), { rules: { hedging: 'error', 'wordy-phrase': 'off' } });

    fs.writeFileSync(rootConfig, after);
    const next = client.nextDiagnostics(letterUri, 'diagnostics after the config file changed');
    await configChanged(rootConfig, FileChangeType.Changed);
    assert.ok(!(await next).diagnostics.some((d) => d.code === 'wordy-phrase'));
  });

  it('"Disable <rule> in workspace" creates the root config when there is none', async function () {
    const wordy = await openLetter();
    const action = await actionTitled(wordy, 'Disable wordy-phrase in workspace');
    const [create, edit] = action.edit!.documentChanges!;
    assert.equal((create as CreateFile).kind, 'create');
    assert.deepEqual(JSON.parse(applyText('', (edit as TextDocumentEdit).edits)), { rules: { 'wordy-phrase': 'off' } });
  });

  it('offers to add a misspelt word to the workspace dictionary', async function () {
    await client.stop();
    client = await LspTestClient.start({ settings: { debounceMs: 0 }, workspaceFolders: [dir.path], spelling: true });
    await client.open(letterUri, 'Dear Ms. Rivera,\n\nI rewrote the cahce.\n');
    const misspelt = await client.misspelt(letterUri, 'cahce');
    const action = await actionTitled(misspelt, 'Add “cahce” to the workspace dictionary');
    const [create, edit] = action.edit!.documentChanges!;
    assert.deepEqual(create, {
      kind: 'create',
      uri: pathToFileURL(path.join(dir.path, '.coverletterrc.json')).href,
      options: { ignoreIfExists: true },
    });
    assert.deepEqual(JSON.parse(applyText('', (edit as TextDocumentEdit).edits)), { words: ['cahce'] });
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: letterUri },
      range: misspelt.range,
      context: { diagnostics: [misspelt] },
    })) as CodeAction[];
    assert.ok(!actions.some((a) => a.command !== undefined), 'no user-dictionary command for a client that did not announce it');
  });

  it('offers to add a misspelt word to the user dictionary when the client has the command', async function () {
    await client.stop();
    client = await LspTestClient.start({
      settings: { debounceMs: 0 },
      workspaceFolders: [dir.path],
      spelling: true,
      initializationOptions: { commands: ['coverLetter.addToUserDictionary'] },
    });
    await client.open(letterUri, 'Dear Ms. Rivera,\n\nI rewrote the cahce.\n');
    const misspelt = await client.misspelt(letterUri, 'cahce');
    const action = await actionTitled(misspelt, 'Add “cahce” to the user dictionary');
    assert.equal(action.edit, undefined, 'the client changes its own settings');
    assert.deepEqual(action.command, {
      title: 'Add “cahce” to the user dictionary',
      command: 'coverLetter.addToUserDictionary',
      arguments: ['cahce'],
    });
    assert.deepEqual(action.diagnostics, [misspelt]);
    await actionTitled(misspelt, 'Add “cahce” to the workspace dictionary');
  });

  it('offers no config edits into a config file that is not valid JSON', async function () {
    dir.write('.coverletterrc.json', '{ "rules": ');
    const wordy = await openLetter();
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: letterUri },
      range: wordy.range,
      context: { diagnostics: [wordy] },
    })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Disable wordy-phrase in this file'));
    assert.ok(!titles.includes('Ignore this occurrence'), titles.join(' | '));
    assert.ok(!titles.includes('Disable wordy-phrase in workspace'), titles.join(' | '));
  });
});
