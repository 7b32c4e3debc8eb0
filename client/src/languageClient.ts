import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SETTINGS_SECTION } from '../../shared/src/settings';
import { DOCUMENT_SELECTOR } from './documents';

const CLIENT_ID = 'coverLetterCoach';
const CLIENT_NAME = 'Cover Letter Coach';
/** Port for attaching a debugger when the extension itself runs under the debugger. */
const SERVER_DEBUG_PORT = 6009;

/**
 * Creates (but does not start) the client for the bundled language server.
 * The client is its own Disposable; VS Code's default error handler restarts a
 * crashed server a few times before giving up.
 */
export function createLanguageClient(
  context: vscode.ExtensionContext,
  outputChannel: vscode.LogOutputChannel,
): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', `--inspect=${SERVER_DEBUG_PORT}`] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    // The server pulls settings through workspace/configuration; this makes
    // VS Code tell it when anything under `coverLetter` changes.
    synchronize: { configurationSection: SETTINGS_SECTION },
    outputChannel,
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
