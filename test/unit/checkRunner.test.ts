/**
 * The check worker's runner (server/src/server/checkRunner.ts): a request past
 * the budget is stopped, and a fresh worker answers the next one (issue 18).
 * Runs the worker compiled in out/, beside the runner.
 */
import * as assert from 'node:assert/strict';
import { CheckRunner, CheckStopped } from '../../server/src/server/checkRunner';

const STALL = 'stall-here-7f3a';
const LETTER = 'Dear Ms. Rivera,\n\nI think I shipped the ranking model.\n';

describe('the check runner', function () {
  let runner: CheckRunner;

  beforeEach(function () {
    // Long enough for a fresh worker to load the engine; the stalled check never ends, so it always runs out.
    runner = new CheckRunner({ budgetMs: 3000, workerData: { stallMarker: STALL } });
  });

  afterEach(function () {
    runner.dispose();
  });

  it('answers a check from its worker', async function () {
    const result = await runner.analyze(LETTER, {}, false);
    assert.ok(result.findings.some((f) => f.ruleId === 'hedging'));
    assert.equal(runner.started, 1);
  });

  it('stops a check past its budget and answers the next one from a fresh worker', async function () {
    await runner.analyze(LETTER, {}, false);
    const stalled = runner.analyze(`${LETTER}${STALL}\n`, {}, false);
    // Queued behind the stalled check: it must not be lost with the stopped worker.
    const next = runner.analyze(LETTER, {}, false);
    await assert.rejects(stalled, (error: unknown) => error instanceof CheckStopped && error.reason === 'time');
    const result = await next;
    assert.ok(result.findings.some((f) => f.ruleId === 'hedging'));
    assert.equal(runner.started, 2);
    // And the fresh worker stays: no restart for a check that ends in time.
    await runner.analyze(LETTER, {}, false);
    assert.equal(runner.started, 2);
  });

  it('reports a failed check as an error, keeping its worker', async function () {
    // The engine throws on a text that is not a string.
    await assert.rejects(runner.analyze(null as never, {}, false), (error: unknown) => error instanceof Error && !(error instanceof CheckStopped));
    await runner.analyze(LETTER, {}, false);
    assert.equal(runner.started, 1);
  });
});
