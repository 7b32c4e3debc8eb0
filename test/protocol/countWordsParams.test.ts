/** coverLetter/countWords with malformed params answers InvalidParams, and the server keeps serving (issue 18). */
import * as assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { ErrorCodes, RequestType, ResponseError } from 'vscode-languageserver-protocol/node';
import { countWordsRequest } from '../../shared/src/protocol';
import { LspTestClient } from '../helpers/lspTestClient';

const URI = pathToFileURL('/tmp/count/my-cover-letter.md').href;
const countWords = new RequestType<unknown, number, void>(countWordsRequest.method);

describe('countWords with malformed params', function () {
  let client: LspTestClient;

  beforeEach(async function () {
    client = await LspTestClient.start({ settings: { debounceMs: 0 } });
  });

  afterEach(async function () {
    assert.equal(await client.stop(), 0);
  });

  for (const [what, params, message] of [
    ['a null range list', { uri: URI, ranges: null }, /ranges must be an array of ranges, got null/],
    ['a null range', { uri: URI, ranges: [null] }, /ranges\[0\] must be a range/],
    ['a range with a negative line', { uri: URI, ranges: [{ start: { line: -1, character: 0 }, end: { line: 0, character: 1 } }] }, /ranges\[0\]/],
    ['no uri', { ranges: [] }, /uri must be a string/],
  ] as const) {
    it(`answers InvalidParams for ${what}`, async function () {
      await client.open(URI, 'Dear Ms. Rivera,\n\nI rebuilt the forecast.\n');
      await assert.rejects(client.connection.sendRequest(countWords, params), (error: unknown) => {
        assert.ok(error instanceof ResponseError, String(error));
        assert.equal(error.code, ErrorCodes.InvalidParams);
        assert.match(error.message, message);
        return true;
      });
      const words = await client.connection.sendRequest(countWords, {
        uri: URI,
        ranges: [{ start: { line: 2, character: 0 }, end: { line: 2, character: 9 } }],
      });
      assert.equal(words, 2, 'a good request still gets its answer');
    });
  }
});
