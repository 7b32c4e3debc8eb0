import * as vscode from 'vscode';
import { waitFor } from './waitFor';

const ACCEPT_EVERY_MS = 250;

/**
 * Answers a command's QuickPicks and InputBoxes with their first item (or
 * what is typed: nothing) until `probe` sees the command's result. The
 * extension API cannot tell when a QuickPick is on screen, so "Enter" is
 * pressed again every ACCEPT_EVERY_MS; the wait itself is on `event`.
 */
export async function acceptQuickInputsUntil<T>(event: vscode.Event<unknown>, probe: () => T | undefined, what: string): Promise<T> {
  const accept = (): void => {
    void vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  };
  const timer = setInterval(accept, ACCEPT_EVERY_MS);
  try {
    accept();
    return await waitFor(event, probe, what);
  } finally {
    clearInterval(timer);
  }
}
