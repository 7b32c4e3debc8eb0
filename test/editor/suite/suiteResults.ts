/**
 * What the suite hands back to the runner (scripts/editor/suitePhase.ts),
 * written as JSON to the results file. Types only: the runner imports it too.
 */
export interface SuiteResults {
  passed: number;
  failed: number;
  /** The report, one line per suite and test, as mocha's spec reporter would print it. */
  lines: string[];
  failures: { title: string; error: string }[];
  vscodeVersion: string;
  appName: string;
}
