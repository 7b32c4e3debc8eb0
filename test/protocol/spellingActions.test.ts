/**
 * Spelling suggestions over stdio: diagnostics arrive without them (the check
 * that runs on every keystroke never waits for the dictionary's search), and
 * the quick-fix menu looks them up for the word the diagnostic names.
 */
import * as assert from 'node:assert/strict';
import { type CodeAction, CodeActionRequest, CodeActionTriggerKind, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspTestClient } from '../helpers/lspTestClient';

const URI = 'file:///letters/cover-letter.md';
const LETTER = 'Dear Ms. Rivera,\n\nI rewrote the cahce and recieved the award.\n';

describe('spelling suggestions on request', function () {
  let client: LspTestClient;

  beforeEach(async function () {
    client = await LspTestClient.start({ settings: { debounceMs: 0 }, spelling: true });
    await client.open(URI, LETTER);
  });

  afterEach(async function () {
    assert.equal(await client.stop(), 0);
  });

  const misspelt = (word: string): Promise<Diagnostic> => client.misspelt(URI, word);

  function actions(diagnostic: Diagnostic, triggerKind?: CodeActionTriggerKind): Promise<CodeAction[]> {
    return client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: URI },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], ...(triggerKind ? { triggerKind } : {}) },
    }) as Promise<CodeAction[]>;
  }

  it('flags the word without suggestions, then offers them as exact edits when asked', async function () {
    const cahce = await misspelt('cahce');
    assert.equal(cahce.message, '“cahce” is not in the dictionary.');
    const offered = await actions(cahce, CodeActionTriggerKind.Invoked);
    const change = offered.find((a) => a.title === 'Change to “cache”');
    assert.ok(change, offered.map((a) => a.title).join(', '));
    assert.equal(change.isPreferred, true, 'the best suggestion is preferred');
    // Versioned, so the client refuses it if the letter changed meanwhile.
    assert.deepEqual(change.edit?.documentChanges, [{ textDocument: { uri: URI, version: 1 }, edits: [{ range: cahce.range, newText: 'cache' }] }]);
  });

  it('answers the lightbulb’s automatic request only with suggestions already known', async function () {
    const recieved = await misspelt('recieved');
    const automatic = await actions(recieved, CodeActionTriggerKind.Automatic);
    assert.ok(!automatic.some((a) => a.title.startsWith('Change to')), automatic.map((a) => a.title).join(', '));
    assert.ok(
      automatic.some((a) => a.title.startsWith('Add “recieved”')),
      'the dictionary actions still show the lightbulb',
    );
    await actions(recieved, CodeActionTriggerKind.Invoked);
    const again = await actions(recieved, CodeActionTriggerKind.Automatic);
    assert.ok(
      again.some((a) => a.title === 'Change to “received”'),
      again.map((a) => a.title).join(', '),
    );
  });

  it('offers no suggestion once the word under the diagnostic has changed', async function () {
    const cahce = await misspelt('cahce');
    await client.replaceText(URI, 2, LETTER.replace('cahce', 'cache'));
    const offered = await actions(cahce, CodeActionTriggerKind.Invoked);
    assert.ok(!offered.some((a) => a.title.startsWith('Change to')), offered.map((a) => a.title).join(', '));
  });
});
