/**
 * The rules against the labelled corpus in test/eval/, held to the thresholds
 * of `npm run eval -- --check` (THRESHOLDS in scripts/eval/eval.ts): recall by
 * the right rule overall and on the locked split, strong sentences flagged,
 * and every letter exactly as its sidecar says. And the results the README
 * quotes (eval/results.json) are the ones the rules score today.
 */
import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';

/** The parts of eval/results.json compared here. */
interface Results {
  corpus: unknown;
  summary: Record<string, unknown>;
  perRule: Array<Record<string, unknown>>;
  thresholds?: { failures: string[] };
}

/** What depends on the rules and the corpus in the repository; the review set beside it is left out, as a clone may not have it. */
function measured(results: Results): unknown {
  return {
    corpus: results.corpus,
    summary: Object.fromEntries(Object.entries(results.summary).filter(([key]) => !key.includes('Regression'))),
    perRule: results.perRule.map((rule) => ({ ...rule, regression: undefined })),
  };
}

describe('evaluation corpus', function () {
  this.timeout(180_000);
  let run: SpawnSyncReturns<string>;
  let results: Results;

  before(() => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'coach-eval-')), 'results.json');
    run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'out', 'scripts', 'eval', 'eval.js'), '--check', '--no-baselines', '--out', out], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
    });
    assert.ok(fs.existsSync(out), `npm run eval wrote no results: ${run.stderr}`);
    results = JSON.parse(fs.readFileSync(out, 'utf8')) as Results;
  });

  it('meets the recall, strong-sentence and letter thresholds (npm run eval -- --check)', () => {
    const verdict = run.stdout.split('\n').find((line) => line.startsWith('Thresholds'));
    assert.deepEqual(results.thresholds?.failures, [], `${verdict}\n\n${run.stdout.split('\nLetters\n')[0]}`);
    assert.equal(run.status, 0, run.stderr);
  });

  it('is quoted as measured: eval/results.json is current (run `npm run eval`, then `npm run docs`)', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'eval', 'results.json'), 'utf8')) as Results;
    assert.deepEqual(measured(committed), measured(results));
  });
});
