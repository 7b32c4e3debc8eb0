import * as vscode from 'vscode';

/** Long enough for a cold extension host to start the language server. */
export const WAIT_MS = 20000;

/**
 * Resolves with the first value `probe` returns other than `undefined`, trying
 * it now and again after every `event`. Rejects after `timeoutMs`, naming
 * `what` was awaited (a function is asked at that moment, so it can describe
 * the state it timed out in), so a failure says which step never happened.
 */
export function waitFor<T>(event: vscode.Event<unknown>, probe: () => T | undefined, what: string | (() => string), timeoutMs = WAIT_MS): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    // timer and subscription are declared below; an event never fires while it is being subscribed to.
    const finish = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    const check = (): void => {
      try {
        const value = probe();
        if (value === undefined) return;
        finish();
        resolve(value);
      } catch (error) {
        finish();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`));
    }, timeoutMs);
    const subscription = event(check);
    check();
  });
}
