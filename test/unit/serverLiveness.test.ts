/** The client's liveness check (client/src/serverLiveness.ts), on a fake clock: a server that stops answering is restarted (issue 18). */
import * as assert from 'node:assert/strict';
import { type LivenessTimers, ServerLiveness } from '../../client/src/serverLiveness';

/** Timers that fire only when the test moves the clock. */
class FakeClock implements LivenessTimers {
  now = 0;
  private readonly pending = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.pending.set(id, { at: this.now + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.pending.delete(handle as number);
  }

  /** Moves the clock on by `ms`, firing what falls due in order, and lets promise callbacks run between timers. */
  async advance(ms: number): Promise<void> {
    const end = this.now + ms;
    for (;;) {
      await flush();
      const due = [...this.pending.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (due === undefined) break;
      this.pending.delete(due[0]);
      this.now = due[1].at;
      due[1].callback();
    }
    this.now = end;
    await flush();
  }
}

const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

interface Harness {
  clock: FakeClock;
  liveness: ServerLiveness;
  pings: number;
  restarts: number;
  /** How the server answers the next pings. */
  answer: 'at once' | 'never' | 'error';
  watching: boolean;
}

function harness(): Harness {
  const clock = new FakeClock();
  const h: Harness = { clock, liveness: undefined as unknown as ServerLiveness, pings: 0, restarts: 0, answer: 'at once', watching: true };
  h.liveness = new ServerLiveness({
    ping: () => {
      h.pings++;
      if (h.answer === 'at once') return Promise.resolve({ alive: true });
      if (h.answer === 'error') return Promise.reject(new Error('MethodNotFound'));
      return new Promise(() => undefined);
    },
    watching: () => h.watching,
    unresponsive: () => h.restarts++,
    intervalMs: 10,
    timeoutMs: 20,
    timers: clock,
  });
  return h;
}

describe('the server liveness check', function () {
  it('pings every interval and does nothing while the server answers', async function () {
    const h = harness();
    h.liveness.start();
    await h.clock.advance(100);
    assert.equal(h.pings, 10);
    assert.equal(h.restarts, 0);
  });

  it('reports a server that leaves a ping unanswered past the timeout, once, and stops until started again', async function () {
    const h = harness();
    h.liveness.start();
    await h.clock.advance(10);
    assert.equal(h.pings, 1);
    h.answer = 'never';
    await h.clock.advance(10); // second ping at 20, unanswered
    await h.clock.advance(19);
    assert.equal(h.restarts, 0, 'not before the timeout');
    await h.clock.advance(1);
    assert.equal(h.restarts, 1);
    await h.clock.advance(200);
    assert.equal(h.restarts, 1, 'told once');
    assert.equal(h.pings, 2, 'no pings after giving up');
    // Restarted: the watch starts again, and the new server answers.
    h.answer = 'at once';
    h.liveness.start();
    await h.clock.advance(100);
    assert.equal(h.restarts, 1);
    assert.equal(h.pings, 12);
  });

  it('counts an error answer as an answer (a server that does not know the ping)', async function () {
    const h = harness();
    h.answer = 'error';
    h.liveness.start();
    await h.clock.advance(100);
    assert.equal(h.restarts, 0);
    assert.equal(h.pings, 10);
  });

  it('does not ping while no letter is open, nor after stop()', async function () {
    const h = harness();
    h.watching = false;
    h.liveness.start();
    await h.clock.advance(100);
    assert.equal(h.pings, 0);
    h.watching = true;
    h.answer = 'never';
    await h.clock.advance(10);
    assert.equal(h.pings, 1);
    h.liveness.stop();
    await h.clock.advance(100);
    assert.equal(h.restarts, 0);
  });
});
