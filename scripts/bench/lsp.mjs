/**
 * Drives dist/server.js over stdio as an editor would, for the protocol
 * latency and memory measurements. Settings are answered through
 * workspace/configuration with no debounce and every file checked; the spelling
 * dictionaries load as they do for a VS Code user (after the first diagnostics).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const protocol = require('vscode-languageserver-protocol/node');

export const BENCH_SETTINGS = { debounceMs: 0, files: ['**/*'] };
const WAIT_MS = 20_000;

export class BenchServer {
  /** publishDiagnostics per URI, in order of arrival: { version, count, at }. */
  published = new Map();
  listeners = new Set();

  /** `node [nodeFlags] serverPath --stdio`: the extension starts the server with SERVER_NODE_FLAGS. */
  static async start(serverPath, workspaceFolder, nodeFlags = []) {
    const server = new BenchServer();
    const child = spawn(process.execPath, [...nodeFlags, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    server.child = child;
    server.stderr = '';
    child.stderr.on('data', (chunk) => (server.stderr += chunk));
    const connection = protocol.createProtocolConnection(
      new protocol.StreamMessageReader(child.stdout),
      new protocol.StreamMessageWriter(child.stdin),
    );
    server.connection = connection;
    connection.onNotification(protocol.PublishDiagnosticsNotification.type, (params) => {
      const list = server.published.get(params.uri) ?? [];
      list.push({ version: params.version, count: params.diagnostics.length, at: performance.now() });
      server.published.set(params.uri, list);
      for (const listener of [...server.listeners]) listener();
    });
    connection.onRequest(protocol.ConfigurationRequest.type, (params) =>
      params.items.map((item) => (item.section === 'coverLetter' ? BENCH_SETTINGS : null)),
    );
    connection.onRequest(protocol.RegistrationRequest.type, () => null);
    connection.onNotification(protocol.LogMessageNotification.type, () => undefined);
    connection.onNotification(() => undefined); // statistics and other custom notifications
    connection.listen();
    const folder = { uri: pathToFileURL(workspaceFolder).href, name: 'bench' };
    await withTimeout(
      connection.sendRequest(protocol.InitializeRequest.type, {
        processId: process.pid,
        rootUri: folder.uri,
        workspaceFolders: [folder],
        capabilities: {
          workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
          textDocument: {
            synchronization: { dynamicRegistration: false },
            publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          },
        },
      }),
      'the initialize response',
    );
    await connection.sendNotification(protocol.InitializedNotification.type, {});
    return server;
  }

  get pid() {
    return this.child.pid;
  }

  open(uri, text, version = 1) {
    return this.connection.sendNotification(protocol.DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version, text },
    });
  }

  /** One incremental change: `text` inserted at `offset` (a position on `line`, `character`). */
  change(uri, version, position, text) {
    return this.connection.sendNotification(protocol.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: position, end: position }, text }],
    });
  }

  /** Resolves with the first publish for `uri` (received or to come) that `matches`. */
  waitFor(uri, matches, what) {
    const found = new Promise((resolve) => {
      const check = () => {
        const list = this.published.get(uri) ?? [];
        const hit = list.find(matches);
        if (hit) {
          this.listeners.delete(check);
          resolve(hit);
        }
      };
      this.listeners.add(check);
      check();
    });
    return withTimeout(found, what).catch((error) => {
      throw new Error(`${error.message}\nserver stderr:\n${this.stderr}`);
    });
  }

  /** Resident and peak memory of the server process, in MB, from /proc. */
  memory() {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMB: kb('VmRSS') / 1024, peakRssMB: kb('VmHWM') / 1024 };
  }

  async stop() {
    try {
      await withTimeout(this.connection.sendRequest(protocol.ShutdownRequest.type), 'the shutdown response');
      await this.connection.sendNotification(protocol.ExitNotification.type);
    } catch {
      // Killed below.
    }
    await new Promise((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      const timer = setTimeout(() => this.child.kill(), 5000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
  }
}

function withTimeout(promise, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${WAIT_MS} ms waiting for ${what}`)), WAIT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Line and character (UTF-16) of `offset` in `text`. */
export function positionAt(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
