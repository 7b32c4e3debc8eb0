/**
 * A minimal LSP client that drives dist/server.js over stdio, the way any
 * editor would. Everything is event-driven: waits resolve on the message they
 * wait for, or fail with a timeout that says what never arrived.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  type ClientCapabilities,
  type Diagnostic,
  CodeLensRefreshRequest,
  type ConfigurationItem,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
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
  ShowMessageNotification,
  type ShowMessageParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { pathToFileURL } from 'node:url';
import { statisticsClearedNotification, statisticsNotification } from '../../shared/src/protocol';
import { SERVER_BUNDLE } from './paths';
import { withTimeout } from './timeout';

export const WAIT_MS = 5000;

/** A diagnostic's message as text: LSP 3.18 lets it be Markdown content as well as a plain string. */
export function diagnosticText(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

export interface LspTestClientOptions {
  /** Advertise workspace/configuration support and answer it with `settings`. */
  pullConfiguration?: boolean;
  /** The `coverLetter` section answered to workspace/configuration. */
  settings?: unknown;
  /** Folders opened as the workspace (file-system paths). */
  workspaceFolders?: string[];
  /**
   * Let the server load its spelling dictionaries (default false). Loading them
   * re-checks every open document, which tests about other things would see as
   * diagnostics arriving out of turn.
   */
  spelling?: boolean;
  /** More `initializationOptions` (workspaceTrusted, commands). */
  initializationOptions?: Record<string, unknown>;
  /** Environment variables for the server, on top of this process's (the check budget, say). */
  env?: Record<string, string>;
}

/** A custom notification from the server, as received. */
export interface ReceivedNotification {
  method: string;
  params: unknown;
}

type DiagnosticsMatcher = (params: PublishDiagnosticsParams, index: number) => boolean;

export class LspTestClient {
  /** Every publishDiagnostics received, per document URI, in order. */
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  readonly logMessages: LogMessageParams[] = [];
  readonly configurationRequests: ConfigurationItem[][] = [];
  readonly registrations: Registration[] = [];
  readonly shownMessages: ShowMessageParams[] = [];
  /** How many times the server asked the client to fetch CodeLenses again. */
  codeLensRefreshes = 0;
  /** Our custom notifications (statistics), in order. */
  readonly notifications: ReceivedNotification[] = [];
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
    connection.onNotification(ShowMessageNotification.type, (params) => {
      this.shownMessages.push(params);
      this.notify();
    });
    for (const method of [statisticsNotification.method, statisticsClearedNotification.method]) {
      connection.onNotification(method, (params: unknown) => {
        this.notifications.push({ method, params });
        this.notify();
      });
    }
    connection.onRequest(CodeLensRefreshRequest.type, () => {
      this.codeLensRefreshes++;
      this.notify();
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
      this.notify();
    });
  }

  static async start(options: LspTestClientOptions = {}): Promise<LspTestClient> {
    const child = spawn(process.execPath, [SERVER_BUNDLE, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new LspTestClient(connection, child, options.settings);
    connection.listen();
    const pull = options.pullConfiguration ?? true;
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: pull,
        didChangeConfiguration: { dynamicRegistration: pull },
        didChangeWatchedFiles: { dynamicRegistration: true },
        workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        codeLens: { refreshSupport: true },
      },
      textDocument: {
        synchronization: { dynamicRegistration: false },
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
      },
    };
    const folders = (options.workspaceFolders ?? []).map((folder) => ({ uri: pathToFileURL(folder).href, name: folder }));
    client.initializeResult = await withTimeout(
      connection.sendRequest(InitializeRequest.type, {
        processId: process.pid,
        rootUri: folders[0]?.uri ?? null,
        capabilities,
        workspaceFolders: folders.length > 0 ? folders : null,
        initializationOptions: { spelling: options.spelling ?? false, ...options.initializationOptions },
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

  async open(uri: string, text: string, languageId = 'markdown', version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  /** Replaces the whole text, as a client may even with incremental sync. */
  async replaceText(uri: string, version: number, text: string): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** The diagnostics published for this version of the document. */
  diagnosticsOf(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.waitForDiagnostics(uri, (p) => p.version === version, `diagnostics for ${uri} version ${version}`);
  }

  /**
   * The `spelling` diagnostic on `word`, once the dictionaries have loaded (the
   * first check goes out without them). Start the client with `spelling: true`.
   */
  async misspelt(uri: string, word: string): Promise<Diagnostic> {
    const { diagnostics } = await this.waitForDiagnostics(
      uri,
      (p) => p.diagnostics.some((d) => d.code === 'spelling'),
      'spelling diagnostics once the dictionaries are loaded',
    );
    const found = diagnostics.find((d) => d.code === 'spelling' && diagnosticText(d).includes(`“${word}”`));
    if (!found) throw new Error(`expected “${word}” to be flagged, got ${diagnostics.map(diagnosticText).join(' | ')}`);
    return found;
  }

  /** Resolves with the params of the first custom notification (received so far or still to come) that `matches`. */
  waitForNotification<P>(method: string, matches: (params: P) => boolean, what: string): Promise<P> {
    return this.waitUntil(() => this.notifications.find((n) => n.method === method && matches(n.params as P))?.params as P | undefined, what);
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
