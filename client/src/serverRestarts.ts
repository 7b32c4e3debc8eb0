/**
 * What happens when the language server stops unexpectedly: the client's
 * default handling (restart, up to four times in three minutes, then give up
 * with an error), plus one information message the first time it restarts, so
 * the writer knows why the underlines blinked, without a message at every restart.
 */
import * as vscode from 'vscode';
import { CloseAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type Message } from 'vscode-languageclient/node';

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
