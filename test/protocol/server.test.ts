/**
 * End-to-end tests of dist/server.js over stdio, as any LSP client would use it.
 * Tests under "with the engine's rules" need real findings for WEAK_LETTER and
 * fail while the engine is still a stub.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type CodeAction,
  CodeActionRequest,
  type Diagnostic,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  MessageType,
  type PublishDiagnosticsParams,
  RequestType,
  TextDocumentSyncKind,
} from 'vscode-languageserver-protocol/node';
import { checkDocumentRequest, type CheckDocumentParams, type CheckDocumentResult, DIAGNOSTIC_SOURCE } from '../../shared/src/protocol';
import { LspTestClient } from '../helpers/lspTestClient';
import { REPO_ROOT } from '../helpers/paths';
import { WEAK_LETTER, WEAK_LETTER_CODES } from '../helpers/sampleLetters';

const LETTER_URI = pathToFileURL('/tmp/x/my-cover-letter.md').href;
const NOTES_URI = pathToFileURL('/tmp/x/notes.md').href;
const README_URI = pathToFileURL(path.join(REPO_ROOT, 'README.md')).href;

// The request type from shared/, re-created with this side's class so the test
// also proves the method name and shapes in shared/ are what the server answers.
const checkDocument = new RequestType<CheckDocumentParams, CheckDocumentResult, void>(checkDocumentRequest.method);

describe('language server over stdio', function () {
  let client: LspTestClient;

  afterEach(async function () {
    const exitCode = await client?.stop();
    assert.equal(exitCode, 0, 'the server should exit with 0 after shutdown and exit');
  });

  async function open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version, text },
    });
  }

  function published(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return client.waitForDiagnostics(
      uri,
      (p) => version === undefined || p.version === version,
      `diagnostics for ${uri}${version === undefined ? '' : ` version ${version}`}`,
    );
  }

  describe('with any engine', function () {
    beforeEach(async function () {
      client = await LspTestClient.start({ settings: { debounceMs: 0 } });
    });

    it('announces incremental sync, quick fixes, fix-all and hover', function () {
      const capabilities = client.initializeResult!.capabilities;
      assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental });
      assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.coverLetter'] });
      assert.equal(capabilities.hoverProvider, true);
    });

    it('registers for configuration changes and reads settings per document', async function () {
      await open(LETTER_URI, WEAK_LETTER);
      await published(LETTER_URI, 1);
      assert.ok(client.registrations.some((r) => r.method === DidChangeConfigurationNotification.method));
      assert.ok(
        client.configurationRequests.some((items) => items.some((i) => i.section === 'coverLetter' && i.scopeUri === LETTER_URI)),
        'expected a workspace/configuration request for the coverLetter section scoped to the letter',
      );
    });

    it('publishes diagnostics for the version after an incremental change', async function () {
      await open(LETTER_URI, WEAK_LETTER);
      await published(LETTER_URI, 1);
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: LETTER_URI, version: 2 },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 23 } }, text: 'Dear Ms. Rivera,' }],
      });
      const second = await published(LETTER_URI, 2);
      assert.ok(Array.isArray(second.diagnostics));
    });

    it('drops a check whose document changed while it waited for settings', async function () {
      let release!: () => void;
      client.configurationGate = new Promise((resolve) => (release = resolve));
      await open(LETTER_URI, WEAK_LETTER);
      // The server now waits for its settings to check version 1; version 2 arrives meanwhile.
      await client.waitUntil(() => (client.configurationRequests.length > 0 ? true : undefined), 'a configuration request');
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: LETTER_URI, version: 2 },
        contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'x' }],
      });
      release();
      await published(LETTER_URI, 2);
      assert.deepEqual(
        client.published.get(LETTER_URI)!.map((p) => p.version),
        [2],
      );
    });

    it('debounces quick edits into checks of the latest version', async function () {
      client.settings = { debounceMs: 200 };
      await open(LETTER_URI, WEAK_LETTER);
      await published(LETTER_URI, 1);
      const before = client.published.get(LETTER_URI)!.length;
      for (let version = 2; version <= 6; version++) {
        await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
          textDocument: { uri: LETTER_URI, version },
          contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'x' }],
        });
      }
      await published(LETTER_URI, 6);
      const versions = client.published
        .get(LETTER_URI)!
        .slice(before)
        .map((p) => p.version!);
      assert.equal(versions.at(-1), 6);
      assert.ok(versions.length < 5, `five quick edits should not each be checked: ${versions.join(', ')}`);
      assert.deepEqual(
        [...versions].sort((a, b) => a - b),
        versions,
        'versions must only go forward',
      );
    });

    it('publishes empty diagnostics for a document that is not a cover letter', async function () {
      await open(NOTES_URI, WEAK_LETTER);
      const params = await published(NOTES_URI, 1);
      assert.deepEqual(params.diagnostics, []);
    });

    it('ignores languages other than markdown and plaintext', async function () {
      await open(pathToFileURL('/tmp/x/cover-letter.html').href, WEAK_LETTER, 'html');
      const params = await published(pathToFileURL('/tmp/x/cover-letter.html').href, 1);
      assert.deepEqual(params.diagnostics, []);
    });

    it('answers checkDocumentRequest for open and unknown documents', async function () {
      await open(NOTES_URI, WEAK_LETTER);
      await published(NOTES_URI, 1);
      const next = client.nextDiagnostics(NOTES_URI, 'diagnostics after checkDocumentRequest');
      assert.deepEqual(await client.connection.sendRequest(checkDocument, { uri: NOTES_URI }), { checked: true });
      await next;
      const unknown = await client.connection.sendRequest(checkDocument, { uri: pathToFileURL('/tmp/x/never-opened.md').href });
      assert.deepEqual(unknown, { checked: false });
    });

    it('clears diagnostics when the document closes', async function () {
      await open(LETTER_URI, WEAK_LETTER);
      await published(LETTER_URI, 1);
      const next = client.nextDiagnostics(LETTER_URI, 'diagnostics after close');
      await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: LETTER_URI } });
      const cleared = await next;
      assert.deepEqual(cleared.diagnostics, []);
    });

    it('re-checks open documents when the configuration changes', async function () {
      await open(LETTER_URI, WEAK_LETTER);
      await published(LETTER_URI, 1);
      const requestsBefore = client.configurationRequests.length;
      const next = client.nextDiagnostics(LETTER_URI, 'diagnostics after didChangeConfiguration');
      client.settings = { debounceMs: 0, files: [] };
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      const params = await next;
      assert.ok(client.configurationRequests.length > requestsBefore, 'settings should be read again');
      assert.deepEqual(params.diagnostics, [], 'with no file globs the letter is no longer checked');
    });

    it('warns about malformed settings by name and keeps working with the defaults', async function () {
      client.settings = { debounceMs: 'soon', files: 42, industry: 'mining' };
      await open(LETTER_URI, WEAK_LETTER);
      await published(LETTER_URI, 1);
      for (const key of ['coverLetter.debounceMs', 'coverLetter.files', 'coverLetter.industry']) {
        await client.waitForLog((m) => m.type === MessageType.Warning && m.message.includes(key), `a warning naming ${key}`);
      }
    });

    it('offers no quick fix for a document it does not have: none could be checked against its text', async function () {
      // Not opened: a fix carried in diagnostic data cannot be verified, so it is not offered.
      const range = { start: { line: 2, character: 0 }, end: { line: 2, character: 35 } };
      const data = { fixes: [{ title: 'Open with X', edits: [{ range, newText: 'Your platform team shipped X.' }] }], version: 1 };
      const ours: Diagnostic = { range, message: 'Generic opener', source: DIAGNOSTIC_SOURCE, code: 'generic-opener', data };
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri: LETTER_URI },
        range,
        context: { diagnostics: [ours] },
      })) as CodeAction[];
      assert.deepEqual(actions, []);
    });

    it('uses the defaults when the client cannot serve workspace/configuration', async function () {
      await client.stop();
      client = await LspTestClient.start({ pullConfiguration: false });
      await open(LETTER_URI, WEAK_LETTER);
      await published(LETTER_URI, 1);
      assert.equal(client.configurationRequests.length, 0);
    });
  });

  describe("with the engine's rules", function () {
    beforeEach(async function () {
      client = await LspTestClient.start({ settings: { debounceMs: 0 } });
    });

    function codes(diagnostics: readonly Diagnostic[]): string[] {
      return diagnostics.map((d) => String(d.code));
    }

    it('flags the weak letter with source, code and a link to the rule docs', async function () {
      await open(LETTER_URI, WEAK_LETTER);
      const { diagnostics } = await published(LETTER_URI, 1);
      for (const code of WEAK_LETTER_CODES) assert.ok(codes(diagnostics).includes(code), `expected ${code} in ${codes(diagnostics).join(', ')}`);
      for (const d of diagnostics) {
        assert.equal(d.source, DIAGNOSTIC_SOURCE);
        assert.equal(d.codeDescription?.href, `${README_URI}#${String(d.code)}`);
        assert.match(d.codeDescription.href, /^file:\/\/.*README\.md#[a-z0-9-]+$/);
        assert.ok(d.severity !== undefined && d.severity >= DiagnosticSeverity.Error && d.severity <= DiagnosticSeverity.Hint);
        assert.ok(Array.isArray((d.data as { fixes?: unknown }).fixes));
      }
      const salutation = diagnostics.find((d) => d.code === 'generic-salutation')!;
      const opener = diagnostics.find((d) => d.code === 'generic-opener')!;
      assert.equal(salutation.range.start.line, 0);
      assert.equal(opener.range.start.line, 2);
    });

    it('updates the diagnostics after an incremental edit removes the salutation', async function () {
      await open(LETTER_URI, WEAK_LETTER);
      await published(LETTER_URI, 1);
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: LETTER_URI, version: 2 },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 23 } }, text: 'Dear Ms. Rivera,' }],
      });
      const { diagnostics } = await published(LETTER_URI, 2);
      assert.ok(!codes(diagnostics).includes('generic-salutation'), `salutation was fixed, still got ${codes(diagnostics).join(', ')}`);
      const opener = diagnostics.find((d) => d.code === 'generic-opener');
      assert.ok(opener, 'the opener is still generic');
      assert.equal(opener.range.start.line, 2);
    });

    it('checks a non-matching document only once asked to', async function () {
      await open(NOTES_URI, WEAK_LETTER);
      assert.deepEqual((await published(NOTES_URI, 1)).diagnostics, []);
      const next = client.nextDiagnostics(NOTES_URI, 'diagnostics after checkDocumentRequest');
      await client.connection.sendRequest(checkDocument, { uri: NOTES_URI });
      const { diagnostics } = await next;
      for (const code of WEAK_LETTER_CODES) assert.ok(codes(diagnostics).includes(code), `expected ${code} in ${codes(diagnostics).join(', ')}`);
    });

    it('offers the fixes of published diagnostics as quick fixes', async function () {
      await open(LETTER_URI, WEAK_LETTER);
      const { diagnostics } = await published(LETTER_URI, 1);
      const withFixes = diagnostics.filter((d) => (d.data as { fixes: unknown[] }).fixes.length > 0);
      assert.ok(withFixes.length > 0, 'expected the engine to offer at least one fix for the weak letter');
      for (const diagnostic of withFixes) {
        const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
          textDocument: { uri: LETTER_URI },
          range: diagnostic.range,
          context: { diagnostics: [diagnostic] },
        })) as CodeAction[];
        const fixes = (diagnostic.data as { fixes: { title: string; edits: unknown[] }[] }).fixes;
        // The diagnostic's own fixes come first; fix-all and silencing actions follow.
        // As edits versioned for the checked document, without the text each edit replaces (kept in data to check them).
        assert.deepEqual(
          actions.slice(0, fixes.length).map((a) => ({ title: a.title, edits: a.edit?.documentChanges })),
          fixes.map((f) => ({
            title: f.title,
            edits: [
              {
                textDocument: { uri: LETTER_URI, version: 1 },
                edits: (f.edits as { range: unknown; newText: string }[]).map((e) => ({ range: e.range, newText: e.newText })),
              },
            ],
          })),
        );
        assert.equal(actions[0]!.isPreferred, true);
        assert.ok(actions.slice(fixes.length).every((a) => !a.isPreferred));
      }
    });

    it('applies the rules setting', async function () {
      client.settings = { debounceMs: 0, rules: { 'generic-opener': 'off', 'generic-salutation': 'error' } };
      await open(LETTER_URI, WEAK_LETTER);
      const { diagnostics } = await published(LETTER_URI, 1);
      assert.ok(!codes(diagnostics).includes('generic-opener'));
      assert.equal(diagnostics.find((d) => d.code === 'generic-salutation')?.severity, DiagnosticSeverity.Error);
    });
  });
});
