/**
 * The spelling dictionaries, loaded once in the background, in the check worker
 * (checkRunner.ts), where the checks use them: they are in memory once. Parsing them
 * takes most of a second, so it starts only after the first diagnostics are out:
 * the other rules never wait for it. When it is ready, open documents are checked
 * again, now with the `spelling` rule.
 */
import type { Logger } from './logger';

export class SpellingLoader {
  private loaded = false;
  private started = false;

  /** `enabled` false (initializationOptions `{ "spelling": false }`) never loads the dictionaries. */
  constructor(
    private readonly logger: Logger,
    private readonly onLoaded: () => void,
    private readonly load: () => Promise<void>,
    public enabled = true,
  ) {}

  /** Whether the dictionaries are loaded, so checks can ask for the `spelling` rule. */
  ready(): boolean {
    return this.loaded;
  }

  /** A document was checked without the dictionaries: start loading them, once. */
  wanted(): void {
    if (this.started || !this.enabled) return;
    this.started = true;
    // After the current publish has gone out.
    setImmediate(() => {
      this.load().then(
        () => {
          this.loaded = true;
          this.onLoaded();
        },
        (error: unknown) => {
          this.logger.error(`Could not load the spelling dictionaries; spelling is not checked: ${String(error)}`);
        },
      );
    });
  }
}
