/**
 * `.coverletterrc.json` over stdio, with a real workspace folder on disk: merging
 * the root and nearer files with the settings, reporting bad files, reloading.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  type Diagnostic,
  DiagnosticSeverity,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidChangeWatchedFilesRegistrationOptions,
  FileChangeType,
  MessageType,
} from 'vscode-languageserver-protocol/node';
import { diagnosticText, LspTestClient } from '../helpers/lspTestClient';
import { TempDir } from '../helpers/tempFiles';

const LETTER = 'Dear Ms. Rivera,\n\nIn order to cut cost, I think I rewrote the cache with synergy.\n';

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

describe('the .coverletterrc.json config file', function () {
  let client: LspTestClient;
  let dir: TempDir;
  let letterUri: string;

  beforeEach(function () {
    dir = new TempDir();
    dir.mkdir('cover-letters/acme');
    letterUri = pathToFileURL(dir.write('cover-letters/acme/letter.md', LETTER)).href;
  });

  afterEach(async function () {
    assert.equal(await client.stop(), 0);
    dir.dispose();
  });

  async function start(settings: Record<string, unknown> = {}): Promise<void> {
    client = await LspTestClient.start({ settings: { debounceMs: 0, ...settings }, workspaceFolders: [dir.path] });
  }

  async function check(version = 1): Promise<Diagnostic[]> {
    if (version === 1) await client.open(letterUri, LETTER);
    else {
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: letterUri, version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }],
      });
    }
    return (await client.diagnosticsOf(letterUri, version)).diagnostics;
  }

  it('merges the root and nearer files over the settings: nearer wins per rule, lists add up', async function () {
    dir.write(
      '.coverletterrc.json',
      JSON.stringify({ rules: { 'wordy-phrase': 'off', hedging: 'error', buzzword: 'hint' }, phrases: [{ phrase: 'cut cost' }] }),
    );
    dir.write(
      'cover-letters/.coverletterrc.json',
      '// comments and trailing commas are fine\n{ "rules": { "hedging": "information", }, "phrases": [{ "phrase": "rewrote the cache", "message": "Say what changed." }] }',
    );
    await start({ rules: { buzzword: 'error', 'generic-salutation': 'error' } });
    const diagnostics = await check();
    assert.ok(!codes(diagnostics).includes('wordy-phrase'), 'root file turns wordy-phrase off');
    assert.equal(diagnostics.find((d) => d.code === 'hedging')?.severity, DiagnosticSeverity.Information, 'nearer file wins');
    assert.equal(diagnostics.find((d) => d.code === 'buzzword')?.severity, DiagnosticSeverity.Hint, 'a file wins over the settings');
    const custom = diagnostics.filter((d) => d.code === 'custom-phrase');
    assert.equal(custom.length, 2, 'phrases from both files');
    assert.ok(custom.some((d) => d.message === 'Say what changed.'));
  });

  it('reports a malformed file once, with its line and column, and applies the defaults', async function () {
    const configPath = dir.write('.coverletterrc.json', '{\n  "rules": {\n    "hedging": "off"\n    "buzzword": "off"\n  }\n}\n');
    await start();
    const diagnostics = await check();
    assert.ok(codes(diagnostics).includes('hedging'), 'the malformed file does not apply');
    const message = await client.waitUntil(
      () => client.shownMessages.find((m) => m.message.includes(configPath)),
      'a message naming the config file',
    );
    assert.equal(message.type, MessageType.Warning);
    assert.match(message.message, /line 4, column 5/);
    assert.match(message.message, /not valid JSON/);
    const inFile = await client.waitForDiagnostics(pathToFileURL(configPath).href, (p) => p.diagnostics.length > 0, 'diagnostics in the config file');
    assert.deepEqual(inFile.diagnostics[0]!.range.start, { line: 3, character: 4 });
    assert.equal(inFile.diagnostics[0]!.severity, DiagnosticSeverity.Error);

    await check(2);
    await check(3);
    assert.equal(client.shownMessages.filter((m) => m.message.includes(configPath)).length, 1, 'reported once, not at every check');
  });

  it('warns once about an unknown rule id or a bad severity, naming the entry, and applies the rest', async function () {
    const configPath = dir.write(
      '.coverletterrc.json',
      JSON.stringify({ rules: { 'no-such-rule': 'off', hedging: 'loud', 'wordy-phrase': 'off' } }, null, 2),
    );
    await start();
    const diagnostics = await check();
    assert.ok(!codes(diagnostics).includes('wordy-phrase'), 'the good entry applies');
    assert.ok(codes(diagnostics).includes('hedging'), 'the bad severity is ignored');
    const unknown = await client.waitUntil(
      () => client.shownMessages.find((m) => m.message.includes('rules.no-such-rule')),
      'a warning about the unknown rule',
    );
    assert.equal(unknown.type, MessageType.Warning);
    assert.match(unknown.message, /there is no rule "no-such-rule"/);
    assert.ok(unknown.message.includes(configPath));
    const severity = await client.waitUntil(
      () => client.shownMessages.find((m) => m.message.includes('rules.hedging')),
      'a warning about the bad severity',
    );
    assert.match(severity.message, /got "loud"/);
    await check(2);
    assert.equal(client.shownMessages.length, 2);
    const inFile = await client.waitForDiagnostics(
      pathToFileURL(configPath).href,
      (p) => p.diagnostics.length === 2,
      'two diagnostics in the config file',
    );
    assert.ok(inFile.diagnostics.every((d) => d.severity === DiagnosticSeverity.Warning));
  });

  it('watches config files and re-checks open letters when one changes', async function () {
    await start();
    assert.ok(codes(await check()).includes('wordy-phrase'));
    const registration = await client.waitUntil(
      () => client.registrations.find((r) => r.method === DidChangeWatchedFilesNotification.method),
      'a file watcher registration',
    );
    const watchers = (registration.registerOptions as DidChangeWatchedFilesRegistrationOptions).watchers;
    assert.ok(
      watchers.some((watcher) => watcher.globPattern === '**/.coverletterrc.json'),
      JSON.stringify(watchers),
    );

    const configPath = dir.write('cover-letters/acme/.coverletterrc.json', '{ "rules": { "wordy-phrase": "off" } }');
    let next = client.nextDiagnostics(letterUri, 'diagnostics after the config file appeared');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(configPath).href, type: FileChangeType.Created }],
    });
    assert.ok(!codes((await next).diagnostics).includes('wordy-phrase'));

    fs.rmSync(configPath);
    next = client.nextDiagnostics(letterUri, 'diagnostics after the config file was deleted');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(configPath).href, type: FileChangeType.Deleted }],
    });
    assert.ok(codes((await next).diagnostics).includes('wordy-phrase'));
  });

  it('passes the words of the settings and the config files to the spelling rule', async function () {
    dir.write('.coverletterrc.json', JSON.stringify({ words: ['rewritted'] }));
    client = await LspTestClient.start({ settings: { debounceMs: 0, words: ['cachey'] }, workspaceFolders: [dir.path], spelling: true });
    const text = 'Dear Ms. Rivera,\n\nI rewritted the cachey layre.\n';
    await client.open(letterUri, text);
    const withSpelling = await client.waitForDiagnostics(
      letterUri,
      (p) => p.diagnostics.some((d) => d.code === 'spelling'),
      'spelling diagnostics once the dictionaries are loaded',
    );
    const flagged = withSpelling.diagnostics.filter((d) => d.code === 'spelling').map(diagnosticText);
    assert.ok(
      flagged.some((m) => m.includes('layre')),
      flagged.join(' | '),
    );
    assert.ok(!flagged.some((m) => m.includes('rewritted') || m.includes('cachey')), flagged.join(' | '));
  });
});
