/**
 * A check that runs past its time budget is stopped, and the letter gets one
 * `check-took-too-long` notice instead of a frozen editor (issue 18). The server
 * runs its checks in a worker; a test-only marker makes a check never end.
 */
import * as assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { pingRequest } from '../../shared/src/protocol';
import { LspTestClient } from '../helpers/lspTestClient';
import { withTimeout } from '../helpers/timeout';

const STALLED = pathToFileURL('/tmp/budget/stalled-cover-letter.md').href;
const OTHER = pathToFileURL('/tmp/budget/other-cover-letter.md').href;
const MARKER = 'stall-marker-91c2';
const LETTER = 'Dear Ms. Rivera,\n\nI think I shipped the ranking model.\n';
const STOPPED_LOG = /was stopped: The check ran past its time budget/;

describe('a check past its time budget', function () {
  let client: LspTestClient;

  beforeEach(async function () {
    client = await LspTestClient.start({
      settings: { debounceMs: 0 },
      env: { COVER_LETTER_CHECK_BUDGET_MS: '1500', COVER_LETTER_TEST_STALL_MARKER: MARKER },
    });
  });

  afterEach(async function () {
    assert.equal(await client.stop(), 0);
  });

  it('is stopped with one notice, keeps the server answering, and is not checked again until the text changes', async function () {
    await client.open(STALLED, `${LETTER}${MARKER}\n`);
    // While the worker is stuck, the server's main thread still answers.
    assert.deepEqual(await withTimeout(client.connection.sendRequest(pingRequest), 1000, 'the ping answer'), { alive: true });
    await client.open(OTHER, LETTER);

    const { diagnostics } = await client.diagnosticsOf(STALLED, 1);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['check-took-too-long'],
    );
    assert.equal(diagnostics[0]!.severity, 2);
    assert.match(diagnostics[0]!.message as string, /ran past 1\.5 seconds and was stopped/);

    // Another document is checked by the fresh worker.
    const other = await client.diagnosticsOf(OTHER, 1);
    assert.ok(other.diagnostics.some((d) => d.code === 'hedging'));

    // The same text again: the notice, without another check that would run out again.
    await client.replaceText(STALLED, 2, `${LETTER}${MARKER}\n`);
    const again = await client.diagnosticsOf(STALLED, 2);
    assert.deepEqual(
      again.diagnostics.map((d) => d.code),
      ['check-took-too-long'],
    );
    assert.equal(client.logMessages.filter((m) => STOPPED_LOG.test(m.message)).length, 1);

    // Edited: checked again, as usual.
    await client.replaceText(STALLED, 3, LETTER);
    const edited = await client.diagnosticsOf(STALLED, 3);
    assert.ok(edited.diagnostics.some((d) => d.code === 'hedging'));
    assert.ok(!edited.diagnostics.some((d) => d.code === 'check-took-too-long'));
  });

  it('gives nothing when the settings turn the notice off', async function () {
    await client.stop();
    client = await LspTestClient.start({
      settings: { debounceMs: 0, rules: { 'check-took-too-long': 'off' } },
      env: { COVER_LETTER_CHECK_BUDGET_MS: '1500', COVER_LETTER_TEST_STALL_MARKER: MARKER },
    });
    await client.open(STALLED, `${LETTER}${MARKER}\n`);
    assert.deepEqual((await client.diagnosticsOf(STALLED, 1)).diagnostics, []);
  });
});
