/**
 * What happens when the language server stops unexpectedly: the client's
 * default handling (restart, up to four times in three minutes, then give up
 * with an error), plus one information message the first time it restarts, so
 * the writer knows why the underlines blinked, without a message at every restart.
 * A server that hangs without exiting is restarted too (watchServerLiveness).
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClient,
  type Message,
  State,
} from 'vscode-languageclient/node';
import { pingRequest } from '../../shared/src/protocol';
import { isCheckableDocument } from './documents';
import { PING_TIMEOUT_MS, ServerLiveness } from './serverLiveness';

/** Restarts allowed within three minutes before the client gives up (the library's default). */
export const MAX_RESTARTS = 4;

const RESTARTED_MESSAGE =
  'Cover Letter Coach\'s checker stopped unexpectedly and was restarted. If it keeps happening, the details are in the "Cover Letter Coach" output.';

export class RestartingErrorHandler implements ErrorHandler {
  private told = false;

  /** `defaults` is the client's own handler (`client.createDefaultErrorHandler`), made once the client exists. */
  constructor(
    private readonly defaults: () => ErrorHandler,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  error(error: Error, message: Message | undefined, count: number | undefined): ErrorHandlerResult | Promise<ErrorHandlerResult> {
    return this.defaults().error(error, message, count);
  }

  async closed(): Promise<CloseHandlerResult> {
    const result = await this.defaults().closed();
    if (result.action !== CloseAction.Restart) return result;
    this.log.warn('The language server stopped unexpectedly; restarting it.');
    if (!this.told) {
      this.told = true;
      void vscode.window.showInformationMessage(RESTARTED_MESSAGE, 'Show Output').then((choice) => {
        if (choice !== undefined) this.log.show(true);
      });
    }
    // Handled: the client need not say it again.
    return { ...result, handled: true };
  }
}

const UNRESPONSIVE_MESSAGE =
  'Cover Letter Coach\'s checker stopped answering and was restarted. If it keeps happening, the details are in the "Cover Letter Coach" output.';

/**
 * Restarts a server that stops answering (serverLiveness.ts): while it runs and a
 * letter is open, it is pinged; unanswered for PING_TIMEOUT_MS, the client is
 * restarted (it opens the documents again in the new server) and the writer is told once.
 */
export function watchServerLiveness(client: LanguageClient, log: vscode.LogOutputChannel): vscode.Disposable {
  let told = false;
  const liveness = new ServerLiveness({
    ping: () => client.sendRequest(pingRequest),
    watching: () => client.isRunning() && vscode.workspace.textDocuments.some(isCheckableDocument),
    unresponsive: () => {
      log.warn(`The language server left a ping unanswered for ${PING_TIMEOUT_MS / 1000} s; restarting it.`);
      if (!told) {
        told = true;
        void vscode.window.showInformationMessage(UNRESPONSIVE_MESSAGE, 'Show Output').then((choice) => {
          if (choice !== undefined) log.show(true);
        });
      }
      // Running again, the state listener below starts the watch again.
      client.restart().catch((error: unknown) => log.error(`Restarting the language server failed: ${String(error)}`));
    },
  });
  const states = client.onDidChangeState((event) => {
    if (event.newState === State.Running) liveness.start();
    else liveness.stop();
  });
  if (client.isRunning()) liveness.start();
  return new vscode.Disposable(() => {
    states.dispose();
    liveness.stop();
  });
}
