/**
 * Fix-all over stdio: every auto-fixable problem at once (the source.fixAll.coverLetter
 * kind, as editor.codeActionsOnSave asks for it) and all problems of one rule.
 * The expected edits come from the engine itself, so the test checks the server's
 * plumbing rather than any one rule's wording.
 */
import * as assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import {
  type CodeAction,
  CodeActionRequest,
  type Diagnostic,
  DidChangeConfigurationNotification,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, applyEdits, fixAllEdits } from '../../server/src/engine';
import { FIX_ALL_CODE_ACTION_KIND } from '../../shared/src/protocol';
import { LspTestClient } from '../helpers/lspTestClient';

const LETTER_URI = pathToFileURL('/tmp/x/my-cover-letter.md').href;
const LETTER = 'Dear Ms. Rivera,\n\nIn order to cut cost, I utilized the the cache. It worked in order to help.\n';

describe('fix-all code actions', function () {
  let client: LspTestClient;

  beforeEach(async function () {
    client = await LspTestClient.start({ settings: { debounceMs: 0 } });
  });

  afterEach(async function () {
    assert.equal(await client.stop(), 0);
  });

  function codeActions(diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
    return client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: LETTER_URI },
      range,
      context: only === undefined ? { diagnostics } : { diagnostics, only },
    }) as Promise<CodeAction[]>;
  }

  /** The one versioned document edit an action carries. */
  function documentEdit(action: CodeAction): TextDocumentEdit {
    const changes = action.edit?.documentChanges;
    assert.ok(changes && changes.length === 1, `expected one document change in ${JSON.stringify(action.edit)}`);
    return changes[0] as TextDocumentEdit;
  }

  function apply(text: string, edits: TextDocumentEdit['edits']): string {
    return TextDocument.applyEdits(TextDocument.create(LETTER_URI, 'markdown', 0, text), edits as TextEdit[]);
  }

  it('offers source.fixAll.coverLetter with the engine’s fix-all edits, for the checked version', async function () {
    await client.open(LETTER_URI, LETTER);
    await client.diagnosticsOf(LETTER_URI, 1);
    for (const only of [[FIX_ALL_CODE_ACTION_KIND], ['source.fixAll'], ['source']]) {
      const actions = await codeActions([], only);
      assert.equal(actions.length, 1, `one action for only=${only.join(',')}`);
      const [action] = actions;
      assert.equal(action!.kind, FIX_ALL_CODE_ACTION_KIND);
      const edit = documentEdit(action!);
      assert.deepEqual(edit.textDocument, { uri: LETTER_URI, version: 1 });
      const expected = applyEdits(LETTER, fixAllEdits(analyze(LETTER).findings));
      assert.notEqual(expected, LETTER, 'the letter should have auto-fixable problems');
      assert.equal(apply(LETTER, edit.edits), expected);
    }
  });

  it('offers no source action unless asked for one by kind', async function () {
    await client.open(LETTER_URI, LETTER);
    await client.diagnosticsOf(LETTER_URI, 1);
    assert.deepEqual(await codeActions([]), []);
    assert.deepEqual(await codeActions([], ['quickfix']), []);
    assert.deepEqual(await codeActions([], ['source.organizeImports']), []);
  });

  it('offers nothing when nothing can be fixed', async function () {
    const clean = 'Dear Ms. Rivera,\n\nI cut cost 40% by rewriting the cache.\n';
    assert.deepEqual(fixAllEdits(analyze(clean).findings), [], 'the engine has nothing to fix here');
    await client.open(LETTER_URI, clean);
    await client.diagnosticsOf(LETTER_URI, 1);
    assert.deepEqual(await codeActions([], [FIX_ALL_CODE_ACTION_KIND]), []);
  });

  it('checks an edit still waiting for its debounce before fixing, as on save right after typing', async function () {
    await client.open(LETTER_URI, 'Dear Ms. Rivera,\n\nI rewrote the cache.\n');
    await client.diagnosticsOf(LETTER_URI, 1);
    const rechecked = client.nextDiagnostics(LETTER_URI, 'diagnostics after the settings changed');
    client.settings = { debounceMs: 60000 };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await rechecked;
    await client.replaceText(LETTER_URI, 2, LETTER);
    const [action] = await codeActions([], [FIX_ALL_CODE_ACTION_KIND]);
    assert.ok(action, 'expected the fix-all action for version 2');
    const edit = documentEdit(action);
    assert.equal(edit.textDocument.version, 2);
    assert.equal(apply(LETTER, edit.edits), applyEdits(LETTER, fixAllEdits(analyze(LETTER).findings)));
    await client.diagnosticsOf(LETTER_URI, 2);
  });

  it('offers "Fix all <rule> problems in this file" for a rule with two or more fixable findings', async function () {
    await client.open(LETTER_URI, LETTER);
    const { diagnostics } = await client.diagnosticsOf(LETTER_URI, 1);
    const wordy = diagnostics.filter((d) => d.code === 'wordy-phrase');
    assert.ok(wordy.length >= 2, 'the letter has several wordy phrases');
    const actions = await codeActions([wordy[0]!]);
    const fixAll = actions.filter((a) => a.title === 'Fix all wordy-phrase problems in this file');
    assert.equal(fixAll.length, 1);
    assert.equal(fixAll[0]!.kind, 'quickfix');
    const expected = applyEdits(LETTER, fixAllEdits(analyze(LETTER).findings, { ruleIds: ['wordy-phrase'] }));
    assert.equal(apply(LETTER, documentEdit(fixAll[0]!).edits), expected);
    assert.doesNotMatch(expected, /in order to|utilized/i);
    assert.match(expected, /the the/, 'other rules are left alone');
  });

  it('does not offer fix-all for a rule with a single fixable finding', async function () {
    await client.open(LETTER_URI, LETTER);
    const { diagnostics } = await client.diagnosticsOf(LETTER_URI, 1);
    const repeated = diagnostics.filter((d) => d.code === 'repeated-word');
    assert.equal(repeated.length, 1);
    const actions = await codeActions(repeated);
    assert.ok(!actions.some((a) => a.title.startsWith('Fix all')), actions.map((a) => a.title).join(', '));
  });

  it('offers no fix-all for a rule whose fixes put a template in place of the sentence, but still each fix alone', async function () {
    const text = 'I am passionate about fraud models. I am passionate about shipping them, and I cut chargebacks by 30% last year.\n';
    await client.open(LETTER_URI, text);
    const { diagnostics } = await client.diagnosticsOf(LETTER_URI, 1);
    const passion = diagnostics.filter((d) => d.code === 'passion-cliche');
    assert.equal(passion.length, 2, 'two flagged sentences');
    const actions = await codeActions(passion);
    assert.ok(!actions.some((a) => a.title.startsWith('Fix all')), actions.map((a) => a.title).join(', '));
    assert.ok(
      actions.some((a) => a.title === 'Replace the sentence with an evidence template'),
      'the template is still offered for one finding at a time',
    );
  });
});
