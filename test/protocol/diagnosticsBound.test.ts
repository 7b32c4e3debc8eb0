/** At most 1,000 diagnostics are published for a document, with one saying how many more were left out (issue 18). */
import * as assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { LspTestClient } from '../helpers/lspTestClient';

const URI = pathToFileURL('/tmp/bound/my-cover-letter.md').href;

describe('diagnostics per document are bounded', function () {
  let client: LspTestClient;

  beforeEach(async function () {
    client = await LspTestClient.start({ settings: { debounceMs: 0 } });
  });

  afterEach(async function () {
    assert.equal(await client.stop(), 0);
  });

  it('publishes 1,000 and one information diagnostic for the rest', async function () {
    await client.open(URI, `Dear Ms. Rivera,\n\n${'I utilized it. '.repeat(1200)}`);
    const { diagnostics } = await client.diagnosticsOf(URI, 1);
    assert.equal(diagnostics.length, 1001);
    const last = diagnostics.at(-1)!;
    assert.equal(last.code, 'too-many-problems');
    assert.equal(last.severity, 3);
    assert.match(last.message as string, /^[\d,]+ more problems are not shown: only the first 1,000/);
    assert.equal(diagnostics.filter((d) => d.code === 'too-many-problems').length, 1);
    // A documented notice, like every other diagnostic: its link opens its explanation.
    assert.match(last.codeDescription?.href ?? '', /#too-many-problems$/);
  });

  it('leaves the note out when the settings turn it off, still showing 1,000', async function () {
    await client.stop();
    client = await LspTestClient.start({ settings: { debounceMs: 0, rules: { 'too-many-problems': 'off' } } });
    await client.open(URI, `Dear Ms. Rivera,\n\n${'I utilized it. '.repeat(1200)}`);
    const { diagnostics } = await client.diagnosticsOf(URI, 1);
    assert.equal(diagnostics.length, 1000);
    assert.ok(!diagnostics.some((d) => d.code === 'too-many-problems'));
  });

  it('publishes every diagnostic when there are fewer', async function () {
    await client.open(URI, `Dear Ms. Rivera,\n\n${'I utilized it. '.repeat(10)}`);
    const { diagnostics } = await client.diagnosticsOf(URI, 1);
    assert.ok(diagnostics.length > 0 && diagnostics.length < 1000);
    assert.ok(!diagnostics.some((d) => d.code === 'too-many-problems'));
  });
});
