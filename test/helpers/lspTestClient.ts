/**
 * A minimal LSP client that drives dist/server.js over stdio, the way any
 * editor would. Everything is event-driven: waits resolve on the message they
 * wait for, or fail with a timeout that says what never arrived.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  type ClientCapabilities,
  type ConfigurationItem,
  ConfigurationRequest,
  createProtocolConnection,
  ExitNotification,
  InitializedNotification,
  type InitializeResult,
  InitializeRequest,
  LogMessageNotification,
  type LogMessageParams,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  type Registration,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { SERVER_BUNDLE } from './paths';
import { withTimeout } from './timeout';

export const WAIT_MS = 5000;

export interface LspTestClientOptions {
  /** Advertise workspace/configuration support and answer it with `settings`. */
  pullConfiguration?: boolean;
  /** The `coverLetter` section answered to workspace/configuration. */
  settings?: unknown;
}

type DiagnosticsMatcher = (params: PublishDiagnosticsParams, index: number) => boolean;

export class LspTestClient {
  /** Every publishDiagnostics received, per document URI, in order. */
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  readonly logMessages: LogMessageParams[] = [];
  readonly configurationRequests: ConfigurationItem[][] = [];
  readonly registrations: Registration[] = [];
  settings: unknown;
  /** While set, answers to workspace/configuration wait for it: lets a test hold the server mid-check. */
  configurationGate: Promise<void> | undefined;
  initializeResult: InitializeResult | undefined;
  private readonly listeners = new Set<() => void>();
  private stderr = '';

  private constructor(
    readonly connection: ProtocolConnection,
    private readonly child: ChildProcess,
    settings: unknown,
  ) {
    this.settings = settings;
    child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const list = this.published.get(params.uri) ?? [];
      list.push(params);
      this.published.set(params.uri, list);
      this.notify();
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logMessages.push(params);
      this.notify();
    });
    connection.onRequest(ConfigurationRequest.type, async (params) => {
      this.configurationRequests.push(params.items);
      this.notify();
      await this.configurationGate;
      return params.items.map((item) => (item.section === 'coverLetter' ? this.settings : null));
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      this.notify();
    });
  }

  static async start(options: LspTestClientOptions = {}): Promise<LspTestClient> {
    const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(
      new StreamMessageReader(child.stdout!),
      new StreamMessageWriter(child.stdin!),
    );
    const client = new LspTestClient(connection, child, options.settings);
    connection.listen();
    const pull = options.pullConfiguration ?? true;
    const capabilities: ClientCapabilities = {
      workspace: { configuration: pull, didChangeConfiguration: { dynamicRegistration: pull } },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
      },
    };
    client.initializeResult = await withTimeout(
      connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: null,
        capabilities,
        workspaceFolders: null,
      }),
      WAIT_MS,
      'the initialize response',
    );
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Resolves with the first publishDiagnostics for `uri` (already received or still to come) that `matches`. */
  waitForDiagnostics(uri: string, matches: DiagnosticsMatcher, what = `diagnostics for ${uri}`): Promise<PublishDiagnosticsParams> {
    return this.waitUntil(() => (this.published.get(uri) ?? []).find(matches), what);
  }

  /** Resolves with the next publishDiagnostics for `uri` after the ones received so far. */
  nextDiagnostics(uri: string, what?: string): Promise<PublishDiagnosticsParams> {
    const seen = this.published.get(uri)?.length ?? 0;
    return this.waitForDiagnostics(uri, (_, index) => index >= seen, what);
  }

  waitForLog(matches: (message: LogMessageParams) => boolean, what: string): Promise<LogMessageParams> {
    return this.waitUntil(() => this.logMessages.find(matches), what);
  }

  waitUntil<T>(probe: () => T | undefined, what: string): Promise<T> {
    const found = new Promise<T>((resolve) => {
      const check = (): void => {
        const value = probe();
        if (value === undefined) return;
        this.listeners.delete(check);
        resolve(value);
      };
      this.listeners.add(check);
      check();
    });
    return withTimeout(found, WAIT_MS, what).catch((error: Error) => {
      throw new Error(`${error.message}\nServer stderr:\n${this.stderr}`);
    });
  }

  /** Shuts the server down the polite way and returns its exit code. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    const exited = once(this.child, 'exit');
    try {
      await withTimeout(this.connection.sendRequest(ShutdownRequest.type), WAIT_MS, 'the shutdown response');
      await this.connection.sendNotification(ExitNotification.type);
      await withTimeout(exited, WAIT_MS, 'the server process to exit');
    } finally {
      this.connection.dispose();
      // Only reached with the process still alive when shutdown itself failed.
      if (this.child.exitCode === null) this.child.kill();
    }
    return this.child.exitCode;
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
