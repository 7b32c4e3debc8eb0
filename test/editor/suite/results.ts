import * as fs from 'node:fs';
import type Mocha from 'mocha';
import type { SuiteResults } from './suiteResults';

export type { SuiteResults };

/** Follows a mocha run and collects what the runner prints. */
export function collectResults(runner: Mocha.Runner): SuiteResults {
  const results: SuiteResults = { passed: 0, failed: 0, lines: [], failures: [], vscodeVersion: '', appName: '' };
  let depth = 0;
  const indent = (): string => '  '.repeat(depth);
  runner.on('suite', (suite) => {
    if (suite.title) results.lines.push(`${indent()}${suite.title}`);
    depth += 1;
  });
  runner.on('suite end', () => {
    depth -= 1;
  });
  runner.on('pass', (test) => {
    results.passed += 1;
    results.lines.push(`${indent()}✔ ${test.title} (${test.duration ?? 0} ms)`);
  });
  runner.on('fail', (test, error: Error) => {
    results.failed += 1;
    results.lines.push(`${indent()}✘ ${test.title}`);
    results.failures.push({ title: test.fullTitle(), error: error.stack ?? String(error) });
  });
  return results;
}

/** Writes the results in one step, so a runner watching for the file never reads half of it. */
export function writeResults(file: string, results: SuiteResults): void {
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, JSON.stringify(results, null, 2));
  fs.renameSync(partial, file);
}
