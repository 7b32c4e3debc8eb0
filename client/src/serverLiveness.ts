/**
 * Whether the language server still answers. A server that exits is restarted by
 * the client's error handler (serverRestarts.ts); one that hangs without exiting
 * is found here: while a checkable document is open, a cheap request
 * (`coverLetter/ping`, answered on the server's main thread) goes out every
 * `intervalMs`, and when one is not answered within `timeoutMs` the owner is told
 * once, to restart the server. No editor API here, so it is tested with a fake clock.
 */

/** How often the server is asked whether it still answers. */
export const PING_INTERVAL_MS = 10_000;
/** How long an answer may take before the server counts as hung. */
export const PING_TIMEOUT_MS = 20_000;

export interface LivenessTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface LivenessOptions {
  /** Sends the ping; resolves when the server answers. A rejection (an error answer, an old server) counts as an answer. */
  ping: () => Promise<unknown>;
  /** Whether to ask now: the server runs and a checkable document is open. */
  watching: () => boolean;
  /** The server left a ping unanswered for `timeoutMs`; the watch stops until `start()` is called again. */
  unresponsive: () => void;
  intervalMs?: number;
  timeoutMs?: number;
  timers?: LivenessTimers;
}

const REAL_TIMERS: LivenessTimers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export class ServerLiveness {
  private timer: unknown;
  private deadline: unknown;
  private running = false;
  // Bumped at each start and stop, so an answer to a ping of an earlier watch is ignored.
  private round = 0;

  constructor(private readonly options: LivenessOptions) {}

  private get timers(): LivenessTimers {
    return this.options.timers ?? REAL_TIMERS;
  }

  /** Starts (or restarts) the watch: the first ping goes out after one interval. */
  start(): void {
    this.stop();
    this.running = true;
    this.schedule(this.round);
  }

  stop(): void {
    this.running = false;
    this.round++;
    this.timers.clearTimeout(this.timer);
    this.timers.clearTimeout(this.deadline);
    this.timer = undefined;
    this.deadline = undefined;
  }

  private schedule(round: number): void {
    if (!this.running || round !== this.round) return;
    this.timer = this.timers.setTimeout(() => this.tick(round), this.options.intervalMs ?? PING_INTERVAL_MS);
  }

  private tick(round: number): void {
    if (!this.running || round !== this.round) return;
    if (!this.options.watching()) {
      this.schedule(round);
      return;
    }
    let settled = false;
    this.deadline = this.timers.setTimeout(() => {
      if (settled || round !== this.round) return;
      settled = true;
      this.stop();
      this.options.unresponsive();
    }, this.options.timeoutMs ?? PING_TIMEOUT_MS);
    const answered = (): void => {
      if (settled || round !== this.round) return;
      settled = true;
      this.timers.clearTimeout(this.deadline);
      this.schedule(round);
    };
    let sent: Promise<unknown>;
    try {
      sent = this.options.ping();
    } catch {
      sent = Promise.resolve();
    }
    sent.then(answered, answered);
  }
}
