/**
 * The check worker's runner (server/src/server/checkRunner.ts): a request past
 * the budget is stopped, and a fresh worker answers the next one (issue 18).
 * Runs the worker compiled in out/, beside the runner.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { CheckRunner, CheckSkipped, CheckStopped } from '../../server/src/server/checkRunner';
import { REPO_ROOT } from '../helpers/paths';
import { TempDir } from '../helpers/tempFiles';

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

  it('skips a queued check that is no longer wanted when its turn comes', async function () {
    let wanted = true;
    const first = runner.analyze(LETTER, {}, false);
    const replaced = runner.analyze(LETTER, {}, false, () => wanted);
    const latest = runner.analyze(LETTER, {}, false, () => true);
    wanted = false;
    await first;
    await assert.rejects(replaced, CheckSkipped);
    assert.ok((await latest).findings.length > 0);
  });

  it('loads the dictionaries again in a fresh worker', async function () {
    runner.dispose();
    // The dictionaries `npm run build` copies beside the bundles.
    runner = new CheckRunner({ budgetMs: 5000, workerData: { stallMarker: STALL, dictionaryDir: path.join(REPO_ROOT, 'dist', 'dictionary') } });
    const misspelt = 'Dear Ms. Rivera,\n\nI shipped the rankng model.\n';
    await runner.loadSpelling();
    assert.ok((await runner.analyze(misspelt, {}, true)).findings.some((f) => f.ruleId === 'spelling'));
    await assert.rejects(runner.analyze(STALL, {}, true), CheckStopped);
    assert.ok((await runner.analyze(misspelt, {}, true)).findings.some((f) => f.ruleId === 'spelling'));
    assert.equal(runner.started, 2);
    assert.ok(((await runner.spellingFixes('rankng', 0, false)) ?? []).some((fix) => fix.title.includes('ranking')));
  });
});

describe('the check runner and a worker out of memory', function () {
  it('gives up on the request, like a timeout, and answers the next from a fresh worker', async function () {
    // A stand-in worker: "grow" fills its heap, anything else is answered at once.
    const dir = new TempDir();
    const file = dir.write(
      'oomWorker.js',
      `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (request) => {
  if (request.text === 'grow') { const kept = []; for (;;) kept.push(new Array(100000).fill(kept.length)); }
  parentPort.postMessage({ id: request.id, ok: true, value: { findings: [] } });
});`,
    );
    const runner = new CheckRunner({ budgetMs: 60_000, workerFile: file, heapMb: 32 });
    try {
      await assert.rejects(runner.analyze('grow', {}, false), (error: unknown) => error instanceof CheckStopped && error.reason === 'memory');
      assert.deepEqual(await runner.analyze('fine', {}, false), { findings: [] });
      assert.equal(runner.started, 2);
    } finally {
      runner.dispose();
      dir.dispose();
    }
  });
});
