/** Live statistics over stdio: the notification after open and change, clearing, and countWords. */
import * as assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { DidChangeConfigurationNotification, DidCloseTextDocumentNotification, RequestType } from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/src/engine';
import {
  countWordsRequest,
  type CountWordsParams,
  type LetterStatistics,
  statisticsClearedNotification,
  statisticsNotification,
} from '../../shared/src/protocol';
import { LspTestClient } from '../helpers/lspTestClient';

const LETTER_URI = pathToFileURL('/tmp/x/my-cover-letter.md').href;
const NOTES_URI = pathToFileURL('/tmp/x/notes.md').href;
const LETTER =
  '---\ntarget: 150\nindustry: tech\n---\nDear Ms. Rivera,\n\nI cut p99 latency 40% on the `ranker` service. I did it in a week.\n\nCould we talk on Tuesday?\n\nBest,\nAna\n';

// Re-created from the method names, so the test also proves what shared/ declares is what the server speaks.
const countWords = new RequestType<CountWordsParams, number, void>(countWordsRequest.method);

describe('live statistics', function () {
  let client: LspTestClient;

  beforeEach(async function () {
    client = await LspTestClient.start({ settings: { debounceMs: 0 } });
  });

  afterEach(async function () {
    assert.equal(await client.stop(), 0);
  });

  function statisticsOf(uri: string, version: number): Promise<LetterStatistics> {
    return client.waitForNotification<LetterStatistics>(
      statisticsNotification.method,
      (s) => s.uri === uri && s.version === version,
      `statistics for ${uri} version ${version}`,
    );
  }

  function cleared(uri: string): Promise<{ uri: string }> {
    return client.waitForNotification<{ uri: string }>(statisticsClearedNotification.method, (p) => p.uri === uri, `statistics cleared for ${uri}`);
  }

  it('sends the engine’s statistics after open and after each change', async function () {
    await client.open(LETTER_URI, LETTER);
    const first = await statisticsOf(LETTER_URI, 1);
    const expected = analyze(LETTER);
    assert.deepEqual(first, { uri: LETTER_URI, version: 1, ...expected.stats, industrySource: expected.tailoring.industrySource });
    assert.equal(first.target, 150);
    assert.equal(first.targetSource, 'front matter');
    assert.equal(first.industry, 'tech');

    const changed = LETTER.replace('I did it in a week.', 'I did it in a week with two colleagues.');
    await client.replaceText(LETTER_URI, 2, changed);
    const second = await statisticsOf(LETTER_URI, 2);
    assert.equal(second.words, analyze(changed).stats.words);
    assert.equal(second.words, first.words + 3);
  });

  it('reports the target as coming from the setting, or the default', async function () {
    const plain = 'Dear Ms. Rivera,\n\nI cut p99 latency 40%.\n';
    await client.open(LETTER_URI, plain);
    const byDefault = await statisticsOf(LETTER_URI, 1);
    assert.deepEqual([byDefault.target, byDefault.targetSource], [250, 'default']);
    client.settings = { debounceMs: 0, lengthTarget: 400 };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const bySetting = await client.waitForNotification<LetterStatistics>(
      statisticsNotification.method,
      (s) => s.target === 400,
      'statistics with the target from the setting',
    );
    assert.equal(bySetting.targetSource, 'setting');
  });

  it('sends nothing for documents that are not checked', async function () {
    await client.open(NOTES_URI, LETTER);
    await client.diagnosticsOf(NOTES_URI, 1);
    assert.ok(!client.notifications.some((n) => (n.params as { uri: string }).uri === NOTES_URI));
  });

  it('clears the statistics when the document closes, or stops being checked', async function () {
    await client.open(LETTER_URI, LETTER);
    await statisticsOf(LETTER_URI, 1);
    client.settings = { debounceMs: 0, files: [] };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await cleared(LETTER_URI);

    await client.open(pathToFileURL('/tmp/x/other-cover-letter.md').href, LETTER);
    client.settings = { debounceMs: 0 };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const other = pathToFileURL('/tmp/x/other-cover-letter.md').href;
    await statisticsOf(other, 1);
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: other } });
    await cleared(other);
  });

  it('counts the words of selections the way the letter is counted', async function () {
    await client.open(LETTER_URI, LETTER);
    await statisticsOf(LETTER_URI, 1);
    const line = (n: number) => ({ start: { line: n, character: 0 }, end: { line: n + 1, character: 0 } });
    // Line 6 holds inline code (counted as no word) and a number.
    const body = LETTER.split('\n')[6]!;
    const selected = await client.connection.sendRequest(countWords, { uri: LETTER_URI, ranges: [line(6)] });
    assert.equal(selected, analyze(`${body}\n`).stats.words);
    assert.ok(selected > 0);
    const two = await client.connection.sendRequest(countWords, { uri: LETTER_URI, ranges: [line(6), line(8)] });
    assert.equal(two, selected + analyze(`${LETTER.split('\n')[8]!}\n`).stats.words);
    assert.equal(await client.connection.sendRequest(countWords, { uri: LETTER_URI, ranges: [] }), 0);
    assert.equal(await client.connection.sendRequest(countWords, { uri: NOTES_URI, ranges: [line(0)] }), 0);
  });
});
