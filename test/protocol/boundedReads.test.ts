/**
 * Files the server must not read whole, or at all, over stdio with the real
 * server (issue 18, "Reads without bounds"): a FIFO or a device named as the
 * job description or linked as the config file is refused before it is opened,
 * so letters keep being checked; in an untrusted workspace a config file
 * linked to a file outside the workspace folders is not read.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspTestClient } from '../helpers/lspTestClient';
import { TempDir } from '../helpers/tempFiles';

const BODY =
  'Dear Ms. Rivera,\n\nI owned the ranking model end to end at Acme and cut p99 latency from 180 ms to 90 ms, ' +
  'which I think lifted conversion 4%.\n\nCould we talk on Tuesday?\n\nBest,\nAna\n';

function messageOf(diagnostic: Diagnostic | undefined): string {
  const message = diagnostic?.message ?? '';
  return typeof message === 'string' ? message : message.value;
}

describe('bounded reads in the server', function () {
  let client: LspTestClient | undefined;
  let dir: TempDir;

  beforeEach(function () {
    // These cases are FIFOs (mkfifo), /dev/urandom and POSIX symlinks, which Windows does not have; CI runs on Linux.
    if (process.platform === 'win32') this.skip();
    dir = new TempDir();
    dir.mkdir('letters');
  });

  afterEach(async function () {
    if (client !== undefined) assert.equal(await client.stop(), 0);
    client = undefined;
    dir?.dispose();
  });

  async function start(initializationOptions: Record<string, unknown> = {}): Promise<LspTestClient> {
    client = await LspTestClient.start({ settings: { debounceMs: 0 }, workspaceFolders: [dir.path], initializationOptions });
    return client;
  }

  it('keeps checking a letter whose job: names a FIFO, edit after edit, and says it is not a regular file', async function () {
    execFileSync('mkfifo', [path.join(dir.path, 'letters', 'job-pipe')]);
    const text = (n: number): string => `---\njob: ./job-pipe\n---\n${BODY}\nEdit ${n}.\n`;
    const letterUri = pathToFileURL(dir.write('letters/cover-letter.md', text(1))).href;
    const server = await start();
    await server.open(letterUri, text(1));
    // Each check used to block a libuv thread on the FIFO: from the fourth on, none finished.
    for (let version = 1; version <= 8; version++) {
      if (version > 1) await server.replaceText(letterUri, version, text(version));
      const { diagnostics } = await server.diagnosticsOf(letterUri, version);
      const unreadable = diagnostics.find((d) => d.code === 'job-description-unreadable');
      assert.match(messageOf(unreadable), /named pipe \(FIFO\), not a regular file/, `version ${version}`);
      assert.ok(
        diagnostics.some((d) => d.code === 'hedging'),
        `version ${version} is checked`,
      );
    }
  });

  it('refuses a job description that is /dev/zero, and a config file linked to /dev/urandom, with a message', async function () {
    fs.symlinkSync('/dev/urandom', path.join(dir.path, '.coverletterrc.json'));
    const text = `---\njob: /dev/zero\n---\n${BODY}`;
    const letterUri = pathToFileURL(dir.write('letters/cover-letter.md', text)).href;
    const server = await start();
    await server.open(letterUri, text);
    const { diagnostics } = await server.diagnosticsOf(letterUri, 1);
    assert.match(messageOf(diagnostics.find((d) => d.code === 'job-description-unreadable')), /character device, not a regular file/);
    assert.ok(
      diagnostics.some((d) => d.code === 'hedging'),
      'checked with the default config',
    );
    const configUri = pathToFileURL(path.join(dir.path, '.coverletterrc.json')).href;
    const inConfig = await server.waitForDiagnostics(configUri, (p) => p.diagnostics.length > 0, 'the problem in the config file');
    assert.match(messageOf(inConfig.diagnostics[0]), /character device, not a regular file/);
    await server.replaceText(letterUri, 2, text + '\nOne more line.\n');
    assert.ok((await server.diagnosticsOf(letterUri, 2)).diagnostics.some((d) => d.code === 'hedging'));
  });

  it('in an untrusted workspace, does not read a config file linked to one outside the workspace', async function () {
    const outside = new TempDir();
    try {
      const outsideConfig = outside.write('.coverletterrc.json', JSON.stringify({ rules: { hedging: 'off' } }));
      fs.symlinkSync(outsideConfig, path.join(dir.path, '.coverletterrc.json'));
      const letterUri = pathToFileURL(dir.write('letters/cover-letter.md', BODY)).href;
      const server = await start({ workspaceTrusted: false });
      await server.open(letterUri, BODY);
      const { diagnostics } = await server.diagnosticsOf(letterUri, 1);
      assert.ok(
        diagnostics.some((d) => d.code === 'hedging'),
        'the linked config, which turns hedging off, does not apply',
      );
      const configUri = pathToFileURL(path.join(dir.path, '.coverletterrc.json')).href;
      const inConfig = await server.waitForDiagnostics(configUri, (p) => p.diagnostics.length > 0, 'the problem in the config file');
      assert.match(messageOf(inConfig.diagnostics[0]), /outside the workspace folders.*not trusted/);
    } finally {
      outside.dispose();
    }
  });

  it('in a trusted workspace, reads a config file linked to one outside the workspace', async function () {
    const outside = new TempDir();
    try {
      const outsideConfig = outside.write('.coverletterrc.json', JSON.stringify({ rules: { hedging: 'off' } }));
      fs.symlinkSync(outsideConfig, path.join(dir.path, '.coverletterrc.json'));
      const letterUri = pathToFileURL(dir.write('letters/cover-letter.md', BODY)).href;
      const server = await start();
      await server.open(letterUri, BODY);
      const { diagnostics } = await server.diagnosticsOf(letterUri, 1);
      assert.ok(!diagnostics.some((d) => d.code === 'hedging'), 'the linked config applies');
    } finally {
      outside.dispose();
    }
  });
});
