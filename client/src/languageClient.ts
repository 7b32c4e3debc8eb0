import * as vscode from 'vscode';
import { type ErrorHandler, LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CLIENT_COMMANDS, type CoverLetterInitializationOptions, workspaceTrustNotification } from '../../shared/src/protocol';
import { SERVER_NODE_FLAGS } from '../../shared/src/serverLaunch';
import { SETTINGS_SECTION } from '../../shared/src/settings';
import { DOCUMENT_SELECTOR } from './documents';
import { MAX_RESTARTS, RestartingErrorHandler } from './serverRestarts';

const CLIENT_ID = 'coverLetterCoach';
const CLIENT_NAME = 'Cover Letter Coach';
/** Port for attaching a debugger when the extension itself runs under the debugger. */
const SERVER_DEBUG_PORT = 6009;

/**
 * Creates (but does not start) the client for the bundled language server.
 * The client is its own Disposable. A crashed server is restarted a few times
 * before the client gives up, and the user is told once (serverRestarts.ts).
 * The server learns whether the workspace is trusted at start and when trust is
 * granted: untrusted, it reads no job description outside the workspace folders.
 */
export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', `--inspect=${SERVER_DEBUG_PORT}`] },
    },
  };
  let defaults: ErrorHandler | undefined;
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // The server pulls settings through workspace/configuration; this makes
    // VS Code tell it when anything under `coverLetter` changes.
    synchronize: { configurationSection: SETTINGS_SECTION },
    outputChannel,
    // A function, so a restarted server learns the trust of the moment.
    initializationOptions: (): CoverLetterInitializationOptions => ({
      workspaceTrusted: vscode.workspace.isTrusted,
      commands: [CLIENT_COMMANDS.showReport, CLIENT_COMMANDS.addToUserDictionary],
    }),
    errorHandler: new RestartingErrorHandler(() => (defaults ??= client.createDefaultErrorHandler(MAX_RESTARTS)), outputChannel),
  };
  const client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (!client.isRunning()) return; // A server started later reads the trust from its initializationOptions.
      client.sendNotification(workspaceTrustNotification, { trusted: true }).catch((error: unknown) => {
        outputChannel.warn(`Could not tell the server the workspace is trusted: ${String(error)}`);
      });
    }),
  );
  return client;
}
